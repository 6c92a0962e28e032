//! Confirming a family's e-mail address (issue 17): registration writes the account and
//! the mail with a one-time link (valid two days, stored as SHA-256) in one transaction;
//! an address that already has an account gets a "you already have an account" mail
//! instead — nothing on screen says which. Until confirmed, the family can draft but not
//! submit.

use super::{
    Db, account::hash_password, document::sha256_hex, new_id, now_unix, password_reset::new_token,
};
use crate::domain::ids::AccountId;
use crate::{
    domain::{
        account::{Email, NewPassword, Role},
        lang::Lang,
        mail::MailKind,
    },
    error::AppError,
    mail::{PortalUrl, queue_in},
};
use sqlx::{Any, Transaction};

/// How long a confirmation link is valid.
pub const VALID_SECONDS: i64 = 2 * 24 * 3600;
/// A second link within this time is not sent.
const RESEND_AFTER_SECONDS: i64 = 60;

/// What registering did.
pub enum Registered {
    /// A new family account, not confirmed yet; the link is on its way.
    New(AccountId),
    /// The address already had an account: it was told so by mail.
    Known,
}

/// Registers a family: the account and the confirmation mail, or — for a known address —
/// the "already registered" mail, each in one transaction.
pub async fn register(
    db: &Db,
    email: &Email,
    password: &NewPassword,
    lang: Lang,
    portal: &PortalUrl,
) -> Result<Registered, AppError> {
    let hash = hash_password(password.expose()).await?;
    let id: AccountId = new_id();
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let inserted = sqlx::query(
        "insert into account (id, email, password_hash, role, preferred_lang, created_at, updated_at) \
         values ($1, $2, $3, $4, $5, $6, $6) on conflict (email) do nothing",
    )
    .bind(&id)
    .bind(email.as_str())
    .bind(hash)
    .bind(Role::Family.as_str())
    .bind(lang.code())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        let link = portal.link("/passwort-vergessen");
        let to = (email.as_str(), lang);
        queue_in(&mut tx, (MailKind::AlreadyRegistered, None), to, &[], &link).await?;
        tx.commit().await?;
        return Ok(Registered::Known);
    }
    send_link(&mut tx, &id, (email.as_str(), lang), portal).await?;
    tx.commit().await?;
    Ok(Registered::New(id))
}

/// Writes a new confirmation link for `account` and queues its mail.
async fn send_link(
    tx: &mut Transaction<'static, Any>,
    account: &AccountId,
    to: (&str, Lang),
    portal: &PortalUrl,
) -> Result<(), sqlx::Error> {
    let token = new_token();
    let now = now_unix();
    sqlx::query(
        "insert into email_verification (token_hash, account_id, expires_at, created_at) values ($1, $2, $3, $4)",
    )
    .bind(sha256_hex(token.as_bytes()))
    .bind(account)
    .bind(now + VALID_SECONDS)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    let link = portal.link(&format!("/email-bestaetigen?token={token}"));
    queue_in(tx, (MailKind::VerifyEmail, None), to, &[], &link).await
}

/// Sends a new link to an account not confirmed yet (at most one a minute).
pub async fn resend(db: &Db, account: &AccountId, portal: &PortalUrl) -> Result<(), AppError> {
    let row: Option<(String, String)> = sqlx::query_as(
        "select email, preferred_lang from account where id = $1 and email_verified_at is null",
    )
    .bind(account)
    .fetch_optional(db.pool())
    .await?;
    let Some((email, lang)) = row else {
        return Ok(());
    };
    let mut tx = db.begin_write().await?;
    let recent: i64 = sqlx::query_scalar(
        "select count(*) from email_verification where account_id = $1 and created_at > $2",
    )
    .bind(account)
    .bind(now_unix() - RESEND_AFTER_SECONDS)
    .fetch_one(&mut *tx)
    .await?;
    if recent == 0 {
        let lang = Lang::parse(&lang).unwrap_or(Lang::De);
        send_link(&mut tx, account, (&email, lang), portal).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Confirms the address of the link's account, once; `verify-error-invalid` for an
/// expired or used link.
pub async fn confirm(db: &Db, token: &str) -> Result<AccountId, AppError> {
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let used = super::password_reset::use_link(&mut tx, "email_verification", token, now).await?;
    let Some(account) = used else {
        return Err(AppError::Conflict("verify-error-invalid".into()));
    };
    sqlx::query(
        "update account set email_verified_at = coalesce(email_verified_at, $1), updated_at = $1 where id = $2",
    )
    .bind(now)
    .bind(&account)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(account)
}

/// Whether the account's address is confirmed.
pub async fn is_verified(db: &Db, account: &AccountId) -> Result<bool, sqlx::Error> {
    let at: Option<i64> = sqlx::query_scalar("select email_verified_at from account where id = $1")
        .bind(account)
        .fetch_optional(db.pool())
        .await?
        .flatten();
    Ok(at.is_some())
}
