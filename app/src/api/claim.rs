//! The family's application: start a draft, save its answers step by step, attach
//! documents, submit it, withdraw it.

use super::{db, done, notice, require_role, respond};
use crate::db::today;
use crate::domain::ids::{AccountId, ChildId, ClaimId, DocumentId, HearingId};
use crate::{
    context::use_ctx,
    db::{
        Db,
        claim::{self, ClaimRecord, Submission},
        consent, document, hearing, household, lernstandort, rates,
    },
    domain::{
        FieldError,
        account::Role,
        answers::Answers,
        benefit::{BenefitKind, UnderlyingBenefit},
        claim::{Action, ReferenceNumber, Status},
        consent::ConsentKind,
        document::{Upload, UploadLimits},
        eligibility::age_hint,
        household::age_on,
        lernfoerderung::LernfoerderungInput,
        rates::RateKind,
        snapshot::{Applied, ClaimSnapshot},
        teilhabe::TeilhabeInput,
        text::{date, iso, required_text},
    },
    error::AppError,
};
use leptos::prelude::*;

/// Starts (or resumes) the draft for one child and benefit. An application is never
/// refused at the door (§ 20 Abs. 3 SGB X): past an age limit the family is told so, and
/// staff see the doubt and decide with a notice.
#[server(prefix = "/api", endpoint = "claim/start")]
pub async fn start_claim(child_id: ChildId, benefit: String) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let kind = BenefitKind::parse(&benefit).ok_or(AppError::NotFound)?;
        let db = db()?;
        let household = household::find(&db, &user.id)
            .await?
            .ok_or(AppError::Conflict("child-error-household-first".into()))?;
        let child = household::child(&db, &user.id, &child_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let benefit = UnderlyingBenefit::parse(&household.input.benefit)
            .ok_or_else(|| AppError::Internal("stored benefit unknown".into()))?;
        let birth = date(&child.input.birth_date, "birth_date")
            .map_err(|e| AppError::Validation(vec![e]))?;
        let age = u32::try_from(age_on(birth, today())).unwrap_or(0);
        let id = claim::create_draft(&db, &user.id, &child_id, kind).await?;
        if let Some(hint) = age_hint(kind, benefit, age) {
            notice(hint).await?;
        }
        Ok(format!("/familie/antrag/{id}/angaben"))
    }
    .await;
    respond(outcome, "/familie", &[]).await
}

/// Saves the Teilhabe answers of a draft — always, so nothing typed is lost — and moves
/// on to the documents when they are complete and valid.
#[server(prefix = "/api", endpoint = "claim/teilhabe")]
pub async fn save_teilhabe(
    claim_id: ClaimId,
    #[server(flatten)] input: TeilhabeInput,
) -> Result<(), ServerFnError> {
    let back = details_page(&claim_id);
    let outcome = save_answers(&claim_id, Answers::Teilhabe(input.clone())).await;
    respond(outcome, &back, &input.as_values()).await
}

/// Saves the Lernförderung answers of a draft, like [`save_teilhabe`]. The subjects come
/// as `subjects[]` checkboxes.
#[server(prefix = "/api", endpoint = "claim/lernfoerderung")]
#[allow(clippy::too_many_arguments)]
pub async fn save_lernfoerderung(
    claim_id: ClaimId,
    #[server(default)] subjects: Vec<String>,
    subject_other: String,
    hours_per_week: String,
    period_from: String,
    period_to: String,
    place: Option<String>,
    lernstandort_id: String,
    provider_name: String,
    provider_street: String,
    provider_postal_code: String,
    provider_city: String,
    hourly_rate: String,
    reason: String,
) -> Result<(), ServerFnError> {
    let input = LernfoerderungInput {
        subjects,
        subject_other,
        hours_per_week,
        period_from,
        period_to,
        place: place.unwrap_or_default(),
        lernstandort_id,
        provider_name,
        provider_street,
        provider_postal_code,
        provider_city,
        hourly_rate,
        reason,
    };
    let back = details_page(&claim_id);
    let outcome = save_answers(&claim_id, Answers::Lernfoerderung(input.clone())).await;
    let values = input.as_values();
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    respond(outcome, &back, &values).await
}

/// Where the answers of a draft are edited: the family's step, the page of a school social
/// worker who started it with the family, or the page of staff entering a paper
/// application.
fn details_page(claim_id: &ClaimId) -> String {
    match use_ctx().user.map(|u| u.role) {
        Some(Role::School) => format!("/schule/antrag/{claim_id}"),
        Some(Role::Staff | Role::Admin) => format!("/verwaltung/papierantrag/{claim_id}"),
        _ => format!("/familie/antrag/{claim_id}/angaben"),
    }
}

/// Stores the answers of a draft whatever they are, then validates them.
async fn save_answers(claim_id: &ClaimId, answers: Answers) -> Result<String, AppError> {
    let user = require_role(&[Role::Family, Role::School, Role::Staff, Role::Admin])?;
    let db = db()?;
    if matches!(user.role, Role::Staff | Role::Admin) {
        // Only applications staff entered themselves (paper, phone, town hall).
        let record = claim::find(&db, claim::Reader::EnteredDraft, claim_id)
            .await?
            .ok_or(AppError::NotFound)?;
        claim::save_details(&db, &record.account_id, claim_id, &answers.to_json(), None).await?;
        check_answers(&db, &answers).await?;
        return done("intake-details-saved", details_page(claim_id)).await;
    }
    if user.role == Role::School {
        if !matches!(answers, Answers::Lernfoerderung(_)) {
            return Err(AppError::Forbidden);
        }
        claim::save_details_started_by(&db, &user.id, claim_id, &answers.to_json()).await?;
        check_answers(&db, &answers).await?;
        notice("behalf-saved").await?;
        return Ok(format!("/schule/antrag/{claim_id}"));
    }
    // The page's language: staff see in which language the free text probably is.
    let lang = crate::context::use_lang();
    claim::save_details(&db, &user.id, claim_id, &answers.to_json(), Some(lang)).await?;
    check_answers(&db, &answers).await?;
    Ok(format!("/familie/antrag/{claim_id}/nachweise"))
}

/// Validates answers, including that a chosen Lernstandort is approved and has a place
/// free in the period.
pub(super) async fn check_answers(db: &Db, answers: &Answers) -> Result<(), AppError> {
    answers.check(today()).map_err(AppError::Validation)?;
    if let (Some(site), Answers::Lernfoerderung(input)) = (answers.lernstandort_id(), answers) {
        let site = &site;
        let error = |id: &str| AppError::Validation(vec![FieldError::new("lernstandort_id", id)]);
        if !lernstandort::is_approved(db, site).await? {
            return Err(error("lf-error-lernstandort-unknown"));
        }
        let (from, to) = period_of(input)?;
        if !lernstandort::has_place(db, site, &from, &to).await? {
            return Err(error("lf-error-lernstandort-full"));
        }
    }
    Ok(())
}

/// The tutoring period of valid answers, as ISO dates.
fn period_of(input: &LernfoerderungInput) -> Result<(String, String), AppError> {
    let d = input.parse(today()).map_err(AppError::Validation)?;
    Ok((iso(d.from), iso(d.to)))
}

/// Submits a complete draft after the declaration; the server checks everything again.
#[server(prefix = "/api", endpoint = "claim/submit")]
pub async fn submit_claim(
    claim_id: ClaimId,
    declaration: Option<String>,
    consent: Option<String>,
    school_consent: Option<String>,
) -> Result<(), ServerFnError> {
    let back = format!("/familie/antrag/{claim_id}/erklaerung");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let db = db()?;
        let record = claim::find(&db, claim::Reader::Family(&user.id), &claim_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let claim_page = format!("/familie/antrag/{claim_id}");
        if record.status != Status::Draft {
            // A second click on "submit", or the back button: the claim exists once.
            return Ok(claim_page);
        }
        let answers = record.answers();
        if check_answers(&db, &answers).await.is_err() {
            notice("claim-error-incomplete").await?;
            return Ok(format!("/familie/antrag/{claim_id}/angaben"));
        }
        // Drafting needs no confirmed address; submitting does (the jobcenter writes to it).
        if !crate::db::verification::is_verified(&db, &user.id).await? {
            return Err(AppError::Conflict("claim-error-email-unverified".into()));
        }
        let yes = |v: &Option<String>| v.as_deref() == Some("ja");
        let mut errors = Vec::new();
        if !yes(&declaration) {
            errors.push(FieldError::new("declaration", "claim-error-declaration"));
        }
        if !errors.is_empty() {
            return Err(AppError::Validation(errors));
        }
        // Consent is not a condition of applying (`but-rules.md` § Corrections, item 4).
        let given = Given {
            direct_payment: yes(&consent),
            school: yes(&school_consent),
        };
        submit_answers(&db, &user.id, &record, use_ctx().lang.code(), given).await?;
        done("claim-submitted", claim_page).await
    }
    .await;
    respond(outcome, &back, &[]).await
}

/// The consents the family gave on submitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Given {
    /// Direct payment to the provider.
    pub direct_payment: bool,
    /// Lernförderung: the school released from confidentiality.
    pub school: bool,
}

impl Given {
    /// Both consents, as on the signed paper application a school uploads.
    pub const BOTH: Given = Given {
        direct_payment: true,
        school: true,
    };
}

/// Submits a complete draft whose declaration was given. The snapshot keeps the claim as
/// submitted (household, child, answers, the amounts in force, the declaration and the
/// consents `given`), whatever the family changes later.
pub async fn submit_answers(
    db: &Db,
    account_id: &AccountId,
    record: &ClaimRecord,
    lang: &str,
    given: Given,
) -> Result<ReferenceNumber, AppError> {
    submit_with(db, account_id, record, lang, (given, None)).await
}

/// A school social worker submits a draft they started with the family, attaching the
/// application with the parents' signed declarations and consent (scanned or photographed).
/// The claim then counts as submitted, as if the family had sent it.
pub async fn submit_signed_by_school(
    db: &Db,
    worker_id: &AccountId,
    claim_id: &ClaimId,
    signed: Vec<Upload>,
    limits: UploadLimits,
    lang: &str,
) -> Result<ReferenceNumber, AppError> {
    let record = claim::find(db, claim::Reader::Worker(worker_id), claim_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if check_answers(db, &record.answers()).await.is_err() {
        return Err(AppError::Conflict("behalf-error-incomplete".into()));
    }
    let mut tx = db.begin_write().await?;
    document::store_in(&mut tx, claim_id, None, worker_id, signed, limits).await?;
    tx.commit().await?;
    submit_with(
        db,
        &record.account_id,
        &record,
        lang,
        (Given::BOTH, Some(worker_id)),
    )
    .await
}

pub(super) async fn submit_with(
    db: &Db,
    account_id: &AccountId,
    record: &ClaimRecord,
    lang: &str,
    (given, signed_via_school): (Given, Option<&AccountId>),
) -> Result<ReferenceNumber, AppError> {
    let household = household::find(db, account_id)
        .await?
        .ok_or(AppError::Conflict("child-error-household-first".into()))?;
    let child = household::child(db, account_id, &record.child_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let answers = record.answers();
    let mut submission = Submission {
        direct_consent_at: given.direct_payment.then_some(now),
        ..Submission::default()
    };
    // The snapshot keeps 0 for a consent not given.
    let at_if = |yes: bool| if yes { now } else { 0 };
    let applied = match &answers {
        Answers::Teilhabe(input) => {
            let covered = rates::amount_on(db, RateKind::TeilhabeMonthly, today()).await?;
            Applied::Teilhabe {
                teilhabe: input.clone(),
                covered_per_month_cents: covered.map(|c| c.0),
            }
        }
        Answers::Lernfoerderung(input) => {
            let cap = rates::amount_on(db, RateKind::LernfoerderungHourlyMax, today()).await?;
            let site = match input.place.as_str() {
                "lernstandort" => lernstandort::find(db, &input.lernstandort_id.clone().into())
                    .await?
                    .map(|s| s.label()),
                _ => None,
            };
            submission.school_consent_at = given.school.then_some(now);
            submission.period = Some(period_of(input)?);
            Applied::Lernfoerderung {
                lernfoerderung: input.clone(),
                lernstandort: site,
                hourly_max_cents: cap.map(|c| c.0),
                school_consent_at: at_if(given.school),
            }
        }
    };
    let snapshot = ClaimSnapshot {
        benefit: record.kind(),
        household: household.input,
        kommune: household.kommune_name,
        child: child.input,
        school: child.school_display,
        declaration_at: now,
        consent_at: at_if(given.direct_payment),
        lang: lang.to_string(),
        signed_consent_uploaded_by: signed_via_school.map(AccountId::to_string),
        applied,
    }
    .to_json();
    let site = answers.lernstandort_id();
    submission.lernstandort_id = site.as_ref();
    submission.snapshot_json = &snapshot;
    claim::submit(db, account_id, &record.id, &submission, today().year()).await
}

/// Withdraws a submitted claim before it is decided, once the family confirmed it.
#[server(prefix = "/api", endpoint = "claim/withdraw")]
pub async fn withdraw_claim(
    claim_id: ClaimId,
    confirm: Option<String>,
) -> Result<(), ServerFnError> {
    let back = format!("/familie/antrag/{claim_id}");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        // Not one tap: the family ticks that it means it, having read what it means.
        if confirm.as_deref() != Some("ja") {
            return Err(AppError::field("confirm", "claim-withdraw-error-confirm"));
        }
        claim::apply(
            &db()?,
            &claim_id,
            Some(&user.id),
            &user.id,
            Action::Withdraw,
            None,
        )
        .await?;
        done("claim-withdrawn", back.clone()).await
    }
    .await;
    respond(outcome, &back, &[]).await
}

/// The family withdraws a consent it gave on a submitted claim (`which`: `school` or
/// `direct`), for the future.
#[server(prefix = "/api", endpoint = "claim/consent/withdraw")]
pub async fn withdraw_consent(claim_id: ClaimId, which: String) -> Result<(), ServerFnError> {
    let back = format!("/familie/antrag/{claim_id}");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let kind = ConsentKind::parse(&which).ok_or(AppError::NotFound)?;
        consent::withdraw(&db()?, &user.id, &claim_id, kind).await?;
        done("consent-withdrawn-flash", back.clone()).await
    }
    .await;
    respond(outcome, &back, &[]).await
}

/// The family answers a hearing letter (Anhörung) on its claim, once.
#[server(prefix = "/api", endpoint = "claim/hearing/answer")]
pub async fn answer_hearing(
    claim_id: ClaimId,
    hearing_id: HearingId,
    answer: String,
) -> Result<(), ServerFnError> {
    let back = format!("/familie/antrag/{claim_id}");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        let text =
            required_text(&answer, "answer", 4000).map_err(|e| AppError::Validation(vec![e]))?;
        hearing::answer(&db()?, &user.id, &claim_id, &hearing_id, &text).await?;
        done("hearing-answered", back.clone()).await
    }
    .await;
    respond(outcome, &back, &[("answer", &answer)]).await
}

/// Removes a document from a draft.
#[server(prefix = "/api", endpoint = "claim/document/remove")]
pub async fn remove_document(
    claim_id: ClaimId,
    document_id: DocumentId,
) -> Result<(), ServerFnError> {
    let back = format!("/familie/antrag/{claim_id}/nachweise");
    let outcome = async {
        let user = require_role(&[Role::Family])?;
        document::remove_from_draft(&db()?, &user.id, &claim_id, &document_id).await?;
        done("document-removed", back.clone()).await
    }
    .await;
    respond(outcome, &back, &[]).await
}
