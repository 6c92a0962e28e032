//! The family's application for soziokulturelle Teilhabe, step by step, and the claim
//! page with status and history. Every step is saved as a draft on the server, so the
//! family can stop and continue later on any device.

use crate::{
    components::{
        form::{ErrorSummary, RadioGroup, TextField, field_error},
        guard::require_role,
    },
    context::{Flash, use_ctx},
    db::{
        self, Db,
        claim::{ClaimRecord, ClaimSummary},
    },
    domain::{
        account::Role,
        benefit::BenefitKind,
        claim::{Action, Status, allowed_from},
        iban::Iban,
        money::Cents,
        month::YearMonth,
        rates::RateKind,
        teilhabe::{Activity, TeilhabeInput, split_fee},
        text::german_from_unix,
    },
    i18n::{t, t_args},
    pages::errors::ErrorPage,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::future::Future;

/// Steps of the application; the first (choosing child and benefit) happens on the overview.
const STEPS: i64 = 4;

#[component]
fn StepIndicator(step: i64, title: String) -> impl IntoView {
    view! {
        <p class="step" data-testid="step">{t_args("claim-step", &[("step", step.into()), ("total", STEPS.into())])}</p>
        <h1>{title}</h1>
    }
}

/// Loads the family's claim from the route and renders `page` with it; 404 for foreign ids.
fn with_claim<F, Fut>(page: F) -> AnyView
where
    F: FnOnce(ClaimRecord, Db) -> Fut + Send + 'static,
    Fut: Future<Output = AnyView> + Send + 'static,
{
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    require_role(&[Role::Family], move |user| {
        let db = expect_context::<Db>();
        view! {
            <Suspense>
                {Suspend::new(async move {
                    match db::claim::find_for_family(&db, &user.id, &id).await {
                        Ok(Some(record)) => page(record, db).await,
                        Ok(None) => view! { <ErrorPage status=404 /> }.into_any(),
                        Err(_) => view! { <ErrorPage status=500 /> }.into_any(),
                    }
                })}
            </Suspense>
        }
        .into_any()
    })
}

fn stored_input(record: &ClaimRecord) -> TeilhabeInput {
    serde_json::from_str(&record.details).unwrap_or_default()
}

/// Drafts are edited step by step; anything else is shown on its claim page.
fn not_a_draft(record: &ClaimRecord) -> Option<AnyView> {
    (record.status != Status::Draft).then(|| {
        leptos_axum::redirect(&format!("/familie/antrag/{}", record.id));
        ().into_any()
    })
}

async fn covered_per_month(db: &Db) -> Cents {
    let today = time::OffsetDateTime::now_utc().date();
    db::rates::amount_on(db, RateKind::TeilhabeMonthly, today)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

#[component]
pub fn DetailsPage() -> impl IntoView {
    with_claim(|record, db| async move {
        if let Some(v) = not_a_draft(&record) {
            return v;
        }
        let flash = use_ctx().flash;
        let input = if flash.values.is_empty() {
            stored_input(&record)
        } else {
            from_flash(&flash)
        };
        let covered = covered_per_month(&db).await;
        let activities = Activity::ALL
            .into_iter()
            .map(|a| (a.as_str(), t(a.label_id())))
            .collect();
        let title = t("teilhabe-details-title");
        view! {
            <Title text=title.clone() />
            <p><a href="/familie">{t("back-to-overview")}</a></p>
            <StepIndicator step=2 title=title />
            <p class="lead">{t_args("teilhabe-details-lead", &[("child", record.child_name.clone().into())])}</p>
            <div class="info-box">
                <p>{t_args("teilhabe-covers", &[("amount", covered.to_string().into())])}</p>
            </div>
            <ErrorSummary flash=flash.clone() />
            <form method="post" action="/api/claim/teilhabe" class="form" novalidate>
                <input type="hidden" name="claim_id" value=record.id.clone() />
                <RadioGroup name="activity" legend=t("teilhabe-activity") options=activities selected=input.activity error=field_error(&flash, "activity") />
                <TextField name="description" label=t("teilhabe-description") hint=t("teilhabe-description-hint") value=input.description required=false maxlength=200 error=field_error(&flash, "description") />
                <h2>{t("teilhabe-provider-title")}</h2>
                <TextField name="provider_name" label=t("teilhabe-provider-name") hint=t("teilhabe-provider-name-hint") value=input.provider_name maxlength=120 error=field_error(&flash, "provider_name") />
                <TextField name="provider_street" label=t("household-street") value=input.provider_street maxlength=100 error=field_error(&flash, "provider_street") />
                <TextField name="provider_postal_code" label=t("household-postal-code") value=input.provider_postal_code maxlength=5 error=field_error(&flash, "provider_postal_code") />
                <TextField name="provider_city" label=t("household-city") value=input.provider_city maxlength=60 error=field_error(&flash, "provider_city") />
                <TextField name="provider_contact" label=t("teilhabe-provider-contact") hint=t("teilhabe-provider-contact-hint") value=input.provider_contact required=false maxlength=120 error=field_error(&flash, "provider_contact") />
                <TextField name="provider_iban" label=t("teilhabe-provider-iban") hint=t("teilhabe-provider-iban-hint") value=input.provider_iban required=false maxlength=42 error=field_error(&flash, "provider_iban") />
                <h2>{t("teilhabe-costs-title")}</h2>
                <TextField name="monthly_fee" label=t("teilhabe-monthly-fee") hint=t("teilhabe-monthly-fee-hint") value=input.monthly_fee maxlength=12 error=field_error(&flash, "monthly_fee") />
                <TextField name="start_month" label=t("teilhabe-start-month") input_type="month" hint=t("teilhabe-month-hint") value=input.start_month maxlength=7 error=field_error(&flash, "start_month") />
                <TextField name="end_month" label=t("teilhabe-end-month") input_type="month" hint=t("teilhabe-end-month-hint") value=input.end_month maxlength=7 error=field_error(&flash, "end_month") />
                <button type="submit" class="button">{t("claim-continue")}</button>
            </form>
        }
        .into_any()
    })
}

fn from_flash(flash: &Flash) -> TeilhabeInput {
    let v = |k: &str| flash.value(k);
    TeilhabeInput {
        activity: v("activity"),
        description: v("description"),
        provider_name: v("provider_name"),
        provider_street: v("provider_street"),
        provider_postal_code: v("provider_postal_code"),
        provider_city: v("provider_city"),
        provider_contact: v("provider_contact"),
        provider_iban: v("provider_iban"),
        monthly_fee: v("monthly_fee"),
        start_month: v("start_month"),
        end_month: v("end_month"),
    }
}

/// The answers as a definition list, with links to change them while a draft.
#[component]
fn TeilhabeSummary(
    input: TeilhabeInput,
    covered: Cents,
    change_href: Option<String>,
) -> impl IntoView {
    // Judge the period against its own start, so a claim submitted long ago still shows.
    let reference = YearMonth::parse(&input.start_month, "")
        .unwrap_or_else(|_| YearMonth::of(time::OffsetDateTime::now_utc().date()));
    let Ok(d) = input.parse(reference) else {
        return view! { <p>{t("claim-error-incomplete")}</p> }.into_any();
    };
    let (paid, own) = split_fee(d.monthly_fee, covered);
    let activity = match &d.description {
        Some(desc) => format!("{} – {desc}", t(d.activity.label_id())),
        None => t(d.activity.label_id()),
    };
    let provider = format!(
        "{}, {}, {} {}",
        d.provider_name, d.provider_street, d.provider_postal_code, d.provider_city
    );
    let change =
        change_href.map(|href| view! { <p><a href=href>{t("claim-change-answers")}</a></p> });
    view! {
        <dl class="summary">
            <dt>{t("teilhabe-activity")}</dt>
            <dd>{activity}</dd>
            <dt>{t("teilhabe-provider-title")}</dt>
            <dd>{provider}</dd>
            {d.provider_contact.map(|c| view! { <dt>{t("teilhabe-provider-contact")}</dt><dd>{c}</dd> })}
            {d.provider_iban.as_ref().map(|i: &Iban| view! { <dt>{t("teilhabe-provider-iban")}</dt><dd dir="ltr" class="iban">{i.to_string()}</dd> })}
            <dt>{t("teilhabe-monthly-fee")}</dt>
            <dd>{d.monthly_fee.to_string()}</dd>
            <dt>{t("teilhabe-period")}</dt>
            <dd>{format!("{} – {}", d.start.german(), d.end.german())}</dd>
        </dl>
        <div class="info-box" data-testid="fee-split">
            <p>{t_args("teilhabe-split-paid", &[("amount", paid.to_string().into())])}</p>
            {(own.0 > 0).then(|| view! { <p>{t_args("teilhabe-split-own", &[("amount", own.to_string().into())])}</p> })}
        </div>
        {change}
    }
    .into_any()
}

#[component]
pub fn CheckPage() -> impl IntoView {
    with_claim(|record, db| async move {
        if let Some(v) = not_a_draft(&record) {
            return v;
        }
        let input = stored_input(&record);
        if input
            .parse(YearMonth::of(time::OffsetDateTime::now_utc().date()))
            .is_err()
        {
            leptos_axum::redirect(&format!("/familie/antrag/{}/angaben", record.id));
            return ().into_any();
        }
        let covered = covered_per_month(&db).await;
        let title = t("claim-check-title");
        let back = format!("/familie/antrag/{}/angaben", record.id);
        let next = format!("/familie/antrag/{}/erklaerung", record.id);
        view! {
            <Title text=title.clone() />
            <p><a href=back.clone()>{t("claim-back")}</a></p>
            <StepIndicator step=3 title=title />
            <dl class="summary">
                <dt>{t("claim-child")}</dt>
                <dd>{record.child_name.clone()}</dd>
                <dt>{t("claim-benefit")}</dt>
                <dd>{t(BenefitKind::Teilhabe.label_id())}</dd>
            </dl>
            <TeilhabeSummary input=input covered=covered change_href=Some(back) />
            <p><a class="button" href=next>{t("claim-continue")}</a></p>
        }
        .into_any()
    })
}

#[component]
pub fn DeclarationPage() -> impl IntoView {
    with_claim(|record, _db| async move {
        if let Some(v) = not_a_draft(&record) {
            return v;
        }
        let flash = use_ctx().flash;
        let title = t("claim-declaration-title");
        let back = format!("/familie/antrag/{}/pruefen", record.id);
        let checkbox = |name: &'static str, label_id: &str| {
            let error = field_error(&flash, name);
            let invalid = error.is_some();
            view! {
                <div class="field" class:field-error=invalid>
                    {error.map(|e| view! { <p class="error-message" id=format!("{name}-error")>{e}</p> })}
                    <div class="checkbox">
                        <input type="checkbox" id=name name=name value="ja" />
                        <label for=name>{t(label_id)}</label>
                    </div>
                </div>
            }
        };
        view! {
            <Title text=title.clone() />
            <p><a href=back>{t("claim-back")}</a></p>
            <StepIndicator step=4 title=title />
            <ErrorSummary flash=flash.clone() />
            <form method="post" action="/api/claim/submit" class="form" novalidate>
                <input type="hidden" name="claim_id" value=record.id.clone() />
                {checkbox("declaration", "claim-declaration-text")}
                {checkbox("consent", "claim-consent-text")}
                <p class="hint">{t("claim-privacy-hint")}</p>
                <button type="submit" class="button">{t("claim-submit")}</button>
            </form>
        }
        .into_any()
    })
}

#[component]
pub fn ClaimPage() -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    with_claim(move |record, db| async move {
        let user_id = use_ctx().user.map(|u| u.id).unwrap_or_default();
        let events = db::claim::events_for_family(&db, &user_id, &id)
            .await
            .unwrap_or_default();
        let covered = covered_per_month(&db).await;
        let input = stored_input(&record);
        let title = match &record.reference {
            Some(r) => t_args("claim-page-title", &[("reference", r.clone().into())]),
            None => t("claim-page-title-draft"),
        };
        let timeline = events
            .into_iter()
            .map(|e| {
                view! {
                    <li>
                        <span class="when">{german_from_unix(e.at)}</span>
                        " "
                        <span>{t(&format!("timeline-{}", e.to.as_str().replace('_', "-")))}</span>
                    </li>
                }
            })
            .collect_view();
        let can_withdraw = allowed_from(Action::Withdraw).contains(&record.status);
        let next_steps = match record.status {
            Status::Submitted | Status::NeedsInfo => Some(t("claim-next-steps")),
            _ => None,
        };
        view! {
            <Title text=title.clone() />
            <p><a href="/familie">{t("back-to-overview")}</a></p>
            <h1>{title}</h1>
            <p class="status-line">
                {t("claim-status")} ": " <strong data-testid="status">{t(record.status.label_id())}</strong>
            </p>
            {next_steps.map(|s| view! { <div class="info-box"><p>{s}</p></div> })}
            {(record.status == Status::Draft).then(|| {
                let href = format!("/familie/antrag/{}/angaben", record.id);
                view! { <p><a class="button" href=href>{t("claim-continue-draft")}</a></p> }
            })}
            <dl class="summary">
                <dt>{t("claim-child")}</dt>
                <dd>{record.child_name.clone()}</dd>
                <dt>{t("claim-benefit")}</dt>
                <dd>{t(BenefitKind::Teilhabe.label_id())}</dd>
                {record.submitted_at.map(|at| view! { <dt>{t("claim-submitted-at")}</dt><dd>{german_from_unix(at)}</dd> })}
            </dl>
            {(record.status != Status::Draft).then(|| view! { <TeilhabeSummary input=input covered=covered change_href=None /> })}
            <h2>{t("claim-timeline")}</h2>
            <ol class="timeline">{timeline}</ol>
            {can_withdraw.then(|| view! {
                <form method="post" action="/api/claim/withdraw" class="withdraw">
                    <input type="hidden" name="claim_id" value=record.id.clone() />
                    <p class="hint">{t("claim-withdraw-hint")}</p>
                    <button type="submit" class="button button-secondary">{t("claim-withdraw")}</button>
                </form>
            })}
        }
        .into_any()
    })
}

/// The family's claims, for the overview.
#[component]
pub fn ClaimsList(claims: Vec<ClaimSummary>) -> impl IntoView {
    if claims.is_empty() {
        return view! { <p class="empty-state" data-testid="claims-empty">{t("family-claims-empty")}</p> }.into_any();
    }
    let items = claims
        .into_iter()
        .map(|c| {
            let href = format!("/familie/antrag/{}", c.id);
            let benefit = BenefitKind::parse(&c.benefit).map(|b| t(b.label_id())).unwrap_or_default();
            let heading = format!("{benefit} – {}", c.child_name);
            let reference = c.reference.unwrap_or_else(|| t("claim-page-title-draft"));
            let since = german_from_unix(c.submitted_at.unwrap_or(c.created_at));
            view! {
                <li class="claim">
                    <a href=href><strong>{heading}</strong></a>
                    <span class="hint">{format!("{reference} · {since}")}</span>
                    <span class=format!("badge badge-{}", c.status.as_str())>{t(c.status.label_id())}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="claims">{items}</ul> }.into_any()
}
