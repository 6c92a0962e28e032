//! The legally required information pages linked from the footer.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// A text page whose title and paragraphs are Fluent messages `info-<key>-title` and
/// `info-<key>-text` (paragraphs separated by blank lines in the message).
#[component]
pub fn InfoPage(key: &'static str) -> impl IntoView {
    let title = t(&format!("info-{key}-title"));
    let body = t(&format!("info-{key}-text"));
    let paragraphs = body
        .split("\n\n")
        .map(|p| view! { <p>{p.trim().to_string()}</p> })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        {paragraphs}
    }
}
