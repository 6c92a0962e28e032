//! Notices as files: a stored notice exactly as issued (the family only its own
//! Bescheide, staff any, logged), the Serienbrief of several decided claims for printing,
//! and the preview of the notice texts with sample data (admin UI and
//! `but-portal notice-preview`).

use crate::{AppState, documents::content_disposition, security};
use app::{
    api::staff::notice_blocks,
    context::RequestCtx,
    db::{Db, decision},
    domain::account::Role,
    error::AppError,
    notice::{Office, bescheid, sample_facts},
};
use axum::{
    Extension,
    body::Body,
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};

fn pdf_response(bytes: Vec<u8>, file_name: &str, inline: bool) -> Response {
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(v) = HeaderValue::from_str(&content_disposition(file_name, inline)) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

pub(crate) fn refuse(ctx: &RequestCtx) -> Response {
    match ctx.user {
        Some(_) => security::simple_page(StatusCode::FORBIDDEN, ctx.lang, "403"),
        None => Redirect::to("/anmelden").into_response(),
    }
}

pub(crate) fn failed(ctx: &RequestCtx, e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "notice request failed");
    security::simple_page(StatusCode::INTERNAL_SERVER_ERROR, ctx.lang, "500")
}

pub(crate) fn is_staff(ctx: &RequestCtx) -> Option<String> {
    ctx.user
        .as_ref()
        .filter(|u| matches!(u.role, Role::Staff | Role::Admin))
        .map(|u| u.id.clone())
}

/// `GET /bescheide/{id}`: the stored bytes of a notice, never re-rendered.
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(notice_id): Path<String>,
) -> Response {
    let Some(user) = ctx.user.clone() else {
        return refuse(&ctx);
    };
    let found = match decision::notice_content(&state.db, &notice_id).await {
        Ok(found) => found,
        Err(e) => return failed(&ctx, e),
    };
    let allowed = |meta: &decision::NoticeMeta, account: &str| match user.role {
        Role::Staff | Role::Admin => true,
        Role::Family => account == user.id && meta.kind == decision::NoticeKind::Bescheid,
        Role::School => false,
    };
    match found {
        Some((meta, account, bytes)) if allowed(&meta, &account) => {
            if let Some(staff) = is_staff(&ctx)
                && let Err(e) = decision::audit(
                    &state.db,
                    &staff,
                    Some(&meta.claim_id),
                    "notice",
                    Some(&meta.number),
                )
                .await
            {
                return failed(&ctx, e);
            }
            pdf_response(bytes, &format!("{}.pdf", meta.number), false)
        }
        Some(_) if user.role == Role::School => refuse(&ctx),
        _ => security::simple_page(StatusCode::NOT_FOUND, ctx.lang, "404"),
    }
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
) -> Response {
    let Some(staff) = is_staff(&ctx) else {
        return refuse(&ctx);
    };
    let mut ids: Vec<String> = Vec::new();
    for (_, id) in query.into_iter().filter(|(k, _)| k == "antrag") {
        if !ids.contains(&id) {
            ids.push(id);
        }
        if ids.len() > SERIENBRIEF_MAX {
            return security::simple_page(StatusCode::BAD_REQUEST, ctx.lang, "serienbrief");
        }
    }
    let notices = match decision::latest_bescheide(&state.db, &ids).await {
        Ok(n) => n,
        Err(e) => return failed(&ctx, e),
    };
    if notices.is_empty() {
        return security::simple_page(StatusCode::NOT_FOUND, ctx.lang, "404");
    }
    for (meta, _) in &notices {
        if let Err(e) = decision::audit(
            &state.db,
            &staff,
            Some(&meta.claim_id),
            "serienbrief",
            Some(&meta.number),
        )
        .await
        {
            return failed(&ctx, e);
        }
    }
    let pdfs: Vec<Vec<u8>> = notices.into_iter().map(|(_, bytes)| bytes).collect();
    match notice_pdf::merge(&pdfs) {
        Ok(bytes) => pdf_response(bytes, "Serienbrief.pdf", false),
        Err(e) => failed(&ctx, e),
    }
}

/// A notice with sample data and the text blocks in force today.
pub async fn preview_pdf(db: &Db, office: &Office, approval: bool) -> Result<Vec<u8>, AppError> {
    let today = time::OffsetDateTime::now_utc().date();
    let blocks = notice_blocks(db, today).await?;
    let reason = decision::blocks_in_force(db, &app::domain::text::iso(today))
        .await?
        .into_iter()
        .find(|b| b.kind == "rejection_reason")
        .map(|b| (b.title, b.body))
        .unwrap_or_default();
    let facts = sample_facts(approval, today, reason);
    Ok(notice_pdf::render(&bescheid(&facts, office, &blocks)))
}

/// `GET /admin/bescheid-vorschau?art=bewilligung|ablehnung` (admin).
pub async fn preview(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Response {
    if !ctx.user.as_ref().is_some_and(|u| u.role == Role::Admin) {
        return refuse(&ctx);
    }
    let approval = query.get("art").map(String::as_str) != Some("ablehnung");
    match preview_pdf(&state.db, &state.config.office(), approval).await {
        Ok(bytes) => pdf_response(bytes, "Vorschau.pdf", true),
        Err(e) => failed(&ctx, e),
    }
}
