//! The school's confirmation of the need for Lernförderung. A school account sees only
//! the claims of pupils at its own schools whose family released the school from
//! confidentiality; anything else is `NotFound`.

use super::{Db, claim::record_event, now_unix};
use crate::domain::ids::{AccountId, ClaimId};
use crate::{
    domain::{
        claim::Status, confirmation::Confirmation, lernfoerderung::LernfoerderungInput,
        mail::MailKind, text::iso,
    },
    error::AppError,
};

/// A Lernförderung claim as the school sees it.
#[derive(Debug, Clone)]
pub struct ConfirmationRequest {
    pub claim_id: ClaimId,
    pub reference: Option<String>,
    pub child_name: String,
    pub grade: String,
    pub school: String,
    /// What the family asked for, as far as the school needs it (subjects, hours,
    /// period; not the parents' reason).
    pub requested: LernfoerderungInput,
    pub submitted_at: Option<i64>,
    /// `confirmed` / `declined` once the school decided.
    pub decision: Option<String>,
    pub decided_at: Option<i64>,
}

/// Claims a school account may see: Lernförderung, submitted, consent given, the pupil at
/// one of its schools (`$1`: the account).
const VISIBLE: &str = "cl.benefit = 'lernfoerderung' and cl.school_consent_at is not null and cl.status <> 'draft' \
     and c.school_id in (select school_id from school_member where account_id = $1)";

/// A claim the school may see, as stored.
#[derive(sqlx::FromRow)]
struct Row {
    claim_id: ClaimId,
    reference: Option<String>,
    first_name: String,
    last_name: String,
    grade: String,
    school: String,
    details: String,
    submitted_at: Option<i64>,
    decision: Option<String>,
    decided_at: Option<i64>,
}

fn select(filter: &str) -> String {
    format!(
        "select cl.id as claim_id, cl.reference, c.first_name, c.last_name, c.grade, s.name as school, cl.details, \
         cl.submitted_at, sc.decision, sc.decided_at from claim cl join child c on c.id = cl.child_id \
         join school s on s.id = c.school_id left join school_confirmation sc on sc.claim_id = cl.id \
         where {VISIBLE} {filter} order by sc.decided_at is not null, cl.submitted_at, cl.id"
    )
}

fn request(row: Row) -> ConfirmationRequest {
    ConfirmationRequest {
        claim_id: row.claim_id,
        reference: row.reference,
        child_name: format!("{} {}", row.first_name, row.last_name),
        grade: row.grade,
        school: row.school,
        requested: serde_json::from_str::<LernfoerderungInput>(&row.details)
            .unwrap_or_default()
            .for_school(),
        submitted_at: row.submitted_at,
        decision: row.decision,
        decided_at: row.decided_at,
    }
}

/// The claims waiting for the school's confirmation first, then those it answered. A claim
/// the jobcenter decided (or the family withdrew) without the school's answer no longer
/// waits for it and is not listed.
pub async fn list_for_member(
    db: &Db,
    account_id: &AccountId,
) -> Result<Vec<ConfirmationRequest>, sqlx::Error> {
    let open = "and (sc.decision is not null or cl.status in ('submitted', 'needs_info'))";
    let rows: Vec<Row> = sqlx::query_as(&select(open))
        .bind(account_id)
        .fetch_all(db.pool())
        .await?;
    Ok(rows.into_iter().map(request).collect())
}

/// One claim the school may see.
pub async fn find_for_member(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
) -> Result<Option<ConfirmationRequest>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(&select("and cl.id = $2"))
        .bind(account_id)
        .bind(claim_id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(request))
}

/// Stores the school's decision, once, while the claim is undecided; the family's
/// timeline shows it.
pub async fn record(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    confirmation: &Confirmation,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    let row: Option<(String, Option<String>)> = sqlx::query_as(&format!(
        "select cl.status, sc.decision from claim cl join child c on c.id = cl.child_id \
         left join school_confirmation sc on sc.claim_id = cl.id where {VISIBLE} and cl.id = $2"
    ))
    .bind(account_id)
    .bind(claim_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (status, existing) = row.ok_or(AppError::NotFound)?;
    if existing.is_some() {
        return Err(AppError::Conflict("conf-error-exists".into()));
    }
    let status = Status::parse(&status).ok_or(AppError::NotFound)?;
    if status.is_final() {
        return Err(AppError::Conflict("claim-error-already-final".into()));
    }
    let (subjects, hours, from, to, reason) = match confirmation {
        Confirmation::Confirmed {
            subjects,
            hours_per_week,
            from,
            to,
        } => (
            Some(
                subjects
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            Some(i64::from(*hours_per_week)),
            Some(iso(*from)),
            Some(iso(*to)),
            None,
        ),
        Confirmation::Declined { reason } => (None, None, None, None, Some(reason.clone())),
    };
    let now = now_unix();
    sqlx::query(
        "insert into school_confirmation (claim_id, decision, subjects, hours_per_week, period_from, period_to, \
         reason, decided_by, decided_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(claim_id)
    .bind(confirmation.decision())
    .bind(subjects)
    .bind(hours)
    .bind(from)
    .bind(to)
    .bind(reason)
    .bind(account_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("update claim set school_decision = $1 where id = $2")
        .bind(confirmation.decision())
        .bind(claim_id)
        .execute(&mut *tx)
        .await?;
    let note = format!("school-{}", confirmation.decision());
    record_event(
        &mut tx,
        claim_id,
        Some(account_id),
        Some(status),
        status,
        Some(&note),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Sends each school social worker whose schools have Lernförderung claims waiting for
/// the school's confirmation one digest mail — at most one a day (`school_digest_at`,
/// claimed in the update so several processes send it once). It names only how many
/// claims wait. Returns how many digests were queued.
pub async fn send_digests(db: &Db, now: i64) -> Result<usize, sqlx::Error> {
    let day_ago = now - 24 * 3600;
    let waiting: Vec<(AccountId, i64)> = sqlx::query_as(
        "select m.account_id, count(distinct cl.id) from school_member m \
         join account a on a.id = m.account_id \
         join child c on c.school_id = m.school_id join claim cl on cl.child_id = c.id \
         left join school_confirmation sc on sc.claim_id = cl.id \
         where a.role = 'school' and a.disabled = 0 and cl.benefit = 'lernfoerderung' \
         and cl.school_consent_at is not null and cl.status in ('submitted', 'needs_info') \
         and sc.claim_id is null and (a.school_digest_at is null or a.school_digest_at <= $1) \
         group by m.account_id",
    )
    .bind(day_ago)
    .fetch_all(db.pool())
    .await?;
    let mut sent = 0;
    for (account, count) in waiting {
        let mut tx = db.begin_write().await?;
        let claimed = sqlx::query(
            "update account set school_digest_at = $1 where id = $2 \
             and (school_digest_at is null or school_digest_at <= $3)",
        )
        .bind(now)
        .bind(&account)
        .bind(day_ago)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 1 {
            crate::mail::queue_for_account(
                &mut tx,
                &account,
                (MailKind::SchoolDigest, None),
                |_| vec![("count", count.into())],
                "/schule",
            )
            .await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    Ok(sent)
}
