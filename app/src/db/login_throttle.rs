//! Counts of login attempts per [`ThrottleKey`] and the devices accounts logged in on.
//! Stored in the database so that all portal processes share the counts.

use super::{Db, now_unix};
use crate::domain::ids::AccountId;
use crate::domain::throttle::{ThrottleKey, window_cutoff};

/// Devices remembered per account (the newest).
const DEVICES_PER_ACCOUNT: i64 = 10;
/// How long a device stays known after its last login (a year).
pub const DEVICE_SECONDS: i64 = 365 * 24 * 3600;

/// Counts an attempt against `key` and returns the key's count in its window, this
/// attempt included. One statement: parallel attempts each get a count of their own.
pub async fn count_attempt(db: &Db, key: &ThrottleKey) -> Result<i64, sqlx::Error> {
    let now = now_unix();
    sqlx::query_scalar(
        "insert into login_throttle (key, attempts, window_start) values ($1, 1, $2) \
         on conflict (key) do update set \
           attempts = case when login_throttle.window_start <= $3 then 1 \
                      else login_throttle.attempts + 1 end, \
           window_start = case when login_throttle.window_start <= $3 then $2 \
                          else login_throttle.window_start end \
         returning attempts",
    )
    .bind(key.storage_key())
    .bind(now)
    .bind(window_cutoff(now))
    .fetch_one(db.writer())
    .await
}

/// After a successful login: the attempt does not count against `keys` (the client's or
/// device's count starts again; the account's loses this one attempt); old rows go.
pub async fn forgive(db: &Db, keys: &[ThrottleKey]) -> Result<(), sqlx::Error> {
    for key in keys {
        let sql = match key {
            ThrottleKey::Account(_) => {
                "update login_throttle set attempts = attempts - 1 where key = $1 and attempts > 0"
            }
            _ => "delete from login_throttle where key = $1",
        };
        sqlx::query(sql)
            .bind(key.storage_key())
            .execute(db.writer())
            .await?;
    }
    sqlx::query("delete from login_throttle where window_start <= $1")
        .bind(window_cutoff(now_unix()))
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Whether `token` is a known device of the active account with address `email`.
pub async fn is_known_device(db: &Db, token: &str, email: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "select count(*) from login_device d join account a on a.id = d.account_id \
         where d.token = $1 and a.email = $2 and d.created_at > $3",
    )
    .bind(token)
    .bind(email)
    .bind(now_unix() - DEVICE_SECONDS)
    .fetch_one(db.pool())
    .await?;
    Ok(n > 0)
}

/// Remembers a new device of `account_id` and returns its token; only the newest
/// [`DEVICES_PER_ACCOUNT`] stay known.
pub async fn remember_device(db: &Db, account_id: &AccountId) -> Result<String, sqlx::Error> {
    let token = uuid::Uuid::new_v4().simple().to_string();
    let mut tx = db.writer().begin().await?;
    sqlx::query("insert into login_device (token, account_id, created_at) values ($1, $2, $3)")
        .bind(&token)
        .bind(account_id)
        .bind(now_unix())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "delete from login_device where account_id = $1 and token not in \
         (select token from login_device where account_id = $1 \
          order by created_at desc, token limit $2)",
    )
    .bind(account_id)
    .bind(DEVICES_PER_ACCOUNT)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// A known device's login renews it (it stays known a year after its last login).
pub async fn renew_device(db: &Db, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("update login_device set created_at = $1 where token = $2")
        .bind(now_unix())
        .bind(token)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Forgets the devices of `account_id` but `keep` (password changed, "log out everywhere":
/// a device someone else used is no longer exempt from the account's throttle).
pub async fn forget_devices(
    db: &Db,
    account_id: &AccountId,
    keep: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query("delete from login_device where account_id = $1 and token <> $2")
        .bind(account_id)
        .bind(keep.unwrap_or(""))
        .execute(db.writer())
        .await?;
    Ok(())
}
