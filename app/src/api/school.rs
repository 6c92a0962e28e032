//! The school side: Lernstandorte (register, change, pause, reopen, close; staff approve
//! or send back with a comment) and the school's confirmation of a pupil's need.

use super::{db, done, notice, require_role, respond};
use crate::db::today;
use crate::domain::ids::{AccountId, ClaimId, SchoolId, SiteId};
use crate::{
    db::{claim, confirmation, kommune, lernstandort, school_request, site_operator},
    domain::{
        FieldError, Fields,
        account::{Email, NewPassword, Role},
        confirmation::{Confirmation, ConfirmationInput},
        lernstandort::{SiteAction, SiteInput},
        school::SchoolInput,
        school_code,
        site_operator::OperatorInput,
        text::{optional_text, required_text},
    },
    error::AppError,
};
use leptos::prelude::*;

/// A school registers a new site (`site_id` empty) or changes one of its own; either way
/// the site waits for staff.
#[server(prefix = "/api", endpoint = "school/site")]
#[allow(clippy::too_many_arguments)]
pub async fn save_site(
    site_id: String,
    school_id: String,
    place: String,
    #[server(default)] subjects: Vec<String>,
    grade_from: String,
    grade_to: String,
    schedule: String,
    places: String,
    tutors: String,
    contact: String,
    start_date: String,
) -> Result<(), ServerFnError> {
    let input = SiteInput {
        school_id,
        place,
        subjects,
        grade_from,
        grade_to,
        schedule,
        places,
        tutors,
        contact,
        start_date,
    };
    let back = if site_id.is_empty() {
        "/schule/lernstandort/neu".to_string()
    } else {
        format!("/schule/lernstandort/{site_id}")
    };
    let outcome = async {
        let user = require_role(&[Role::School])?;
        let site = input.parse(today()).map_err(AppError::Validation)?;
        let db = db()?;
        if site_id.is_empty() {
            lernstandort::register(&db, &user.id, &site).await?;
        } else {
            lernstandort::change(&db, &user.id, &site_id.clone().into(), &site).await?;
        }
        done("site-submitted", "/schule".to_string()).await
    }
    .await;
    let values = input.as_values();
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    respond(outcome, &back, &values).await
}

/// A school pauses, reopens or closes one of its sites.
#[server(prefix = "/api", endpoint = "school/site/status")]
pub async fn change_site_status(site_id: SiteId, action: String) -> Result<(), ServerFnError> {
    let back = format!("/schule/lernstandort/{site_id}");
    let outcome = async {
        let user = require_role(&[Role::School])?;
        let action = SiteAction::parse_by_school(&action).ok_or(AppError::NotFound)?;
        lernstandort::act(&db()?, &site_id, Some(&user.id), &user.id, action, None).await?;
        done("site-status-changed", "/schule".to_string()).await
    }
    .await;
    respond(outcome, &back, &[]).await
}

/// Staff approve a waiting site or send it back with a comment (required then).
#[server(prefix = "/api", endpoint = "staff/site/review")]
pub async fn review_site(
    site_id: SiteId,
    decision: String,
    comment: String,
) -> Result<(), ServerFnError> {
    let back = "/verwaltung/lernstandorte";
    let outcome = async {
        let user = require_role(&[Role::Staff, Role::Admin])?;
        let comment =
            optional_text(&comment, "comment", 1000).map_err(|e| AppError::Validation(vec![e]))?;
        let action = match decision.as_str() {
            "approve" => SiteAction::Approve,
            "return" if comment.is_some() => SiteAction::Return,
            "return" => return Err(AppError::field("comment", "site-error-comment")),
            _ => return Err(AppError::NotFound),
        };
        lernstandort::act(&db()?, &site_id, None, &user.id, action, comment.as_deref()).await?;
        notice(match action {
            SiteAction::Approve => "site-approved",
            _ => "site-returned",
        })
        .await?;
        Ok(back.to_string())
    }
    .await;
    respond(outcome, back, &[("comment", &comment)]).await
}

/// Staff enter or change the operator (Träger) of a site: who is paid for tutoring there,
/// with address and bank account.
#[server(prefix = "/api", endpoint = "staff/site/operator")]
pub async fn save_site_operator(
    site_id: SiteId,
    operator_name: String,
    operator_street: String,
    operator_postal_code: String,
    operator_city: String,
    operator_iban: String,
) -> Result<(), ServerFnError> {
    let input = OperatorInput {
        name: operator_name,
        street: operator_street,
        postal_code: operator_postal_code,
        city: operator_city,
        iban: operator_iban,
    };
    let back = format!("{OPERATORS_PAGE}/{site_id}");
    let outcome = async {
        require_role(&[Role::Staff, Role::Admin])?;
        let operator = input.parse().map_err(AppError::Validation)?;
        site_operator::save(&db()?, &site_id, &operator).await?;
        done("site-operator-saved", OPERATORS_PAGE).await
    }
    .await;
    respond(outcome, &back, &input.as_values()).await
}

/// Where staff maintain the operators of the approved sites.
pub const OPERATORS_PAGE: &str = "/verwaltung/lernstandorte/traeger";

/// The school confirms a pupil's need for Lernförderung, or declines with a reason.
#[server(prefix = "/api", endpoint = "school/confirm")]
#[allow(clippy::too_many_arguments)]
pub async fn confirm_need(
    claim_id: ClaimId,
    decision: Option<String>,
    #[server(default)] subjects: Vec<String>,
    hours_per_week: String,
    period_from: String,
    period_to: String,
    goals_at_risk: Option<String>,
    reason: String,
) -> Result<(), ServerFnError> {
    let input = ConfirmationInput {
        decision: decision.unwrap_or_default(),
        subjects,
        hours_per_week,
        period_from,
        period_to,
        goals_at_risk: goals_at_risk.as_deref() == Some("ja"),
        reason,
    };
    let back = format!("/schule/bestaetigung/{claim_id}");
    let outcome = async {
        let user = require_role(&[Role::School])?;
        let confirmation = input.parse(today()).map_err(AppError::Validation)?;
        confirmation::record(&db()?, &user.id, &claim_id, &confirmation).await?;
        notice(match confirmation {
            Confirmation::Confirmed { .. } => "conf-confirmed",
            Confirmation::Declined { .. } => "conf-declined",
        })
        .await?;
        Ok("/schule".to_string())
    }
    .await;
    let subjects = input.subjects.join(",");
    let values = [
        ("decision", input.decision.as_str()),
        ("subjects", subjects.as_str()),
        ("hours_per_week", input.hours_per_week.as_str()),
        ("period_from", input.period_from.as_str()),
        ("period_to", input.period_to.as_str()),
        ("reason", input.reason.as_str()),
    ];
    respond(outcome, &back, &values).await
}

/// A school social worker starts a Lernförderung application together with a family
/// (e.g. in a counselling meeting): the family's account e-mail and the code the family
/// created for the child in its own account (so the family agrees); the child must attend
/// one of the worker's schools.
#[server(prefix = "/api", endpoint = "school/claim/start")]
pub async fn start_on_behalf(family_email: String, code: String) -> Result<(), ServerFnError> {
    let back = "/schule/antrag/neu";
    let outcome = async {
        let user = require_role(&[Role::School])?;
        let email = Email::parse(&family_email, "family_email");
        let code_r = school_code::normalize(&code)
            .ok_or_else(|| FieldError::new("code", "behalf-error-code"));
        let (email, code) = (email, code_r).collect().map_err(AppError::Validation)?;
        let id = claim::start_for_family(&db()?, &user.id, email.as_str(), &code)
            .await
            .map_err(|e| match e {
                AppError::NotFound => AppError::field("code", "behalf-error-not-found"),
                other => other,
            })?;
        done("behalf-started", format!("/schule/antrag/{id}")).await
    }
    .await;
    respond(
        outcome,
        back,
        &[("family_email", &family_email), ("code", &code)],
    )
    .await
}

/// Staff add a school to the directory (`school_id` empty) or change one.
#[server(prefix = "/api", endpoint = "staff/school")]
pub async fn save_school(
    school_id: String,
    kommune: String,
    name: String,
    school_type: String,
    street: String,
    postal_code: String,
) -> Result<(), ServerFnError> {
    let input = SchoolInput {
        kommune,
        name,
        school_type,
        street,
        postal_code,
    };
    let back = if school_id.is_empty() {
        "/verwaltung/schulen".to_string()
    } else {
        format!("/verwaltung/schulen/{school_id}")
    };
    let outcome = async {
        require_role(&[Role::Staff, Role::Admin])?;
        let school = input.parse().map_err(AppError::Validation)?;
        let id = (!school_id.is_empty()).then(|| SchoolId::from(school_id.clone()));
        kommune::save_school(&db()?, id.as_ref(), &school).await?;
        done("school-saved", "/verwaltung/schulen".to_string()).await
    }
    .await;
    let values = [
        ("kommune", input.kommune.as_str()),
        ("name", input.name.as_str()),
        ("school_type", input.school_type.as_str()),
        ("street", input.street.as_str()),
        ("postal_code", input.postal_code.as_str()),
    ];
    respond(outcome, &back, &values).await
}

/// A school social worker asks for an account for a school (no login needed). The account
/// can do nothing until staff approve.
#[server(prefix = "/api", endpoint = "school/request")]
pub async fn request_school_account(
    name: String,
    email: String,
    school_id: String,
    message: String,
    password: String,
    password_repeat: String,
) -> Result<(), ServerFnError> {
    let back = "/schule/zugang";
    let outcome = async {
        let name_r = required_text(&name, "name", 120);
        let email_r = Email::parse(&email, "email");
        let message_r = optional_text(&message, "message", 500);
        let password_r = NewPassword::parse(&password, &password_repeat, "password");
        let (name, email, message, password) = (name_r, email_r, message_r, password_r)
            .collect()
            .map_err(AppError::Validation)?;
        school_request::request(
            &db()?,
            &email,
            &password,
            &name,
            &school_id.clone().into(),
            message.as_deref(),
        )
        .await?;
        done("request-sent", "/anmelden".to_string()).await
    }
    .await;
    respond(
        outcome,
        back,
        &[
            ("name", &name),
            ("email", &email),
            ("school_id", &school_id),
            ("message", &message),
        ],
    )
    .await
}

/// Staff approve or reject a school account request.
#[server(prefix = "/api", endpoint = "staff/school-request")]
pub async fn decide_school_request(
    account_id: AccountId,
    decision: String,
) -> Result<(), ServerFnError> {
    let back = "/verwaltung/zugaenge";
    let outcome = async {
        let user = require_role(&[Role::Staff, Role::Admin])?;
        let approve = match decision.as_str() {
            "approve" => true,
            "reject" => false,
            _ => return Err(AppError::NotFound),
        };
        school_request::decide(&db()?, &account_id, &user.id, approve).await?;
        notice(if approve {
            "request-approved"
        } else {
            "request-rejected"
        })
        .await?;
        Ok(back.to_string())
    }
    .await;
    respond(outcome, back, &[]).await
}
