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

/// `GET /verwaltung/berichte/{kennzahlen|antraege}.{csv|json}`
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(file): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (kind, ext) = match file.as_str() {
        "kennzahlen.csv" | "kennzahlen.json" | "antraege.csv" | "antraege.json" => {
            file.split_once('.').unwrap_or_default()
        }
        _ => return Err(AppError::NotFound),
    };
    let staff = staff(&ctx)?;
    let filter = match filter_from_query(|k| query.get(k).cloned().unwrap_or_default(), today()) {
        Ok(f) => f,
        Err(errors) => return Ok(bad_period(&ctx, &errors)),
    };
    let translate = |id: &str| tr(ctx.lang, id);
    let name = file_name(kind, &filter, ext);
    if kind == "kennzahlen" {
        let report = report::report(&state.db, &filter, today()).await?;
        return Ok(deliver(
            &report,
            ext,
            || figures_csv(&report, &translate),
            &name,
        ));
    }
    let lines = report::claim_lines(&state.db, &filter).await?;
    decision::audit(
        &state.db,
        &staff,
        None,
        "report-claims",
        Some(&query_of(&filter)),
    )
    .await?;
    Ok(deliver(
        &lines,
        ext,
        || claims_csv(&lines, &translate),
        &name,
    ))
}

/// `data` as JSON (`ext` `json`), or as the CSV file `name` that `csv` writes.
fn deliver<T: serde::Serialize>(
    data: &T,
    ext: &str,
    csv: impl FnOnce() -> String,
    name: &str,
) -> Response {
    if ext == "json" {
        Json(data).into_response()
    } else {
        file_response(csv(), "text/csv; charset=utf-8", name, false)
    }
}
