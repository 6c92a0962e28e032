//! Server functions, one per use case: session → authorize → domain → db → response.
//! They answer plain HTML form posts (Post/Redirect/Get): on success they redirect to the
//! next page; on a validation error they store the errors and the entered values (never
//! passwords) as a flash message and redirect back to the form.

pub mod admin;
pub mod auth;
pub mod claim;
pub mod feedback;
pub mod household;
pub mod report;
pub mod school;
pub mod staff;

use crate::{
    context::{CurrentUser, Flash, use_ctx},
    db::Db,
    domain::account::Role,
    error::AppError,
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
    match use_ctx().user {
        Some(user) if roles.contains(&user.role) => Ok(user),
        Some(_) => Err(AppError::Forbidden),
        None => Err(AppError::Unauthorized),
    }
}

/// Shows `msg_id` once on the next page.
pub(crate) async fn notice(msg_id: &str) -> Result<(), AppError> {
    session()
        .await?
        .insert(Flash::SESSION_KEY, Flash::notice(msg_id))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Turns the outcome of a form's use case into the redirect the browser follows.
/// `back` is the form's page; `values` are the entered values to show again.
pub(crate) async fn respond(
    outcome: Result<String, AppError>,
    back: &str,
    values: &[(&str, &str)],
) -> Result<(), ServerFnError> {
    let (target, flash) = match outcome {
        Ok(target) => (target, None),
        Err(AppError::Validation(errors)) => {
            let values: HashMap<String, String> = values
                .iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect();
            let flash = Flash {
                errors,
                values,
                ..Default::default()
            };
            (back.to_string(), Some(flash))
        }
        // No redirect: the server answers with the 503 page that keeps the entries.
        Err(AppError::Unavailable(_)) => return answer(http::StatusCode::SERVICE_UNAVAILABLE),
        Err(AppError::Unauthorized) => (
            "/anmelden".to_string(),
            Some(Flash::notice("error-login-required")),
        ),
        Err(err) => {
            if let AppError::Internal(detail) = &err {
                tracing::error!(%detail, "request failed");
            }
            (back.to_string(), Some(Flash::notice(err.msg_id())))
        }
    };
    // An id with a control character (`claim_id=x%01y`) cannot be a `Location`.
    if http::HeaderValue::from_str(&target).is_err() {
        return answer(http::StatusCode::BAD_REQUEST);
    }
    if let Some(flash) = flash {
        let stored = match session().await {
            Ok(session) => session.insert(Flash::SESSION_KEY, flash).await.is_ok(),
            Err(_) => false,
        };
        if !stored {
            // The session store is the database: try again later (503, entries kept).
            return answer(http::StatusCode::SERVICE_UNAVAILABLE);
        }
    }
    leptos_axum::redirect(&target);
    Ok(())
}

/// Answers with `status` and no redirect; the server turns it into the translated page
/// (`resilience::unavailable_page`).
fn answer(status: http::StatusCode) -> Result<(), ServerFnError> {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(status);
    }
    Ok(())
}
