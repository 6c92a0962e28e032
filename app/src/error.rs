//! The one error type of the portal. Every variant maps to an HTTP status and, for the
//! user, to a Fluent message id; internal details are logged once and never shown.

use crate::domain::FieldError;

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

impl From<FieldError> for AppError {
    fn from(e: FieldError) -> Self {
        AppError::Validation(vec![e])
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
