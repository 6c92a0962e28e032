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

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod charts;
#[cfg(feature = "ssr")]
pub mod components;
#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod notice;
#[cfg(feature = "ssr")]
pub mod objection_letter;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
mod shell;

#[cfg(feature = "ssr")]
pub use shell::{App, shell};
