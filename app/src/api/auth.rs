//! Registration, login, logout and password change.

use super::{SEEN_KEY, SINCE_KEY, USER_ID_KEY, db, done, notice, require_role, respond, session};
use crate::{
    context::{CurrentUser, DeviceCookie, Flash, use_ctx},
    db::{
        Db, account, login_throttle, password_reset,
        verification::{self, Registered},
    },
    domain::{
        Fields,
        account::{Email, NewPassword, Role, safe_next_path},
        lang::Lang,
        throttle::{self, ThrottleKey},
    },
    error::AppError,
    mail::PortalUrl,
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
        let (email, password) = (email_r, password_r)
            .collect()
            .map_err(AppError::Validation)?;
        let db = db()?;
        let lang = use_ctx().lang;
        // A known address gets a mail saying so, not a hint on screen.
        let id = match verification::register(&db, &email, &password, lang, &portal()?).await? {
            Registered::New(id) => id,
            Registered::Known => return done("register-mail-sent", "/anmelden").await,
        };
        let user = CurrentUser {
            id,
            email: email.as_str().to_string(),
            role: Role::Family,
            lang,
        };
        start_session(&user).await?;
        done("register-mail-sent", Role::Family.home_path()).await
    }
    .await;
    respond(outcome, "/registrieren", &[("email", &email)]).await
}

/// Logs in with e-mail and password, under the login throttle ([`checked_password`]).
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
        let Some((user, device)) = checked_password(&db, &email, &password).await? else {
            tracing::info!("login failed");
            return Err(AppError::field("email", "error-login-failed"));
        };
        match device {
            Some(token) => login_throttle::renew_device(&db, &token).await?,
            None => set_device_cookie(&login_throttle::remember_device(&db, &user.id).await?),
        }
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

/// Checks `password` for `email` under the login throttle and returns the user and, if
/// this browser is a known device of theirs, its token. The attempt is counted before the
/// password is checked — one atomic count per key — so parallel guesses cannot slip past
/// the limit; a key over its limit is refused without checking. See [`throttle`].
async fn checked_password(
    db: &Db,
    email: &Email,
    password: &str,
) -> Result<Option<(CurrentUser, Option<String>)>, AppError> {
    let ctx = use_ctx();
    let device = match ctx.device {
        Some(token) if login_throttle::is_known_device(db, &token, email.as_str()).await? => {
            Some(token)
        }
        _ => None,
    };
    let keys = ThrottleKey::for_attempt(email.as_str(), &ctx.client, device.as_deref());
    for key in &keys {
        if !throttle::allowed(key, login_throttle::count_attempt(db, key).await?) {
            tracing::info!(key = key.kind(), "login throttled");
            return Err(AppError::field("email", "error-login-throttled"));
        }
    }
    let Some(user) = account::authenticate(db, email, password).await? else {
        return Ok(None);
    };
    login_throttle::forgive(db, &keys).await?;
    Ok(Some((user, device)))
}

/// Marks this browser as a device the account logged in on (a year).
fn set_device_cookie(token: &str) {
    let Some(cookie) = use_context::<DeviceCookie>() else {
        return;
    };
    let value = format!(
        "{}={token}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}",
        cookie.name,
        login_throttle::DEVICE_SECONDS,
        if cookie.secure { "; Secure" } else { "" }
    );
    if let (Some(res), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&value),
    ) {
        res.append_header(http::header::SET_COOKIE, value);
    }
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
        let db = db()?;
        account::end_sessions(&db, &user.id).await?;
        login_throttle::forget_devices(&db, &user.id, use_ctx().device.as_deref()).await?;
        session()
            .await?
            .flush()
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        done("account-logged-out-everywhere", "/anmelden".to_string()).await
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
        let email = Email::parse(&user.email, "email")?;
        // Wrong current passwords count like wrong logins (a stolen session must not
        // become a way to guess the password).
        let checked = checked_password(&db, &email, &current_password)
            .await
            .map_err(|e| match e {
                AppError::Validation(_) => {
                    AppError::field("current_password", "error-login-throttled")
                }
                other => other,
            })?;
        if checked.is_none_or(|(checked, _)| checked.id != user.id) {
            return Err(AppError::field("current_password", "error-password-wrong"));
        }
        account::set_password(&db, &user.id, &new).await?;
        login_throttle::forget_devices(&db, &user.id, use_ctx().device.as_deref()).await?;
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

/// "Passwort vergessen?": sends a one-time link to the address if an account has it. The
/// answer on screen is the same either way, so nobody learns which addresses exist.
#[server(prefix = "/api", endpoint = "password/forgot")]
pub async fn request_password_reset(email: String) -> Result<(), ServerFnError> {
    let outcome = async {
        let parsed = Email::parse(&email, "email")?;
        password_reset::request(&db()?, &parsed, &portal()?).await?;
        done("reset-requested", "/anmelden").await
    }
    .await;
    respond(outcome, "/passwort-vergessen", &[("email", &email)]).await
}

/// Sets a new password with a reset link's token; every session of the account ends.
#[server(prefix = "/api", endpoint = "password/reset")]
pub async fn reset_password(
    token: String,
    password: String,
    password_repeat: String,
) -> Result<(), ServerFnError> {
    let back = format!("/passwort-neu?token={}", token.trim());
    let outcome = async {
        let new = NewPassword::parse(&password, &password_repeat, "password")?;
        let hash = account::hash_password(new.expose()).await?;
        password_reset::consume(&db()?, &token, &hash).await?;
        done("reset-done", "/anmelden").await
    }
    .await;
    respond(outcome, &back, &[]).await
}

/// The family gives or withdraws its consent to receive Bescheide through the portal
/// (§ 37 Abs. 2a SGB X): `consent` "ja" gives it, anything else withdraws it.
#[server(prefix = "/api", endpoint = "account/portal-delivery")]
pub async fn set_portal_delivery(consent: String) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let given = consent == "ja";
        account::set_portal_delivery(&db()?, &user.id, given).await?;
        let msg = if given {
            "delivery-given"
        } else {
            "delivery-withdrawn"
        };
        done(msg, "/konto#zustellung").await
    }
    .await;
    respond(outcome, "/konto", &[]).await
}

/// The portal's address for links in mails (from the request's context).
fn portal() -> Result<PortalUrl, AppError> {
    use_context::<PortalUrl>().ok_or_else(|| AppError::Internal("no portal url in context".into()))
}

/// Confirms the address of an account with the link from its mail.
#[server(prefix = "/api", endpoint = "email/confirm")]
pub async fn confirm_email(token: String) -> Result<(), ServerFnError> {
    let back = format!("/email-bestaetigen?token={}", token.trim());
    let outcome = async {
        verification::confirm(&db()?, &token).await?;
        let home = match use_ctx().user {
            Some(user) => user.role.home_path(),
            None => "/anmelden",
        };
        done("verify-done", home).await
    }
    .await;
    respond(outcome, &back, &[]).await
}

/// Sends the logged-in family a new confirmation link (at most one a minute).
#[server(prefix = "/api", endpoint = "email/resend")]
pub async fn resend_confirmation() -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        verification::resend(&db()?, &user.id, &portal()?).await?;
        done("verify-resent", "/familie").await
    }
    .await;
    respond(outcome, "/familie", &[]).await
}

/// Saves which optional mails the person wants (`topics[]`: the topics turned on).
#[server(prefix = "/api", endpoint = "account/mail")]
pub async fn save_mail_prefs(#[server(default)] topics: Vec<String>) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&Role::ALL)?;
        let prefs = crate::domain::mail::prefs_of(&topics);
        account::set_mail_prefs(&db()?, &user.id, &prefs).await?;
        done("mail-prefs-saved", "/konto#mails").await
    }
    .await;
    respond(outcome, "/konto", &[]).await
}
