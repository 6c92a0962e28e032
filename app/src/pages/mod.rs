//! One module per area of the portal; each page is a server-rendered component.

pub mod admin;
pub mod auth;
pub mod claim;
pub mod claim_view;
pub mod eligibility;
pub mod errors;
pub mod family;
pub mod feedback;
pub mod home;
pub mod info;
pub mod overview;
pub mod reports;
pub mod school;
pub mod staff;

use leptos::prelude::ScopedFuture;

/// Runs the loader of a `<Suspense>` to completion on a task of its own.
///
/// Leptos renders a page by polling every `Suspend` once (to start it) and then awaiting
/// them one after another. A loader whose query has finished but whose turn has not yet
/// come would keep its database connection until then; with many pages at once, every
/// connection of the pool could be held that way while the loaders being awaited wait for
/// one — all of them until the pool's timeout. On its own task a loader finishes, and
/// hands its connection back, whether or not the page is polling it. It keeps the page's
/// reactive owner, so translations and the request's context work as before.
pub fn load<T: Send + 'static>(
    loader: impl Future<Output = T> + Send + 'static,
) -> impl Future<Output = T> + Send + 'static {
    let task = tokio::spawn(ScopedFuture::new(loader));
    async move {
        match task.await {
            Ok(value) => value,
            Err(e) => std::panic::resume_unwind(
                e.try_into_panic()
                    .unwrap_or_else(|_| Box::new("page loader cancelled")),
            ),
        }
    }
}
