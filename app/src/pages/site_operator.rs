//! `/verwaltung/lernstandorte/traeger`: staff maintain the operator (Träger) of every
//! approved Lernstandort — the payee of Lernförderung there, with address and bank account.

use crate::api::school::{OPERATORS_PAGE, SaveSiteOperator};
use crate::{
    components::{
        form::{ErrorSummary, Input, inputs},
        guard::require_role,
        layout::empty_state,
        title::PageHeading,
    },
    context::{Flash, use_ctx},
    db::{self, Db, lernstandort::SiteSummary},
    domain::{
        account::Role,
        ids::SiteId,
        site_operator::{Operator, OperatorInput},
    },
    error::AppError,
    i18n::t,
    pages::{load_view, route_id},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn OperatorsPage() -> impl IntoView {
    require_role(&[Role::Staff, Role::Admin], |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            <PageHeading text=t("site-operators-title") back="/verwaltung/lernstandorte" />
            <p class="lead">{t("site-operators-lead")}</p>
            <ErrorSummary flash=flash.clone() />
            {load_view(async move {
                let sites = db::lernstandort::list_approved(&db).await?;
                if sites.is_empty() {
                    return Ok(empty_state("site-operators-empty", None));
                }
                let mut operators = db::site_operator::all(&db).await?;
                let items = sites
                    .into_iter()
                    .map(|site| {
                        let operator = operators.remove(&site.id);
                        view! { <OperatorCard site=site operator=operator /> }
                    })
                    .collect_view();
                Ok(view! { <ul class="sites">{items}</ul> }.into_any())
            })}
        }
        .into_any()
    })
}

/// One site and its operator, or a warning that none is entered, with the way to change it.
#[component]
fn OperatorCard(site: SiteSummary, operator: Option<Operator>) -> impl IntoView {
    let state = match &operator {
        Some(o) => view! { <p data-testid="operator">{format!("{} · {}", o.address_lines().join(", "), o.iban)}</p> }
            .into_any(),
        None => view! {
            <p class="warning" data-testid="operator-missing">
                {t("site-operator-missing")}
            </p>
        }
            .into_any(),
    };
    let href = format!("{OPERATORS_PAGE}/{}", site.id);
    view! {
        <li class="card">
            <h2>{site.label()}</h2>
            {state}
            <a href=href>{t("site-operator-edit")}</a>
        </li>
    }
}

/// `/verwaltung/lernstandorte/traeger/:id`: the operator of one site, to enter or change.
#[component]
pub fn OperatorPage() -> impl IntoView {
    let id: SiteId = route_id();
    require_role(&[Role::Staff, Role::Admin], move |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            <PageHeading text=t("site-operator-edit") back=OPERATORS_PAGE />
            <ErrorSummary flash=flash.clone() />
            {load_view(async move {
                let site = db::lernstandort::find(&db, &id).await?.ok_or(AppError::NotFound)?;
                let input = match flash.values.is_empty() {
                    true => {
                        db::site_operator::find(&db, &id)
                            .await?
                            .as_ref()
                            .map(stored)
                            .unwrap_or_default()
                    }
                    false => {
                        OperatorInput {
                            name: flash.value("operator_name"),
                            street: flash.value("operator_street"),
                            postal_code: flash.value("operator_postal_code"),
                            city: flash.value("operator_city"),
                            iban: flash.value("operator_iban"),
                        }
                    }
                };
                Ok(
                    view! {
                        <p class="lead">{site.label()}</p>
                        <OperatorForm site_id=site.id input=input flash=flash.clone() />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

#[component]
fn OperatorForm(site_id: SiteId, input: OperatorInput, flash: Flash) -> impl IntoView {
    view! {
        <form method="post" action={<SaveSiteOperator as ServerFn>::PATH} class="form" novalidate>
            <input type="hidden" name="site_id" value=site_id.to_string() />
            {inputs(
                &flash,
                [
                    Input::new("operator_name", "site-operator-name", input.name)
                        .hint("site-operator-name-hint")
                        .max(200),
                    Input::new("operator_street", "site-operator-street", input.street).max(200),
                    Input::new(
                            "operator_postal_code",
                            "site-operator-postal-code",
                            input.postal_code,
                        )
                        .max(5),
                    Input::new("operator_city", "site-operator-city", input.city).max(100),
                    Input::new("operator_iban", "site-operator-iban", input.iban)
                        .hint("site-operator-iban-hint")
                        .max(42),
                ],
            )}
            <button type="submit" class="button">
                {t("site-operator-save")}
            </button>
        </form>
    }
}

/// The form values of a stored operator.
fn stored(o: &Operator) -> OperatorInput {
    OperatorInput {
        name: o.name.clone(),
        street: o.street.clone(),
        postal_code: o.postal_code.clone(),
        city: o.city.clone(),
        iban: o.iban.to_string(),
    }
}
