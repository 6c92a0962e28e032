//! Questions staff ask about a claim (status `needs_info`) and the family's answers, with
//! documents. Asking and answering change the claim's status in the same transaction.

use super::{Db, claim::apply_in, document, new_id, now_unix};
use crate::domain::ids::{AccountId, ClaimId, QuestionId};
use crate::{
    domain::{
        claim::Action,
        decision::CooperationWarning,
        document::{Upload, UploadLimits},
        lang::Lang,
        mail::{MailKind, REMINDER_DAYS},
        text::{date, german, iso},
    },
    error::AppError,
    i18n::tr,
};
use sqlx::{Any, Transaction};
use time::Date;

/// A question and, once given, its answer.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Question {
    pub id: QuestionId,
    pub asked_at: i64,
    pub question: String,
    pub due_date: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<i64>,
    /// 1 when the question warned of the consequences of missing cooperation (§ 66 Abs. 3
    /// SGB I).
    pub cooperation_warning: i64,
    /// The language code of the page the answer was written on.
    pub answer_lang: Option<String>,
}

/// Staff ask the family a question; the claim goes to `needs_info`. `warning`: the
/// question is a written request to cooperate with the warning of § 66 Abs. 3 SGB I.
pub async fn ask(
    db: &Db,
    claim_id: &ClaimId,
    staff_id: &AccountId,
    (question, due, warning): (&str, Option<Date>, bool),
) -> Result<QuestionId, AppError> {
    let mut tx = db.begin_write().await?;
    apply_in(&mut tx, claim_id, None, staff_id, Action::AskQuestion, None).await?;
    let id: QuestionId = new_id();
    sqlx::query(
        "insert into claim_question (id, claim_id, asked_by, asked_at, question, due_date, cooperation_warning) \
         values ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(claim_id)
    .bind(staff_id)
    .bind(now_unix())
    .bind(question)
    .bind(due.map(iso))
    .bind(i64::from(warning))
    .execute(&mut *tx)
    .await?;
    notify(&mut tx, claim_id, MailKind::Question, due).await?;
    tx.commit().await?;
    Ok(id)
}

/// Reminds the families whose open question is due in [`REMINDER_DAYS`] days from `today`,
/// once per question; returns how many were reminded.
pub async fn send_reminders(db: &Db, today: Date) -> Result<usize, sqlx::Error> {
    let due = today + time::Duration::days(REMINDER_DAYS);
    let mut tx = db.begin_write().await?;
    let open: Vec<(QuestionId, ClaimId)> = sqlx::query_as(
        "update claim_question set reminder_sent_at = $1 where due_date = $2 and answered_at is null \
         and reminder_sent_at is null returning id, claim_id",
    )
    .bind(now_unix())
    .bind(iso(due))
    .fetch_all(&mut *tx)
    .await?;
    for (_, claim_id) in &open {
        notify(&mut tx, claim_id, MailKind::QuestionReminder, Some(due)).await?;
    }
    tx.commit().await?;
    Ok(open.len())
}

/// Tells the family by mail about a question on its claim (or reminds it), with the due
/// date (or "as soon as possible" in its language).
pub(crate) async fn notify(
    tx: &mut Transaction<'static, Any>,
    claim_id: &ClaimId,
    kind: MailKind,
    due: Option<Date>,
) -> Result<(), sqlx::Error> {
    let (account, reference): (AccountId, Option<String>) =
        sqlx::query_as("select account_id, reference from claim where id = $1")
            .bind(claim_id)
            .fetch_one(&mut **tx)
            .await?;
    let reference = reference.unwrap_or_default();
    crate::mail::queue_for_account(
        tx,
        &account,
        (kind, None),
        |lang| {
            let due = due.map_or_else(|| tr(lang, "mail-due-soon"), german);
            vec![("reference", reference.clone().into()), ("due", due.into())]
        },
        &format!("/familie/antrag/{claim_id}"),
    )
    .await
}

/// Tells the caseworker the claim is assigned to that the family answered, if they asked
/// for such mails.
async fn notify_assignee(
    tx: &mut Transaction<'static, Any>,
    claim_id: &ClaimId,
) -> Result<(), sqlx::Error> {
    let row: Option<(Option<AccountId>, Option<String>)> =
        sqlx::query_as("select assigned_to, reference from claim where id = $1")
            .bind(claim_id)
            .fetch_optional(&mut **tx)
            .await?;
    let Some((Some(staff), reference)) = row else {
        return Ok(());
    };
    let reference = reference.unwrap_or_default();
    crate::mail::queue_for_account(
        tx,
        &staff,
        (MailKind::StaffAnswer, None),
        |_| vec![("reference", reference.clone().into())],
        &format!("/verwaltung/antrag/{claim_id}"),
    )
    .await
}

/// The written warnings of § 66 Abs. 3 SGB I sent about a claim: when and until when.
pub async fn cooperation_warnings(
    db: &Db,
    claim_id: &ClaimId,
) -> Result<Vec<CooperationWarning>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "select asked_at, due_date from claim_question \
         where claim_id = $1 and cooperation_warning = 1 and due_date is not null",
    )
    .bind(claim_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(at, due)| {
            Some(CooperationWarning {
                sent_on: time::OffsetDateTime::from_unix_timestamp(at).ok()?.date(),
                due: date(&due, "").ok()?,
            })
        })
        .collect())
}

/// The family answers the open question of its claim, with text (and the language of the
/// page it was written on) and/or files; the claim goes back to `submitted`. All or
/// nothing.
pub async fn answer(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
    question_id: &QuestionId,
    answer: Option<(&str, Lang)>,
    uploads: Vec<Upload>,
    limits: UploadLimits,
) -> Result<(), AppError> {
    let mut tx = db.begin_write().await?;
    document::owned_status(&mut tx, account_id, claim_id).await?;
    let open: Option<String> = sqlx::query_scalar(
        "select id from claim_question where id = $1 and claim_id = $2 and answered_at is null",
    )
    .bind(question_id)
    .bind(claim_id)
    .fetch_optional(&mut *tx)
    .await?;
    if open.is_none() {
        return Err(AppError::Conflict("question-error-answered".into()));
    }
    apply_in(
        &mut tx,
        claim_id,
        Some(account_id),
        account_id,
        Action::Answer,
        None,
    )
    .await?;
    if uploads.iter().any(|u| !u.bytes.is_empty()) {
        document::store_in(
            &mut tx,
            claim_id,
            Some(question_id),
            account_id,
            uploads,
            limits,
        )
        .await?;
    }
    sqlx::query(
        "update claim_question set answer = $1, answered_by = $2, answered_at = $3, answer_lang = $5 \
         where id = $4",
    )
    .bind(answer.map(|(text, _)| text))
    .bind(account_id)
    .bind(now_unix())
    .bind(question_id)
    .bind(answer.map(|(_, lang)| lang.code()))
    .execute(&mut *tx)
    .await?;
    notify_assignee(&mut tx, claim_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The questions about one of the family's claims, oldest first.
pub async fn for_family(
    db: &Db,
    account_id: &AccountId,
    claim_id: &ClaimId,
) -> Result<Vec<Question>, sqlx::Error> {
    sqlx::query_as(
        "select q.id, q.asked_at, q.question, q.due_date, q.answer, q.answered_at, q.cooperation_warning, q.answer_lang from claim_question q \
         join claim c on c.id = q.claim_id where q.claim_id = $1 and c.account_id = $2 order by q.asked_at, q.id",
    )
    .bind(claim_id)
    .bind(account_id)
    .fetch_all(db.pool())
    .await
}
