//! The outbox (issue 17): mails written in the transaction of the event that causes them,
//! leased in batches by a sending worker (several processes never hold the same message
//! at once), marked sent, kept (no SMTP server configured), retried with back-off, or
//! failed for good.

use super::{Backend, Db, new_id, now_unix};
use crate::domain::{ids::NoticeId, lang::Lang, mail::Composed, mail::MailKind};
use sqlx::{Any, Transaction};

/// A mail to queue.
pub struct Outgoing<'a> {
    pub kind: MailKind,
    pub to: &'a str,
    pub lang: Lang,
    pub composed: &'a Composed,
    /// The Bescheid whose legal notification this mail is (§ 37 Abs. 2a SGB X).
    pub notice: Option<&'a NoticeId>,
}

/// Queues `mail` in `tx`, due at once.
pub async fn enqueue_in(
    tx: &mut Transaction<'static, Any>,
    mail: &Outgoing<'_>,
) -> Result<(), sqlx::Error> {
    let now = now_unix();
    sqlx::query(
        "insert into outbox (id, kind, to_address, lang, subject, body_text, body_html, secret, status, \
         next_attempt_at, created_at, notice_id) values ($1, $2, $3, $4, $5, $6, $7, $8, 'queued', $9, $9, $10)",
    )
    .bind(new_id::<String>())
    .bind(mail.kind.as_str())
    .bind(mail.to)
    .bind(mail.lang.code())
    .bind(&mail.composed.subject)
    .bind(&mail.composed.text)
    .bind(&mail.composed.html)
    .bind(i64::from(mail.kind.secret()))
    .bind(now)
    .bind(mail.notice)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A message of the outbox.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxMessage {
    pub id: String,
    pub kind: String,
    pub to_address: String,
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub secret: i64,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

impl OutboxMessage {
    /// Whether an admin may read its body: not a secret link that has gone out.
    pub fn readable(&self) -> bool {
        self.secret == 0 || self.status == "kept"
    }
}

const COLUMNS: &str = "id, kind, to_address, lang, subject, body_text, body_html, secret, status, attempts, \
     last_error, created_at, sent_at";

/// Leases up to `limit` messages that are due for `lease` seconds and counts the attempt.
/// On PostgreSQL rows another process holds are skipped; SQLite writes one at a time.
pub async fn lease_due(db: &Db, lease: i64, limit: i64) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    let now = now_unix();
    let skip_locked = match db.backend() {
        Backend::Postgres => " for update skip locked",
        Backend::Sqlite => "",
    };
    let mut tx = db.begin_write().await?;
    let leased = sqlx::query_as(&format!(
        "update outbox set locked_until = $1, attempts = attempts + 1 where id in (select id from outbox \
         where status = 'queued' and next_attempt_at <= $2 and (locked_until is null or locked_until <= $2) \
         order by next_attempt_at, id limit $3{skip_locked}) returning {COLUMNS}"
    ))
    .bind(now + lease)
    .bind(now)
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(leased)
}

/// The message went out (`sent`) or, without an SMTP server, is kept to be read (`kept`).
/// A sent "notice ready" mail is the legal notification of its Bescheid: the day it was
/// sent is recorded on the notice (once).
pub async fn mark_done(db: &Db, id: &str, status: &str) -> Result<(), sqlx::Error> {
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "update outbox set status = $1, sent_at = $2, locked_until = null, last_error = null where id = $3",
    )
    .bind(status)
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if status == "sent" {
        sqlx::query(
            "update notice set notified_at = $1 where notified_at is null \
             and id = (select notice_id from outbox where id = $2)",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// Sending failed: try again at `retry_at`, or (`None`) give up.
pub async fn mark_failed(
    db: &Db,
    id: &str,
    error: &str,
    retry_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    let (status, next) = match retry_at {
        Some(at) => ("queued", at),
        None => ("failed", now_unix()),
    };
    sqlx::query(
        "update outbox set status = $1, next_attempt_at = $2, locked_until = null, last_error = $3 where id = $4",
    )
    .bind(status)
    .bind(next)
    .bind(error)
    .bind(id)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The newest messages, of one status or all, at most `limit`.
pub async fn list(
    db: &Db,
    status: Option<&str>,
    limit: i64,
) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    sqlx::query_as(&format!(
        "select {COLUMNS} from outbox where ($1 = '' or status = $1) order by created_at desc, id limit $2"
    ))
    .bind(status.unwrap_or(""))
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// One message.
pub async fn find(db: &Db, id: &str) -> Result<Option<OutboxMessage>, sqlx::Error> {
    sqlx::query_as(&format!("select {COLUMNS} from outbox where id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// How many messages there are per status.
pub async fn counts(db: &Db) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as("select status, count(*) from outbox group by status order by status")
        .fetch_all(db.pool())
        .await
}
