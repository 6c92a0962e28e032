//! Bekanntgabe and Widerspruch on the caseworker's claim page (`domain::objection`): the
//! posting date of each printed Bescheid with the day it counts as received and the
//! Widerspruch deadline, and the register of Widersprüche with whether each came in time.

use crate::{
    api::staff::{CloseObjection, MarkPosted, RegisterObjection},
    components::form::{RadioGroup, SelectField, TextArea, TextField, button_form, field_error},
    context::Flash,
    db::{decision::NoticeMeta, objection::ObjectionRow},
    domain::{
        objection::{Channel, Delivery, ObjectionStatus, in_time, objection_deadline},
        text::{date, german, iso},
    },
    i18n::{date_iso, t, t_args},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// When a Bescheid went to the post, the day it counts as received and the last day to
/// object — or, until recorded, the form to record the posting date.
pub fn posting(claim_id: &str, notice: &NoticeMeta, today: time::Date) -> AnyView {
    let delivered = notice.delivery().map(|d| {
        let (id, on) = match d {
            Delivery::Posted(on) => ("notice-posted", on),
            Delivery::Download(on) => ("notice-notified", on),
        };
        let known = d.known_on();
        t_args(
            id,
            &[
                ("posted", german(on).into()),
                ("known", german(known).into()),
                ("deadline", german(objection_deadline(known)).into()),
            ],
        )
    });
    match delivered {
        Some(text) => view! {
            <span class="hint" data-testid="posted">
                {text}
            </span>
        }
        .into_any(),
        None => view! {
            <form method="post" action={<MarkPosted as ServerFn>::PATH} class="inline-form">
                <input type="hidden" name="claim_id" value=claim_id.to_string() />
                <input type="hidden" name="notice_id" value=notice.id.to_string() />
                <label for=format!("posted-{}", notice.id)>{t("notice-posted-on")}</label>
                " "
                <input
                    type="date"
                    id=format!("posted-{}", notice.id)
                    name="posted_on"
                    value=iso(today)
                    required
                />
                " "
                <button type="submit" class="button button-secondary">
                    {t("notice-posted-save")}
                </button>
            </form>
        }
        .into_any(),
    }
}

/// The open Widersprüche of a claim as (id, label) for the Abhilfe choice of a decision.
pub fn remedy_options(objections: &[ObjectionRow]) -> Vec<(String, String)> {
    objections
        .iter()
        .filter(|o| o.status == ObjectionStatus::Open.as_str())
        .map(|o| {
            let label = t_args(
                "objection-remedy-option",
                &[
                    ("date", date_iso(&o.received_on).into()),
                    ("number", o.notice_number.clone().into()),
                ],
            );
            (o.id.to_string(), label)
        })
        .collect()
}

/// Whether the Widerspruch came in time and in the required form, as a sentence.
fn timeliness(o: &ObjectionRow) -> String {
    let received = date(&o.received_on, "").ok();
    let mut text = match received.and_then(|r| in_time(o.delivery(), r)) {
        Some(true) => t("objection-in-time"),
        Some(false) => t("objection-late"),
        None => t("objection-unknown-posting"),
    };
    if Channel::parse(&o.channel).is_some_and(|c| !c.meets_form()) {
        text.push(' ');
        text.push_str(&t("objection-form-missing"));
    }
    text
}

/// One registered Widerspruch, with the buttons to close it while it is open.
fn objection_item(claim_id: &str, o: &ObjectionRow) -> impl IntoView + use<> {
    let channel = Channel::parse(&o.channel)
        .map(|c| t(c.label_id()))
        .unwrap_or_default();
    let status = ObjectionStatus::parse(&o.status)
        .map(|s| t(s.label_id()))
        .unwrap_or_default();
    let head = t_args(
        "objection-head",
        &[
            ("date", date_iso(&o.received_on).into()),
            ("number", o.notice_number.clone().into()),
            ("channel", channel.into()),
        ],
    );
    let open = o.status == ObjectionStatus::Open.as_str();
    let close = |status: ObjectionStatus, label: &str| {
        button_form(
            <CloseObjection as ServerFn>::PATH,
            [
                ("claim_id", claim_id.to_string()),
                ("objection_id", o.id.to_string()),
                ("status", status.as_str().to_string()),
            ],
            "button button-secondary",
            t(label),
        )
    };
    let actions = open.then(|| {
        view! {
            <p class="hint">{t("objection-remedy-hint")}</p>
            {close(ObjectionStatus::Forwarded, "objection-forward")}
            {close(ObjectionStatus::Withdrawn, "objection-withdrawn")}
        }
    });
    view! {
        <li class="card" data-testid="objection">
            <p>
                <strong>{head}</strong>
            </p>
            <p data-testid="objection-timeliness">{timeliness(o)}</p>
            <p>{t("objection-status")} ": " <span data-testid="objection-status">{status}</span></p>
            {o.note.clone().map(|n| view! { <p class="prewrap">{n}</p> })}
            {actions}
        </li>
    }
}

/// The Widersprüche of a claim and the form to register one against one of its
/// Bescheide (`bescheide`: id and label).
#[component]
pub fn Objections(
    claim_id: String,
    objections: Vec<ObjectionRow>,
    bescheide: Vec<(String, String)>,
    flash: Flash,
) -> impl IntoView {
    let items = objections
        .iter()
        .map(|o| objection_item(&claim_id, o))
        .collect_view();
    let v = |k: &str| flash.values.get(k).cloned().unwrap_or_default();
    let channels = Channel::ALL
        .into_iter()
        .map(|c| (c.as_str(), t(c.label_id())))
        .collect::<Vec<_>>();
    let form = (!bescheide.is_empty()).then(|| {
        view! {
            <form method="post" action={<RegisterObjection as ServerFn>::PATH} class="form">
                <input type="hidden" name="claim_id" value=claim_id.clone() />
                <SelectField
                    name="notice_id"
                    label=t("objection-notice")
                    options=bescheide
                    selected=v("notice_id")
                />
                <TextField
                    name="received_on"
                    label=t("objection-received-on")
                    input_type="date"
                    value=v("received_on")
                    error=field_error(&flash, "received_on")
                />
                <RadioGroup
                    name="channel"
                    legend=t("objection-channel")
                    options=channels
                    selected=v("channel")
                    error=field_error(&flash, "channel")
                />
                <TextArea
                    name="note"
                    label=t("objection-note")
                    required=false
                    maxlength=2000
                    value=v("note")
                    error=field_error(&flash, "note")
                />
                <button type="submit" class="button button-secondary">
                    {t("objection-register")}
                </button>
            </form>
        }
    });
    view! {
        <section aria-labelledby="objections-heading" data-testid="objections">
            <h2 id="objections-heading">{t("objection-title")}</h2>
            <ul class="decisions">{items}</ul>
            {form}
        </section>
    }
}
