//! Accessibility reports: anyone may send one (no account needed); staff mark them handled.

use super::{db, done, require_role, respond};
use crate::domain::ids::FeedbackId;
use crate::{
    context::use_ctx,
    db::feedback,
    domain::{account::Role, feedback::parse_feedback},
    error::AppError,
};
use leptos::prelude::*;

/// Where the form is, and where the thanks are shown.
const FORM: &str = "/barrierefreiheit#barriere-melden";

#[server(prefix = "/api", endpoint = "feedback/send")]
pub async fn send_feedback(
    page: String,
    message: String,
    contact: String,
) -> Result<(), ServerFnError> {
    let outcome = async {
        let f = parse_feedback(&page, &message, &contact).map_err(AppError::Validation)?;
        feedback::create(&db()?, &f, use_ctx().lang).await?;
        done("a11y-feedback-thanks", FORM.to_string()).await
    }
    .await;
    respond(
        outcome,
        FORM,
        &[
            ("page", &page),
            ("message", &message),
            ("contact", &contact),
        ],
    )
    .await
}

#[server(prefix = "/api", endpoint = "staff/feedback-handled")]
pub async fn mark_feedback_handled(id: FeedbackId) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&[Role::Staff, Role::Admin])?;
        if !feedback::mark_handled(&db()?, &id, &user.id).await? {
            return Err(AppError::NotFound);
        }
        done(
            "staff-feedback-handled",
            "/verwaltung/barrieren".to_string(),
        )
        .await
    }
    .await;
    respond(outcome, "/verwaltung/barrieren", &[]).await
}
