//! File uploads and downloads: multipart forms cannot go through server functions' form
//! encoding, so these are plain handlers with the same shape — session → authorize →
//! domain → db → redirect with a flash message (Post/Redirect/Get).

use crate::{AppState, security};
use app::{
    api::claim::submit_signed_by_school,
    context::{Flash, RequestCtx},
    db::{decision, document, question},
    domain::{
        FieldError, account::Role, claim::parse_answer, document::Upload, document::UploadLimits,
    },
    error::AppError,
};
use axum::{
    Extension,
    body::{Body, Bytes},
    extract::{Path, Query, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
};
use http_body_util::BodyExt;
use tower_sessions::Session;

/// Room for the multipart framing around the files.
const MULTIPART_OVERHEAD: u64 = 1024 * 1024;
/// Bodies up to this many times the upload limit are read to the end (and discarded) so
/// the browser receives the translated error instead of a reset connection.
const DRAIN_FACTOR: u64 = 4;

/// What a multipart form brought: its text fields and its files.
#[derive(Default)]
struct Form {
    fields: Vec<(String, String)>,
    files: Vec<Upload>,
}

impl Form {
    fn field(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

/// Reads a multipart body of at most the claim's limit (plus framing). Sizes per file and
/// per claim are then checked by the domain. Errors are Fluent ids.
async fn read_form(req: Request, limits: UploadLimits) -> Result<Form, &'static str> {
    let whole = limits.per_claim + MULTIPART_OVERHEAD;
    let too_large = "document-error-claim-too-large";
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > whole * DRAIN_FACTOR) {
        return Err(too_large);
    }
    let boundary = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| multer::parse_boundary(ct).ok())
        .ok_or("document-error-upload-failed")?;
    let mut body = req.into_body();
    let mut buffer = Vec::new();
    let mut total = 0u64;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| "document-error-upload-failed")?;
        let Ok(data) = frame.into_data() else {
            continue;
        };
        total += data.len() as u64;
        if total > whole * DRAIN_FACTOR {
            return Err(too_large);
        }
        if total <= whole {
            buffer.extend_from_slice(&data);
        }
    }
    if total > whole {
        return Err(too_large);
    }
    let chunk: Result<Bytes, std::convert::Infallible> = Ok(Bytes::from(buffer));
    let mut multipart = multer::Multipart::new(futures_util::stream::iter([chunk]), boundary);
    let mut form = Form::default();
    let failed = |_| "document-error-upload-failed";
    while let Some(field) = multipart.next_field().await.map_err(failed)? {
        let name = field.name().unwrap_or_default().to_string();
        match field.file_name().map(str::to_string) {
            Some(file_name) => {
                let bytes = field.bytes().await.map_err(failed)?;
                form.files.push(Upload {
                    file_name,
                    bytes: bytes.to_vec(),
                });
            }
            None => form
                .fields
                .push((name, field.text().await.map_err(failed)?)),
        }
    }
    Ok(form)
}

/// The account of the request if it has `role`.
fn account_with(ctx: &RequestCtx, role: Role) -> Option<String> {
    ctx.user
        .as_ref()
        .filter(|u| u.role == role)
        .map(|u| u.id.clone())
}

/// The family account of the request, if it is one.
fn family(ctx: &RequestCtx) -> Option<String> {
    account_with(ctx, Role::Family)
}

/// The answer for anyone without the right role: login, or 403.
fn refuse(ctx: &RequestCtx) -> Response {
    match ctx.user {
        Some(_) => security::simple_page(StatusCode::FORBIDDEN, ctx.lang, "403"),
        None => Redirect::to("/anmelden").into_response(),
    }
}

/// Redirects to `target`, carrying `flash` to the next page. A target that cannot be a
/// `Location` (an id with a control character) is a bad request.
async fn redirect_with(session: &Session, target: &str, flash: Flash) -> Response {
    if HeaderValue::from_str(target).is_err() {
        return StatusCode::BAD_REQUEST.into_response();
    }
    if let Err(e) = session.insert(Flash::SESSION_KEY, flash).await {
        tracing::error!(error = %e, "storing the flash message failed");
    }
    Redirect::to(target).into_response()
}

/// Turns the outcome of an upload into the redirect (or error page) the browser gets:
/// `done` on success, `back` (the form) otherwise.
async fn finish(
    ctx: &RequestCtx,
    session: &Session,
    outcome: Result<&'static str, AppError>,
    back: &str,
    done: &str,
) -> Response {
    match outcome {
        Ok(notice) => redirect_with(session, done, Flash::notice(notice)).await,
        Err(AppError::Validation(errors)) => {
            let flash = Flash {
                errors,
                ..Default::default()
            };
            redirect_with(session, back, flash).await
        }
        Err(AppError::NotFound) => security::simple_page(StatusCode::NOT_FOUND, ctx.lang, "404"),
        Err(AppError::Unavailable(_)) => {
            security::simple_page(StatusCode::SERVICE_UNAVAILABLE, ctx.lang, "503")
        }
        Err(err) => {
            if let AppError::Internal(detail) = &err {
                tracing::error!(%detail, "upload failed");
            }
            redirect_with(session, back, Flash::notice(err.msg_id())).await
        }
    }
}

/// `POST /familie/antrag/{id}/nachweise`: attaches files to a draft.
pub async fn upload(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    session: Session,
    Path(claim_id): Path<String>,
    req: Request,
) -> Response {
    let Some(account) = family(&ctx) else {
        return refuse(&ctx);
    };
    let back = format!("/familie/antrag/{claim_id}/nachweise");
    let limits = state.config.upload_limits();
    let outcome = match read_form(req, limits).await {
        Ok(form) => document::add_to_draft(&state.db, &account, &claim_id, form.files, limits)
            .await
            .map(|_| "document-uploaded"),
        Err(msg_id) => Err(AppError::Validation(vec![FieldError::new("files", msg_id)])),
    };
    finish(&ctx, &session, outcome, &back, &back).await
}

/// `POST /familie/antrag/{id}/antwort`: the family answers a question, with files.
pub async fn answer(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    session: Session,
    Path(claim_id): Path<String>,
    req: Request,
) -> Response {
    let Some(account) = family(&ctx) else {
        return refuse(&ctx);
    };
    let back = format!("/familie/antrag/{claim_id}");
    let limits = state.config.upload_limits();
    let outcome = async {
        let form = read_form(req, limits)
            .await
            .map_err(|id| AppError::field("files", id))?;
        let has_files = form.files.iter().any(|f| !f.bytes.is_empty());
        let text = parse_answer(&form.field("answer"), has_files)
            .map_err(|e| AppError::Validation(vec![e]))?;
        question::answer(
            &state.db,
            &account,
            &claim_id,
            &form.field("question_id"),
            text.as_deref(),
            form.files,
            limits,
        )
        .await
        .map(|()| "question-answered")
    }
    .await;
    finish(&ctx, &session, outcome, &back, &back).await
}

/// `POST /schule/antrag/{id}/unterschrieben`: a school social worker submits a draft they
/// started with the family, with the parents' signed application attached.
pub async fn submit_signed(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    session: Session,
    Path(claim_id): Path<String>,
    req: Request,
) -> Response {
    let Some(worker) = account_with(&ctx, Role::School) else {
        return refuse(&ctx);
    };
    let back = format!("/schule/antrag/{claim_id}");
    let limits = state.config.upload_limits();
    let outcome = async {
        let form = read_form(req, limits)
            .await
            .map_err(|id| AppError::field("files", id))?;
        submit_signed_by_school(
            &state.db,
            &worker,
            &claim_id,
            form.files,
            limits,
            ctx.lang.code(),
        )
        .await
        .map(|_| "behalf-submitted")
    }
    .await;
    finish(&ctx, &session, outcome, &back, "/schule").await
}

/// `GET /dokumente/{id}`: the family downloads one of its documents.
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(document_id): Path<String>,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let staff = account_with(&ctx, Role::Staff).or_else(|| account_with(&ctx, Role::Admin));
    let found = match (family(&ctx), &staff) {
        (Some(account), _) => document::content_for_family(&state.db, &account, &document_id).await,
        (None, Some(_)) => document::content_for_staff(&state.db, &document_id).await,
        (None, None) => return refuse(&ctx),
    };
    // Staff reads of Sozialdaten are logged; without the log row, no access.
    if let (Some(actor), Ok(Some((meta, _)))) = (&staff, &found) {
        let detail = format!("{} {}", meta.id, meta.file_name);
        if let Err(e) = decision::audit(
            &state.db,
            actor,
            Some(&meta.claim_id),
            "document",
            Some(&detail),
        )
        .await
        {
            tracing::error!(error = %e, "audit failed");
            return security::simple_page(StatusCode::INTERNAL_SERVER_ERROR, ctx.lang, "500");
        }
    }
    let inline = query.contains_key("ansehen");
    match found {
        Ok(Some((meta, bytes))) => {
            let mut response = Response::new(Body::from(bytes));
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(meta.doc_type.mime()),
            );
            if let Ok(v) = HeaderValue::from_str(&content_disposition(&meta.file_name, inline)) {
                headers.insert(header::CONTENT_DISPOSITION, v);
            }
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            response
        }
        Ok(None) => security::simple_page(StatusCode::NOT_FOUND, ctx.lang, "404"),
        Err(e) => {
            tracing::error!(error = %e, "loading a document failed");
            security::simple_page(StatusCode::INTERNAL_SERVER_ERROR, ctx.lang, "500")
        }
    }
}

/// `attachment` (or `inline`, to view in the browser) with an ASCII fallback name and the
/// real name in RFC 5987 encoding.
pub(crate) fn content_disposition(file_name: &str, inline: bool) -> String {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " .-_()".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = file_name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let kind = if inline { "inline" } else { "attachment" };
    format!("{kind}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::content_disposition;

    #[test]
    fn file_names_survive_the_header() {
        assert_eq!(
            content_disposition("Zeugnis ä.pdf", false),
            "attachment; filename=\"Zeugnis _.pdf\"; filename*=UTF-8''Zeugnis%20%C3%A4.pdf"
        );
    }
}
