//! The browser entry point: hydrates the islands of a server-rendered page.

use wasm_bindgen::prelude::wasm_bindgen;

/// Called by the hydration script Leptos puts into every page.
#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Referencing the islands keeps their exported hydration functions in the bundle.
    #[allow(unused_imports)]
    use app::islands::*;
    leptos::mount::hydrate_islands();
}
