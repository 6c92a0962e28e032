//! The legally required information pages linked from the footer.

use crate::api::feedback::SendFeedback;
use crate::{
    components::form::{ErrorSummary, TextArea, TextField, field_error},
    components::title::PageTitle,
    context::{DataProtectionOfficer, use_ctx},
    domain::feedback::MAX_MESSAGE,
    i18n::{Arg, t, t_args},
    notice::{Office, Offices},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// A text page whose title and paragraphs are Fluent messages `info-<key>-title` and
/// `info-<key>-text` (paragraphs separated by blank lines in the message).
#[component]
pub fn InfoPage(key: &'static str) -> impl IntoView {
    let title = t(&format!("info-{key}-title"));
    let body = t(&format!("info-{key}-text"));
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        {paragraphs(&body)}
        {(key == "accessibility").then(AccessibilityDetails)}
    }
}

/// One `<p>` per paragraph of a message (paragraphs are separated by blank lines).
fn paragraphs(text: &str) -> impl IntoView + use<> {
    text.split("\n\n")
        .map(|p| view! { <p>{p.trim().to_string()}</p> })
        .collect_view()
}

/// The sections of the privacy notice, in order: each has the messages
/// `privacy-<key>-title` and `privacy-<key>-text`.
pub const PRIVACY_SECTIONS: [&str; 12] = [
    "controller",
    "dpo",
    "purposes",
    "legal-basis",
    "data",
    "recipients",
    "retention",
    "rights",
    "complaint",
    "required",
    "automated",
    "cookies",
];

/// The Erklärung zur Barrierefreiheit.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! { <InfoPage key="accessibility" /> }
}

/// The Impressum.
#[component]
pub fn ImprintPage() -> impl IntoView {
    view! { <InfoPage key="imprint" /> }
}

/// The portal explained in Leichte Sprache (in plain words in the other languages).
#[component]
pub fn EasyPage() -> impl IntoView {
    view! { <InfoPage key="easy" /> }
}

/// How to reach the BuT team.
#[component]
pub fn ContactPage() -> impl IntoView {
    view! { <InfoPage key="contact" /> }
}

/// The privacy notice (Art. 13 DSGVO): who is responsible (the office of the notices), the
/// data protection officer (from the settings), and one section per heading of the law.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let title = t("privacy-title");
    let sections = PRIVACY_SECTIONS
        .into_iter()
        .map(|key| {
            view! {
                <section id=key>
                    <h2>{t(&format!("privacy-{key}-title"))}</h2>
                    {paragraphs(&privacy_text(key))}
                </section>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        {paragraphs(&t("privacy-intro"))}
        {sections}
    }
}

/// The text of one section of the privacy notice; the controller's and the data
/// protection officer's contacts come from the server's settings.
fn privacy_text(key: &str) -> String {
    match key {
        "controller" => {
            // The default office; others named in OFFICES_FILE decide for their households.
            let office = use_context::<Offices>().map(|o| o.default);
            let field = |f: fn(&Office) -> &String| -> Arg {
                office.as_ref().map(f).cloned().unwrap_or_default().into()
            };
            t_args(
                "privacy-controller-text",
                &[
                    ("office", field(|o| &o.name)),
                    ("street", field(|o| &o.street)),
                    ("city", field(|o| &o.postal_city)),
                    ("phone", field(|o| &o.phone)),
                    ("email", field(|o| &o.email)),
                ],
            )
        }
        "dpo" => {
            let contact = use_context::<DataProtectionOfficer>()
                .map(|d| d.0)
                .unwrap_or_default();
            t_args("privacy-dpo-text", &[("contact", contact.into())])
        }
        _ => t(&format!("privacy-{key}-text")),
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
