//! File uploads and downloads: multipart forms cannot go through server functions' form
//! encoding, so these are plain handlers with the same shape — session → authorize →
//! domain → db → redirect with a flash message (Post/Redirect/Get).

use crate::AppState;
use app::{
    api::claim::{Given, submit_signed_by_school},
    components::guard::encode_component,
    context::RequestCtx,
    db::{decision, document, question},
    domain::{
        account::Role,
        claim::parse_answer,
        document::Upload,
        document::UploadLimits,
        ids::{AccountId, ClaimId, DocumentId, QuestionId},
    },
    error::{Answer, AppError, ErrorPage},
};
use axum::{
    Extension,
    body::{Body, Bytes},
    extract::{FromRequest, FromRequestParts, Path, Query, Request, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Redirect, Response},
};
use http_body_util::BodyExt;
use std::collections::HashMap;
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
/// per claim are then checked by the domain. A body that cannot be read is an error of the
/// `files` field.
async fn read_form(req: Request, limits: UploadLimits) -> Result<Form, AppError> {
    read_multipart(req, limits)
        .await
        .map_err(|msg_id| AppError::field("files", msg_id))
}

/// Reads the multipart body; errors are Fluent ids.
async fn read_multipart(req: Request, limits: UploadLimits) -> Result<Form, &'static str> {
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

/// Turns the outcome of an upload into what the browser gets (see
/// [`AppError::answer`]): on to `done` with the success message, or back to the form.
async fn finish(
    session: &Session,
    outcome: Result<Option<&'static str>, AppError>,
    back: &str,
    done: &str,
) -> Response {
    let answer = match outcome {
        Ok(notice) => Answer::done(done, notice),
        Err(err) => err.answer(back, HashMap::new()),
    };
    match answer.settle(Some(session)).await {
        Ok(target) => Redirect::to(&target).into_response(),
        Err(status) => ErrorPage::response(status),
    }
}

/// A multipart form sent about the claim in the path, not read yet: who sent it (the
/// request's identity and session) and to which claim. [`Sent::handle`] checks the role
/// before the body is read.
pub struct Sent {
    state: AppState,
    ctx: RequestCtx,
    session: Session,
    claim_id: ClaimId,
    req: Request,
}

impl FromRequest<AppState> for Sent {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let Extension(ctx) = Extension::<RequestCtx>::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let session = Session::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let Path(claim_id) = Path::<ClaimId>::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Sent {
            state: state.clone(),
            ctx,
            session,
            claim_id,
            req: Request::from_parts(parts, body),
        })
    }
}

/// What [`Sent::handle`] hands on: the read form of a user of the required role.
struct Received {
    db: app::db::Db,
    user: AccountId,
    claim_id: ClaimId,
    form: Form,
    limits: UploadLimits,
}

impl Sent {
    /// For a user of `role`: reads the form, lets `act` use it, and answers (see
    /// [`finish`]) with a redirect on to `done` or back to `back`.
    async fn handle<F: Future<Output = Result<Option<&'static str>, AppError>>>(
        self,
        roles: &[Role],
        back: &str,
        done: &str,
        act: impl FnOnce(Received) -> F,
    ) -> Result<Response, AppError> {
        let user = self.ctx.require(roles)?.id.clone();
        let limits = self.state.config.upload_limits();
        let outcome = match read_form(self.req, limits).await {
            Ok(form) => {
                act(Received {
                    db: self.state.db.clone(),
                    user,
                    claim_id: self.claim_id,
                    form,
                    limits,
                })
                .await
            }
            Err(err) => Err(err),
        };
        Ok(finish(&self.session, outcome, back, done).await)
    }
}

/// `POST /familie/antrag/{id}/nachweise`: attaches files to a draft. "Weiter"
/// (`?weiter=ja`) sends the same form: files chosen but not uploaded yet go up first, then
/// the family goes on to checking its answers — nothing chosen is silently dropped.
pub async fn upload(sent: Sent) -> Result<Response, AppError> {
    let back = format!("/familie/antrag/{}/nachweise", sent.claim_id);
    let continues = sent.req.uri().query() == Some("weiter=ja");
    let done = match continues {
        true => format!("/familie/antrag/{}/pruefen", sent.claim_id),
        false => back.clone(),
    };
    sent.handle(&[Role::Family], &back, &done, |r| async move {
        let chosen = r
            .form
            .files
            .iter()
            .any(|f| !(f.bytes.is_empty() && f.file_name.trim().is_empty()));
        if continues && !chosen {
            return Ok(None);
        }
        document::add_to_draft(&r.db, &r.user, &r.claim_id, r.form.files, r.limits)
            .await
            .map(|_| Some("document-uploaded"))
    })
    .await
}

/// `POST /familie/antrag/{id}/antwort`: the family answers a question, with files.
pub async fn answer(sent: Sent) -> Result<Response, AppError> {
    let back = format!("/familie/antrag/{}", sent.claim_id);
    // The page's language: staff see in which language the answer is probably written.
    let lang = sent.ctx.lang;
    sent.handle(&[Role::Family], &back, &back, |r| async move {
        let has_files = r.form.files.iter().any(|f| !f.bytes.is_empty());
        let text = parse_answer(&r.form.field("answer"), has_files)
            .map_err(|e| AppError::Validation(vec![e]))?;
        let question_id = QuestionId::from(r.form.field("question_id"));
        question::answer(
            &r.db,
            &r.user,
            &r.claim_id,
            &question_id,
            text.as_deref().map(|t| (t, lang)),
            r.form.files,
            r.limits,
        )
        .await
        .map(|()| Some("question-answered"))
    })
    .await
}

/// `POST /schule/antrag/{id}/unterschrieben`: a school social worker submits a draft they
/// started with the family, with the parents' signed application attached.
pub async fn submit_signed(sent: Sent) -> Result<Response, AppError> {
    let back = format!("/schule/antrag/{}", sent.claim_id);
    let lang = sent.ctx.lang;
    sent.handle(&[Role::School], &back, "/schule", |r| async move {
        submit_signed_by_school(
            &r.db,
            &r.user,
            &r.claim_id,
            r.form.files,
            r.limits,
            lang.code(),
        )
        .await
        .map(|_| Some("behalf-submitted"))
    })
    .await
}

/// `POST /verwaltung/papierantrag/{id}/einreichen`: staff submit an application they
/// entered from paper, a phone call or the town hall, with its scans and the consents
/// the family gave on the paper form.
pub async fn submit_entered(sent: Sent) -> Result<Response, AppError> {
    let back = format!("{}/{}", app::api::intake::NEW_PAGE, sent.claim_id);
    let done = format!("/verwaltung/antrag/{}", sent.claim_id);
    sent.handle(&[Role::Staff, Role::Admin], &back, &done, |r| async move {
        let yes = |name: &str| r.form.field(name) == "ja";
        let given = Given {
            direct_payment: yes("consent"),
            school: yes("school_consent"),
        };
        let scans = (r.form.files, r.limits);
        app::api::intake::submit_entered(&r.db, &r.user, &r.claim_id, scans, given)
            .await
            .map(|()| Some("intake-submitted"))
    })
    .await
}

/// `GET /dokumente/{id}`: the family downloads one of its documents; staff any (logged).
pub async fn download(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(document_id): Path<DocumentId>,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Result<Response, AppError> {
    let user = ctx.require(&[Role::Family, Role::Staff, Role::Admin])?;
    let (meta, bytes) = match user.role {
        Role::Family => document::content_for_family(&state.db, &user.id, &document_id).await?,
        _ => document::content_for_staff(&state.db, &document_id).await?,
    }
    .ok_or(AppError::NotFound)?;
    if user.role != Role::Family {
        // Staff reads of Sozialdaten are logged; without the log row, no access.
        let detail = format!("{} {}", meta.id, meta.file_name);
        decision::audit(
            &state.db,
            &user.id,
            Some(&meta.claim_id),
            "document",
            Some(&detail),
        )
        .await?;
    }
    let inline = query.contains_key("ansehen");
    Ok(file_response(
        bytes,
        meta.doc_type.mime(),
        &meta.file_name,
        inline,
    ))
}

/// A file to download (`inline`: to view in the browser), never cached on the way.
pub(crate) fn file_response(
    bytes: impl Into<Body>,
    content_type: &'static str,
    file_name: &str,
    inline: bool,
) -> Response {
    let mut response = Response::new(bytes.into());
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&content_disposition(file_name, inline)) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
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
    let encoded = encode_component(file_name);
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
