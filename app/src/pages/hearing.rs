//! Anhörung and Aufhebung on the claim pages (`domain::hearing`): staff send a hearing
//! letter before taking an approval back and see the answer; the family reads the letter
//! and answers in the portal; a correction that takes something away names its legal
//! basis and day.

use crate::{
    api::{
        claim::AnswerHearing,
        staff::{RecordHearingAnswer, SendHearing},
    },
    components::form::{SelectField, TextArea, TextField, field_error},
    context::Flash,
    db::hearing::HearingRow,
    domain::{
        hearing::{AufhebungBasis, HEARING_MIN_DAYS},
        text::{german_from_unix, iso},
    },
    i18n::{date_iso, t, t_args},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// One hearing letter: its number with the link, the deadline and the answer.
fn hearing_item(h: &HearingRow, when: fn(i64) -> String) -> impl IntoView + use<> {
    let head = t_args(
        "hearing-head",
        &[
            ("number", h.number.clone().into()),
            ("due", date_iso(&h.due_date).into()),
        ],
    );
    let answer = match (&h.answer, h.answered_at) {
        (Some(a), Some(at)) => view! {
            <p class="hint">{t_args("hearing-answered-at", &[("date", when(at).into())])}</p>
            <p class="prewrap" data-testid="hearing-answer">
                {a.clone()}
            </p>
        }
        .into_any(),
        _ => view! { <p class="hint">{t("hearing-no-answer")}</p> }.into_any(),
    };
    view! {
        <li class="card" data-testid="hearing">
            <p>
                <a href=format!("/anhoerung/{}", h.id)>{head}</a>
            </p>
            {answer}
        </li>
    }
}

/// Staff: the hearings of a claim and (`can_send`: approved) the form to send one.
#[component]
pub fn StaffHearings(
    claim_id: String,
    hearings: Vec<HearingRow>,
    can_send: bool,
    flash: Flash,
) -> impl IntoView {
    let items = hearings
        .iter()
        .map(|h| hearing_item(h, german_from_unix))
        .collect_view();
    let v = |k: &str, d: String| flash.values.get(k).cloned().unwrap_or(d);
    let due = iso(crate::db::today() + time::Duration::days(HEARING_MIN_DAYS));
    let form = can_send.then(|| {
        view! {
            <form method="post" action={<SendHearing as ServerFn>::PATH} class="form">
                <input type="hidden" name="claim_id" value=claim_id.clone() />
                <TextArea
                    name="facts"
                    label=t("hearing-facts")
                    hint=t("hearing-facts-hint")
                    maxlength=4000
                    value=v("facts", String::new())
                    error=field_error(&flash, "facts")
                />
                <TextField
                    name="effective_from"
                    label=t("hearing-effective-from")
                    input_type="date"
                    value=v("effective_from", String::new())
                    error=field_error(&flash, "effective_from")
                />
                <TextField
                    name="due_date"
                    label=t("hearing-due")
                    input_type="date"
                    value=v("due_date", due)
                    error=field_error(&flash, "due_date")
                />
                <button type="submit" class="button button-secondary">
                    {t("hearing-send")}
                </button>
            </form>
        }
    });
    // The latest hearing still open may be answered by letter.
    let letter = hearings
        .iter()
        .rev()
        .find(|h| h.answered_at.is_none())
        .map(|h| letter_answer_form(&claim_id, h, &flash));
    view! {
        <section aria-labelledby="hearings-heading" data-testid="hearings">
            <h2 id="hearings-heading">{t("hearing-title")}</h2>
            <p class="hint">{t("hearing-intro")}</p>
            <ul class="decisions">{items}</ul>
            {letter}
            {form}
        </section>
    }
}

/// Staff record an answer to hearing `h` that came by letter, with the day it arrived.
fn letter_answer_form(claim_id: &str, h: &HearingRow, flash: &Flash) -> impl IntoView + use<> {
    let v = |k: &str| flash.values.get(k).cloned().unwrap_or_default();
    view! {
        <details open=!v("letter_received_on").is_empty()>
            <summary>{t("hearing-letter-title")}</summary>
            <form method="post" action={<RecordHearingAnswer as ServerFn>::PATH} class="form">
                <input type="hidden" name="claim_id" value=claim_id.to_string() />
                <input type="hidden" name="hearing_id" value=h.id.to_string() />
                <TextArea
                    name="letter_answer"
                    label=t("hearing-letter-answer")
                    hint=t("hearing-letter-answer-hint")
                    maxlength=4000
                    value=v("letter_answer")
                    error=field_error(flash, "letter_answer")
                />
                <TextField
                    name="letter_received_on"
                    label=t("hearing-letter-received")
                    input_type="date"
                    value=v("letter_received_on")
                    error=field_error(flash, "letter_received_on")
                />
                <button type="submit" class="button button-secondary">
                    {t("hearing-letter-save")}
                </button>
            </form>
        </details>
    }
}

/// The family: the hearing letters on its claim, and the form to answer an open one.
#[component]
pub fn FamilyHearings(claim_id: String, hearings: Vec<HearingRow>, flash: Flash) -> impl IntoView {
    let items = hearings
        .iter()
        .map(|h| {
            let form = h.answered_at.is_none().then(|| {
                view! {
                    <form method="post" action={<AnswerHearing as ServerFn>::PATH} class="form">
                        <input type="hidden" name="claim_id" value=claim_id.clone() />
                        <input type="hidden" name="hearing_id" value=h.id.to_string() />
                        <TextArea
                            name="answer"
                            label=t("hearing-your-answer")
                            maxlength=4000
                            error=field_error(&flash, "answer")
                        />
                        <button type="submit" class="button">
                            {t("hearing-answer-send")}
                        </button>
                    </form>
                }
            });
            view! {
                {hearing_item(h, crate::i18n::date_unix)}
                {form}
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="hearings-heading" data-testid="hearings">
            <h2 id="hearings-heading">{t("hearing-family-title")}</h2>
            <p>{t("hearing-family-intro")}</p>
            <ul class="questions">{items}</ul>
        </section>
    }
}

/// The Aufhebung part of a correction: legal basis and the day it takes effect (needed
/// when the correction takes something away; see `domain::hearing`).
pub fn aufhebung_fields(flash: &Flash) -> impl IntoView + use<> {
    let v = |k: &str| flash.values.get(k).cloned().unwrap_or_default();
    let bases = AufhebungBasis::ALL
        .into_iter()
        .map(|b| (b.as_str().to_string(), t(b.label_id())))
        .collect::<Vec<_>>();
    view! {
        <SelectField
            name="aufhebung_basis"
            label=t("aufhebung-basis")
            options=bases
            selected=v("aufhebung_basis")
            hint=t("aufhebung-hint")
            error=field_error(flash, "aufhebung_basis")
        />
        <TextField
            name="aufhebung_from"
            label=t("aufhebung-from")
            input_type="date"
            required=false
            value=v("aufhebung_from")
            error=field_error(flash, "aufhebung_from")
        />
    }
}
