//! Posting dates of notices and the register of Widersprüche (`domain::objection`): staff
//! record when a printed Bescheid went to the post, register an incoming Widerspruch
//! against it, and close it — forwarded to the Widerspruchsstelle, withdrawn, or remedied
//! by a new decision (Abhilfe, recorded in the decision's own transaction).

use super::{Db, decision::audit_in, new_id, now_unix};
use crate::domain::ids::{AccountId, ClaimId, DecisionId, NoticeId, ObjectionId};
use crate::{
    domain::{
        objection::{Delivery, NewObjection, ObjectionStatus},
        text::{date, iso},
    },
    error::AppError,
};
use sqlx::{Any, Transaction};
use time::Date;

/// Records that the printed Bescheid `notice_id` of `claim_id` was handed to the post on
/// `posted_on`. Once recorded it stays (`notice-error-posted`): the deadlines count from it.
pub async fn mark_posted(
    db: &Db,
    actor: &AccountId,
    claim_id: &ClaimId,
    notice_id: &NoticeId,
    posted_on: Date,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "update notice set posted_on = $1, posted_by = $2 \
         where id = $3 and claim_id = $4 and kind = 'bescheid' and posted_on is null",
    )
    .bind(iso(posted_on))
    .bind(actor)
    .bind(notice_id)
    .bind(claim_id)
    .execute(&mut *tx)
    .await?;
    super::changed_one(&updated, "notice-error-posted")?;
    audit_in(
        &mut tx,
        actor,
        Some(claim_id),
        "posted",
        Some(&iso(posted_on)),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Registers a Widerspruch against the Bescheid `notice_id` of `claim_id`.
pub async fn register(
    db: &Db,
    actor: &AccountId,
    claim_id: &ClaimId,
    notice_id: &NoticeId,
    objection: &NewObjection,
) -> Result<ObjectionId, AppError> {
    let mut tx = db.begin_write().await?;
    let known: Option<String> = sqlx::query_scalar(
        "select id from notice where id = $1 and claim_id = $2 and kind = 'bescheid'",
    )
    .bind(notice_id)
    .bind(claim_id)
    .fetch_optional(&mut *tx)
    .await?;
    if known.is_none() {
        return Err(AppError::NotFound);
    }
    let id: ObjectionId = new_id();
    sqlx::query(
        "insert into objection (id, claim_id, notice_id, received_on, channel, note, recorded_by, recorded_at) \
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&id)
    .bind(claim_id)
    .bind(notice_id)
    .bind(iso(objection.received_on))
    .bind(objection.channel.as_str())
    .bind(objection.note.as_deref())
    .bind(actor)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    audit_in(
        &mut tx,
        actor,
        Some(claim_id),
        "objection",
        Some(id.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Closes an open Widerspruch of `claim_id` as forwarded or withdrawn;
/// `objection-error-closed` if it is not open (any more).
pub async fn close(
    db: &Db,
    actor: &AccountId,
    claim_id: &ClaimId,
    objection_id: &ObjectionId,
    status: ObjectionStatus,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    close_in(&mut tx, actor, claim_id, objection_id, (status, None)).await?;
    tx.commit().await?;
    Ok(())
}

/// Closes an open Widerspruch inside `tx` with `status` and, for an Abhilfe, the decision
/// that remedies it.
pub(crate) async fn close_in(
    tx: &mut Transaction<'static, Any>,
    actor: &AccountId,
    claim_id: &ClaimId,
    objection_id: &ObjectionId,
    (status, remedy): (ObjectionStatus, Option<&DecisionId>),
) -> Result<(), AppError> {
    let updated = sqlx::query(
        "update objection set status = $1, closed_by = $2, closed_at = $3, remedy_decision_id = $4 \
         where id = $5 and claim_id = $6 and status = 'open'",
    )
    .bind(status.as_str())
    .bind(actor)
    .bind(now_unix())
    .bind(remedy)
    .bind(objection_id)
    .bind(claim_id)
    .execute(&mut **tx)
    .await?;
    super::changed_one(&updated, "objection-error-closed")?;
    audit_in(
        tx,
        actor,
        Some(claim_id),
        "objection-closed",
        Some(status.as_str()),
    )
    .await?;
    Ok(())
}

/// A registered Widerspruch with the number and posting date of its Bescheid.
impl ObjectionRow {
    /// How the Bescheid it is against was delivered.
    pub fn delivery(&self) -> Option<Delivery> {
        delivery(self.posted_on.as_deref(), self.notified_at)
    }
}

/// The delivery of a Bescheid from its stored posting date and notification time.
pub fn delivery(posted_on: Option<&str>, notified_at: Option<i64>) -> Option<Delivery> {
    let posted = posted_on.and_then(|d| date(d, "").ok());
    let notified = notified_at
        .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
        .map(|t| t.date());
    Delivery::first(posted, notified)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ObjectionRow {
    pub id: ObjectionId,
    pub notice_id: NoticeId,
    pub notice_number: String,
    pub posted_on: Option<String>,
    /// When the "notice ready" mail was sent (delivery through the portal), unix seconds.
    pub notified_at: Option<i64>,
    pub received_on: String,
    pub channel: String,
    pub note: Option<String>,
    pub status: String,
}

/// The Widersprüche of a claim, oldest first.
pub async fn for_claim(db: &Db, claim_id: &ClaimId) -> Result<Vec<ObjectionRow>, sqlx::Error> {
    sqlx::query_as(
        "select o.id, o.notice_id, n.number as notice_number, n.posted_on, n.notified_at, o.received_on, o.channel, o.note, o.status \
         from objection o join notice n on n.id = o.notice_id where o.claim_id = $1 order by o.received_on, o.recorded_at",
    )
    .bind(claim_id)
    .fetch_all(db.pool())
    .await
}

/// How many Widersprüche are open.
pub async fn open_count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("select count(*) from objection where status = 'open'")
        .fetch_one(db.pool())
        .await
}
