//! Account requests of school social workers: the account is created disabled, with the
//! school it asks for, and only staff approval enables it and links it to the school.

use super::{Db, account::hash_password, new_id, now_unix};
use crate::domain::ids::{AccountId, SchoolId};
use crate::{
    domain::account::{Email, NewPassword, Role},
    error::AppError,
};

/// A request as staff see it.
#[derive(Debug, Clone)]
pub struct SchoolRequest {
    pub account_id: AccountId,
    pub email: String,
    pub name: String,
    pub school: String,
    pub message: Option<String>,
    pub created_at: i64,
}

/// Stores the request and its (disabled) account in one transaction. For an address that
/// has an account already, nothing is stored and the answer is the same.
pub async fn request(
    db: &Db,
    email: &Email,
    password: &NewPassword,
    name: &str,
    school_id: &SchoolId,
    message: Option<&str>,
) -> Result<(), AppError> {
    let hash = hash_password(password.expose()).await?;
    let mut tx = db.begin_write().await?;
    let school: i64 = sqlx::query_scalar("select count(*) from school where id = $1")
        .bind(school_id)
        .fetch_one(&mut *tx)
        .await?;
    if school == 0 {
        return Err(AppError::field("school_id", "request-error-school"));
    }
    let id: AccountId = new_id();
    let now = now_unix();
    let inserted = sqlx::query(
        "insert into account (id, email, password_hash, role, disabled, created_at, updated_at) \
         values ($1, $2, $3, $4, 1, $5, $5) on conflict (email) do nothing",
    )
    .bind(&id)
    .bind(email.as_str())
    .bind(hash)
    .bind(Role::School.as_str())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        // The same answer as for a new address (after the same hashing time): the form
        // must not tell strangers which addresses have an account. Nothing is stored.
        tracing::info!("school access request for an address that has an account");
        return Ok(());
    }
    sqlx::query(
        "insert into school_request (account_id, school_id, name, message, status, created_at) \
         values ($1, $2, $3, $4, 'pending', $5)",
    )
    .bind(&id)
    .bind(school_id)
    .bind(name)
    .bind(message)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Requests waiting for staff, oldest first.
pub async fn list_pending(db: &Db) -> Result<Vec<SchoolRequest>, sqlx::Error> {
    let rows: Vec<PendingRow> = sqlx::query_as(
        "select r.account_id, a.email, r.name, s.name as school, k.name as kommune, r.message, r.created_at \
         from school_request r \
         join account a on a.id = r.account_id join school s on s.id = r.school_id join kommune k on k.id = s.kommune_id \
         where r.status = 'pending' order by r.created_at, a.email",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| SchoolRequest {
            account_id: r.account_id,
            email: r.email,
            name: r.name,
            school: format!("{} ({})", r.school, r.kommune),
            message: r.message,
            created_at: r.created_at,
        })
        .collect())
}

/// A pending request as stored, with its school and that school's Kommune.
#[derive(sqlx::FromRow)]
struct PendingRow {
    account_id: AccountId,
    email: String,
    name: String,
    school: String,
    kommune: String,
    message: Option<String>,
    created_at: i64,
}

/// Staff approve (enable the account, link it to the school) or reject a pending request.
pub async fn decide(
    db: &Db,
    account_id: &AccountId,
    staff_id: &AccountId,
    approve: bool,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    let school: Option<SchoolId> = sqlx::query_scalar(
        "select school_id from school_request where account_id = $1 and status = 'pending'",
    )
    .bind(account_id)
    .fetch_optional(&mut *tx)
    .await?;
    let school = school.ok_or(AppError::Conflict("request-error-decided".into()))?;
    let now = now_unix();
    sqlx::query(
        "update school_request set status = $1, decided_by = $2, decided_at = $3 where account_id = $4 and status = 'pending'",
    )
    .bind(if approve { "approved" } else { "rejected" })
    .bind(staff_id)
    .bind(now)
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    if approve {
        sqlx::query("update account set disabled = 0, updated_at = $1 where id = $2")
            .bind(now)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "insert into school_member (account_id, school_id, created_at) values ($1, $2, $3) \
             on conflict (account_id, school_id) do nothing",
        )
        .bind(account_id)
        .bind(&school)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
