//! Failed login attempts, counted per e-mail address for throttling. Stored in the
//! database so that all portal processes share the count.

use super::{Db, now_unix};
use crate::domain::throttle::WINDOW_MINUTES;

pub async fn record_failure(db: &Db, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("insert into login_attempt (email, created_at) values ($1, $2)")
        .bind(email)
        .bind(now_unix())
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Failures for `email` within the throttle window.
pub async fn recent_failures(db: &Db, email: &str) -> Result<i64, sqlx::Error> {
    let since = now_unix() - WINDOW_MINUTES * 60;
    sqlx::query_scalar("select count(*) from login_attempt where email = $1 and created_at > $2")
        .bind(email)
        .bind(since)
        .fetch_one(db.pool())
        .await
}

/// A successful login clears the failures of that address; old rows are pruned.
pub async fn clear(db: &Db, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("delete from login_attempt where email = $1 or created_at < $2")
        .bind(email)
        .bind(now_unix() - WINDOW_MINUTES * 60)
        .execute(db.writer())
        .await?;
    Ok(())
}
