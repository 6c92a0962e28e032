//! The staff side of a claim: assign / release, ask the family a question, approve or
//! reject (with the notices produced and stored in the same transaction), corrections;
//! and the admin's maintenance of amounts and text blocks. Every action is audited.

use super::{db, done, require_role, respond};
use crate::context::CurrentUser;
use crate::db::today;
use crate::domain::ids::{AccountId, ClaimId, DecisionId, HearingId, NoticeId, ObjectionId};
use crate::{
    db::{
        Db,
        decision::{self, Decided, NoticeKind, RenderedNotice, StaffClaim, TextBlock},
        hearing, objection, question, rates, school_calendar, site_operator,
    },
    domain::{
        Fields,
        account::Role,
        benefit::BenefitKind,
        benefit::UnderlyingBenefit,
        confirmation::Confirmation,
        decision::{
            Approval, ApprovalInput, ApprovalLimits, Rejection, parse_approval, parse_rejection,
        },
        grounds::SchoolEvidence,
        hearing::{
            Aufhebung, InForce, check_extent, parse_aufhebung, parse_hearing, parse_letter_answer,
            takes_away,
        },
        money::Cents,
        objection::{ObjectionStatus, parse_objection, parse_posted},
        rates::RateKind,
        site_operator::{Operator, check_site_payee},
        text::{date, iso},
        text_block::{TextBlockKind, norm_for, parse_question, parse_text_block},
    },
    error::AppError,
    notice::{
        HearingFacts, LetterHead, NoticeBlocks, NoticeFacts, Office, Offices, Outcome,
        SnapshotParts, anhoerung, bescheid, kostenuebernahme, parts_of,
    },
};
use leptos::prelude::*;
use time::Date;

/// The admin's page of rates and notice texts.
const ADMIN_NOTICES: &str = "/admin/bescheide";

fn claim_page(claim_id: &ClaimId) -> String {
    format!("/verwaltung/antrag/{claim_id}")
}

/// A form of someone with one of `roles`: `act` does the use case and names the message
/// to show on `back`, the form's page, where the browser goes next — with the `values`
/// entered if it fails.
async fn act_as(
    roles: &[Role],
    back: &str,
    values: &[(&str, &str)],
    act: impl AsyncFnOnce(CurrentUser) -> Result<&'static str, AppError>,
) -> Result<(), ServerFnError> {
    let outcome = async {
        let user = require_role(roles)?;
        let flash = act(user).await?;
        done(flash, back).await
    }
    .await;
    respond(outcome, back, values).await
}

/// A caseworker's (staff or admin) form on the page of claim `claim_id`: see [`act_as`].
async fn on_claim(
    claim_id: &ClaimId,
    values: &[(&str, &str)],
    act: impl AsyncFnOnce(CurrentUser) -> Result<&'static str, AppError>,
) -> Result<(), ServerFnError> {
    act_as(
        &[Role::Staff, Role::Admin],
        &claim_page(claim_id),
        values,
        act,
    )
    .await
}

/// The office that decides `claim`: by its legal basis and Kommune (configuration).
fn office_for(claim: &StaffClaim) -> Result<Office, AppError> {
    let offices = use_context::<Offices>()
        .ok_or_else(|| AppError::Internal("no offices in context".into()))?;
    let underlying = parts_of(&claim.snapshot).underlying;
    Ok(offices
        .for_claim(underlying, &claim.snapshot.kommune)
        .clone())
}

/// The text blocks of notices in force on `on`.
pub async fn notice_blocks(db: &Db, on: Date) -> Result<NoticeBlocks, AppError> {
    let blocks = decision::blocks_in_force(db, &iso(on)).await?;
    let get = |code: &str| {
        blocks
            .iter()
            .find(|b| TextBlockKind::Notice.is(&b.kind) && b.code == code)
            .map(|b| b.body.clone())
            .unwrap_or_default()
    };
    Ok(NoticeBlocks {
        remedy: get("remedy"),
        approval_reason: get("approval_reason"),
        payment_direct: get("payment_direct"),
        payment_voucher: get("payment_voucher"),
        payment_reimbursement: get("payment_reimbursement"),
        no_suspension: get("no_suspension"),
        benefit_names: UnderlyingBenefit::ALL
            .into_iter()
            .map(|b| (b, get(&format!("benefit_{}", b.as_str()))))
            .collect(),
    })
}

/// The limits of an approval of `claim`: the validity of the underlying benefit as
/// submitted, the earliest lawful start and the age limit (`domain::entitlement`), and
/// the caps in force today.
pub async fn approval_limits(db: &Db, claim: &StaffClaim) -> Result<ApprovalLimits, AppError> {
    let parts = parts_of(&claim.snapshot);
    let validity = match (date(&parts.validity.0, ""), date(&parts.validity.1, "")) {
        (Ok(from), Ok(to)) => (from, to),
        _ => return Err(AppError::Conflict("decision-error-no-validity".into())),
    };
    let facts = claim.snapshot.facts(claim.received_on());
    let evidence = match (
        claim.kind,
        decision::school_confirmation(db, &claim.id).await?,
    ) {
        (BenefitKind::Teilhabe, _) => SchoolEvidence::NotNeeded,
        (_, Some((Confirmation::Confirmed { .. }, _))) => SchoolEvidence::Confirmed,
        (_, Some((Confirmation::Declined { .. }, _))) => SchoolEvidence::Declined,
        (_, None) => SchoolEvidence::Missing,
    };
    Ok(ApprovalLimits {
        validity,
        earliest_start: facts.map_or(validity.0, |f| f.earliest_start()),
        age_end: facts.and_then(|f| f.age_end()),
        teilhabe_monthly: rates::amount_on(db, RateKind::TeilhabeMonthly, today()).await?,
        hourly_max: rates::amount_on(db, RateKind::LernfoerderungHourlyMax, today()).await?,
        asked: claim.snapshot.asked(),
        evidence,
        direct_payment_agreed: claim.consents.direct_payment.is_given(),
    })
}

/// The operator of the Lernstandort `claim` asks for: `None` if it asks for none,
/// `Some(None)` while staff have not entered the site's operator.
pub async fn site_operator_of(
    db: &Db,
    claim: &StaffClaim,
) -> Result<Option<Option<Operator>>, sqlx::Error> {
    match claim.snapshot.lernstandort_id() {
        None => Ok(None),
        Some(site) => Ok(Some(site_operator::find(db, &site).await?)),
    }
}

/// Where letters to the payee of `claim` go: the operator of its Lernstandort, else the
/// provider the family named.
async fn payee_address(db: &Db, claim: &StaffClaim) -> Result<Vec<String>, AppError> {
    Ok(match site_operator_of(db, claim).await? {
        Some(Some(operator)) => operator.address_lines(),
        _ => parts_of(&claim.snapshot).payee_address,
    })
}

/// Decides `claim` and stores the notices: the Bescheid to the family and, for an
/// approval, the Kostenübernahmeerklärung to the payee. Used by the staff actions and
/// the demo seed.
pub async fn issue_decision(
    db: &Db,
    office: &Office,
    claim: &StaffClaim,
    actor: &AccountId,
    outcome: Outcome,
    (corrects, remedies): (Option<&DecisionId>, Option<&Remedy>),
) -> Result<DecisionId, AppError> {
    let now = time::OffsetDateTime::now_utc();
    let blocks = notice_blocks(db, now.date()).await?;
    let parts = parts_of(&claim.snapshot);
    let payee_address = payee_address(db, claim).await?;
    let rejection;
    let decided = match &outcome {
        Outcome::Approval(a) => Decided::Approval(a),
        Outcome::Rejection {
            code,
            text,
            warning,
            aufhebung,
            ..
        } => {
            rejection = Rejection {
                reason_code: code.clone(),
                reason_text: text.clone(),
                warning: *warning,
                aufhebung: *aufhebung,
            };
            Decided::Rejection(&rejection)
        }
    };
    let render = |numbers: &[String; 2], corrected: Option<&str>| {
        let facts = NoticeFacts {
            head: letter_head(claim, &parts, &numbers[0], now),
            child_birth: parts.child_birth.clone(),
            underlying: parts.underlying,
            applied_on: claim.received_on(),
            payee_address: payee_address.clone(),
            outcome: outcome.clone(),
            corrects: corrected.map(str::to_string),
            remedies: remedies.map(|r| r.received_on),
        };
        render_notices(facts, &numbers[1], office, &blocks)
    };
    decision::decide(
        db,
        &claim.id,
        actor,
        decided,
        (corrects, remedies.map(|r| &r.id)),
        now.date().year(),
        render,
    )
    .await
}

/// The head of letter `number` on `claim` (of `parts`, its snapshot), written `now`.
fn letter_head(
    claim: &StaffClaim,
    parts: &SnapshotParts,
    number: &str,
    now: time::OffsetDateTime,
) -> LetterHead {
    LetterHead {
        number: number.to_string(),
        claim_reference: claim.reference.clone().unwrap_or_default(),
        file_reference: parts.file_reference.clone(),
        issued_on: now.date(),
        created: now.replace_nanosecond(0).unwrap_or(now),
        applicant: parts.applicant.clone(),
        street: parts.street.clone(),
        postal_city: parts.postal_city.clone(),
        child_name: parts.child_name.clone(),
        kind: claim.kind,
        matter: parts.matter.clone(),
    }
}

/// The Bescheid of `facts` and, for an approval that pays a provider, the
/// Kostenübernahmeerklärung under the second number `cover_number`, as PDFs.
fn render_notices(
    facts: NoticeFacts,
    cover_number: &str,
    office: &Office,
    blocks: &NoticeBlocks,
) -> Vec<RenderedNotice> {
    let letter = bescheid(&facts, office, blocks);
    let mut out = vec![RenderedNotice {
        kind: NoticeKind::Bescheid,
        title: letter.title.clone(),
        bytes: notice_pdf::render(&letter),
    }];
    let mut facts = facts;
    facts.head.number = cover_number.to_string();
    if let Some(k) = kostenuebernahme(&facts, office) {
        out.push(RenderedNotice {
            kind: NoticeKind::Kostenuebernahme,
            title: k.title.clone(),
            bytes: notice_pdf::render(&k),
        });
    }
    out
}

/// The open Widerspruch a decision remedies (Abhilfe): its id and when it arrived.
pub struct Remedy {
    pub id: ObjectionId,
    pub received_on: Date,
}

/// The open Widerspruch `objection` of `claim_id` for an Abhilfe (none if empty).
async fn remedy(db: &Db, claim_id: &ClaimId, objection: &str) -> Result<Option<Remedy>, AppError> {
    if objection.is_empty() {
        return Ok(None);
    }
    let row = objection::for_claim(db, claim_id)
        .await?
        .into_iter()
        .find(|o| o.id.as_str() == objection && o.status == ObjectionStatus::Open.as_str())
        .ok_or_else(|| AppError::Conflict("objection-error-closed".into()))?;
    Ok(Some(Remedy {
        id: row.id,
        received_on: date(&row.received_on, "").map_err(|_| AppError::NotFound)?,
    }))
}

/// A decision being made: the caseworker, the database and the claim.
struct Deciding {
    actor: AccountId,
    db: Db,
    claim: StaffClaim,
}

impl Deciding {
    /// For a correction (`corrects` not empty) that takes something away from the
    /// approval in force — a rejection (`granted` = `None`), a shorter period or less
    /// money — the Aufhebung it is: its legal basis and day, after a hearing
    /// (`domain::hearing`). `None` for anything else.
    async fn aufhebung(
        &self,
        corrects: &str,
        granted: Option<InForce>,
        (basis, from): (&str, &str),
    ) -> Result<Option<Aufhebung>, AppError> {
        if corrects.is_empty() {
            return Ok(None);
        }
        let in_force = decision::decisions(&self.db, &self.claim.id)
            .await?
            .into_iter()
            .find(|d| d.id.as_str() == corrects && d.approved)
            .and_then(|d| {
                let (from, to) = d.period?;
                Some(InForce {
                    from: date(&from, "").ok()?,
                    to: date(&to, "").ok()?,
                    monthly: d.monthly?,
                })
            });
        if !takes_away(in_force, granted) {
            return Ok(None);
        }
        let hearings: Vec<_> = hearing::for_claim(&self.db, &self.claim.id)
            .await?
            .iter()
            .filter_map(|h| h.hearing())
            .collect();
        let aufhebung =
            parse_aufhebung(basis, from, &hearings, today()).map_err(AppError::Validation)?;
        check_extent(in_force, granted, &aufhebung).map_err(|e| AppError::Validation(vec![e]))?;
        Ok(Some(aufhebung))
    }

    /// Caseworker `user` about to decide claim `claim_id`.
    async fn start(user: CurrentUser, claim_id: &ClaimId) -> Result<Deciding, AppError> {
        let db = db()?;
        let claim = decision::staff_claim(&db, claim_id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(Deciding {
            actor: user.id,
            db,
            claim,
        })
    }

    /// Issues `outcome` (replacing the decision numbered `corrects`, unless empty).
    /// With `objection` (unless empty) the decision remedies that open Widerspruch.
    async fn issue(
        self,
        outcome: Outcome,
        (corrects, objection): (&str, &str),
    ) -> Result<(), AppError> {
        let corrects = (!corrects.is_empty()).then(|| DecisionId::from(corrects.to_string()));
        let remedy = remedy(&self.db, &self.claim.id, objection).await?;
        issue_decision(
            &self.db,
            &office_for(&self.claim)?,
            &self.claim,
            &self.actor,
            outcome,
            (corrects.as_ref(), remedy.as_ref()),
        )
        .await?;
        Ok(())
    }
}

/// Assigns the claim to the current staff member (`action = assign`) or releases it.
#[server(prefix = "/api", endpoint = "staff/assign")]
pub async fn assign_claim(claim_id: ClaimId, action: String) -> Result<(), ServerFnError> {
    on_claim(&claim_id, &[], async |user| {
        let assign = action == "assign";
        decision::assign(&db()?, &claim_id, &user.id, assign).await?;
        Ok(if assign {
            "staff-assigned"
        } else {
            "staff-released"
        })
    })
    .await
}

/// Asks the family a question with an optional due date; the claim waits (`needs_info`).
/// With `warning` ("on") it is a written request to cooperate that warns of the
/// consequences (§ 66 Abs. 3 SGB I), which a rejection for missing cooperation needs.
#[server(prefix = "/api", endpoint = "staff/ask")]
pub async fn ask_question(
    claim_id: ClaimId,
    question: String,
    due_date: String,
    #[server(default)] warning: String,
) -> Result<(), ServerFnError> {
    let values = [
        ("question", question.as_str()),
        ("due_date", &due_date),
        ("warning", &warning),
    ];
    on_claim(&claim_id, &values, async |user| {
        let warning = !warning.is_empty();
        let (text, due) =
            parse_question(&question, &due_date, warning, today()).map_err(AppError::Validation)?;
        let db = db()?;
        question::ask(&db, &claim_id, &user.id, (&text, due, warning)).await?;
        decision::audit(&db, &user.id, Some(&claim_id), "ask", None).await?;
        Ok("staff-question-sent")
    })
    .await
}

/// Approves a claim (or, with `corrects`, replaces an earlier decision by an approval).
#[server(prefix = "/api", endpoint = "staff/approve")]
#[allow(clippy::too_many_arguments)]
pub async fn approve_claim(
    claim_id: ClaimId,
    period_from: String,
    period_to: String,
    #[server(default)] monthly_amount: String,
    #[server(default)] hours_per_week: String,
    #[server(default)] hourly_rate: String,
    #[server(default)] lesson_minutes: String,
    payee: String,
    #[server(default)] payment_route: String,
    #[server(default)] reasons: String,
    #[server(default)] partial_reasons: String,
    #[server(default)] corrects: String,
    #[server(default)] objection: String,
    #[server(default)] aufhebung_basis: String,
    #[server(default)] aufhebung_from: String,
    #[server(default)] advance: String,
    #[server(default)] one_off_amount: String,
    #[server(default)] one_off_purpose: String,
    #[server(default)] further_amount: String,
    #[server(default)] further_purpose: String,
) -> Result<(), ServerFnError> {
    let input = ApprovalInput {
        reasons,
        partial_reasons,
        advance,
        one_off_amount,
        one_off_purpose,
        further_amount,
        further_purpose,
        period_from,
        period_to,
        monthly_amount,
        hours_per_week,
        hourly_rate,
        lesson_minutes,
        payee,
        payment_route,
    };
    let mut values = input.as_values();
    values.extend([
        ("aufhebung_basis", aufhebung_basis.as_str()),
        ("aufhebung_from", aufhebung_from.as_str()),
    ]);
    on_claim(&claim_id, &values, async |user| {
        let deciding = Deciding::start(user, &claim_id).await?;
        let (db, claim) = (&deciding.db, &deciding.claim);
        let limits = approval_limits(db, claim).await?;
        let calendar = school_calendar::load(db).await?;
        let mut approval: Approval =
            parse_approval(&input, claim.kind, &limits, &calendar).map_err(AppError::Validation)?;
        // A Lernstandort is paid through its operator, never the room.
        if let Some(operator) = site_operator_of(db, claim).await? {
            check_site_payee(&approval.payee, operator.as_ref())
                .map_err(|e| AppError::Validation(vec![e]))?;
        }
        let granted = InForce {
            from: approval.period_from,
            to: approval.period_to,
            monthly: approval.grant.monthly(),
        };
        approval.aufhebung = deciding
            .aufhebung(
                &corrects,
                Some(granted),
                (&aufhebung_basis, &aufhebung_from),
            )
            .await?;
        let outcome = Outcome::Approval(approval);
        deciding.issue(outcome, (&corrects, &objection)).await?;
        Ok("staff-approved")
    })
    .await
}

/// Rejects a claim with a reason from the list and free text (or corrects to a rejection).
#[server(prefix = "/api", endpoint = "staff/reject")]
pub async fn reject_claim(
    claim_id: ClaimId,
    #[server(default)] reason_code: String,
    reason_text: String,
    #[server(default)] corrects: String,
    #[server(default)] objection: String,
    #[server(default)] aufhebung_basis: String,
    #[server(default)] aufhebung_from: String,
) -> Result<(), ServerFnError> {
    let values = [
        ("reason_code", reason_code.as_str()),
        ("reason_text", &reason_text),
        ("aufhebung_basis", &aufhebung_basis),
        ("aufhebung_from", &aufhebung_from),
    ];
    on_claim(&claim_id, &values, async |user| {
        let deciding = Deciding::start(user, &claim_id).await?;
        let reasons: Vec<_> = decision::blocks_in_force(&deciding.db, &iso(today()))
            .await?
            .into_iter()
            .filter(|b| TextBlockKind::RejectionReason.is(&b.kind))
            .collect();
        let codes: Vec<String> = reasons.iter().map(|r| r.code.clone()).collect();
        let warnings = question::cooperation_warnings(&deciding.db, &claim_id).await?;
        let mut rejection = parse_rejection(&reason_code, &reason_text, &codes, &warnings, today())
            .map_err(AppError::Validation)?;
        rejection.aufhebung = deciding
            .aufhebung(&corrects, None, (&aufhebung_basis, &aufhebung_from))
            .await?;
        let reason = reasons
            .iter()
            .find(|r| r.code == rejection.reason_code)
            .ok_or(AppError::NotFound)?;
        let underlying = parts_of(&deciding.claim.snapshot).underlying;
        let outcome = rejection_outcome(reason, rejection, underlying, deciding.claim.kind);
        deciding.issue(outcome, (&corrects, &objection)).await?;
        Ok("staff-rejected")
    })
    .await
}

/// The outcome of `rejection` for `reason` (a rejection reason in force) on a `kind` claim
/// of a household receiving `underlying`: the reason's text, the caseworker's words and
/// the reason's own norm for that legal basis.
pub fn rejection_outcome(
    reason: &TextBlock,
    rejection: Rejection,
    underlying: UnderlyingBenefit,
    kind: BenefitKind,
) -> Outcome {
    Outcome::Rejection {
        code: rejection.reason_code,
        title: reason.title.clone(),
        body: reason.body.clone(),
        text: rejection.reason_text,
        norm: norm_for(&reason.norms, underlying, kind),
        warning: rejection.warning,
        aufhebung: rejection.aufhebung,
    }
}

/// The admin starts a new version of a text block (rejection reason or notice text) from
/// a date; the version before ends the day before.
#[server(prefix = "/api", endpoint = "admin/text-block")]
pub async fn save_text_block(
    kind: String,
    code: String,
    title: String,
    body: String,
    #[server(default)] norms: String,
    valid_from: String,
) -> Result<(), ServerFnError> {
    let values = [
        ("code", code.as_str()),
        ("title", &title),
        ("body", &body),
        ("norms", &norms),
        ("valid_from", &valid_from),
    ];
    act_as(&[Role::Admin], ADMIN_NOTICES, &values, async |user| {
        let kind = TextBlockKind::parse(&kind).ok_or(AppError::NotFound)?;
        let block = parse_text_block(&code, &title, &body, &norms, &valid_from)
            .map_err(AppError::Validation)?;
        decision::save_text_block(&db()?, &user.id, kind.as_str(), &block).await?;
        Ok("admin-saved")
    })
    .await
}

/// The admin sets a new amount of a rate from a date (Teilhabe per month, the cap per
/// hour of Lernförderung); the amount before ends the day before.
#[server(prefix = "/api", endpoint = "admin/rate")]
pub async fn save_rate(
    kind: String,
    amount: String,
    valid_from: String,
) -> Result<(), ServerFnError> {
    let values = [("amount", amount.as_str()), ("valid_from", &valid_from)];
    act_as(&[Role::Admin], ADMIN_NOTICES, &values, async |user| {
        let kind = RateKind::parse(&kind).ok_or(AppError::NotFound)?;
        let (amount, from) = (
            Cents::parse(&amount, "amount", Cents(100_000)),
            date(&valid_from, "valid_from"),
        )
            .collect()
            .map_err(AppError::Validation)?;
        let db = db()?;
        rates::save(&db, kind, amount, from).await?;
        decision::audit(
            &db,
            &user.id,
            None,
            "rate",
            Some(&format!("{} {} {}", kind.as_str(), iso(from), amount.0)),
        )
        .await?;
        Ok("admin-saved")
    })
    .await
}

/// Staff record the day a printed Bescheid was handed to the post: it counts as received
/// on the 4th day after (§ 37 Abs. 2 SGB X), and the Widerspruch deadline runs from then.
#[server(prefix = "/api", endpoint = "staff/posted")]
pub async fn mark_posted(
    claim_id: ClaimId,
    notice_id: NoticeId,
    posted_on: String,
) -> Result<(), ServerFnError> {
    on_claim(&claim_id, &[("posted_on", &posted_on)], async |user| {
        let day = parse_posted(&posted_on, today()).map_err(|e| AppError::Validation(vec![e]))?;
        objection::mark_posted(&db()?, &user.id, &claim_id, &notice_id, day).await?;
        Ok("notice-posted-saved")
    })
    .await
}

/// Staff register a Widerspruch that arrived against a Bescheid of the claim.
#[server(prefix = "/api", endpoint = "staff/objection")]
pub async fn register_objection(
    claim_id: ClaimId,
    #[server(default)] notice_id: String,
    received_on: String,
    #[server(default)] channel: String,
    #[server(default)] note: String,
) -> Result<(), ServerFnError> {
    let values = [
        ("received_on", received_on.as_str()),
        ("channel", &channel),
        ("note", &note),
    ];
    on_claim(&claim_id, &values, async |user| {
        let new = parse_objection(&received_on, &channel, &note, today())
            .map_err(AppError::Validation)?;
        let notice = NoticeId::from(notice_id.clone());
        objection::register(&db()?, &user.id, &claim_id, &notice, &new).await?;
        Ok("objection-saved")
    })
    .await
}

/// Staff close an open Widerspruch: forwarded to the Widerspruchsstelle or withdrawn by
/// the family. (An Abhilfe is a new decision that names it.)
#[server(prefix = "/api", endpoint = "staff/objection/close")]
pub async fn close_objection(
    claim_id: ClaimId,
    objection_id: ObjectionId,
    status: String,
) -> Result<(), ServerFnError> {
    on_claim(&claim_id, &[], async |user| {
        let status = ObjectionStatus::parse(&status)
            .filter(|s| matches!(s, ObjectionStatus::Forwarded | ObjectionStatus::Withdrawn))
            .ok_or(AppError::NotFound)?;
        objection::close(&db()?, &user.id, &claim_id, &objection_id, status).await?;
        Ok("objection-closed")
    })
    .await
}

/// Staff record the family's answer to a hearing that came by letter or was taken down at
/// the office, with the day it arrived — for families who do not use the portal.
#[server(prefix = "/api", endpoint = "staff/hearing/letter")]
pub async fn record_hearing_answer(
    claim_id: ClaimId,
    hearing_id: HearingId,
    letter_answer: String,
    letter_received_on: String,
) -> Result<(), ServerFnError> {
    let values = [
        ("letter_answer", letter_answer.as_str()),
        ("letter_received_on", &letter_received_on),
    ];
    on_claim(&claim_id, &values, async |user| {
        let db = db()?;
        let sent = hearing::for_claim(&db, &claim_id)
            .await?
            .into_iter()
            .find(|h| h.id == hearing_id)
            .and_then(|h| h.hearing())
            .ok_or(AppError::NotFound)?;
        let letter =
            parse_letter_answer(&letter_answer, &letter_received_on, sent.sent_on, today())
                .map_err(AppError::Validation)?;
        hearing::record_letter(&db, &user.id, (&claim_id, &hearing_id), &letter).await?;
        Ok("hearing-letter-recorded")
    })
    .await
}

/// Staff send a hearing letter (Anhörung, § 24 SGB X) on an approved claim before taking
/// the approval back: the facts, from when, and a deadline of at least two weeks. The
/// letter is stored as sent; the family answers in the portal or by letter.
#[server(prefix = "/api", endpoint = "staff/hearing")]
pub async fn send_hearing(
    claim_id: ClaimId,
    facts: String,
    effective_from: String,
    due_date: String,
) -> Result<(), ServerFnError> {
    let values = [
        ("facts", facts.as_str()),
        ("effective_from", &effective_from),
        ("due_date", &due_date),
    ];
    on_claim(&claim_id, &values, async |user| {
        let deciding = Deciding::start(user, &claim_id).await?;
        let input = parse_hearing(&facts, &effective_from, &due_date, today())
            .map_err(AppError::Validation)?;
        let (db, claim) = (&deciding.db, &deciding.claim);
        let approval_number = decision::notices(db, &claim.id, true)
            .await?
            .into_iter()
            .find(|n| Some(&n.decision_id) == claim.decision_id.as_ref())
            .map(|n| n.number)
            .ok_or_else(|| AppError::Conflict("hearing-error-not-approved".into()))?;
        let parts = parts_of(&claim.snapshot);
        let office = office_for(claim)?;
        let now = time::OffsetDateTime::now_utc();
        let render = |number: &str| {
            let letter = anhoerung(
                &HearingFacts {
                    head: letter_head(claim, &parts, number, now),
                    approval_number,
                    facts: input.facts.clone(),
                    effective_from: input.effective_from,
                    due: input.due,
                },
                &office,
            );
            notice_pdf::render(&letter)
        };
        hearing::send(db, &deciding.actor, &claim.id, &input, render).await?;
        Ok("hearing-sent")
    })
    .await
}
