//! Password reset (issue 17): a one-time link, valid for an hour, stored only as the
//! SHA-256 of its token, and mailed in the account's language in the same transaction.
//! Setting the new password uses the link up and ends every session of the account.

use super::{Db, document::sha256_hex, now_millis, now_unix};
use crate::domain::ids::AccountId;
use crate::{
    domain::{account::Email, lang::Lang, mail::MailKind},
    error::AppError,
    mail::{PortalUrl, queue_in},
};
use rand::RngCore;

/// How long a reset link is valid.
pub const VALID_SECONDS: i64 = 3600;
/// A second link for the same account within this time is not sent (no mail bombing).
const RESEND_AFTER_SECONDS: i64 = 60;

/// The account a reset can be sent to: enabled, and one a person can log in to.
#[derive(sqlx::FromRow)]
struct Target {
    id: AccountId,
    preferred_lang: String,
}

/// Sends a reset link to `email` if an account has it; nothing (and no sign of it)
/// otherwise.
pub async fn request(db: &Db, email: &Email, portal: &PortalUrl) -> Result<(), AppError> {
    let target: Option<Target> = sqlx::query_as(
        "select id, preferred_lang from account where email = $1 and disabled = 0 and paper = 0",
    )
    .bind(email.as_str())
    .fetch_optional(db.pool())
    .await?;
    let Some(target) = target else {
        return Ok(());
    };
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let recent: i64 = sqlx::query_scalar(
        "select count(*) from password_reset where account_id = $1 and created_at > $2",
    )
    .bind(&target.id)
    .bind(now - RESEND_AFTER_SECONDS)
    .fetch_one(&mut *tx)
    .await?;
    if recent > 0 {
        return Ok(());
    }
    let token = new_token();
    sqlx::query(
        "insert into password_reset (token_hash, account_id, expires_at, created_at) values ($1, $2, $3, $4)",
    )
    .bind(sha256_hex(token.as_bytes()))
    .bind(&target.id)
    .bind(now + VALID_SECONDS)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let lang = Lang::parse(&target.preferred_lang).unwrap_or(Lang::De);
    let link = portal.link(&format!("/passwort-neu?token={token}"));
    queue_in(
        &mut tx,
        (MailKind::PasswordReset, None),
        (email.as_str(), lang),
        &[],
        &link,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A new one-time token: 32 random bytes as 64 hex digits. Only its SHA-256 is stored.
pub(super) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Uses up the link `token` of `table` (`password_reset`, `email_verification`: a table
/// of this module's kind, never user input) if it is unused and not expired; its account.
pub(super) async fn use_link(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    table: &'static str,
    token: &str,
    now: i64,
) -> Result<Option<AccountId>, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "update {table} set used_at = $1 where token_hash = $2 and used_at is null and expires_at > $1 \
         returning account_id"
    ))
    .bind(now)
    .bind(sha256_hex(token.trim().as_bytes()))
    .fetch_optional(&mut **tx)
    .await
}

/// Sets the new password (already hashed) of the account of `token` if the link is
/// valid and unused; uses up every open link of the account and ends all its sessions.
/// `reset-error-invalid` otherwise.
pub async fn consume(db: &Db, token: &str, password_hash: &str) -> Result<AccountId, AppError> {
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    let Some(account) = use_link(&mut tx, "password_reset", token, now).await? else {
        return Err(AppError::Conflict("reset-error-invalid".into()));
    };
    sqlx::query("update password_reset set used_at = $1 where account_id = $2 and used_at is null")
        .bind(now)
        .bind(&account)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "update account set password_hash = $1, updated_at = $2, sessions_valid_from = $3 where id = $4",
    )
    .bind(password_hash)
    .bind(now)
    .bind(now_millis())
    .bind(&account)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(account)
}
