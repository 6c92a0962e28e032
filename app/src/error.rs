//! The one error type of the portal, and the one place where an error becomes what the
//! browser gets ([`AppError::answer`]): every variant maps to an HTTP status and, for the
//! user, to a Fluent message id; internal details are logged once and never shown.
//!
//! Form posts (server functions and the upload handlers) turn their outcome into an
//! [`Answer`] here; the axum handlers return `Result<Response, AppError>`, whose error
//! side is a bare status the server renders as the translated error page
//! (`server/src/request.rs`); pages show [`crate::pages::errors::error_view`].

use crate::domain::FieldError;
#[cfg(feature = "ssr")]
use {crate::context::Flash, std::collections::HashMap};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("login required")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("validation failed: {0:?}")]
    Validation(Vec<FieldError>),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("internal error: {0}")]
    Internal(String),
    /// The database cannot be reached or is saturated: try again shortly (503).
    #[error("unavailable: {0}")]
    Unavailable(String),
}

impl AppError {
    pub fn field(field: &str, msg_id: &str) -> Self {
        AppError::Validation(vec![FieldError::new(field, msg_id)])
    }

    /// HTTP status for this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthorized => 401,
            AppError::Forbidden => 403,
            AppError::Validation(_) => 422,
            AppError::Conflict(_) => 409,
            AppError::Internal(_) => 500,
            AppError::Unavailable(_) => 503,
        }
    }

    /// The Fluent id of the message a user sees for this error.
    pub fn msg_id(&self) -> &str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::Unauthorized => "error-login-required",
            AppError::Forbidden => "error-forbidden",
            AppError::Validation(_) => "error-summary-title",
            AppError::Conflict(id) => id,
            AppError::Internal(_) => "error-internal",
            AppError::Unavailable(_) => "error-page-503-text",
        }
    }
}

/// What the browser gets after a form post: a redirect (Post/Redirect/Get) with an
/// optional message for the next page, or the translated error page of a status.
#[cfg(feature = "ssr")]
#[derive(Debug, PartialEq)]
pub enum Answer {
    Redirect {
        to: String,
        flash: Option<Flash>,
    },
    /// The translated page of this status; the server renders it (a form post's entries
    /// are kept on the 503 page).
    Page(u16),
}

#[cfg(feature = "ssr")]
impl Answer {
    /// The answer to a form post that succeeded: on to `to`, with `notice` shown there.
    pub fn done(to: &str, notice: Option<&str>) -> Answer {
        Answer::Redirect {
            to: to.to_string(),
            flash: notice.map(Flash::notice),
        }
    }

    /// Carries out the answer's side of the session: stores its message for the next page.
    /// `Ok` is where to redirect; `Err` the status of the page to show instead — 400 for a
    /// target that cannot be a `Location` (an id with a control character), 503 when the
    /// message cannot be stored (the session store is the database: entries kept).
    pub async fn settle(self, session: Option<&tower_sessions::Session>) -> Result<String, u16> {
        let (to, flash) = match self {
            Answer::Redirect { to, flash } => (to, flash),
            Answer::Page(status) => return Err(status),
        };
        if http::HeaderValue::from_str(&to).is_err() {
            return Err(400);
        }
        if let Some(flash) = flash {
            let Some(session) = session else {
                return Err(503);
            };
            if let Err(e) = session.insert(Flash::SESSION_KEY, flash).await {
                tracing::error!(error = %e, "storing the flash message failed");
                return Err(503);
            }
        }
        Ok(to)
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// The answer to a form post that failed: invalid entries go `back` to the form with
    /// their errors and the `values` entered (never passwords); a missing login goes to the
    /// login page; an unknown (or foreign) object is the 404 page and an unavailable
    /// database the 503 page (which keeps the entries); anything else goes `back` with its
    /// message. A form whose own address cannot be one (an id with a control character) was
    /// a malformed request: the 400 page.
    pub fn answer(self, back: &str, values: HashMap<String, String>) -> Answer {
        if !back.chars().all(|c| c == '\t' || (' '..='~').contains(&c)) {
            return Answer::Page(400);
        }
        let back_with = |flash: Flash| Answer::Redirect {
            to: back.to_string(),
            flash: Some(flash),
        };
        match self {
            AppError::Validation(errors) => back_with(Flash {
                errors,
                values,
                ..Default::default()
            }),
            AppError::Unauthorized => Answer::Redirect {
                to: "/anmelden".to_string(),
                flash: Some(Flash::notice("error-login-required")),
            },
            AppError::NotFound | AppError::Unavailable(_) => Answer::Page(self.status()),
            err => {
                err.log();
                back_with(Flash::notice(err.msg_id()))
            }
        }
    }

    /// Logs what the user is not shown: the detail of an internal error.
    pub fn log(&self) {
        if let AppError::Internal(detail) = self {
            tracing::error!(%detail, "request failed");
        }
    }
}

/// An axum handler's error: a bare status with the error attached, which the server's
/// request middleware renders as the translated page in the user's language; without a
/// login, the redirect to the login page.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        if matches!(self, AppError::Unauthorized) {
            return axum::response::Redirect::to("/anmelden").into_response();
        }
        self.log();
        ErrorPage::response(self.status())
    }
}

/// Marks a response as "show the translated error page of this status" (see
/// [`AppError`]'s `IntoResponse`).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage(pub http::StatusCode);

#[cfg(feature = "ssr")]
impl ErrorPage {
    /// A bare response of `status` that the server renders as the translated page.
    pub fn response(status: u16) -> axum::response::Response {
        use axum::response::IntoResponse;
        let status =
            http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut res = status.into_response();
        res.extensions_mut().insert(ErrorPage(status));
        res
    }
}

impl From<FieldError> for AppError {
    fn from(e: FieldError) -> Self {
        AppError::Validation(vec![e])
    }
}

/// A unique-constraint violation becomes `then` (someone was first); any other database
/// error maps as usual — as `.map_err(on_unique(…))` after an insert.
#[cfg(feature = "ssr")]
pub fn on_unique(then: AppError) -> impl FnOnce(sqlx::Error) -> AppError {
    move |e| match e {
        sqlx::Error::Database(ref d) if d.is_unique_violation() => then,
        e => e.into(),
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => AppError::NotFound,
            other if crate::db::is_unavailable(&other) => {
                tracing::warn!(error = %other, "database unavailable");
                AppError::Unavailable(other.to_string())
            }
            other => {
                tracing::error!(error = %other, "database error");
                AppError::Internal(other.to_string())
            }
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn back_with(answer: Answer) -> Flash {
        match answer {
            Answer::Redirect { to, flash } if to == "/familie" => flash.expect("a message"),
            other => panic!("not back to the form: {other:?}"),
        }
    }

    #[test]
    fn invalid_entries_go_back_with_their_errors_and_values() {
        let values = HashMap::from([("name".to_string(), "Ada".to_string())]);
        let flash = back_with(AppError::field("name", "error-x").answer("/familie", values));
        assert_eq!(flash.error_for("name"), Some("error-x"));
        assert_eq!(flash.value("name"), "Ada");
    }

    #[test]
    fn each_error_has_one_answer() {
        let answer = |e: AppError| e.answer("/familie", HashMap::new());
        assert_eq!(
            answer(AppError::Unauthorized),
            Answer::Redirect {
                to: "/anmelden".into(),
                flash: Some(Flash::notice("error-login-required"))
            }
        );
        assert_eq!(answer(AppError::NotFound), Answer::Page(404));
        assert_eq!(
            answer(AppError::Unavailable("db".into())),
            Answer::Page(503)
        );
        let flash = back_with(answer(AppError::Conflict("decision-error-stale".into())));
        assert_eq!(flash.notice.as_deref(), Some("decision-error-stale"));
        let flash = back_with(answer(AppError::Forbidden));
        assert_eq!(flash.notice.as_deref(), Some("error-forbidden"));
        let flash = back_with(answer(AppError::Internal("secret detail".into())));
        assert_eq!(flash.notice.as_deref(), Some("error-internal"));
    }

    #[test]
    fn a_form_address_that_cannot_be_one_is_a_bad_request() {
        let answer = AppError::NotFound.answer("/familie/antrag/x\u{1}y", HashMap::new());
        assert_eq!(answer, Answer::Page(400));
    }
}
