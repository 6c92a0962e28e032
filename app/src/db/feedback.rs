//! Accessibility reports: stored for the BuT team, marked as handled by staff.

use super::{Db, new_id, now_unix};
use crate::domain::ids::{AccountId, FeedbackId};
use crate::domain::{feedback::Feedback, lang::Lang};

/// A stored report.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeedbackRow {
    pub id: FeedbackId,
    pub created_at: i64,
    pub lang: String,
    pub page: Option<String>,
    pub message: String,
    pub contact: Option<String>,
    pub handled_at: Option<i64>,
    pub handled_by: Option<String>,
}

pub async fn create(db: &Db, f: &Feedback, lang: Lang) -> Result<FeedbackId, sqlx::Error> {
    let id: FeedbackId = new_id();
    sqlx::query(
        "insert into accessibility_feedback (id, created_at, lang, page, message, contact) \
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(now_unix())
    .bind(lang.code())
    .bind(&f.page)
    .bind(&f.message)
    .bind(&f.contact)
    .execute(db.writer())
    .await?;
    Ok(id)
}

/// Open reports first, each group newest first.
pub async fn list(db: &Db) -> Result<Vec<FeedbackRow>, sqlx::Error> {
    sqlx::query_as(
        "select f.id, f.created_at, f.lang, f.page, f.message, f.contact, f.handled_at, a.email as handled_by \
         from accessibility_feedback f left join account a on a.id = f.handled_by \
         order by case when f.handled_at is null then 0 else 1 end, f.created_at desc, f.id",
    )
    .fetch_all(db.pool())
    .await
}

/// Marks an open report as handled; false if there is none with that id.
pub async fn mark_handled(
    db: &Db,
    id: &FeedbackId,
    staff_id: &AccountId,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "update accessibility_feedback set handled_at = $1, handled_by = $2 \
         where id = $3 and handled_at is null",
    )
    .bind(now_unix())
    .bind(staff_id)
    .bind(id)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}
