//! Notices as files: a stored notice exactly as issued (the family only its own
//! Bescheide, staff any, logged), the Serienbrief of several decided claims for printing,
//! and the preview of the notice texts with sample data (admin UI and
//! `but-portal notice-preview`).

use crate::{AppState, documents::file_response, security};
use app::{
    api::staff::notice_blocks,
    api::staff::rejection_outcome,
    context::RequestCtx,
    db::{Db, decision, objection, school_calendar},
    domain::{
        account::Role,
        benefit::{BenefitKind, UnderlyingBenefit},
        decision::Rejection,
        ids::{AccountId, ClaimId, HearingId, NoticeId},
        objection::parse_posted,
        text_block::TextBlockKind,
    },
    error::{Answer, AppError},
    notice::{Office, bescheid, sample_facts},
};
use axum::{
    Extension,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};

fn pdf_response(bytes: Vec<u8>, file_name: &str, inline: bool) -> Response {
    file_response(bytes, "application/pdf", file_name, inline)
}

/// The staff (or admin) account of the request.
pub(crate) fn staff(ctx: &RequestCtx) -> Result<AccountId, AppError> {
    ctx.require(&[Role::Staff, Role::Admin])
        .map(|u| u.id.clone())
}

/// `GET /bescheide/{id}`: the stored bytes of a notice, never re-rendered.
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(notice_id): Path<NoticeId>,
) -> Result<Response, AppError> {
    let user = ctx.require(&Role::ALL)?;
    let (meta, account, bytes) = decision::notice_content(&state.db, &notice_id)
        .await?
        .ok_or(AppError::NotFound)?;
    match user.role {
        Role::Staff | Role::Admin => {
            decision::audit(
                &state.db,
                &user.id,
                Some(&meta.claim_id),
                "notice",
                Some(&meta.number),
            )
            .await?;
        }
        Role::Family if account == user.id && meta.kind == decision::NoticeKind::Bescheid => {}
        Role::School => return Err(AppError::Forbidden),
        Role::Family => return Err(AppError::NotFound),
    }
    Ok(pdf_response(bytes, &format!("{}.pdf", meta.number), false))
}

/// `GET /anhoerung/{id}`: a hearing letter as sent — to the claim's family, or to staff
/// (logged).
pub async fn hearing(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(hearing_id): Path<HearingId>,
) -> Result<Response, AppError> {
    let user = ctx.require(&Role::ALL)?;
    let file = app::db::hearing::file(&state.db, &hearing_id)
        .await?
        .ok_or(AppError::NotFound)?;
    match user.role {
        Role::Staff | Role::Admin => {
            let claim = Some(&file.claim_id);
            decision::audit(&state.db, &user.id, claim, "notice", Some(&file.number)).await?;
        }
        Role::Family if file.account_id == user.id => {}
        Role::School => return Err(AppError::Forbidden),
        Role::Family => return Err(AppError::NotFound),
    }
    Ok(pdf_response(
        file.bytes,
        &format!("{}.pdf", file.number),
        false,
    ))
}

/// Notices one Serienbrief combines at most (each claim once, however often it is named).
const SERIENBRIEF_MAX: usize = 200;

/// `GET /verwaltung/serienbrief?antrag=…&antrag=…`: the latest Bescheid of each selected
/// claim (each once), as issued, in one PDF; more than [`SERIENBRIEF_MAX`] claims get the
/// translated 400 page.
pub async fn serienbrief(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Query(query): Query<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let staff = staff(&ctx)?;
    let mut ids: Vec<ClaimId> = Vec::new();
    for (_, id) in query.into_iter().filter(|(k, _)| k == "antrag") {
        let id = ClaimId::from(id);
        if !ids.contains(&id) {
            ids.push(id);
        }
        if ids.len() > SERIENBRIEF_MAX {
            return Ok(security::simple_page(
                StatusCode::BAD_REQUEST,
                ctx.lang,
                "serienbrief",
            ));
        }
    }
    let notices = decision::latest_bescheide(&state.db, &ids).await?;
    if notices.is_empty() {
        return Err(AppError::NotFound);
    }
    for (meta, _) in &notices {
        decision::audit(
            &state.db,
            &staff,
            Some(&meta.claim_id),
            "serienbrief",
            Some(&meta.number),
        )
        .await?;
    }
    let pdfs: Vec<Vec<u8>> = notices.into_iter().map(|(_, bytes)| bytes).collect();
    let bytes = notice_pdf::merge(&pdfs).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(pdf_response(bytes, "Serienbrief.pdf", false))
}

/// `POST /verwaltung/serienbrief/post`: the printed Serienbrief went to the post — staff
/// record the posting date once for the newest Bescheid of every claim ticked in the
/// queue (one already recorded keeps its date). Each counts as received on the 4th day
/// after (§ 37 Abs. 2 SGB X).
pub async fn serienbrief_posted(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    session: tower_sessions::Session,
    axum::Form(form): axum::Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let staff = staff(&ctx)?;
    let back = "/verwaltung/antraege";
    let value = |k: &str| form.iter().find(|(f, _)| f == k).map(|(_, v)| v.clone());
    let outcome = async {
        let day = parse_posted(&value("posted_on").unwrap_or_default(), app::db::today())
            .map_err(|e| AppError::Validation(vec![e]))?;
        let mut ids: Vec<ClaimId> = Vec::new();
        for (_, id) in form
            .iter()
            .filter(|(k, _)| k == "antrag")
            .take(SERIENBRIEF_MAX)
        {
            let id = ClaimId::from(id.clone());
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let notices = decision::latest_bescheide(&state.db, &ids).await?;
        if notices.is_empty() {
            return Err(AppError::Conflict("posted-batch-none".into()));
        }
        for (meta, _) in notices.iter().filter(|(m, _)| m.posted_on.is_none()) {
            objection::mark_posted(&state.db, &staff, &meta.claim_id, &meta.id, day).await?;
        }
        Ok("posted-batch-saved")
    }
    .await;
    let answer = match outcome {
        Ok(notice) => Answer::done(back, Some(notice)),
        Err(err) => err.answer(back, std::collections::HashMap::new()),
    };
    Ok(match answer.settle(Some(&session)).await {
        Ok(target) => axum::response::Redirect::to(&target).into_response(),
        Err(status) => app::error::ErrorPage::response(status),
    })
}

/// A notice with sample data, the text blocks in force today and the stored school
/// calendar.
pub async fn preview_pdf(db: &Db, office: &Office, approval: bool) -> Result<Vec<u8>, AppError> {
    let today = time::OffsetDateTime::now_utc().date();
    let blocks = notice_blocks(db, today).await?;
    let rejection = decision::blocks_in_force(db, &app::domain::text::iso(today))
        .await?
        .into_iter()
        .find(|b| TextBlockKind::RejectionReason.is(&b.kind) && b.code == "no_need")
        .map(|reason| {
            let rejection = Rejection {
                reason_code: reason.code.clone(),
                reason_text: Some("Beispiel für eine Begründung im Einzelfall.".into()),
                warning: None,
                aufhebung: None,
            };
            rejection_outcome(
                &reason,
                rejection,
                UnderlyingBenefit::Buergergeld,
                BenefitKind::Lernfoerderung,
            )
        });
    let calendar = school_calendar::load(db).await?;
    let facts = sample_facts(today, if approval { None } else { rejection }, &calendar);
    Ok(notice_pdf::render(&bescheid(&facts, office, &blocks)))
}

/// `GET /admin/bescheid-vorschau?art=bewilligung|ablehnung` (admin).
pub async fn preview(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    ctx.require(&[Role::Admin])?;
    let approval = query.get("art").map(String::as_str) != Some("ablehnung");
    let bytes = preview_pdf(&state.db, &state.config.office(), approval).await?;
    Ok(pdf_response(bytes, "Vorschau.pdf", true))
}
