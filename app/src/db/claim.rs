//! Claims: drafts, submission with a reference number, status changes with history.
//! Family-facing functions are scoped by the owning account: a foreign id is `NotFound`.

use super::{Db, new_id, now_unix};
use crate::domain::ids::{AccountId, ChildId, ClaimId, SiteId};
use crate::{
    domain::{
        answers::Answers,
        benefit::BenefitKind,
        claim::{Action, ReferenceNumber, Status, transition},
        intake::{Channel, Intake},
        lang::Lang,
        mail::MailKind,
        text::iso,
    },
    error::AppError,
};
use sqlx::{Any, Transaction};

/// A claim as listed for its family: the claim with its answers.
pub type ClaimSummary = ClaimRecord;

/// One entry of a claim's history.
#[derive(Debug, Clone)]
pub struct ClaimEvent {
    pub at: i64,
    pub from: Option<Status>,
    pub to: Status,
    pub note: Option<String>,
}

/// Starts a draft for one of the family's children. A draft for the same child and
/// benefit that is still open is reused, so a double click does not create two.
pub async fn create_draft(
    db: &Db,
    account_id: &AccountId,
    child_id: &ChildId,
    benefit: BenefitKind,
) -> Result<ClaimId, AppError> {
    let mut tx = db.begin_write().await?;
    if !super::household::owns_child(&mut tx, account_id, child_id).await? {
        return Err(AppError::NotFound);
    }
    if let Some(id) = open_draft(&mut tx, account_id, child_id, benefit).await? {
        return Ok(id);
    }
    let draft = NewDraft {
        account_id,
        child_id,
        benefit,
        started_by: None,
        entered: None,
    };
    let id = insert_draft(&mut tx, &draft, now_unix()).await?;
    tx.commit().await?;
    Ok(id)
}

/// The family's open draft for the child and benefit, if there is one.
async fn open_draft(
    tx: &mut Transaction<'static, Any>,
    account_id: &AccountId,
    child_id: &ChildId,
    benefit: BenefitKind,
) -> Result<Option<ClaimId>, sqlx::Error> {
    sqlx::query_scalar(
        "select id from claim where account_id = $1 and child_id = $2 and benefit = $3 and status = 'draft'",
    )
    .bind(account_id)
    .bind(child_id)
    .bind(benefit.as_str())
    .fetch_optional(&mut **tx)
    .await
}

/// A draft to be started: for whom, and who started it.
pub(super) struct NewDraft<'a> {
    account_id: &'a AccountId,
    child_id: &'a ChildId,
    benefit: BenefitKind,
    /// The school social worker who started it together with the family.
    started_by: Option<&'a AccountId>,
    /// Staff who entered an application that came on paper, by phone or at the town
    /// hall, with how and when it came.
    pub(super) entered: Option<(&'a AccountId, Intake)>,
}

impl<'a> NewDraft<'a> {
    /// An application staff member `staff` enters for the paper account `account_id`.
    pub(super) fn entered(
        account_id: &'a AccountId,
        child_id: &'a ChildId,
        staff: &'a AccountId,
        intake: Intake,
    ) -> Self {
        NewDraft {
            account_id,
            child_id,
            benefit: intake.benefit,
            started_by: None,
            entered: Some((staff, intake)),
        }
    }
}

/// Inserts a new draft and the first entry of its history; returns its id.
pub(super) async fn insert_draft(
    tx: &mut Transaction<'static, Any>,
    draft: &NewDraft<'_>,
    now: i64,
) -> Result<ClaimId, sqlx::Error> {
    let id: ClaimId = new_id();
    sqlx::query(
        "insert into claim (id, account_id, child_id, benefit, status, started_by, created_at, updated_at, \
         channel, received_on, entered_by) values ($1, $2, $3, $4, 'draft', $5, $6, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(draft.account_id)
    .bind(draft.child_id)
    .bind(draft.benefit.as_str())
    .bind(draft.started_by)
    .bind(now)
    .bind(draft.entered.map_or(Channel::Portal, |(_, i)| i.channel).as_str())
    .bind(draft.entered.map(|(_, i)| iso(i.received_on)))
    .bind(draft.entered.map(|(staff, _)| staff))
    .execute(&mut **tx)
    .await?;
    let entered_by = draft.entered.map(|(staff, _)| staff);
    let actor = draft.started_by.or(entered_by).unwrap_or(draft.account_id);
    let note = match (draft.started_by, entered_by) {
        (Some(_), _) => Some("started-by-school"),
        (None, Some(_)) => Some("entered-by-staff"),
        (None, None) => None,
    };
    record_event(tx, &id, Some(actor), None, Status::Draft, note, now).await?;
    Ok(id)
}

/// Saves the benefit-specific answers of a draft (JSON). Only drafts can change.
pub async fn save_details(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    details_json: &str,
    written_in: Option<Lang>,
) -> Result<(), AppError> {
    let updated = sqlx::query(
        "update claim set details = $1, updated_at = $2, answers_lang = $5 \
         where id = $3 and account_id = $4 and status = 'draft'",
    )
    .bind(details_json)
    .bind(now_unix())
    .bind(claim_id)
    .bind(account_id)
    .bind(written_in.map(Lang::code))
    .execute(db.writer())
    .await?;
    if updated.rows_affected() == 1 {
        return Ok(());
    }
    match status_of(db, account_id, claim_id).await? {
        None => Err(AppError::NotFound),
        Some(_) => Err(AppError::Conflict("claim-error-not-draft".into())),
    }
}

/// One of the family's claims with its stored answers.
#[derive(Debug, Clone)]
pub struct ClaimRecord {
    pub id: ClaimId,
    /// The family's account.
    pub account_id: AccountId,
    pub reference: Option<String>,
    pub child_id: ChildId,
    pub child_name: String,
    pub benefit: String,
    pub status: Status,
    /// The answers (JSON) while a draft; kept as submitted afterwards.
    pub details: String,
    pub created_at: i64,
    pub submitted_at: Option<i64>,
    /// Started by a school social worker together with the family.
    pub started_by_school: bool,
    /// The language of the page the family wrote its answers on (`None`: typed by staff
    /// or a school).
    pub answers_lang: Option<Lang>,
}

impl ClaimRecord {
    /// The benefit claimed (the database only holds known ones).
    pub fn kind(&self) -> BenefitKind {
        BenefitKind::parse(&self.benefit).unwrap_or(BenefitKind::Teilhabe)
    }

    /// The stored answers.
    pub fn answers(&self) -> Answers {
        Answers::from_json(self.kind(), &self.details)
    }
}

/// Who reads a claim, and so which claims they may read.
#[derive(Debug, Clone, Copy)]
pub enum Reader<'a> {
    /// The family that owns it.
    Family(&'a AccountId),
    /// The school social worker who started it as a draft for a family.
    Worker(&'a AccountId),
    /// Any staff member, for a draft staff entered from a paper, phone or town-hall
    /// application.
    EnteredDraft,
    /// Any staff member, for any submitted claim.
    Staff,
}

impl<'a> Reader<'a> {
    /// The condition on `claim cl` (with `$2`, the reader's account or empty).
    fn condition(self) -> (&'static str, Option<&'a AccountId>) {
        match self {
            Reader::Family(id) => ("cl.account_id = $2", Some(id)),
            Reader::Worker(id) => ("cl.started_by = $2 and cl.status = 'draft'", Some(id)),
            Reader::EnteredDraft => (
                "cl.entered_by is not null and cl.status = 'draft' and $2 = ''",
                None,
            ),
            Reader::Staff => ("cl.status <> 'draft' and $2 = ''", None),
        }
    }
}

/// Claim `claim_id` if `reader` may read it (`None` for unknown ids and anyone else's).
pub async fn find(
    db: &Db,
    reader: Reader<'_>,
    claim_id: &ClaimId,
) -> Result<Option<ClaimRecord>, sqlx::Error> {
    let (owner, account_id) = reader.condition();
    let row: Option<RecordRow> = sqlx::query_as(&format!(
        "{RECORD_SELECT} where cl.id = $1 and {owner}"
    ))
    .bind(claim_id)
    .bind(account_id.map_or("", AccountId::as_str))
    .fetch_optional(db.pool())
    .await?;
    Ok(row.and_then(RecordRow::record))
}

/// The columns of a [`ClaimRecord`] (as [`RecordRow`]), from `claim cl` and its `child c`.
const RECORD_SELECT: &str = "select cl.id, cl.reference, c.id as child_id, c.first_name, c.last_name, \
     cl.benefit, cl.status, cl.details, cl.created_at, cl.submitted_at, cl.started_by, cl.account_id, \
     cl.answers_lang from claim cl join child c on c.id = cl.child_id";

/// A claim with its child's name, as stored.
#[derive(sqlx::FromRow)]
struct RecordRow {
    id: ClaimId,
    reference: Option<String>,
    child_id: ChildId,
    first_name: String,
    last_name: String,
    benefit: String,
    status: String,
    details: String,
    created_at: i64,
    submitted_at: Option<i64>,
    started_by: Option<AccountId>,
    account_id: AccountId,
    answers_lang: Option<String>,
}

impl RecordRow {
    /// The claim (`None` for a status the code does not know).
    fn record(self) -> Option<ClaimRecord> {
        Some(ClaimRecord {
            id: self.id,
            account_id: self.account_id,
            reference: self.reference,
            child_id: self.child_id,
            child_name: format!("{} {}", self.first_name, self.last_name),
            benefit: self.benefit,
            status: Status::parse(&self.status)?,
            details: self.details,
            created_at: self.created_at,
            submitted_at: self.submitted_at,
            started_by_school: self.started_by.is_some(),
            answers_lang: self.answers_lang.as_deref().and_then(Lang::parse),
        })
    }
}

async fn status_of(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
) -> Result<Option<Status>, sqlx::Error> {
    let s: Option<String> =
        sqlx::query_scalar("select status from claim where id = $1 and account_id = $2")
            .bind(claim_id)
            .bind(account_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(s.as_deref().and_then(Status::parse))
}

/// What is stored with a claim when it is submitted.
#[derive(Debug, Clone, Default)]
pub struct Submission<'a> {
    /// Everything as submitted (JSON).
    pub snapshot_json: &'a str,
    /// When the family released the school from confidentiality (Lernförderung), if it
    /// did.
    pub school_consent_at: Option<i64>,
    /// When the family agreed to direct payment to the provider, if it did.
    pub direct_consent_at: Option<i64>,
    /// The Lernstandort the claim would take a place at, and for which period (ISO dates).
    pub lernstandort_id: Option<&'a SiteId>,
    pub period: Option<(String, String)>,
}

/// Submits a draft in one transaction: status, the [`Submission`], and the next reference
/// number of `year`. Submitting an already submitted claim again (double click, back button) returns
/// its existing number and changes nothing.
pub async fn submit(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    submission: &Submission<'_>,
    year: i32,
) -> Result<ReferenceNumber, AppError> {
    let mut tx = db.begin_write().await?;
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("select status, reference from claim where id = $1 and account_id = $2")
            .bind(claim_id)
            .bind(account_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((status, reference)) = row else {
        return Err(AppError::NotFound);
    };
    if let Some(existing) = reference.as_deref().and_then(ReferenceNumber::parse) {
        return Ok(existing);
    }
    let from =
        Status::parse(&status).ok_or_else(|| AppError::Internal(format!("bad status {status}")))?;
    let to = transition(from, Action::Submit).map_err(|id| AppError::Conflict(id.into()))?;
    let sequence: i64 = sqlx::query_scalar(
        "insert into reference_counter (year, last_value) values ($1, 1) \
         on conflict (year) do update set last_value = reference_counter.last_value + 1 returning last_value",
    )
    .bind(year as i64)
    .fetch_one(&mut *tx)
    .await?;
    let reference = ReferenceNumber::new(year, sequence);
    let now = now_unix();
    let updated = sqlx::query(
        "update claim set status = $1, reference = $2, snapshot = $3, submitted_at = $4, updated_at = $4, \
         school_consent_at = $5, lernstandort_id = $6, period_from = $7, period_to = $8, \
         kommune_id = (select kommune_id from household where account_id = $11), direct_consent_at = $12 \
         where id = $9 and status = $10",
    )
    .bind(to.as_str())
    .bind(reference.as_str())
    .bind(submission.snapshot_json)
    .bind(now)
    .bind(submission.school_consent_at)
    .bind(submission.lernstandort_id)
    .bind(submission.period.as_ref().map(|p| p.0.clone()))
    .bind(submission.period.as_ref().map(|p| p.1.clone()))
    .bind(claim_id)
    .bind(from.as_str())
    .bind(account_id)
    .bind(submission.direct_consent_at)
    .execute(&mut *tx)
    .await?;
    super::changed_one(&updated, "claim-error-changed")?;
    record_event(
        &mut tx,
        claim_id,
        Some(account_id),
        Some(from),
        to,
        None,
        now,
    )
    .await?;
    crate::mail::queue_for_account(
        &mut tx,
        account_id,
        (MailKind::ClaimReceived, None),
        |_| vec![("reference", reference.as_str().into())],
        &format!("/familie/antrag/{claim_id}"),
    )
    .await?;
    tx.commit().await?;
    Ok(reference)
}

/// Applies `action` to a claim. `owner`: the family's account, to scope the claim to it
/// (staff pass `None`). The status read here is checked again in the `UPDATE … WHERE`,
/// so of two concurrent changes exactly one wins; the other gets a conflict.
pub async fn apply(
    db: &Db,
    claim_id: &ClaimId,
    owner: Option<&AccountId>,
    actor: &AccountId,
    action: Action,
    note: Option<&str>,
) -> Result<Status, AppError> {
    let mut tx = db.begin_write().await?;
    let to = apply_in(&mut tx, claim_id, owner, actor, action, note).await?;
    tx.commit().await?;
    Ok(to)
}

/// [`apply`] inside the caller's transaction.
pub(crate) async fn apply_in(
    tx: &mut Transaction<'static, Any>,
    claim_id: &ClaimId,
    owner: Option<&AccountId>,
    actor: &AccountId,
    action: Action,
    note: Option<&str>,
) -> Result<Status, AppError> {
    let status: Option<String> = sqlx::query_scalar(
        "select status from claim where id = $1 and ($2 = '' or account_id = $2)",
    )
    .bind(claim_id)
    .bind(owner.map_or("", AccountId::as_str))
    .fetch_optional(&mut **tx)
    .await?;
    let from = status
        .as_deref()
        .and_then(Status::parse)
        .ok_or(AppError::NotFound)?;
    let to = transition(from, action).map_err(|id| AppError::Conflict(id.into()))?;
    let now = now_unix();
    let updated =
        sqlx::query("update claim set status = $1, updated_at = $2 where id = $3 and status = $4")
            .bind(to.as_str())
            .bind(now)
            .bind(claim_id)
            .bind(from.as_str())
            .execute(&mut **tx)
            .await?;
    super::changed_one(&updated, "claim-error-changed")?;
    record_event(tx, claim_id, Some(actor), Some(from), to, note, now).await?;
    Ok(to)
}

pub(crate) async fn record_event(
    tx: &mut Transaction<'static, Any>,
    claim_id: &ClaimId,
    actor: Option<&AccountId>,
    from: Option<Status>,
    to: Status,
    note: Option<&str>,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("insert into claim_event (claim_id, at, actor_account_id, from_status, to_status, note) values ($1, $2, $3, $4, $5, $6)")
        .bind(claim_id)
        .bind(at)
        .bind(actor)
        .bind(from.map(Status::as_str))
        .bind(to.as_str())
        .bind(note)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The family's claims, newest first.
pub async fn list_for_family(
    db: &Db,
    account_id: &AccountId,
) -> Result<Vec<ClaimSummary>, sqlx::Error> {
    let rows: Vec<RecordRow> = sqlx::query_as(&format!(
        "{RECORD_SELECT} where cl.account_id = $1 order by cl.created_at desc, cl.id"
    ))
    .bind(account_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().filter_map(RecordRow::record).collect())
}

/// The children of the family whose Teilhabe is approved up to a day not yet past
/// (`today`, ISO), each with the last day approved: a second claim for the same months is
/// rarely what the parent wants, so the overview says so before it is started.
pub async fn teilhabe_covered(
    db: &Db,
    account_id: &AccountId,
    today: &str,
) -> Result<Vec<(ChildId, String)>, sqlx::Error> {
    sqlx::query_as(
        "select child_id, max(approved_to) from claim where account_id = $1 and benefit = 'teilhabe' \
         and status = 'approved' and approved_to >= $2 group by child_id",
    )
    .bind(account_id)
    .bind(today)
    .fetch_all(db.pool())
    .await
}

/// The history of one of the family's claims, oldest first.
pub async fn events_for_family(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
) -> Result<Vec<ClaimEvent>, sqlx::Error> {
    let rows: Vec<EventRow> = sqlx::query_as(
        "select e.at, e.from_status, e.to_status, e.note from claim_event e join claim c on c.id = e.claim_id \
         where c.id = $1 and c.account_id = $2 order by e.id",
    )
    .bind(claim_id)
    .bind(account_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|e| {
            Some(ClaimEvent {
                at: e.at,
                from: e.from_status.as_deref().and_then(Status::parse),
                to: Status::parse(&e.to_status)?,
                note: e.note,
            })
        })
        .collect())
}

/// A status change of a claim, as stored.
#[derive(sqlx::FromRow)]
struct EventRow {
    at: i64,
    from_status: Option<String>,
    to_status: String,
    note: Option<String>,
}

/// A school social worker starts a Lernförderung draft together with a family: the
/// family's account (its e-mail) and the code the family created for one of its children
/// (unused, not expired), a child at one of the worker's schools. The code is used up.
/// Anything that does not match is `NotFound`, without saying which part. An open draft
/// for the child is reused — the family agreed by handing over the code.
pub async fn start_for_family(
    db: &Db,
    worker_id: &AccountId,
    family_email: &str,
    code: &str,
) -> Result<ClaimId, AppError> {
    let mut tx = db.begin_write().await?;
    let now = now_unix();
    let found: Option<(AccountId, ChildId)> = sqlx::query_as(
        "select a.id, c.id from school_code k join account a on a.id = k.account_id \
         join child c on c.id = k.child_id join household h on h.id = c.household_id \
         where k.code = $1 and k.used_at is null and k.expires_at > $2 \
         and a.email = $3 and a.role = 'family' and a.disabled = 0 and h.account_id = a.id \
         and c.school_id in (select school_id from school_member where account_id = $4)",
    )
    .bind(code)
    .bind(now)
    .bind(family_email)
    .bind(worker_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (family_id, child_id) = found.ok_or(AppError::NotFound)?;
    let used =
        sqlx::query("update school_code set used_at = $1 where code = $2 and used_at is null")
            .bind(now)
            .bind(code)
            .execute(&mut *tx)
            .await?;
    if used.rows_affected() != 1 {
        return Err(AppError::NotFound);
    }
    let benefit = BenefitKind::Lernfoerderung;
    let id = match open_draft(&mut tx, &family_id, &child_id, benefit).await? {
        Some(id) => {
            sqlx::query("update claim set started_by = $1, updated_at = $2 where id = $3")
                .bind(worker_id)
                .bind(now)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
            id
        }
        None => {
            let draft = NewDraft {
                account_id: &family_id,
                child_id: &child_id,
                benefit,
                started_by: Some(worker_id),
                entered: None,
            };
            insert_draft(&mut tx, &draft, now).await?
        }
    };
    tx.commit().await?;
    Ok(id)
}

/// Saves the answers of a draft the worker started (only while it is a draft).
pub async fn save_details_started_by(
    db: &Db,
    worker_id: &AccountId,
    claim_id: &ClaimId,
    details_json: &str,
) -> Result<(), AppError> {
    let updated = sqlx::query(
        "update claim set details = $1, updated_at = $2 where id = $3 and started_by = $4 and status = 'draft'",
    )
    .bind(details_json)
    .bind(now_unix())
    .bind(claim_id)
    .bind(worker_id)
    .execute(db.writer())
    .await?;
    if updated.rows_affected() == 1 {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
