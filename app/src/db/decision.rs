//! Staff work on claims: the work queue, assignment, decisions with their notices
//! (immutable PDFs with SHA-256 and a running number), text blocks, and the audit log
//! of every staff read and write (Sozialdaten, §§ 67 ff SGB X).

use super::{
    Backend, Db,
    claim::record_event,
    consent::{CONSENT_COLUMNS, ConsentRow},
    new_id, now_unix, placeholders,
};
use crate::domain::ids::{AccountId, ClaimId, DecisionId, NoticeId, ObjectionId, TextBlockId};
use crate::{
    domain::{
        benefit::BenefitKind,
        claim::{Status, decision_transition, notice_number},
        confirmation::Confirmation,
        consent::Consents,
        decision::{Approval, Grant, PaymentRoute, Rejection},
        intake::{self, Channel},
        lernfoerderung::Subject,
        mail::MailKind,
        money::Cents,
        objection::ObjectionStatus,
        search::QueueSearch,
        snapshot::ClaimSnapshot,
        text::{date, iso},
        text_block::TextBlockInput,
    },
    error::{AppError, on_unique},
};
use sqlx::{Any, Transaction};

/// Claims per page of the queue.
pub const PAGE_SIZE: i64 = 50;

/// Whose claims the queue shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Assigned {
    #[default]
    Anyone,
    Me,
    Nobody,
}

/// The queue's filters. `status: None` shows every status but drafts.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub status: Option<Status>,
    pub benefit: Option<BenefitKind>,
    pub kommune: Option<String>,
    pub lernstandort: Option<String>,
    /// A reference number or part of a child's or applicant's name.
    pub search: Option<QueueSearch>,
    /// Lernförderung claims the school has not confirmed or declined yet.
    pub confirmation_pending: bool,
    pub assigned: Assigned,
    /// Submitted on or after / before (unix seconds).
    pub submitted_from: Option<i64>,
    pub submitted_before: Option<i64>,
    pub newest_first: bool,
    /// 0-based.
    pub page: i64,
}

/// One line of the queue.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub id: ClaimId,
    pub reference: Option<String>,
    pub child_name: String,
    pub benefit: String,
    pub status: Status,
    pub kommune: Option<String>,
    pub submitted_at: Option<i64>,
    pub assigned_to: Option<String>,
    /// `confirmed` / `declined` for Lernförderung once the school decided.
    pub confirmation: Option<String>,
}

/// A page of the queue with the counts per status under the other filters.
#[derive(Debug, Clone)]
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    pub total: i64,
    pub counts: Vec<(Status, i64)>,
}

enum Bind {
    Text(String),
    Int(i64),
}

/// Conditions with each `?` numbered as a `$n` placeholder, in the order their values
/// are bound.
#[derive(Default)]
struct Numbered {
    binds: Vec<Bind>,
}

impl Numbered {
    /// `cond` with each `?` numbered for the next of `values`.
    fn number(&mut self, cond: &str, values: Vec<Bind>) -> String {
        let mut numbered = String::new();
        for (i, part) in cond.split('?').enumerate() {
            if i > 0 {
                numbered.push_str(&placeholders(self.binds.len() + i, 1));
            }
            numbered.push_str(part);
        }
        self.binds.extend(values);
        numbered
    }
}

/// The conditions of `filter` (without the status unless `with_status`): a `with` clause
/// (empty, or the children a name search found as `hit`) to put before the statement, the
/// `where` clause, and the values of their placeholders.
fn conditions(
    backend: Backend,
    filter: &QueueFilter,
    me: &AccountId,
    with_status: bool,
) -> (String, String, Vec<Bind>) {
    let mut numbered = Numbered::default();
    let mut sql = vec!["cl.status <> 'draft'".to_string()];
    let mut with = String::new();
    match &filter.search {
        None => {}
        Some(QueueSearch::Reference(r)) => {
            sql.push(numbered.number("cl.reference = ?", vec![Bind::Text(r.as_str().into())]));
        }
        Some(QueueSearch::Name(patterns)) => {
            let (cte, values) = name_search(backend, patterns);
            with = numbered.number(&cte, values);
            sql.push("cl.child_id in (select child_id from hit)".into());
        }
    }
    for (cond, bind) in filter_conditions(filter, me, with_status) {
        sql.push(numbered.number(cond, bind.into_iter().collect()));
    }
    (with, sql.join(" and "), numbered.binds)
}

/// The `with` clause of a name search (with `?` for its values) and those values: the
/// children whose name, or whose applicant's name, contains the text, once per statement
/// (materialized); their claims are then found by `claim_child_idx`. Names are compared
/// column by column unless the text has a space. SQLite's `like` ignores the case of ASCII
/// letters (see QueueSearch for the others), PostgreSQL's `ilike` of every letter.
fn name_search(backend: Backend, patterns: &[String]) -> (String, Vec<Bind>) {
    let op = match backend {
        Backend::Sqlite => "like",
        Backend::Postgres => "ilike",
    };
    let like = |exprs: &[&str]| {
        exprs
            .iter()
            .flat_map(|e| {
                patterns
                    .iter()
                    .map(move |_| format!("({e}) {op} ? escape '\\'"))
            })
            .collect::<Vec<_>>()
            .join(" or ")
    };
    let child: &[&str] = if patterns.iter().any(|p| p.contains(' ')) {
        &[
            "c.first_name || ' ' || c.last_name",
            "c.last_name || ' ' || c.first_name",
        ]
    } else {
        &["c.first_name", "c.last_name"]
    };
    let cte = format!(
        "with hit as materialized (select c.id as child_id from child c where {} \
         union select c.id from household h join child c on c.household_id = h.id where {}) ",
        like(child),
        like(&["h.applicant_name"]),
    );
    let values = (0..child.len() + 1)
        .flat_map(|_| patterns.iter().map(|p| Bind::Text(p.clone())))
        .collect();
    (cte, values)
}

/// The queue's other filters (the status only if `with_status`), in this order: each a
/// condition with at most one `?` and its value.
fn filter_conditions(
    filter: &QueueFilter,
    me: &AccountId,
    with_status: bool,
) -> Vec<(&'static str, Option<Bind>)> {
    let mut conds = Vec::new();
    if let (true, Some(status)) = (with_status, filter.status) {
        conds.push(("cl.status = ?", Some(Bind::Text(status.as_str().into()))));
    }
    if let Some(b) = filter.benefit {
        conds.push(("cl.benefit = ?", Some(Bind::Text(b.as_str().into()))));
    }
    if let Some(k) = &filter.kommune {
        conds.push(("cl.kommune_id = ?", Some(Bind::Text(k.clone()))));
    }
    if let Some(l) = &filter.lernstandort {
        conds.push(("cl.lernstandort_id = ?", Some(Bind::Text(l.clone()))));
    }
    if filter.confirmation_pending {
        conds.push((
            "cl.benefit = 'lernfoerderung' and cl.school_decision is null",
            None,
        ));
    }
    match filter.assigned {
        Assigned::Anyone => {}
        Assigned::Me => conds.push(("cl.assigned_to = ?", Some(Bind::Text(me.to_string())))),
        Assigned::Nobody => conds.push(("cl.assigned_to is null", None)),
    }
    if let Some(from) = filter.submitted_from {
        conds.push(("cl.submitted_at >= ?", Some(Bind::Int(from))));
    }
    if let Some(before) = filter.submitted_before {
        conds.push(("cl.submitted_at < ?", Some(Bind::Int(before))));
    }
    conds
}

fn bind_all<'q, O>(
    mut q: sqlx::query::QueryAs<'q, Any, O, sqlx::any::AnyArguments<'q>>,
    binds: &'q [Bind],
) -> sqlx::query::QueryAs<'q, Any, O, sqlx::any::AnyArguments<'q>> {
    for b in binds {
        q = match b {
            Bind::Text(s) => q.bind(s.as_str()),
            Bind::Int(i) => q.bind(*i),
        };
    }
    q
}

/// One page of the work queue for the staff member `me`.
pub async fn queue(
    db: &Db,
    filter: &QueueFilter,
    me: &AccountId,
) -> Result<QueuePage, sqlx::Error> {
    let rows = queue_rows(db, filter, me).await?;
    let counts = status_counts(db, filter, me).await?;
    let total = match filter.status {
        Some(s) => counts
            .iter()
            .find(|(st, _)| *st == s)
            .map_or(0, |(_, n)| *n),
        None => counts.iter().map(|(_, n)| n).sum(),
    };
    Ok(QueuePage {
        rows,
        total,
        counts,
    })
}

/// A line of the queue as stored.
#[derive(sqlx::FromRow)]
struct QueueLine {
    id: ClaimId,
    reference: Option<String>,
    first_name: String,
    last_name: String,
    benefit: String,
    status: String,
    kommune: Option<String>,
    submitted_at: Option<i64>,
    assigned_email: Option<String>,
    school_decision: Option<String>,
}

/// The claims on the queue's page for `filter`.
async fn queue_rows(
    db: &Db,
    filter: &QueueFilter,
    me: &AccountId,
) -> Result<Vec<QueueRow>, sqlx::Error> {
    let (with, cond, binds) = conditions(db.backend(), filter, me, true);
    let order = if filter.newest_first { "desc" } else { "asc" };
    // The page of claims first, then the names for its rows only: a later page does not
    // join the rows it skips. (Every join finds at most one row, the child exactly one.)
    let sql = format!(
        "{with}select cl.id, cl.reference, c.first_name, c.last_name, cl.benefit, cl.status, k.name as kommune, \
         cl.submitted_at, a.email as assigned_email, cl.school_decision from (select cl.id, cl.reference, \
         cl.child_id, cl.benefit, cl.status, cl.kommune_id, cl.submitted_at, cl.assigned_to, cl.school_decision \
         from claim cl where {cond} order by cl.submitted_at {order}, cl.id {order} limit {PAGE_SIZE} offset {}) cl \
         join child c on c.id = cl.child_id left join kommune k on k.id = cl.kommune_id \
         left join account a on a.id = cl.assigned_to \
         order by cl.submitted_at {order}, cl.id {order}",
        filter.page.max(0) * PAGE_SIZE
    );
    let rows: Vec<QueueLine> = bind_all(sqlx::query_as(&sql), &binds)
        .fetch_all(db.pool())
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(QueueRow {
                id: r.id,
                reference: r.reference,
                child_name: format!("{} {}", r.first_name, r.last_name),
                benefit: r.benefit,
                status: Status::parse(&r.status)?,
                kommune: r.kommune,
                submitted_at: r.submitted_at,
                assigned_to: r.assigned_email,
                confirmation: r.school_decision,
            })
        })
        .collect())
}

/// The number of claims per status (but drafts) under the filters other than the status.
async fn status_counts(
    db: &Db,
    filter: &QueueFilter,
    me: &AccountId,
) -> Result<Vec<(Status, i64)>, sqlx::Error> {
    let (with, cond, binds) = conditions(db.backend(), filter, me, false);
    let sql = if filter.search.is_some() {
        // A search finds few claims: group them.
        format!("{with}select cl.status, count(*) from claim cl where {cond} group by cl.status")
    } else {
        // One count per status, each an index range (every queue index has the status
        // right after its filter column), instead of grouping every claim the other
        // filters match.
        let statuses = Status::ALL
            .into_iter()
            .filter(|s| *s != Status::Draft)
            .map(|s| format!("select '{}' as status", s.as_str()))
            .collect::<Vec<_>>()
            .join(" union all ");
        format!(
            "select s.status, (select count(*) from claim cl where cl.status = s.status and {cond}) \
             from ({statuses}) s"
        )
    };
    let counted: Vec<(String, i64)> = bind_all(sqlx::query_as(&sql), &binds)
        .fetch_all(db.pool())
        .await?;
    Ok(Status::ALL
        .into_iter()
        .filter(|s| *s != Status::Draft)
        .map(|s| {
            let n = counted
                .iter()
                .find(|(st, _)| st == s.as_str())
                .map_or(0, |(_, n)| *n);
            (s, n)
        })
        .collect())
}

/// A claim as staff see it.
#[derive(Debug, Clone)]
pub struct StaffClaim {
    pub id: ClaimId,
    pub account_id: AccountId,
    pub reference: Option<String>,
    pub kind: BenefitKind,
    pub status: Status,
    pub child_name: String,
    pub submitted_at: Option<i64>,
    /// How the application came (the portal, or entered by staff from paper, a phone
    /// call or the town hall), and the date of receipt staff entered.
    pub channel: Channel,
    pub entered_received_on: Option<time::Date>,
    /// The claim as submitted.
    pub snapshot: ClaimSnapshot,
    pub assigned_to: Option<AccountId>,
    pub assigned_email: Option<String>,
    pub decision_id: Option<DecisionId>,
    /// The family's consents as they stand now.
    pub consents: Consents,
}

impl StaffClaim {
    /// The day the application was received (§ 16 SGB I): the date staff entered for one
    /// that came on paper, by phone or at the town hall, else the day it was submitted.
    pub fn received_on(&self) -> time::Date {
        let submitted = self
            .submitted_at
            .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
            .map(|t| t.date());
        intake::received_on(self.entered_received_on, submitted, super::today())
    }
}

/// A submitted claim as stored, with its child's name and the assignee's e-mail.
#[derive(sqlx::FromRow)]
struct StaffClaimRow {
    id: ClaimId,
    account_id: AccountId,
    reference: Option<String>,
    benefit: String,
    status: String,
    first_name: String,
    last_name: String,
    submitted_at: Option<i64>,
    channel: String,
    received_on: Option<String>,
    snapshot: Option<String>,
    assigned_to: Option<AccountId>,
    assigned_email: Option<String>,
    decision_id: Option<DecisionId>,
    #[sqlx(flatten)]
    consents: ConsentRow,
}

/// A submitted claim (`None` for drafts and unknown ids).
pub async fn staff_claim(db: &Db, claim_id: &ClaimId) -> Result<Option<StaffClaim>, sqlx::Error> {
    let row: Option<StaffClaimRow> = sqlx::query_as(&format!(
        "select cl.id, cl.account_id, cl.reference, cl.benefit, cl.status, c.first_name, c.last_name, cl.submitted_at, \
         cl.channel, cl.received_on, cl.snapshot, cl.assigned_to, a.email as assigned_email, cl.decision_id, {CONSENT_COLUMNS} \
         from claim cl join child c on c.id = cl.child_id \
         left join account a on a.id = cl.assigned_to where cl.id = $1 and cl.status <> 'draft'"
    ))
    .bind(claim_id)
    .fetch_optional(db.pool())
    .await?;
    let Some(r) = row else { return Ok(None) };
    let (Some(kind), Some(status)) = (BenefitKind::parse(&r.benefit), Status::parse(&r.status))
    else {
        return Ok(None);
    };
    // The stored legal record: a notice is never built from one that cannot be read.
    let snapshot = ClaimSnapshot::parse(r.snapshot.as_deref().unwrap_or_default())
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Some(StaffClaim {
        id: r.id,
        account_id: r.account_id,
        reference: r.reference,
        kind,
        status,
        child_name: format!("{} {}", r.first_name, r.last_name),
        submitted_at: r.submitted_at,
        channel: Channel::parse(&r.channel).unwrap_or(Channel::Portal),
        entered_received_on: r.received_on.as_deref().and_then(|d| date(d, "").ok()),
        snapshot,
        assigned_to: r.assigned_to,
        assigned_email: r.assigned_email,
        decision_id: r.decision_id,
        consents: r.consents.consents(),
    }))
}

/// The school's answer to a claim as stored.
#[derive(sqlx::FromRow)]
struct ConfirmationRow {
    decision: String,
    subjects: Option<String>,
    hours_per_week: Option<i64>,
    period_from: Option<String>,
    period_to: Option<String>,
    reason: Option<String>,
    decided_at: i64,
}

/// The school's confirmation of a claim, if it has decided.
pub async fn school_confirmation(
    db: &Db,
    claim_id: &ClaimId,
) -> Result<Option<(Confirmation, i64)>, sqlx::Error> {
    let row: Option<ConfirmationRow> = sqlx::query_as(
        "select decision, subjects, hours_per_week, period_from, period_to, reason, decided_at \
         from school_confirmation where claim_id = $1",
    )
    .bind(claim_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.and_then(|r| {
        let c = match r.decision.as_str() {
            "confirmed" => Confirmation::Confirmed {
                subjects: r
                    .subjects
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(Subject::parse)
                    .collect(),
                hours_per_week: u8::try_from(r.hours_per_week.unwrap_or(0)).ok()?,
                from: date(&r.period_from?, "").ok()?,
                to: date(&r.period_to?, "").ok()?,
            },
            _ => Confirmation::Declined {
                reason: r.reason.unwrap_or_default(),
            },
        };
        Some((c, r.decided_at))
    }))
}

/// Assigns an undecided claim to `staff_id` (`assign`) or releases it.
pub async fn assign(
    db: &Db,
    claim_id: &ClaimId,
    staff_id: &AccountId,
    assign: bool,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "update claim set assigned_to = $1 where id = $2 and status in ('submitted', 'needs_info')",
    )
    .bind(assign.then_some(staff_id))
    .bind(claim_id)
    .execute(&mut *tx)
    .await?;
    super::changed_one(&updated, "claim-error-already-final")?;
    audit_in(
        &mut tx,
        staff_id,
        Some(claim_id),
        if assign { "assign" } else { "release" },
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Writes one audit row.
pub async fn audit(
    db: &Db,
    actor: &AccountId,
    claim_id: Option<&ClaimId>,
    action: &str,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.writer().begin().await?;
    audit_in(&mut tx, actor, claim_id, action, detail).await?;
    tx.commit().await
}

pub(crate) async fn audit_in(
    tx: &mut Transaction<'static, Any>,
    actor: &AccountId,
    claim_id: Option<&ClaimId>,
    action: &str,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into audit_log (at, actor_account_id, claim_id, action, detail) values ($1, $2, $3, $4, $5)",
    )
    .bind(now_unix())
    .bind(actor)
    .bind(claim_id)
    .bind(action)
    .bind(detail)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One audit row, for the claim page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub detail: Option<String>,
}

/// Who did what with a claim, newest first (at most 200 rows).
pub async fn audit_for_claim(db: &Db, claim_id: &ClaimId) -> Result<Vec<AuditEntry>, sqlx::Error> {
    sqlx::query_as(
        "select l.at, a.email as actor, l.action, l.detail from audit_log l join account a on a.id = l.actor_account_id \
         where l.claim_id = $1 order by l.id desc limit 200",
    )
    .bind(claim_id)
    .fetch_all(db.pool())
    .await
}

/// What is decided.
#[derive(Debug, Clone)]
pub enum Decided<'a> {
    Approval(&'a Approval),
    Rejection(&'a Rejection),
}

/// The kinds of stored notices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Bewilligungs- or Ablehnungsbescheid to the family.
    Bescheid,
    /// Kostenübernahmeerklärung to the provider.
    Kostenuebernahme,
}

impl NoticeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Bescheid => "bescheid",
            NoticeKind::Kostenuebernahme => "kostenuebernahme",
        }
    }
}

/// A rendered notice to store: kind, title, PDF bytes.
pub struct RenderedNotice {
    pub kind: NoticeKind,
    pub title: String,
    pub bytes: Vec<u8>,
}

/// Decides a claim in one transaction: the claim's status (checked again in the
/// `UPDATE … WHERE`, so of two staff deciding at once exactly one wins), the decision row,
/// running notice numbers, the notices `render` produces for them, the history and the
/// audit. `corrects`: the id of the decision a correction replaces (the claim must still
/// carry it); `remedies`: the open Widerspruch this decision remedies (Abhilfe).
/// `render` gets the notice numbers (one per notice it may produce, the
/// Bescheid's first) and the number of the corrected notice.
pub async fn decide(
    db: &Db,
    claim_id: &ClaimId,
    actor: &AccountId,
    decided: Decided<'_>,
    (corrects, remedies): (Option<&DecisionId>, Option<&ObjectionId>),
    year: i32,
    render: impl FnOnce(&[String; 2], Option<&str>) -> Vec<RenderedNotice>,
) -> Result<DecisionId, AppError> {
    let mut tx = db.begin_write().await?;
    let approve = matches!(decided, Decided::Approval(_));
    let (from, current) = claim_to_decide(&mut tx, claim_id).await?;
    let to = decision_transition(
        from,
        approve,
        current.as_ref().map(DecisionId::as_str),
        corrects.map(DecisionId::as_str),
    )
    .map_err(|id| AppError::Conflict(id.into()))?;
    let decision = Decision {
        id: new_id(),
        claim_id,
        actor,
        now: now_unix(),
    };
    mark_decided(&mut tx, &decision, from, to, current, &decided).await?;
    insert_decision(&mut tx, &decision, &decided, corrects).await?;
    let corrected_number = corrected_number(&mut tx, corrects).await?;
    // A second letter to the payee: the Kostenübernahme, or the end of it.
    let to_payee = match &decided {
        Decided::Approval(_) => true,
        Decided::Rejection(r) => r.aufhebung.is_some(),
    };
    let numbers = notice_numbers(&mut tx, year, if to_payee { 2 } else { 1 }).await?;
    let notices = render(&numbers, corrected_number.as_deref());
    store_notices(&mut tx, &decision, notices, &numbers).await?;
    let note = match (corrects, approve) {
        (Some(_), _) => "decision-correction",
        (None, true) => "decision-approval",
        (None, false) => "decision-rejection",
    };
    record_event(
        &mut tx,
        claim_id,
        Some(actor),
        Some(from),
        to,
        Some(note),
        decision.now,
    )
    .await?;
    audit_in(&mut tx, actor, Some(claim_id), "decide", Some(note)).await?;
    if let Some(objection) = remedies {
        let abhilfe = (ObjectionStatus::Remedied, Some(&decision.id));
        super::objection::close_in(&mut tx, actor, claim_id, objection, abhilfe).await?;
    }
    notify_decision(&mut tx, claim_id, &decision.id).await?;
    tx.commit().await?;
    Ok(decision.id)
}

/// Tells the family by mail that a decision on its claim is ready in the portal. With its
/// consent to delivery through the portal the mail is the legal notification of the
/// Bescheid (§ 37 Abs. 2a SGB X), and sending it makes the Bescheid known on the 3rd day
/// after; otherwise the Bescheid is posted and the mail only says so.
async fn notify_decision(
    tx: &mut Transaction<'static, Any>,
    claim_id: &ClaimId,
    decision_id: &DecisionId,
) -> Result<(), sqlx::Error> {
    let (account, reference, consent): (AccountId, Option<String>, Option<i64>) = sqlx::query_as(
        "select c.account_id, c.reference, a.portal_delivery_at from claim c \
         join account a on a.id = c.account_id where c.id = $1",
    )
    .bind(claim_id)
    .fetch_one(&mut **tx)
    .await?;
    let bescheid: Option<NoticeId> =
        sqlx::query_scalar("select id from notice where decision_id = $1 and kind = 'bescheid'")
            .bind(decision_id)
            .fetch_optional(&mut **tx)
            .await?;
    let reference = reference.unwrap_or_default();
    let (kind, notice) = match (consent, &bescheid) {
        (Some(_), Some(notice)) => (MailKind::NoticeReady, Some(notice)),
        _ => (MailKind::Decision, None),
    };
    crate::mail::queue_for_account(
        tx,
        &account,
        (kind, notice),
        |_| vec![("reference", reference.clone().into())],
        &format!("/familie/antrag/{claim_id}"),
    )
    .await
}

/// The decision being made: its new id, the claim, who decides and when.
struct Decision<'a> {
    id: DecisionId,
    claim_id: &'a ClaimId,
    actor: &'a AccountId,
    now: i64,
}

/// The status of a submitted claim and the decision it carries; `NotFound` for drafts
/// and unknown ids.
async fn claim_to_decide(
    tx: &mut Transaction<'static, Any>,
    claim_id: &ClaimId,
) -> Result<(Status, Option<DecisionId>), AppError> {
    let row: Option<(String, Option<DecisionId>)> =
        sqlx::query_as("select status, decision_id from claim where id = $1 and status <> 'draft'")
            .bind(claim_id)
            .fetch_optional(&mut **tx)
            .await?;
    let (status, current) = row.ok_or(AppError::NotFound)?;
    let from = Status::parse(&status).ok_or(AppError::NotFound)?;
    Ok((from, current))
}

/// Moves the claim from `from` (carrying `current`) to `to` with the new decision, if
/// no one else decided it meanwhile (`decision-error-stale`).
async fn mark_decided(
    tx: &mut Transaction<'static, Any>,
    decision: &Decision<'_>,
    from: Status,
    to: Status,
    current: Option<DecisionId>,
    decided: &Decided<'_>,
) -> Result<(), AppError> {
    // The approved period on the claim row too (reports count children by it).
    let approved = match decided {
        Decided::Approval(a) => Some((iso(a.period_from), iso(a.period_to))),
        Decided::Rejection(_) => None,
    };
    let updated = sqlx::query(
        "update claim set status = $1, decision_id = $2, assigned_to = coalesce(assigned_to, $3), updated_at = $4, \
         decided_at = coalesce(decided_at, $4), approved_from = $8, approved_to = $9 \
         where id = $5 and status = $6 and coalesce(decision_id, '') = $7",
    )
    .bind(to.as_str())
    .bind(&decision.id)
    .bind(decision.actor)
    .bind(decision.now)
    .bind(decision.claim_id)
    .bind(from.as_str())
    .bind(current.map(String::from).unwrap_or_default())
    .bind(approved.as_ref().map(|p| p.0.as_str()))
    .bind(approved.as_ref().map(|p| p.1.as_str()))
    .execute(&mut **tx)
    .await?;
    super::changed_one(&updated, "decision-error-stale")?;
    Ok(())
}

/// The columns of a decision row that depend on what is decided.
#[derive(Default)]
struct DecisionColumns {
    period_from: Option<String>,
    period_to: Option<String>,
    monthly: Option<i64>,
    hours: Option<i64>,
    rate: Option<i64>,
    lesson_minutes: Option<i64>,
    total: Option<i64>,
    payee: Option<String>,
    route: Option<&'static str>,
    reason_code: Option<String>,
    reason_text: Option<String>,
    partial_text: Option<String>,
    aufhebung_basis: Option<&'static str>,
    aufhebung_from: Option<String>,
    advance: i64,
    one_off: Option<(i64, String)>,
    further: Option<(i64, String)>,
}

impl DecisionColumns {
    fn of(decided: &Decided<'_>) -> DecisionColumns {
        let aufhebung = match decided {
            Decided::Approval(a) => a.aufhebung,
            Decided::Rejection(r) => r.aufhebung,
        };
        DecisionColumns {
            aufhebung_basis: aufhebung.map(|a| a.basis.as_str()),
            aufhebung_from: aufhebung.map(|a| iso(a.effective_from)),
            ..DecisionColumns::of_outcome(decided)
        }
    }

    fn of_outcome(decided: &Decided<'_>) -> DecisionColumns {
        match decided {
            Decided::Approval(a) => {
                let (hours, rate, lesson_minutes) = match a.grant {
                    Grant::Lernfoerderung {
                        hours_per_week,
                        hourly_rate,
                        lesson,
                        ..
                    } => (
                        Some(i64::from(hours_per_week)),
                        Some(hourly_rate.0),
                        Some(i64::from(lesson.minutes())),
                    ),
                    _ => (None, None, None),
                };
                DecisionColumns {
                    period_from: Some(iso(a.period_from)),
                    period_to: Some(iso(a.period_to)),
                    monthly: Some(a.grant.monthly().0),
                    hours,
                    rate,
                    lesson_minutes,
                    total: Some(a.total().0),
                    payee: Some(a.payee.clone()),
                    route: Some(a.route.as_str()),
                    reason_text: a.reasons.clone(),
                    partial_text: a.partial_reasons.clone(),
                    advance: i64::from(a.terms.advance),
                    one_off: a
                        .terms
                        .one_off
                        .as_ref()
                        .map(|o| (o.amount.0, o.purpose.clone())),
                    further: a
                        .terms
                        .further
                        .as_ref()
                        .map(|f| (f.amount.0, f.purpose.clone())),
                    ..DecisionColumns::default()
                }
            }
            Decided::Rejection(r) => DecisionColumns {
                reason_code: Some(r.reason_code.clone()),
                reason_text: r.reason_text.clone(),
                ..DecisionColumns::default()
            },
        }
    }
}

/// Stores the decision row; `decision-error-stale` if someone corrected `corrects`
/// already.
async fn insert_decision(
    tx: &mut Transaction<'static, Any>,
    decision: &Decision<'_>,
    decided: &Decided<'_>,
    corrects: Option<&DecisionId>,
) -> Result<(), AppError> {
    let c = DecisionColumns::of(decided);
    sqlx::query(
        "insert into decision (id, claim_id, kind, corrects_id, decided_by, decided_at, period_from, period_to, \
         monthly_cents, hours_per_week, hourly_rate_cents, payee, payment_route, reason_code, reason_text, total_cents, lesson_minutes, \
         partial_text, aufhebung_basis, aufhebung_from, payment_method, advance, one_off_cents, one_off_purpose, \
         further_cents, further_purpose) \
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
         $21, $22, $23, $24, $25, $26)",
    )
    .bind(&decision.id)
    .bind(decision.claim_id)
    .bind(match decided {
        Decided::Approval(_) => "approval",
        Decided::Rejection(_) => "rejection",
    })
    .bind(corrects)
    .bind(decision.actor)
    .bind(decision.now)
    .bind(c.period_from)
    .bind(c.period_to)
    .bind(c.monthly)
    .bind(c.hours)
    .bind(c.rate)
    .bind(c.payee)
    // The old column's check allows the provider routes only; `payment_method` holds all.
    .bind(c.route.filter(|r| PaymentRoute::parse(r).is_some_and(PaymentRoute::pays_provider)))
    .bind(c.reason_code)
    .bind(c.reason_text)
    .bind(c.total)
    .bind(c.lesson_minutes)
    .bind(c.partial_text)
    .bind(c.aufhebung_basis)
    .bind(c.aufhebung_from)
    .bind(c.route)
    .bind(c.advance)
    .bind(c.one_off.as_ref().map(|o| o.0))
    .bind(c.one_off.map(|o| o.1))
    .bind(c.further.as_ref().map(|f| f.0))
    .bind(c.further.map(|f| f.1))
    .execute(&mut **tx)
    .await
    // The unique index on corrects_id: someone corrected this decision already.
    .map_err(on_unique(AppError::Conflict("decision-error-stale".into())))?;
    Ok(())
}

/// The number of the Bescheid of the decision `corrects`, if any.
async fn corrected_number(
    tx: &mut Transaction<'static, Any>,
    corrects: Option<&DecisionId>,
) -> Result<Option<String>, sqlx::Error> {
    match corrects {
        Some(old) => {
            sqlx::query_scalar(
                "select number from notice where decision_id = $1 and kind = 'bescheid'",
            )
            .bind(old)
            .fetch_optional(&mut **tx)
            .await
        }
        None => Ok(None),
    }
}

/// The next `needed` running notice numbers of `year` (`BS-2026-000042`); the rest of
/// the two stay empty.
pub(crate) async fn notice_numbers(
    tx: &mut Transaction<'static, Any>,
    year: i32,
    needed: usize,
) -> Result<[String; 2], sqlx::Error> {
    let mut numbers = [String::new(), String::new()];
    for n in numbers.iter_mut().take(needed) {
        let seq: i64 = sqlx::query_scalar(
            "insert into notice_counter (year, last_value) values ($1, 1) \
             on conflict (year) do update set last_value = notice_counter.last_value + 1 returning last_value",
        )
        .bind(i64::from(year))
        .fetch_one(&mut **tx)
        .await?;
        *n = notice_number(year, seq);
    }
    Ok(numbers)
}

/// Stores the rendered notices of the decision under their numbers, with their SHA-256.
async fn store_notices(
    tx: &mut Transaction<'static, Any>,
    decision: &Decision<'_>,
    notices: Vec<RenderedNotice>,
    numbers: &[String; 2],
) -> Result<(), sqlx::Error> {
    for (notice, number) in notices.into_iter().zip(numbers.iter()) {
        let sha = super::document::sha256_hex(&notice.bytes);
        sqlx::query(
            "insert into notice (id, number, decision_id, claim_id, kind, title, sha256, size_bytes, created_at, bytes) \
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(new_id::<NoticeId>())
        .bind(number)
        .bind(&decision.id)
        .bind(decision.claim_id)
        .bind(notice.kind.as_str())
        .bind(&notice.title)
        .bind(sha)
        .bind(notice.bytes.len() as i64)
        .bind(decision.now)
        .bind(notice.bytes)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// A stored decision.
#[derive(Debug, Clone)]
pub struct DecisionRow {
    pub id: DecisionId,
    pub approved: bool,
    pub corrects_id: Option<DecisionId>,
    pub decided_at: i64,
    pub decided_by: String,
    pub period: Option<(String, String)>,
    pub monthly: Option<Cents>,
    pub hours_per_week: Option<i64>,
    pub hourly_rate: Option<Cents>,
    pub payee: Option<String>,
    pub route: Option<PaymentRoute>,
    pub reason_code: Option<String>,
    pub reason_text: Option<String>,
    /// Whether it takes a grant back (an Aufhebung, or a correction to a rejection).
    pub takes_back: bool,
}

/// A decision as stored, with the e-mail of who decided.
#[derive(sqlx::FromRow)]
struct StoredDecision {
    id: DecisionId,
    kind: String,
    corrects_id: Option<DecisionId>,
    decided_at: i64,
    decided_by_email: String,
    period_from: Option<String>,
    period_to: Option<String>,
    monthly_cents: Option<i64>,
    hours_per_week: Option<i64>,
    hourly_rate_cents: Option<i64>,
    payee: Option<String>,
    payment_route: Option<String>,
    reason_code: Option<String>,
    reason_text: Option<String>,
    aufhebung_basis: Option<String>,
}

/// The decisions on a claim, newest first.
pub async fn decisions(db: &Db, claim_id: &ClaimId) -> Result<Vec<DecisionRow>, sqlx::Error> {
    let rows: Vec<StoredDecision> = sqlx::query_as(
        "select d.id, d.kind, d.corrects_id, d.decided_at, a.email as decided_by_email, d.period_from, d.period_to, \
         d.monthly_cents, d.hours_per_week, d.hourly_rate_cents, d.payee, coalesce(d.payment_method, d.payment_route) as payment_route, \
         d.reason_code, d.reason_text, d.aufhebung_basis \
         from decision d join account a on a.id = d.decided_by where d.claim_id = $1 order by d.decided_at desc, d.id",
    )
    .bind(claim_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| DecisionRow {
            id: r.id,
            approved: r.kind == "approval",
            corrects_id: r.corrects_id.clone(),
            decided_at: r.decided_at,
            decided_by: r.decided_by_email,
            period: r.period_from.zip(r.period_to),
            monthly: r.monthly_cents.map(Cents),
            hours_per_week: r.hours_per_week,
            hourly_rate: r.hourly_rate_cents.map(Cents),
            payee: r.payee,
            route: r.payment_route.as_deref().and_then(PaymentRoute::parse),
            reason_code: r.reason_code,
            reason_text: r.reason_text,
            takes_back: r.aufhebung_basis.is_some()
                || (r.kind != "approval" && r.corrects_id.is_some()),
        })
        .collect())
}

/// A stored notice, without its bytes.
#[derive(Debug, Clone)]
pub struct NoticeMeta {
    pub id: NoticeId,
    pub number: String,
    pub decision_id: DecisionId,
    pub claim_id: ClaimId,
    pub kind: NoticeKind,
    pub title: String,
    pub sha256: String,
    pub size_bytes: i64,
    pub created_at: i64,
    /// When the printed notice was handed to the post (ISO date), once recorded.
    pub posted_on: Option<String>,
    /// When the "notice ready" mail went out (delivery through the portal), unix seconds.
    pub notified_at: Option<i64>,
}

impl NoticeMeta {
    /// How the notice was delivered (posted or for download), if it was.
    pub fn delivery(&self) -> Option<crate::domain::objection::Delivery> {
        super::objection::delivery(self.posted_on.as_deref(), self.notified_at)
    }
}

const NOTICE_COLUMNS: &str = "n.id, n.number, n.decision_id, n.claim_id, n.kind, n.title, n.sha256, n.size_bytes, n.created_at, \
     n.posted_on, n.notified_at";

/// A notice as stored ([`NOTICE_COLUMNS`]).
#[derive(sqlx::FromRow)]
struct NoticeRow {
    id: NoticeId,
    number: String,
    decision_id: DecisionId,
    claim_id: ClaimId,
    kind: String,
    title: String,
    sha256: String,
    size_bytes: i64,
    created_at: i64,
    posted_on: Option<String>,
    notified_at: Option<i64>,
}

/// A notice as stored with its bytes.
#[derive(sqlx::FromRow)]
struct NoticeBytes {
    #[sqlx(flatten)]
    meta: NoticeRow,
    bytes: Vec<u8>,
}

/// A notice as stored with its bytes and the account of the claim's family.
#[derive(sqlx::FromRow)]
struct NoticeContent {
    #[sqlx(flatten)]
    notice: NoticeBytes,
    account_id: AccountId,
}

fn notice_meta(r: NoticeRow) -> NoticeMeta {
    NoticeMeta {
        id: r.id,
        number: r.number,
        decision_id: r.decision_id,
        claim_id: r.claim_id,
        kind: if r.kind == "kostenuebernahme" {
            NoticeKind::Kostenuebernahme
        } else {
            NoticeKind::Bescheid
        },
        title: r.title,
        sha256: r.sha256,
        size_bytes: r.size_bytes,
        created_at: r.created_at,
        posted_on: r.posted_on,
        notified_at: r.notified_at,
    }
}

/// The notices of a claim, newest first. `family_only`: only the Bescheide (what the
/// family receives).
pub async fn notices(
    db: &Db,
    claim_id: &ClaimId,
    family_only: bool,
) -> Result<Vec<NoticeMeta>, sqlx::Error> {
    let rows: Vec<NoticeRow> = sqlx::query_as(&format!(
        "select {NOTICE_COLUMNS} from notice n where n.claim_id = $1 {} order by n.created_at desc, n.number desc",
        if family_only {
            "and n.kind = 'bescheid'"
        } else {
            ""
        }
    ))
    .bind(claim_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(notice_meta).collect())
}

/// A notice with its bytes and the account of the claim's family.
pub async fn notice_content(
    db: &Db,
    notice_id: &NoticeId,
) -> Result<Option<(NoticeMeta, AccountId, Vec<u8>)>, sqlx::Error> {
    let row: Option<NoticeContent> = sqlx::query_as(&format!(
        "select {NOTICE_COLUMNS}, c.account_id, n.bytes from notice n join claim c on c.id = n.claim_id where n.id = $1"
    ))
    .bind(notice_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|r| (notice_meta(r.notice.meta), r.account_id, r.notice.bytes)))
}

/// The latest Bescheid of each of `claim_ids` (in that order), for a Serienbrief.
pub async fn latest_bescheide(
    db: &Db,
    claim_ids: &[ClaimId],
) -> Result<Vec<(NoticeMeta, Vec<u8>)>, sqlx::Error> {
    let mut out = Vec::new();
    for claim_id in claim_ids {
        let row: Option<NoticeBytes> = sqlx::query_as(&format!(
            "select {NOTICE_COLUMNS}, n.bytes from notice n where n.claim_id = $1 and n.kind = 'bescheid' \
             order by n.created_at desc, n.number desc limit 1"
        ))
        .bind(claim_id)
        .fetch_optional(db.pool())
        .await?;
        if let Some(r) = row {
            out.push((notice_meta(r.meta), r.bytes));
        }
    }
    Ok(out)
}

/// A text block (rejection reason or notice text) with its validity.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TextBlock {
    pub id: TextBlockId,
    pub kind: String,
    pub code: String,
    pub title: String,
    pub body: String,
    /// Rejection reasons: the norm per legal basis (`domain::text_block::norm_for`).
    pub norms: String,
    pub valid_from: String,
    pub valid_to: Option<String>,
}

/// All text blocks, by kind, code and start of validity.
pub async fn text_blocks(db: &Db) -> Result<Vec<TextBlock>, sqlx::Error> {
    sqlx::query_as(
        "select id, kind, code, title, body, norms, valid_from, valid_to from text_block order by kind, code, valid_from",
    )
    .fetch_all(db.pool())
    .await
}

/// The text blocks in force on `on` (ISO date): per kind and code the latest started one.
pub async fn blocks_in_force(db: &Db, on: &str) -> Result<Vec<TextBlock>, sqlx::Error> {
    let mut out: Vec<TextBlock> = Vec::new();
    for b in text_blocks(db).await? {
        if b.valid_from.as_str() > on || b.valid_to.as_deref().is_some_and(|to| to < on) {
            continue;
        }
        match out
            .iter_mut()
            .find(|x| x.kind == b.kind && x.code == b.code)
        {
            Some(x) if x.valid_from < b.valid_from => *x = b,
            Some(_) => {}
            None => out.push(b),
        }
    }
    Ok(out)
}

/// A new version of a text block from `valid_from` (ISO): the version in force until then
/// ends the day before. One transaction.
pub async fn save_text_block(
    db: &Db,
    actor: &AccountId,
    kind: &str,
    block: &TextBlockInput,
) -> Result<(), AppError> {
    let (code, valid_from) = (&block.code, block.valid_from);
    let mut tx = db.begin_write().await?;
    let from = iso(valid_from);
    let day_before = iso(valid_from.previous_day().unwrap_or(valid_from));
    sqlx::query(
        "update text_block set valid_to = $1 where kind = $2 and code = $3 and valid_from < $4 \
         and (valid_to is null or valid_to >= $4)",
    )
    .bind(&day_before)
    .bind(kind)
    .bind(code)
    .bind(&from)
    .execute(&mut *tx)
    .await?;
    sqlx::query("delete from text_block where kind = $1 and code = $2 and valid_from = $3")
        .bind(kind)
        .bind(code)
        .bind(&from)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "insert into text_block (id, kind, code, title, body, norms, valid_from, valid_to, created_at) \
         values ($1, $2, $3, $4, $5, $6, $7, null, $8)",
    )
    .bind(new_id::<TextBlockId>())
    .bind(kind)
    .bind(code)
    .bind(&block.title)
    .bind(&block.body)
    .bind(&block.norms)
    .bind(&from)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    audit_in(
        &mut tx,
        actor,
        None,
        "text-block",
        Some(&format!("{kind}/{code} {from}")),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
