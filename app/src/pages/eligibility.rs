//! The eligibility self-check at `/berechtigung`: no account needed. A GET form, so it
//! works without JavaScript and the result can be bookmarked or shared.

use crate::{
    components::form::{ErrorSummary, RadioGroup, TextField, field_error},
    components::title::PageHeading,
    context::{Flash, use_ctx},
    domain::{
        account::Role,
        benefit::UnderlyingBenefit,
        eligibility::{EligibilityAnswers, EligibilityResult, check},
    },
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn EligibilityPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let value = |k: &str| query.get(k).unwrap_or_default();
    let submitted = query.get("benefit").is_some() || query.get("age").is_some();
    let (benefit, age, school, allowance) = (
        value("benefit"),
        value("age"),
        value("attends_school"),
        value("training_allowance"),
    );
    let mut flash = Flash::default();
    let mut result = None;
    if submitted {
        match EligibilityAnswers::parse(&benefit, &age, &school, &allowance) {
            Ok(answers) => result = Some(check(&answers)),
            Err(errors) => flash.errors = errors,
        }
    }

    let mut benefit_options: Vec<(&'static str, String)> = UnderlyingBenefit::ALL
        .into_iter()
        .map(|b| (b.as_str(), t(b.label_id())))
        .collect();
    benefit_options.push(("none", t("check-benefit-none")));
    let yes_no = || vec![("ja", t("check-yes")), ("nein", t("check-no"))];

    view! {
        <PageHeading text=t("check-title") />
        <p class="lead">{t("check-lead")}</p>
        {result.map(|r| view! { <CheckResult result=r /> })}
        <ErrorSummary flash=flash.clone() />
        <form method="get" action="/berechtigung" class="form" novalidate>
            <RadioGroup
                name="benefit"
                legend=t("check-benefit-question")
                options=benefit_options
                selected=benefit
                error=field_error(&flash, "benefit")
            />
            <TextField
                name="age"
                label=t("check-age-question")
                input_type="number"
                hint=t("check-age-hint")
                value=age
                error=field_error(&flash, "age")
            />
            <RadioGroup
                name="attends_school"
                legend=t("check-school-question")
                hint=t("check-school-hint")
                options=yes_no()
                selected=school
                error=field_error(&flash, "attends_school")
            />
            <RadioGroup
                name="training_allowance"
                legend=t("check-allowance-question")
                hint=t("check-allowance-hint")
                options=yes_no()
                selected=allowance
                error=field_error(&flash, "training_allowance")
            />
            <button type="submit" class="button">
                {t("check-submit")}
            </button>
        </form>
    }
}

#[component]
fn CheckResult(result: EligibilityResult) -> impl IntoView {
    let any = result.outcomes.iter().any(|o| o.may_apply);
    let outcomes = result
        .outcomes
        .into_iter()
        .map(|o| {
            let (class, verdict) = if o.may_apply {
                ("result result-yes", t("check-may-apply"))
            } else {
                ("result result-no", t("check-may-not-apply"))
            };
            let reasons = o
                .reasons
                .into_iter()
                .map(|r| view! { <li>{t(r)}</li> })
                .collect_view();
            view! {
                <article class=class data-benefit=o.kind.as_str()>
                    <h3>{t(o.kind.label_id())}</h3>
                    <p class="verdict">
                        <strong>{verdict}</strong>
                    </p>
                    <ul>{reasons}</ul>
                </article>
            }
        })
        .collect_view();
    let notes = result
        .notes
        .into_iter()
        .map(|n| view! { <li>{t(n)}</li> })
        .collect_view();
    let apply_href = match use_ctx().user {
        Some(user) if user.role == Role::Family => "/familie",
        _ => "/registrieren",
    };
    view! {
        <section class="check-result" aria-labelledby="result-heading" tabindex="-1" id="ergebnis">
            <h2 id="result-heading">{t("check-result-title")}</h2>
            {outcomes}
            <ul class="notes">{notes}</ul>
            {result
                .legal_basis
                .map(|basis| {
                    view! {
                        <p class="hint">
                            {t_args("check-legal-basis", &[("basis", basis.into())])}
                        </p>
                    }
                })}
            <p class="hint">{t("check-disclaimer")}</p>
            {any
                .then(|| {
                    view! {
                        <p>
                            <a class="button" href=apply_href>
                                {t("check-apply")}
                            </a>
                        </p>
                    }
                })}
        </section>
    }
}
