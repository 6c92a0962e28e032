//! One module per area of the portal; each page is a server-rendered component.

pub mod admin;
pub mod auth;
pub mod calendar;
pub mod claim;
pub mod claim_view;
pub mod eligibility;
pub mod errors;
pub mod family;
pub mod feedback;
pub mod hearing;
pub mod home;
pub mod info;
pub mod intake;
pub mod objection;
pub mod outbox;
pub mod overview;
pub mod reports;
pub mod school;
pub mod site_operator;
pub mod staff;

use crate::error::AppError;
use leptos::prelude::*;

/// Runs the loader of a `<Suspense>` to completion on a task of its own and shows what
/// it loaded, or the error page of its [`AppError`] ([`errors::error_view`]).
///
/// Leptos renders a page by polling every `Suspend` once (to start it) and then awaiting
/// them one after another. A loader whose query has finished but whose turn has not yet
/// come would keep its database connection until then; with many pages at once, every
/// connection of the pool could be held that way while the loaders being awaited wait for
/// one — all of them until the pool's timeout. On its own task a loader finishes, and
/// hands its connection back, whether or not the page is polling it. It keeps the page's
/// reactive owner, so translations and the request's context work as before.
pub fn load(
    loader: impl Future<Output = Result<AnyView, AppError>> + Send + 'static,
) -> impl Future<Output = AnyView> + Send + 'static {
    let task = tokio::spawn(ScopedFuture::new(loader));
    async move {
        match task.await {
            Ok(loaded) => loaded.unwrap_or_else(errors::error_view),
            Err(e) => std::panic::resume_unwind(
                e.try_into_panic()
                    .unwrap_or_else(|_| Box::new("page loader cancelled")),
            ),
        }
    }
}

/// The `:id` of the page's route as the id type the page needs (empty if the route has
/// none).
pub fn route_id<T: From<String>>() -> T {
    T::from(
        leptos_router::hooks::use_params_map()
            .get_untracked()
            .get("id")
            .unwrap_or_default(),
    )
}

/// What `loader` loads, in the `<Suspense>` that awaits it ([`load`]): the loaded view, or
/// the error page.
pub fn load_view(
    loader: impl Future<Output = Result<AnyView, AppError>> + Send + 'static,
) -> impl IntoView {
    view! { <Suspense>{Suspend::new(load(loader))}</Suspense> }
}

#[cfg(test)]
mod tests {
    use crate::api::{auth::Logout, household::SaveHousehold, staff::ApproveClaim};
    use leptos::server_fn::ServerFn;

    /// Forms post to their server function's path; it is still the URL they used before.
    #[test]
    fn forms_post_to_the_paths_they_always_had() {
        assert_eq!(<ApproveClaim as ServerFn>::PATH, "/api/staff/approve");
        assert_eq!(<SaveHousehold as ServerFn>::PATH, "/api/household/save");
        assert_eq!(<Logout as ServerFn>::PATH, "/api/logout");
    }
}
