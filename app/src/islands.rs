//! The interactive parts that hydrate in the browser. Everything else is server-rendered
//! HTML. Islands get their (already translated) texts as props.

use crate::domain::{answers::check_form, benefit::BenefitKind};
use leptos::{prelude::*, wasm_bindgen::JsCast, web_sys};
use std::collections::HashMap;

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

/// Wraps an application form: when the island has hydrated, the same domain checks as
/// on the server run before the form is sent, and an error summary linking to each field
/// appears at once. Without JavaScript (or if the checks pass) the form is sent as usual
/// and the server checks it — the server's answer is the authoritative one.
#[island]
pub fn CheckedForm(
    /// The benefit whose form this is (`teilhabe`, `lernfoerderung`).
    benefit: String,
    /// Translated messages for every id the checks can produce.
    messages: HashMap<String, String>,
    /// The translated label of each field, for the summary (as the server's summary).
    labels: HashMap<String, String>,
    title: String,
    /// Shown for an id missing from `messages` (never expected).
    fallback: String,
    children: Children,
) -> impl IntoView {
    let (errors, set_errors) = signal(Vec::<(String, String)>::new());
    let (hydrated, set_hydrated) = signal(false);
    Effect::new(move |_| set_hydrated.set(true));
    let summary = NodeRef::<leptos::html::Div>::new();
    let kind = BenefitKind::parse(&benefit);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        let Some(kind) = kind else { return };
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        let value = |k: &str| data.get(k).as_string().unwrap_or_default();
        let values = |k: &str| {
            data.get_all(k)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        };
        let found = check_form(kind, value, values, browser_today());
        if found.is_empty() {
            return;
        }
        ev.prevent_default();
        let found: Vec<(String, String)> = found
            .into_iter()
            .map(|e| {
                let msg = messages.get(&e.msg_id).unwrap_or(&fallback).clone();
                (e.field, msg)
            })
            .collect();
        show_at_fields(&form, &found);
        set_errors.set(
            found
                .into_iter()
                .map(|(field, msg)| {
                    let line = summary_line(labels.get(&field), &msg);
                    (field, line)
                })
                .collect(),
        );
        request_animation_frame(move || {
            if let Some(el) = summary.get_untracked() {
                let _ = el.focus();
            }
        });
    };
    view! {
        <div
            class="checked-form"
            on:submit=on_submit
            data-checks=move || hydrated.get().then_some("on")
        >
            <div
                class="error-summary"
                role="alert"
                tabindex="-1"
                node_ref=summary
                hidden=move || errors.with(Vec::is_empty)
                data-testid="client-errors"
            >
                <h2>{title}</h2>
                <ul>
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|(field, msg)| {
                                view! {
                                    <li>
                                        <a href=format!("#{field}")>{msg}</a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
            {children()}
        </div>
    }
}

/// A line of an error summary: the field's label, where known, and the message — so
/// that four "Please fill in this field." say which field each is. The server's summary
/// uses the same.
pub fn summary_line(label: Option<&String>, msg: &str) -> String {
    match label {
        Some(label) => format!("{}: {msg}", label.trim_end_matches([':', ' '])),
        None => msg.to_string(),
    }
}

/// Shows each message at its field as the server does: the field marked, the message
/// above its input, the input invalid and described by the message. Earlier messages
/// (the server's or the last check's) go first.
fn show_at_fields(form: &web_sys::HtmlFormElement, found: &[(String, String)]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The server's summary of an earlier answer is replaced by the island's.
    if let Ok(Some(server_summary)) = document.query_selector(".error-summary[aria-labelledby]") {
        server_summary.remove();
    }
    // One at a time: `querySelectorAll` needs a web-sys feature the islands do not use.
    while let Ok(Some(old)) = form.query_selector(".error-message") {
        old.remove();
    }
    while let Ok(Some(marked)) = form.query_selector(".field-error") {
        let _ = marked.class_list().remove_1("field-error");
    }
    for (field, msg) in found {
        let Some(input) = document.get_element_by_id(field) else {
            continue;
        };
        let Ok(Some(wrapper)) = input.closest(".field") else {
            continue;
        };
        let _ = wrapper.class_list().add_1("field-error");
        let _ = input.set_attribute("aria-invalid", "true");
        let error_id = format!("{field}-error");
        let described = input.get_attribute("aria-describedby").unwrap_or_default();
        if !described.split(' ').any(|id| id == error_id) {
            let joined = format!("{described} {error_id}");
            let _ = input.set_attribute("aria-describedby", joined.trim());
        }
        let Ok(p) = document.create_element("p") else {
            continue;
        };
        p.set_class_name("error-message");
        p.set_id(&error_id);
        p.set_text_content(Some(msg));
        let before = wrapper
            .query_selector(".radio, .checkbox, .password-input, input, select, textarea")
            .ok()
            .flatten();
        if let Some(before) = before
            && let Some(parent) = before.parent_node()
        {
            let _ = parent.insert_before(&p, Some(&before));
        }
    }
}

/// Today in the browser's calendar.
fn browser_today() -> time::Date {
    let now = web_sys::js_sys::Date::new_0();
    let month = time::Month::try_from(now.get_month() as u8 + 1).unwrap_or(time::Month::January);
    time::Date::from_calendar_date(now.get_full_year() as i32, month, now.get_date() as u8)
        .unwrap_or(time::Date::MIN)
}
