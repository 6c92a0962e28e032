//! The downloads of the reports dashboard: the figures and the claims list of a period
//! as CSV (for German Excel) and JSON. Staff and admin only; the claims list is audited.

use crate::{AppState, documents::file_response, notices::staff};
use app::db::today;
use app::{
    context::RequestCtx,
    db::{decision, report},
    domain::{
        FieldError,
        report::{ReportFilter, claims_csv, figures_csv},
        text::iso,
    },
    error::AppError,
    i18n::tr,
    pages::reports::{filter_from_query, query_of},
};
use axum::{
    Extension, Json,
    extract::{Path, Query, State},
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};
use std::collections::HashMap;

/// The translated errors of a period that cannot be reported.
fn bad_period(ctx: &RequestCtx, errors: &[FieldError]) -> Response {
    let items: String = errors
        .iter()
        .map(|e| format!("<li>{}</li>", tr(ctx.lang, &e.msg_id)))
        .collect();
    let title = tr(ctx.lang, "report-error-title");
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{title}</title><h1>{title}</h1><ul>{items}</ul></html>",
        ctx.lang.code()
    );
    (StatusCode::BAD_REQUEST, Html(body)).into_response()
}

fn file(body: String, content_type: &'static str, name: &str) -> Response {
    file_response(body, content_type, name, false)
}

fn file_name(kind: &str, filter: &ReportFilter, ext: &str) -> String {
    let mut name = format!(
        "{kind}-{}-bis-{}",
        iso(filter.period.from),
        iso(filter.period.to)
    );
    if let Some(k) = &filter.kommune {
        name.push_str(&format!("-{k}"));
    }
    if let Some(b) = filter.benefit {
        name.push_str(&format!("-{}", b.as_str()));
    }
    format!("{name}.{ext}")
}

enum Format {
    Csv,
    Json,
}

async fn figures(
    state: AppState,
    ctx: RequestCtx,
    query: HashMap<String, String>,
    format: Format,
) -> Result<Response, AppError> {
    staff(&ctx)?;
    let filter = match filter_from_query(|k| query.get(k).cloned().unwrap_or_default(), today()) {
        Ok(f) => f,
        Err(errors) => return Ok(bad_period(&ctx, &errors)),
    };
    let report = report::report(&state.db, &filter, today()).await?;
    Ok(match format {
        Format::Json => Json(report).into_response(),
        Format::Csv => file(
            figures_csv(&report, &|id| tr(ctx.lang, id)),
            "text/csv; charset=utf-8",
            &file_name("kennzahlen", &filter, "csv"),
        ),
    })
}

async fn claims(
    state: AppState,
    ctx: RequestCtx,
    query: HashMap<String, String>,
    format: Format,
) -> Result<Response, AppError> {
    let staff = staff(&ctx)?;
    let filter = match filter_from_query(|k| query.get(k).cloned().unwrap_or_default(), today()) {
        Ok(f) => f,
        Err(errors) => return Ok(bad_period(&ctx, &errors)),
    };
    let lines = report::claim_lines(&state.db, &filter).await?;
    decision::audit(
        &state.db,
        &staff,
        None,
        "report-claims",
        Some(&query_of(&filter)),
    )
    .await?;
    Ok(match format {
        Format::Json => Json(lines).into_response(),
        Format::Csv => file(
            claims_csv(&lines, &|id| tr(ctx.lang, id)),
            "text/csv; charset=utf-8",
            &file_name("antraege", &filter, "csv"),
        ),
    })
}

/// `GET /verwaltung/berichte/{kennzahlen|antraege}.{csv|json}`
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(file): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    match file.as_str() {
        "kennzahlen.csv" => figures(state, ctx, query, Format::Csv).await,
        "kennzahlen.json" => figures(state, ctx, query, Format::Json).await,
        "antraege.csv" => claims(state, ctx, query, Format::Csv).await,
        "antraege.json" => claims(state, ctx, query, Format::Json).await,
        _ => Err(AppError::NotFound),
    }
}
