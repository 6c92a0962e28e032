//! Hearing letters (Anhörung, § 24 SGB X) before an approval is taken back: sent by staff
//! with a deadline and stored as issued, answered by the family in the portal, and read
//! by the Aufhebung that follows (`domain::hearing`).

use super::{
    Db,
    decision::{audit_in, notice_numbers},
    document::sha256_hex,
    new_id, now_unix,
};
use crate::domain::ids::{AccountId, ClaimId, HearingId};
use crate::{
    domain::{
        hearing::{Hearing, HearingInput, LetterAnswer},
        text::{date, iso},
    },
    error::AppError,
};

/// Sends a hearing letter on the approved claim `claim_id`: `render` gets the letter's
/// running number and gives the PDF, stored with its SHA-256 in the same transaction.
pub async fn send(
    db: &Db,
    actor: &AccountId,
    claim_id: &ClaimId,
    input: &HearingInput,
    render: impl FnOnce(&str) -> Vec<u8>,
) -> Result<HearingId, AppError> {
    let mut tx = db.begin_write().await?;
    let status: Option<String> = sqlx::query_scalar("select status from claim where id = $1")
        .bind(claim_id)
        .fetch_optional(&mut *tx)
        .await?;
    if status.as_deref() != Some("approved") {
        return Err(AppError::Conflict("hearing-error-not-approved".into()));
    }
    let now = now_unix();
    let year = time::OffsetDateTime::now_utc().year();
    let [number, _] = notice_numbers(&mut tx, year, 1).await?;
    let bytes = render(&number);
    let id: HearingId = new_id();
    sqlx::query(
        "insert into hearing (id, claim_id, number, facts, effective_from, due_date, sent_by, sent_at, sha256, bytes) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&id)
    .bind(claim_id)
    .bind(&number)
    .bind(&input.facts)
    .bind(iso(input.effective_from))
    .bind(iso(input.due))
    .bind(actor)
    .bind(now)
    .bind(sha256_hex(&bytes))
    .bind(bytes)
    .execute(&mut *tx)
    .await?;
    audit_in(&mut tx, actor, Some(claim_id), "hearing", Some(&number)).await?;
    tx.commit().await?;
    Ok(id)
}

/// The family answers the open hearing `hearing_id` of its claim; once only
/// (`hearing-error-answered`).
pub async fn answer(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    hearing_id: &HearingId,
    text: &str,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "update hearing set answer = $1, answered_at = $2 where id = $3 and claim_id = $4 and answered_at is null \
         and claim_id in (select id from claim where account_id = $5)",
    )
    .bind(text)
    .bind(now_unix())
    .bind(hearing_id)
    .bind(claim_id)
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    super::changed_one(&updated, "hearing-error-answered")?;
    tx.commit().await?;
    Ok(())
}

/// Staff record the family's answer to the open hearing `hearing_id` that came by letter,
/// with the day it arrived; once only (`hearing-error-answered`), like an answer in the
/// portal.
pub async fn record_letter(
    db: &Db,
    actor: &AccountId,
    (claim_id, hearing_id): (&ClaimId, &HearingId),
    answer: &LetterAnswer,
) -> Result<(), AppError> {
    let arrived = answer.received_on.midnight().assume_utc().unix_timestamp();
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "update hearing set answer = $1, answered_at = $2 where id = $3 and claim_id = $4 and answered_at is null",
    )
    .bind(&answer.text)
    .bind(arrived)
    .bind(hearing_id)
    .bind(claim_id)
    .execute(&mut *tx)
    .await?;
    super::changed_one(&updated, "hearing-error-answered")?;
    let detail = format!("{hearing_id} {}", iso(answer.received_on));
    audit_in(
        &mut tx,
        actor,
        Some(claim_id),
        "hearing_letter_answer",
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A hearing letter as listed (without its bytes).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HearingRow {
    pub id: HearingId,
    pub number: String,
    pub facts: String,
    pub effective_from: String,
    pub due_date: String,
    pub sent_at: i64,
    pub answer: Option<String>,
    pub answered_at: Option<i64>,
}

impl HearingRow {
    /// The dates the rules need.
    pub fn hearing(&self) -> Option<Hearing> {
        let day = |t: i64| {
            time::OffsetDateTime::from_unix_timestamp(t)
                .ok()
                .map(|t| t.date())
        };
        Some(Hearing {
            sent_on: day(self.sent_at)?,
            due: date(&self.due_date, "").ok()?,
            answered_on: self.answered_at.and_then(day),
        })
    }
}

/// The hearings of a claim, oldest first.
pub async fn for_claim(db: &Db, claim_id: &ClaimId) -> Result<Vec<HearingRow>, sqlx::Error> {
    sqlx::query_as(
        "select id, number, facts, effective_from, due_date, sent_at, answer, answered_at \
         from hearing where claim_id = $1 order by sent_at, number",
    )
    .bind(claim_id)
    .fetch_all(db.pool())
    .await
}

/// A hearing letter's PDF with its number, claim and the claim's family.
#[derive(sqlx::FromRow)]
pub struct HearingFile {
    pub number: String,
    pub claim_id: ClaimId,
    pub account_id: AccountId,
    pub bytes: Vec<u8>,
}

pub async fn file(db: &Db, hearing_id: &HearingId) -> Result<Option<HearingFile>, sqlx::Error> {
    sqlx::query_as(
        "select h.number, h.claim_id, c.account_id, h.bytes from hearing h join claim c on c.id = h.claim_id where h.id = $1",
    )
    .bind(hearing_id)
    .fetch_optional(db.pool())
    .await
}
