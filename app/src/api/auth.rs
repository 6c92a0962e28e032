//! Registration, login, logout and password change.

use super::{SEEN_KEY, SINCE_KEY, USER_ID_KEY, db, notice, require_role, respond, session};
use crate::{
    context::{CurrentUser, Flash, use_ctx},
    db::{account, login_attempt},
    domain::{
        FieldError,
        account::{Email, NewPassword, Role, safe_next_path},
        lang::Lang,
        throttle,
    },
    error::AppError,
};
use leptos::prelude::*;
use tower_sessions::Expiry;

/// A family registers itself. Other roles are created by an admin.
#[server(prefix = "/api", endpoint = "register")]
pub async fn register(
    email: String,
    password: String,
    password_repeat: String,
) -> Result<(), ServerFnError> {
    let outcome = async {
        let email_r = Email::parse(&email, "email");
        let password_r = NewPassword::parse(&password, &password_repeat, "password");
        let (email, password) = match (email_r, password_r) {
            (Ok(e), Ok(p)) => (e, p),
            (e, p) => {
                let errors: Vec<FieldError> = [e.err(), p.err()].into_iter().flatten().collect();
                return Err(AppError::Validation(errors));
            }
        };
        let db = db()?;
        let id = account::create(&db, &email, &password, Role::Family, use_ctx().lang).await?;
        let user = CurrentUser {
            id,
            email: email.as_str().to_string(),
            role: Role::Family,
            lang: use_ctx().lang,
        };
        start_session(&user).await?;
        Ok(Role::Family.home_path().to_string())
    }
    .await;
    respond(outcome, "/registrieren", &[("email", &email)]).await
}

/// Logs in with e-mail and password. After [`throttle::MAX_FAILURES`] failures within the
/// window, further attempts for that address are refused until the window has passed.
#[server(prefix = "/api", endpoint = "login")]
pub async fn login(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), ServerFnError> {
    let outcome = async {
        let email = Email::parse(&email, "email")?;
        if password.is_empty() {
            return Err(AppError::field("password", "error-password-required"));
        }
        let db = db()?;
        if !throttle::login_allowed(login_attempt::recent_failures(&db, email.as_str()).await?) {
            return Err(AppError::field("email", "error-login-throttled"));
        }
        let Some(user) = account::authenticate(&db, &email, &password).await? else {
            login_attempt::record_failure(&db, email.as_str()).await?;
            tracing::info!("login failed");
            return Err(AppError::field("email", "error-login-failed"));
        };
        login_attempt::clear(&db, email.as_str()).await?;
        start_session(&user).await?;
        tracing::info!(user = %user.id, role = %user.role, "login");
        let target = next
            .as_deref()
            .and_then(safe_next_path)
            .filter(|n| !n.starts_with("/api/"))
            .unwrap_or_else(|| user.role.home_path().to_string());
        Ok(target)
    }
    .await;
    respond(outcome, "/anmelden", &[("email", &email)]).await
}

/// Ends the session (the session row is deleted, the cookie expires).
#[server(prefix = "/api", endpoint = "logout")]
pub async fn logout() -> Result<(), ServerFnError> {
    let outcome = async {
        session()
            .await?
            .flush()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok("/".to_string())
    }
    .await;
    respond(outcome, "/", &[]).await
}

/// Ends every session of the logged-in user, on every device, this one included.
#[server(prefix = "/api", endpoint = "logout-everywhere")]
pub async fn logout_everywhere() -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&Role::ALL)?;
        account::end_sessions(&db()?, &user.id).await?;
        session()
            .await?
            .flush()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        notice("account-logged-out-everywhere").await?;
        Ok("/anmelden".to_string())
    }
    .await;
    respond(outcome, "/konto", &[]).await
}

/// Stores the language of the logged-in user's account (any role): the language of the
/// explanations of notices and of messages. Only this same-origin form (and the household
/// form) stores it; a `?lang=` link sets the language of the device only.
#[server(prefix = "/api", endpoint = "account/language")]
pub async fn save_language(lang: String) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&Role::ALL)?;
        let lang =
            Lang::parse(&lang).ok_or_else(|| AppError::field("lang", "household-error-lang"))?;
        account::set_lang(&db()?, &user.id, lang).await?;
        notice("account-language-saved").await?;
        // The redirect's `?lang=` makes it this device's language too.
        Ok(format!("/konto?lang={}#sprache", lang.code()))
    }
    .await;
    respond(outcome, "/konto", &[("lang", &lang)]).await
}

/// Changes the password of the logged-in user (any role).
#[server(prefix = "/api", endpoint = "change-password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    new_password_repeat: String,
) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&Role::ALL)?;
        let new = NewPassword::parse(&new_password, &new_password_repeat, "new_password")?;
        let db = db()?;
        account::change_password(&db, &user, &current_password, &new).await?;
        let session = session().await?;
        // Every other session has ended; this one goes on.
        session
            .insert(SINCE_KEY, crate::db::now_millis())
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        session
            .insert(
                Flash::SESSION_KEY,
                Flash::notice("account-password-changed"),
            )
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok("/konto".to_string())
    }
    .await;
    respond(outcome, "/konto", &[]).await
}

/// Logs `user` in: a new session id (no session fixation) and the role's idle timeout.
async fn start_session(user: &CurrentUser) -> Result<(), AppError> {
    let session = session().await?;
    let internal = |e: tower_sessions::session::Error| AppError::Internal(e.to_string());
    session.cycle_id().await.map_err(internal)?;
    session
        .insert(USER_ID_KEY, &user.id)
        .await
        .map_err(internal)?;
    session
        .insert(SEEN_KEY, crate::db::now_unix())
        .await
        .map_err(internal)?;
    session
        .insert(SINCE_KEY, crate::db::now_millis())
        .await
        .map_err(internal)?;
    session.set_expiry(Some(Expiry::OnInactivity(time::Duration::minutes(
        user.role.idle_timeout_minutes(),
    ))));
    Ok(())
}
