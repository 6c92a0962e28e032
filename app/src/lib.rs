//! The BuT-Portal application: domain rules, pages and server functions.
//!
//! Built in Leptos *islands* mode: pages are rendered on the server and work as plain
//! HTML; only the components marked `#[island]` ship to the browser as wasm and hydrate.

// The caseworker's claim page nests deep view types; the default limit (128) is reached
// on a clean build.
#![recursion_limit = "256"]

pub mod domain;
pub mod error;
pub mod islands;

/// The modules only the server builds (the browser gets the islands).
macro_rules! server_modules {
    ($($name:ident),*) => { $( #[cfg(feature = "ssr")] pub mod $name; )* };
}
server_modules!(
    api,
    charts,
    components,
    context,
    db,
    i18n,
    mail,
    notice,
    objection_letter,
    pages
);
#[cfg(feature = "ssr")]
mod shell;

#[cfg(feature = "ssr")]
pub use shell::{App, shell};
