//! What keeps the portal whole when things go wrong around a request: a client that hangs
//! up halfway, a database that is down or saturated, a response that failed after the
//! handler (the session could not be saved).

use crate::security;
use app::{domain::text::escape_html, i18n::tr};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// The header server_fn sets on an error answer (its value is the function's path).
pub(crate) const SERVER_FN_ERROR: &str = "serverfnerror";

/// Seconds a client is asked to wait before trying again after a 503.
const RETRY_AFTER_SECONDS: &str = "10";

/// Runs every request that may change something (anything but GET, HEAD, OPTIONS) on a
/// task of its own, so it runs to completion even if the client hangs up halfway — a
/// phone losing signal must not cut a write (or its session update) off in the middle.
/// The answer then goes nowhere; a client that retries finds the result.
pub async fn run_to_completion(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let lang = security::request_lang(req.headers());
    match tokio::spawn(next.run(req)).await {
        Ok(res) => res,
        Err(e) => {
            tracing::error!(error = %e, "request task failed");
            security::simple_page(StatusCode::INTERNAL_SERVER_ERROR, lang, "500")
        }
    }
}

/// Turns "try again later" into a page a person can act on. A 503 (database unreachable
/// or saturated), and any server error that has no page of its own (a session that could
/// not be saved), becomes the translated 503 page with `Retry-After`. For a plain form
/// post the page carries what was entered — every field but passwords — in a form that
/// sends it again, so nothing typed is lost. A form post refused as malformed (400, or
/// arguments a server function could not read) gets the translated 400 page, without the
/// input echoed.
/// `max_body` is the largest form body read (as for the handlers).
pub async fn unavailable_page(State(max_body): State<usize>, req: Request, next: Next) -> Response {
    let lang = security::request_lang(req.headers());
    let (req, entered) = match keep_form(req, max_body).await {
        Ok(kept) => kept,
        Err(res) => return res,
    };
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    let bare = !res.headers().contains_key(header::CONTENT_TYPE);
    let status = res.status();
    let plain_form_answer = bare || entered.is_some();
    // A server function whose arguments could not be read (a missing field, a multipart
    // body): our server functions never answer with an error, so it is the request's.
    let malformed = res.headers().contains_key(SERVER_FN_ERROR);
    let mut res = if malformed || status == StatusCode::BAD_REQUEST && plain_form_answer {
        error_page(StatusCode::BAD_REQUEST, lang, &path, None)
    } else if status == StatusCode::TOO_MANY_REQUESTS && bare {
        // A rate limit (`limits`): the page says to wait, keeps the entries, and keeps the
        // limit's `Retry-After`.
        let retry = res.headers().get(header::RETRY_AFTER).cloned();
        let mut page = error_page(status, lang, &path, entered.as_deref());
        if let Some(retry) = retry {
            page.headers_mut().insert(header::RETRY_AFTER, retry);
        }
        page
    } else if status == StatusCode::SERVICE_UNAVAILABLE && plain_form_answer
        || status.is_server_error() && bare
    {
        error_page(
            StatusCode::SERVICE_UNAVAILABLE,
            lang,
            &path,
            entered.as_deref(),
        )
    } else {
        res
    };
    if res.status() == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .entry(header::RETRY_AFTER)
            .or_insert(HeaderValue::from_static(RETRY_AFTER_SECONDS));
    }
    res
}

/// The fields of a plain form post (`application/x-www-form-urlencoded`), read from the
/// body and put back for the handler. Other requests pass unread.
async fn keep_form(
    req: Request,
    limit: usize,
) -> Result<(Request, Option<Vec<(String, String)>>), Response> {
    let is_form = req.method() == Method::POST
        && req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok((req, None));
    }
    let (parts, body) = req.into_parts();
    let bytes: Bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    let fields = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes).unwrap_or_default();
    Ok((Request::from_parts(parts, Body::from(bytes)), Some(fields)))
}

/// The translated page of `status` (400, 429 or 503); with `entered`, a form that posts the
/// entries to `path` again.
fn error_page(
    status: StatusCode,
    lang: app::domain::lang::Lang,
    path: &str,
    entered: Option<&[(String, String)]>,
) -> Response {
    let key = security::page_key(status);
    let resend = entered
        .map(|fields| {
            let hidden: String = fields
                .iter()
                .filter(|(name, _)| !name.contains("password"))
                .map(|(name, value)| {
                    format!(
                        "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                        escape_html(name),
                        escape_html(value)
                    )
                })
                .collect();
            format!(
                "<p>{}</p><form method=\"post\" action=\"{}\">{hidden}<button type=\"submit\" class=\"button\">{}</button></form>",
                escape_html(&tr(lang, &format!("error-page-{key}-kept"))),
                escape_html(path),
                escape_html(&tr(lang, "error-page-503-resend")),
            )
        })
        .unwrap_or_default();
    security::error_page(status, lang, key, &resend)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{Router, middleware, routing::post};
    use tower::ServiceExt;

    fn app(status: StatusCode) -> Router {
        Router::new()
            .route("/api/x", post(move || async move { status }))
            .layer(middleware::from_fn_with_state(1024, unavailable_page))
    }

    async fn send(app: Router, body: &str) -> (StatusCode, Option<String>, String) {
        let req = Request::post("/api/x")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT_LANGUAGE, "en")
            .body(Body::from(body.to_string()))
            .unwrap();
        let res = app.oneshot(req).await.unwrap();
        let retry = res
            .headers()
            .get(header::RETRY_AFTER)
            .map(|v| v.to_str().unwrap().to_string());
        let status = res.status();
        let body = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, retry, String::from_utf8(body.to_vec()).unwrap())
    }

    #[tokio::test]
    async fn a_bare_server_error_becomes_the_translated_503_page_with_the_entries() {
        // As tower-sessions answers when the session cannot be saved: 500, no body.
        let (status, retry, page) = send(
            app(StatusCode::INTERNAL_SERVER_ERROR),
            "name=Ana+%22%3Cb%3E&password=geheim",
        )
        .await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(retry.as_deref(), Some(RETRY_AFTER_SECONDS));
        assert!(page.contains("Temporarily unavailable"), "{page}");
        assert!(
            page.contains(r#"name="name" value="Ana &quot;&lt;b&gt;""#),
            "{page}"
        );
        assert!(!page.contains("geheim"), "{page}");
    }

    #[tokio::test]
    async fn answers_that_went_well_pass_unchanged() {
        let (status, retry, page) = send(app(StatusCode::NO_CONTENT), "name=Ana").await;
        assert_eq!(
            (status, retry, page.as_str()),
            (StatusCode::NO_CONTENT, None, "")
        );
    }
}
