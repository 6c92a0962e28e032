//! The interactive parts that hydrate in the browser. Everything else is server-rendered
//! HTML. Islands get their (already translated) texts as props.

use leptos::prelude::*;

/// A password input with a show/hide button. Without JavaScript it is a plain password
/// field; the button only appears once the island has hydrated.
#[island]
pub fn PasswordInput(
    id: String,
    name: String,
    autocomplete: String,
    show_label: String,
    hide_label: String,
    /// Space-separated ids of the hint and error (may be empty).
    described_by: String,
    invalid: bool,
) -> impl IntoView {
    let (visible, set_visible) = signal(false);
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <div class="password-input">
            <input
                id=id.clone()
                name=name
                type=move || if visible.get() { "text" } else { "password" }
                autocomplete=autocomplete
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
                aria-invalid=invalid.then_some("true")
                required=true
                spellcheck="false"
                autocapitalize="none"
            />
            <button
                type="button"
                class="button-secondary password-toggle"
                hidden=move || !hydrated.get()
                aria-controls=id
                aria-pressed=move || if visible.get() { "true" } else { "false" }
                on:click=move |_| set_visible.update(|v| *v = !*v)
            >
                {move || if visible.get() { hide_label.clone() } else { show_label.clone() }}
            </button>
        </div>
    }
}
