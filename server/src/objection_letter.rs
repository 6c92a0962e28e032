//! `POST /familie/antrag/{id}/widerspruch`: the family's Widerspruch letter as a PDF to
//! print, sign and send (`app::objection_letter`) — against one of its own Bescheide,
//! addressed to the office that issued it. Nothing is stored.

use crate::{AppState, documents::file_response};
use app::{
    context::RequestCtx,
    db::decision,
    domain::{
        account::Role,
        ids::{ClaimId, NoticeId},
        text::optional_text,
    },
    error::AppError,
    notice::parts_of,
    objection_letter::{ObjectionLetter, objection_letter},
};
use axum::{
    Extension, Form,
    extract::{Path, State},
    response::Response,
};

/// The form: which Bescheid, and the family's reasons (optional).
#[derive(serde::Deserialize)]
pub struct LetterForm {
    notice_id: NoticeId,
    #[serde(default)]
    reasons: String,
}

pub async fn letter(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(claim_id): Path<ClaimId>,
    Form(form): Form<LetterForm>,
) -> Result<Response, AppError> {
    let user = ctx.require(&[Role::Family])?;
    let claim = decision::staff_claim(&state.db, &claim_id)
        .await?
        .filter(|c| c.account_id == user.id)
        .ok_or(AppError::NotFound)?;
    let notice = decision::notices(&state.db, &claim_id, true)
        .await?
        .into_iter()
        .find(|n| n.id == form.notice_id)
        .ok_or(AppError::NotFound)?;
    let reasons =
        optional_text(&form.reasons, "reasons", 4000).map_err(|e| AppError::Validation(vec![e]))?;
    let parts = parts_of(&claim.snapshot);
    let offices = state.config.offices().map_err(AppError::Internal)?;
    let office = offices.for_claim(parts.underlying, &claim.snapshot.kommune);
    let now = time::OffsetDateTime::now_utc();
    let issued = time::OffsetDateTime::from_unix_timestamp(notice.created_at)
        .map_or(now.date(), |t| t.date());
    let letter = objection_letter(
        &ObjectionLetter {
            applicant: parts.applicant,
            street: parts.street,
            postal_city: parts.postal_city,
            notice_number: notice.number,
            notice_date: issued,
            claim_reference: claim.reference.unwrap_or_default(),
            child_name: parts.child_name,
            reasons,
            today: now.date(),
            created: now.replace_nanosecond(0).unwrap_or(now),
        },
        office,
    );
    Ok(file_response(
        notice_pdf::render(&letter),
        "application/pdf",
        "Widerspruch.pdf",
        false,
    ))
}
