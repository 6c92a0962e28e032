//! The family's application: start a draft, save its answers step by step, submit it,
//! withdraw it.

use super::{db, notice, require_role, respond};
use crate::{
    context::use_ctx,
    db::{
        Db,
        claim::{self, ClaimRecord},
        household, rates,
    },
    domain::{
        FieldError,
        account::Role,
        benefit::BenefitKind,
        claim::{Action, ReferenceNumber, Status},
        month::YearMonth,
        rates::RateKind,
        teilhabe::TeilhabeInput,
    },
    error::AppError,
};
use leptos::prelude::*;

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Starts (or resumes) the draft for one child and benefit.
#[server(prefix = "/api", endpoint = "claim/start")]
pub async fn start_claim(child_id: String, benefit: String) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        // Lernförderung needs the Lernstandort directory and the school's confirmation;
        // until those exist only Teilhabe can be applied for online.
        let kind = BenefitKind::parse(&benefit)
            .filter(|k| *k == BenefitKind::Teilhabe)
            .ok_or(AppError::NotFound)?;
        let id = claim::create_draft(&db()?, &user.id, &child_id, kind).await?;
        Ok(format!("/familie/antrag/{id}/angaben"))
    }
    .await;
    respond(outcome, "/familie", &[]).await
}

/// Saves the Teilhabe answers of a draft — always, so nothing typed is lost — and moves
/// on to the check page when they are complete and valid.
#[server(prefix = "/api", endpoint = "claim/teilhabe")]
#[allow(clippy::too_many_arguments)]
pub async fn save_teilhabe(
    claim_id: String,
    activity: Option<String>,
    description: String,
    provider_name: String,
    provider_street: String,
    provider_postal_code: String,
    provider_city: String,
    provider_contact: String,
    provider_iban: String,
    monthly_fee: String,
    start_month: String,
    end_month: String,
) -> Result<(), ServerFnError> {
    let input = TeilhabeInput {
        activity: activity.unwrap_or_default(),
        description,
        provider_name,
        provider_street,
        provider_postal_code,
        provider_city,
        provider_contact,
        provider_iban,
        monthly_fee,
        start_month,
        end_month,
    };
    let back = format!("/familie/antrag/{claim_id}/angaben");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let json = serde_json::to_string(&input).map_err(|e| AppError::Internal(e.to_string()))?;
        claim::save_details(&db()?, &user.id, &claim_id, &json).await?;
        input
            .parse(YearMonth::of(today()))
            .map_err(AppError::Validation)?;
        Ok(format!("/familie/antrag/{claim_id}/pruefen"))
    }
    .await;
    respond(outcome, &back, &input.as_values()).await
}

/// Submits a complete draft after the declaration; the server checks everything again.
#[server(prefix = "/api", endpoint = "claim/submit")]
pub async fn submit_claim(
    claim_id: String,
    declaration: Option<String>,
    consent: Option<String>,
) -> Result<(), ServerFnError> {
    let back = format!("/familie/antrag/{claim_id}/erklaerung");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let db = db()?;
        let record = claim::find_for_family(&db, &user.id, &claim_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let claim_page = format!("/familie/antrag/{claim_id}");
        if record.status != Status::Draft {
            // A second click on "submit", or the back button: the claim exists once.
            return Ok(claim_page);
        }
        let input: TeilhabeInput = serde_json::from_str(&record.details).unwrap_or_default();
        if input.parse(YearMonth::of(today())).is_err() {
            notice("claim-error-incomplete").await?;
            return Ok(format!("/familie/antrag/{claim_id}/angaben"));
        }
        let mut errors = Vec::new();
        if declaration.as_deref() != Some("ja") {
            errors.push(FieldError::new("declaration", "claim-error-declaration"));
        }
        if consent.as_deref() != Some("ja") {
            errors.push(FieldError::new("consent", "claim-error-consent"));
        }
        if !errors.is_empty() {
            return Err(AppError::Validation(errors));
        }
        submit_teilhabe(&db, &user.id, &record, &input, use_ctx().lang.code()).await?;
        notice("claim-submitted").await?;
        Ok(claim_page)
    }
    .await;
    respond(outcome, &back, &[]).await
}

/// Submits a complete Teilhabe draft. The snapshot keeps the claim as submitted
/// (household, child, answers, the amount in force, the declaration), whatever the family
/// changes later.
pub async fn submit_teilhabe(
    db: &Db,
    account_id: &str,
    record: &ClaimRecord,
    input: &TeilhabeInput,
    lang: &str,
) -> Result<ReferenceNumber, AppError> {
    let household = household::find(db, account_id)
        .await?
        .ok_or(AppError::Conflict("child-error-household-first".into()))?;
    let child = household::child(db, account_id, &record.child_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let covered = rates::amount_on(db, RateKind::TeilhabeMonthly, today()).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let snapshot = serde_json::json!({
        "benefit": record.benefit,
        "household": household.input,
        "kommune": household.kommune_name,
        "child": child.input,
        "school": child.school_display,
        "teilhabe": input,
        "covered_per_month_cents": covered.map(|c| c.0),
        "declaration_at": now,
        "consent_at": now,
        "lang": lang,
    });
    claim::submit(
        db,
        account_id,
        &record.id,
        &snapshot.to_string(),
        today().year(),
    )
    .await
}

/// Withdraws a submitted claim before it is decided.
#[server(prefix = "/api", endpoint = "claim/withdraw")]
pub async fn withdraw_claim(claim_id: String) -> Result<(), ServerFnError> {
    let back = format!("/familie/antrag/{claim_id}");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        claim::apply(
            &db()?,
            &claim_id,
            Some(&user.id),
            &user.id,
            Action::Withdraw,
            None,
        )
        .await?;
        notice("claim-withdrawn").await?;
        Ok(back.clone())
    }
    .await;
    respond(outcome, &back, &[]).await
}
