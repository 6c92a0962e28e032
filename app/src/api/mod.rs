//! Server functions, one per use case: session → authorize → domain → db → response.
//! They answer plain HTML form posts (Post/Redirect/Get): on success they redirect to the
//! next page; on a validation error they store the errors and the entered values (never
//! passwords) as a flash message and redirect back to the form.

pub mod admin;
pub mod auth;
pub mod calendar;
pub mod claim;
pub mod feedback;
pub mod household;
pub mod intake;
pub mod report;
pub mod school;
pub mod staff;

use crate::{
    context::{CurrentUser, Flash, use_ctx},
    db::Db,
    domain::account::Role,
    error::{Answer, AppError},
};
use leptos::prelude::*;
use std::collections::HashMap;
use tower_sessions::Session;

/// Session key of the logged-in account's id.
pub const USER_ID_KEY: &str = "user_id";
/// Session key: when the session was last written back (unix seconds).
pub const SEEN_KEY: &str = "seen";
/// Session key: when the user logged in (unix milliseconds), for the absolute session lifetime
/// and for ending sessions begun before a password change.
pub const SINCE_KEY: &str = "since";

pub(crate) fn db() -> Result<Db, AppError> {
    use_context::<Db>().ok_or_else(|| AppError::Internal("no database in context".into()))
}

pub(crate) async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>()
        .await
        .map_err(|e| AppError::Internal(format!("no session: {e}")))
}

/// The current user if they have one of `roles`.
pub(crate) fn require_role(roles: &[Role]) -> Result<CurrentUser, AppError> {
    use_ctx().require(roles).cloned()
}

/// Shows `msg_id` once on the next page.
pub(crate) async fn notice(msg_id: &str) -> Result<(), AppError> {
    session()
        .await?
        .insert(Flash::SESSION_KEY, Flash::notice(msg_id))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// A use case's success: shows `msg_id` once on `target`, where the browser goes next.
pub(crate) async fn done(msg_id: &str, target: impl Into<String>) -> Result<String, AppError> {
    notice(msg_id).await?;
    Ok(target.into())
}

/// Turns the outcome of a form's use case into the redirect the browser follows (see
/// [`AppError::answer`]). `back` is the form's page; `values` are the entered values to
/// show again.
pub(crate) async fn respond(
    outcome: Result<String, AppError>,
    back: &str,
    values: &[(&str, &str)],
) -> Result<(), ServerFnError> {
    let answer = match outcome {
        Ok(target) => Answer::done(&target, None),
        Err(err) => {
            let values: HashMap<String, String> = values
                .iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect();
            err.answer(back, values)
        }
    };
    let session = session().await.ok();
    match answer.settle(session.as_ref()).await {
        Ok(target) => leptos_axum::redirect(&target),
        Err(status) => answer_status(status),
    }
    Ok(())
}

/// Answers with `status` and no redirect; the server turns it into the translated page
/// (`server/src/request.rs`, `resilience::unavailable_page`).
fn answer_status(status: u16) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
}
