//! The legally required information pages linked from the footer.

use crate::api::feedback::SendFeedback;
use crate::{
    components::form::{ErrorSummary, TextArea, TextField, field_error},
    components::title::PageTitle,
    context::use_ctx,
    domain::feedback::MAX_MESSAGE,
    i18n::t,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

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
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        {paragraphs}
        {(key == "accessibility").then(AccessibilityDetails)}
    }
}

/// The rest of the Erklärung zur Barrierefreiheit: status, the form that reaches the BuT
/// team, and the conciliation procedure.
#[allow(non_snake_case)]
fn AccessibilityDetails() -> impl IntoView {
    let flash = use_ctx().flash;
    let v = |k: &str| flash.values.get(k).cloned().unwrap_or_default();
    view! {
        <h2>{t("a11y-status-title")}</h2>
        <p>{t("a11y-status-text")}</p>
        <p class="hint">{t("a11y-prepared")}</p>
        <h2 id="barriere-melden">{t("a11y-feedback-title")}</h2>
        <p>{t("a11y-feedback-lead")}</p>
        <ErrorSummary flash=flash.clone() />
        <form method="post" action={<SendFeedback as ServerFn>::PATH} class="form" novalidate>
            <TextField
                name="page"
                label=t("a11y-feedback-page")
                hint=t("a11y-feedback-page-hint")
                value=v("page")
                required=false
                maxlength=300
                error=field_error(&flash, "page")
            />
            <TextArea
                name="message"
                label=t("a11y-feedback-message")
                value=v("message")
                maxlength=MAX_MESSAGE as u32
                error=field_error(&flash, "message")
            />
            <TextField
                name="contact"
                label=t("a11y-feedback-contact")
                hint=t("a11y-feedback-contact-hint")
                autocomplete="email"
                value=v("contact")
                required=false
                maxlength=200
                error=field_error(&flash, "contact")
            />
            <button type="submit" class="button">
                {t("a11y-feedback-send")}
            </button>
        </form>
        <h2>{t("a11y-enforcement-title")}</h2>
        <p>{t("a11y-enforcement-text")}</p>
    }
}
