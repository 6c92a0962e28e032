//! A family's claim after (or before) submitting: status, answers, documents, the staff's
//! questions with the answer form, the timeline, withdrawing, and a printable receipt.

use super::{
    claim::{DocumentList, FileInput, answers_summary, with_claim},
    hearing::FamilyHearings,
    staff::FamilyDecision,
};
use crate::api::claim::{WithdrawClaim, WithdrawConsent};
use crate::{
    components::form::{Checkbox, ErrorSummary, TextArea, button_form, field_error},
    components::layout::empty_state,
    components::title::PageTitle,
    context::use_ctx,
    db::{
        self, Db,
        claim::{ClaimEvent, ClaimRecord, ClaimSummary},
        question::Question,
    },
    domain::{
        benefit::{BenefitKind, UnderlyingBenefit},
        claim::{Action, Status, allowed_from},
        consent::{ConsentKind, ConsentState, Consents},
        ids::{AccountId, ChildId, ClaimId},
    },
    i18n::{date_iso, date_unix, t, t_args},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The Fluent id of a timeline entry.
pub(crate) fn event_label(e: &ClaimEvent) -> String {
    if let Some(
        note @ ("school-confirmed"
        | "school-declined"
        | "started-by-school"
        | "entered-by-staff"
        | "consent-school-withdrawn"
        | "consent-direct-withdrawn"),
    ) = e.note.as_deref()
    {
        return format!("timeline-{note}");
    }
    if e.from == Some(Status::NeedsInfo) && e.to == Status::Submitted {
        return "timeline-answered".into();
    }
    format!("timeline-{}", e.to.as_str().replace('_', "-"))
}

#[component]
fn Questions(claim_id: String, questions: Vec<Question>, can_answer: bool) -> impl IntoView {
    let flash = use_ctx().flash;
    let items = questions
        .into_iter()
        .map(|q| {
            let due = q.due_date.as_deref().map(|d| {
                view! { <p class="hint">{t_args("question-due", &[("date", date_iso(d).into())])}</p> }
            });
            let answer = match (&q.answer, q.answered_at) {
                (answer, Some(at)) => view! {
                    <div class="answer">
                        <p class="hint">
                            {t_args("question-answered-at", &[("date", date_unix(at).into())])}
                        </p>
                        {answer.clone().map(|a| view! { <p class="prewrap">{a}</p> })}
                    </div>
                }
                .into_any(),
                (_, None) if can_answer => {
                    let action = format!("/familie/antrag/{claim_id}/antwort");
                    view! {
                        <form
                            method="post"
                            action=action
                            enctype="multipart/form-data"
                            class="form answer-form"
                        >
                            <input type="hidden" name="question_id" value=q.id.clone() />
                            <TextArea
                                name="answer"
                                label=t("question-answer")
                                hint=t("question-answer-hint")
                                required=false
                                maxlength=2000
                                error=field_error(&flash, "answer")
                            />
                            <FileInput error=field_error(&flash, "files") />
                            <button type="submit" class="button">
                                {t("question-send")}
                            </button>
                        </form>
                    }
                    .into_any()
                }
                _ => ().into_any(),
            };
            view! {
                <li class="question card">
                    <p class="hint">
                        {t_args("question-asked-at", &[("date", date_unix(q.asked_at).into())])}
                    </p>
                    <p class="prewrap">
                        <strong>{q.question.clone()}</strong>
                    </p>
                    {(q.cooperation_warning == 1)
                        .then(|| {
                            view! {
                                <p class="info-box" data-testid="cooperation-warning">
                                    {t("question-cooperation-warning")}
                                </p>
                            }
                        })}
                    {due}
                    {answer}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="questions-heading" data-testid="questions">
            <h2 id="questions-heading">{t("questions-title")}</h2>
            <ErrorSummary flash=flash.clone() />
            <ul class="questions">{items}</ul>
        </section>
    }
}

/// A family's claim: its status and what to do next, the decision, the staff's questions,
/// the answers, the documents, the timeline and withdrawing.
#[component]
pub fn ClaimPage() -> impl IntoView {
    with_claim(move |record, db| async move {
        let user_id = use_ctx()
            .user
            .map_or_else(|| String::new().into(), |u| u.id);
        let events = db::claim::events_for_family(&db, &user_id, &record.id)
            .await
            .unwrap_or_default();
        let documents = db::document::list_for_family(&db, &user_id, &record.id)
            .await
            .unwrap_or_default();
        let questions = db::question::for_family(&db, &user_id, &record.id)
            .await
            .unwrap_or_default();
        let consents = db::consent::for_family(&db, &user_id, &record.id)
            .await
            .ok()
            .flatten();
        let kind = record.kind();
        let hearings = db::hearing::for_claim(&db, &record.id)
            .await
            .unwrap_or_default();
        let flash = use_ctx().flash;
        let summary = answers_summary(&db, &record).await;
        let decision = latest_decision(&db, &user_id, &record.id).await;
        let title = match &record.reference {
            Some(r) => t_args("claim-page-title", &[("reference", r.clone().into())]),
            None => t("claim-page-title-draft"),
        };
        let can_withdraw = allowed_from(Action::Withdraw).contains(&record.status);
        let submitted = record.submitted_at.is_some();
        let can_answer = record.status == Status::NeedsInfo;
        let has_questions = !questions.is_empty();
        view! {
            <PageTitle text=title.clone() />
            <p class="no-print">
                <a href="/familie">{t("back-to-overview")}</a>
            </p>
            <h1>{title}</h1>
            <ClaimStatus record=record.clone() />
            {decision}
            {has_questions
                .then(|| {
                    view! {
                        <Questions
                            claim_id=record.id.to_string()
                            questions=questions
                            can_answer=can_answer
                        />
                    }
                })}
            {(!hearings.is_empty())
                .then(|| {
                    view! {
                        <FamilyHearings
                            claim_id=record.id.to_string()
                            hearings=hearings
                            flash=flash.clone()
                        />
                    }
                })}
            <ClaimFacts record=record.clone() />
            {submitted.then_some(summary)}
            <h2>{t("documents-uploaded")}</h2>
            <DocumentList claim_id=record.id.to_string() documents=documents removable=false />
            {consents
                .map(|consents| {
                    view! { <ConsentList claim_id=record.id.to_string() consents kind /> }
                })}
            <h2>{t("claim-timeline")}</h2>
            <Timeline events=events />
            {can_withdraw.then(|| view! { <WithdrawForm claim_id=record.id.to_string() /> })}
        }
        .into_any()
    })
}

/// The newest decision on the claim with its notices, as the family sees it; `None`
/// while nothing is decided.
async fn latest_decision(db: &Db, user_id: &AccountId, claim_id: &ClaimId) -> Option<AnyView> {
    let decision = db::decision::decisions(db, claim_id)
        .await
        .unwrap_or_default()
        .into_iter()
        .next()?;
    let notices = db::decision::notices(db, claim_id, true)
        .await
        .unwrap_or_default();
    let underlying = db::household::find(db, user_id)
        .await
        .ok()
        .flatten()
        .and_then(|h| UnderlyingBenefit::parse(&h.input.benefit));
    Some(
        view! {
            <FamilyDecision
                claim_id=claim_id.to_string()
                decision=decision
                notices=notices
                underlying=underlying
            />
        }
        .into_any(),
    )
}

/// Where the claim stands and what the family can do next: the status, a hint while it
/// waits or needs answers, continuing a draft, the link to the receipt.
#[component]
fn ClaimStatus(record: ClaimRecord) -> impl IntoView {
    let next_steps = match record.status {
        Status::Submitted => Some(t("claim-next-steps")),
        Status::NeedsInfo => Some(t("claim-needs-info")),
        _ => None,
    };
    view! {
        <p class="status-line">
            {t("claim-status")} ": "
            <strong data-testid="status">{t(record.status.label_id())}</strong>
        </p>
        {next_steps
            .map(|s| {
                view! {
                    <div class="info-box">
                        <p>{s}</p>
                    </div>
                }
            })}
        {(record.started_by_school && record.status == Status::Draft)
            .then(|| {
                view! {
                    <div class="info-box">
                        <p>{t("behalf-family-hint")}</p>
                    </div>
                }
            })}
        {(record.status == Status::Draft)
            .then(|| {
                let href = format!("/familie/antrag/{}/angaben", record.id);
                view! {
                    <p>
                        <a class="button" href=href>
                            {t("claim-continue-draft")}
                        </a>
                    </p>
                }
            })}
        {record
            .submitted_at
            .is_some()
            .then(|| {
                let href = format!("/familie/antrag/{}/eingangsbestaetigung", record.id);
                view! {
                    <p class="no-print">
                        <a href=href data-testid="receipt-link">
                            {t("claim-receipt-link")}
                        </a>
                    </p>
                }
            })}
    }
}

/// The child, the benefit and when the claim was submitted.
#[component]
fn ClaimFacts(record: ClaimRecord) -> impl IntoView {
    view! {
        <dl class="summary">
            <dt>{t("claim-child")}</dt>
            <dd>{record.child_name.clone()}</dd>
            <dt>{t("claim-benefit")}</dt>
            <dd>{t(record.kind().label_id())}</dd>
            {record
                .submitted_at
                .map(|at| {
                    view! {
                        <dt>{t("claim-submitted-at")}</dt>
                        <dd>{date_unix(at)}</dd>
                    }
                })}
        </dl>
    }
}

/// What happened to the claim so far, oldest first.
#[component]
fn Timeline(events: Vec<ClaimEvent>) -> impl IntoView {
    let entries = events
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <span class="when">{date_unix(e.at)}</span>
                    " "
                    <span>{t(&event_label(&e))}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="timeline">{entries}</ol> }
}

/// Withdrawing the claim, folded away: what it means, a box to tick that the family
/// means it, and the button (no single tap withdraws; works without JavaScript).
#[component]
fn WithdrawForm(claim_id: String) -> impl IntoView {
    let flash = use_ctx().flash;
    let error = field_error(&flash, "confirm");
    let open = error.is_some();
    view! {
        <details class="withdraw no-print" open=open>
            <summary>{t("claim-withdraw")}</summary>
            <p class="hint">{t("claim-withdraw-hint")}</p>
            <p>{t("claim-withdraw-explain")}</p>
            <form method="post" action={<WithdrawClaim as ServerFn>::PATH} class="form">
                <input type="hidden" name="claim_id" value=claim_id />
                <Checkbox name="confirm" label=t("claim-withdraw-confirm") error=error />
                <button type="submit" class="button button-secondary">
                    {t("claim-withdraw")}
                </button>
            </form>
        </details>
    }
}

/// The consents the family gave on the claim, each with the way to withdraw it (for the
/// future): the release of the school (Lernförderung) and direct payment.
#[component]
fn ConsentList(claim_id: String, consents: Consents, kind: BenefitKind) -> impl IntoView {
    let kinds = ConsentKind::ALL
        .into_iter()
        .filter(|k| *k != ConsentKind::School || kind == BenefitKind::Lernfoerderung);
    let items = kinds
        .map(|k| {
            let state = match consents.get(k) {
                ConsentState::Given(at) => {
                    t_args("consent-given", &[("date", date_unix(at).into())])
                }
                ConsentState::Withdrawn(at) => {
                    t_args("consent-withdrawn", &[("date", date_unix(at).into())])
                }
                ConsentState::NotGiven => t("consent-not-given"),
            };
            let withdraw = consents.get(k).is_given().then(|| {
                button_form(
                    <WithdrawConsent as ServerFn>::PATH,
                    [
                        ("claim_id", claim_id.clone()),
                        ("which", k.as_str().to_string()),
                    ],
                    "button button-secondary",
                    t("consent-withdraw"),
                )
            });
            view! {
                <li data-testid=format!("consent-{}", k.as_str())>
                    <strong>{t(k.label_id())}</strong>
                    ": "
                    {state}
                    {withdraw}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="consents-heading" class="no-print">
            <h2 id="consents-heading">{t("consent-title")}</h2>
            <ul class="consents">{items}</ul>
            <p class="hint">{t("consent-withdraw-hint")}</p>
        </section>
    }
}

/// A receipt (Eingangsbestätigung) to print or save: what was submitted, when, under
/// which reference number.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    with_claim(move |record, db| async move {
        let (Some(reference), Some(at)) = (record.reference.clone(), record.submitted_at) else {
            leptos_axum::redirect(&format!("/familie/antrag/{}", record.id));
            return ().into_any();
        };
        let summary = answers_summary(&db, &record).await;
        let title = t("receipt-title");
        let back = format!("/familie/antrag/{}", record.id);
        view! {
            <PageTitle text=title.clone() />
            <p class="no-print">
                <a href=back>{t("claim-back")}</a>
            </p>
            <h1>{title}</h1>
            <p class="lead">
                {t_args(
                    "receipt-lead",
                    &[("reference", reference.clone().into()), ("date", date_unix(at).into())],
                )}
            </p>
            <dl class="summary">
                <dt>{t("receipt-reference")}</dt>
                <dd dir="ltr" data-testid="receipt-reference">
                    {reference}
                </dd>
                <dt>{t("claim-submitted-at")}</dt>
                <dd>{date_unix(at)}</dd>
                <dt>{t("claim-child")}</dt>
                <dd>{record.child_name.clone()}</dd>
                <dt>{t("claim-benefit")}</dt>
                <dd>{t(record.kind().label_id())}</dd>
            </dl>
            {summary}
            <div class="info-box">
                <p>{t("claim-next-steps")}</p>
            </div>
            <p class="hint no-print">{t("receipt-print-hint")}</p>
        }
        .into_any()
    })
}

/// The family's claims, for the overview: per child, newest first.
#[component]
pub fn ClaimsList(claims: Vec<ClaimSummary>) -> impl IntoView {
    if claims.is_empty() {
        return empty_state("family-claims-empty", Some("claims-empty"));
    }
    let mut children: Vec<(ChildId, String)> = Vec::new();
    for c in &claims {
        if !children.iter().any(|(id, _)| *id == c.child_id) {
            children.push((c.child_id.clone(), c.child_name.clone()));
        }
    }
    children.sort_by(|a, b| a.1.cmp(&b.1));
    let groups = children
        .into_iter()
        .map(|(child_id, child_name)| {
            let items = claims
                .iter()
                .filter(|c| c.child_id == child_id)
                .map(claim_item)
                .collect_view();
            view! {
                <section class="child-claims">
                    <h3>{child_name}</h3>
                    <ul class="claims">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="claims-by-child" data-testid="claims">
            {groups}
        </div>
    }
    .into_any()
}

fn claim_item(c: &ClaimSummary) -> impl IntoView + use<> {
    let href = format!("/familie/antrag/{}", c.id);
    let benefit = BenefitKind::parse(&c.benefit)
        .map(|b| t(b.label_id()))
        .unwrap_or_default();
    let heading = format!("{benefit} – {}", c.child_name);
    let reference = c
        .reference
        .clone()
        .unwrap_or_else(|| t("claim-page-title-draft"));
    let since = date_unix(c.submitted_at.unwrap_or(c.created_at));
    view! {
        <li class="claim">
            <a href=href>
                <strong>{heading}</strong>
            </a>
            <span class="hint">{format!("{reference} · {since}")}</span>
            <span class=format!("badge badge-{}", c.status.as_str())>{t(c.status.label_id())}</span>
            {(c.started_by_school && c.status == Status::Draft)
                .then(|| {
                    view! {
                        <span class="hint" data-testid="started-by-school">
                            {t("behalf-family-hint")}
                        </span>
                    }
                })}
        </li>
    }
}
