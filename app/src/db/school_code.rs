//! Codes a family creates for one of its children so that a school social worker can
//! start a Lernförderung application with it (see `domain::school_code`).

use super::{Db, now_unix};
use crate::domain::ids::{AccountId, ChildId};
use crate::{
    domain::school_code::{VALID_DAYS, from_random},
    error::AppError,
};
use rand::RngCore;

/// A code the family can still hand over.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActiveCode {
    pub child_id: ChildId,
    pub code: String,
    pub expires_at: i64,
}

/// Creates a new code for the family's own child `child_id` (earlier unused codes for that
/// child end). A foreign or unknown child is `NotFound`.
pub async fn create(
    db: &Db,
    account_id: &AccountId,
    child_id: &ChildId,
) -> Result<String, AppError> {
    let mut tx = db.begin_write().await?;
    if !super::household::owns_child(&mut tx, account_id, child_id).await? {
        return Err(AppError::NotFound);
    }
    let now = now_unix();
    sqlx::query("delete from school_code where child_id = $1 and used_at is null")
        .bind(child_id)
        .execute(&mut *tx)
        .await?;
    let mut bytes = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let code = from_random(bytes);
    sqlx::query(
        "insert into school_code (code, account_id, child_id, created_at, expires_at) \
         values ($1, $2, $3, $4, $5)",
    )
    .bind(&code)
    .bind(account_id)
    .bind(child_id)
    .bind(now)
    .bind(now + VALID_DAYS * 24 * 3600)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(code)
}

/// The family's codes that are still valid and unused.
pub async fn active(db: &Db, account_id: &AccountId) -> Result<Vec<ActiveCode>, sqlx::Error> {
    sqlx::query_as(
        "select child_id, code, expires_at from school_code \
         where account_id = $1 and used_at is null and expires_at > $2",
    )
    .bind(account_id)
    .bind(now_unix())
    .fetch_all(db.pool())
    .await
}
