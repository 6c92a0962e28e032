//! Account administration.

use super::{db, require_role, respond};
use crate::domain::ids::SchoolId;
use crate::{
    context::Flash,
    db::{account, kommune, lernstandort},
    domain::{
        FieldError, Fields,
        account::{Email, NewPassword, Role},
    },
    error::AppError,
};
use leptos::prelude::*;

/// An admin creates an account of any role with an initial password.
#[server(prefix = "/api", endpoint = "admin/create-user")]
pub async fn create_user(
    email: String,
    role: String,
    password: String,
    password_repeat: String,
    school_id: Option<String>,
) -> Result<(), ServerFnError> {
    let school_id = school_id.unwrap_or_default();
    let outcome = async {
        require_role(&[Role::Admin])?;
        let email_r = Email::parse(&email, "email");
        let role_r =
            Role::parse(&role).ok_or_else(|| FieldError::new("role", "error-role-invalid"));
        let password_r = NewPassword::parse(&password, &password_repeat, "password");
        let (email, role, password) = (email_r, role_r, password_r)
            .collect()
            .map_err(AppError::Validation)?;
        let db = db()?;
        // A school social worker works for a school of the directory.
        let school = if role == Role::School {
            let known = kommune::list_schools(&db)
                .await?
                .into_iter()
                .any(|s| s.id.as_str() == school_id);
            if !known {
                return Err(AppError::field("school_id", "site-error-school"));
            }
            Some(SchoolId::from(school_id.clone()))
        } else {
            None
        };
        let id = account::create(&db, &email, &password, role, Default::default()).await?;
        if let Some(school) = school {
            lernstandort::add_member(&db, &id, &school).await?;
        }
        tracing::info!(role = %role, "account created by admin");
        super::session()
            .await?
            .insert(Flash::SESSION_KEY, Flash::notice("admin-created"))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok("/admin/konten".to_string())
    }
    .await;
    respond(
        outcome,
        "/admin/konten",
        &[
            ("email", &email),
            ("role", &role),
            ("school_id", &school_id),
        ],
    )
    .await
}
