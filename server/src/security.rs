//! Baseline protection for every response and every state-changing request.

use crate::{AppState, config::origin_of};
use app::{
    domain::{lang::Lang, text::escape_html},
    i18n::tr,
};
use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{Html, IntoResponse, Response},
};

/// Security headers. Pages set their own nonce'd Content-Security-Policy; everything
/// else gets a policy that allows nothing to run. With `https` (an `https://` PUBLIC_URL)
/// browsers are told to use HTTPS only for a year (HSTS).
pub async fn security_headers(State(https): State<bool>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    let defaults = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in defaults {
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    }
    let is_html = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html && !h.contains_key(header::CACHE_CONTROL) {
        // Pages may show Sozialdaten: never keep them in shared or browser caches.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// Rejects state-changing requests that do not come from the portal's own pages: the
/// `Origin` (or, failing that, the `Referer`) must be the portal's origin. Together with
/// `SameSite=Lax` session cookies this stops cross-site request forgery, server functions
/// included.
pub async fn csrf_guard(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    if same_origin(req.headers(), state.config.public_origin().as_deref()) {
        return next.run(req).await;
    }
    tracing::warn!(method = %req.method(), path = %req.uri().path(), "cross-site request rejected");
    let lang = request_lang(req.headers());
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\"><meta charset=\"utf-8\"><title>403</title><p>{}</p><p><a href=\"/\">{}</a></p></html>",
        lang.code(),
        tr(lang, "error-csrf"),
        tr(lang, "error-page-home-link")
    );
    (StatusCode::FORBIDDEN, Html(body)).into_response()
}

/// Whether the request's Origin/Referer names the allowed origin: `PUBLIC_URL` if set,
/// otherwise the Host the request was sent to.
pub fn same_origin(headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    let source = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .filter(|v| *v != "null")
        .or_else(|| headers.get(header::REFERER).and_then(|v| v.to_str().ok()))
        .and_then(origin_of);
    let Some(source) = source else { return false };
    match public_origin {
        Some(allowed) => source == allowed,
        // Without PUBLIC_URL the portal serves plain HTTP itself (behind a TLS proxy,
        // PUBLIC_URL must be set): only `http://` and the Host the request was sent to.
        None => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            host.is_some_and(|host| source == format!("http://{}", host.to_ascii_lowercase()))
        }
    }
}

/// The language of a request from its cookie and `Accept-Language` (no session needed).
pub fn request_lang(headers: &HeaderMap) -> Lang {
    Lang::negotiate(
        None,
        cookie(headers, "lang").as_deref(),
        None,
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// The value of cookie `name` in the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// The message key of the error page of `status` (`error-page-<key>-title`/`-text`).
pub fn page_key(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "400",
        403 => "403",
        404 => "404",
        429 => "429",
        503 => "503",
        _ => "500",
    }
}

/// A translated plain error page for responses produced outside the Leptos app.
pub fn simple_page(status: StatusCode, lang: Lang, key: &str) -> Response<Body> {
    error_page(status, lang, key, "")
}

/// The translated error page `key` (`error-page-<key>-title`/`-text`) with the portal's
/// header and stylesheet, and `extra` (already escaped HTML) below the text.
pub fn error_page(status: StatusCode, lang: Lang, key: &str, extra: &str) -> Response<Body> {
    let title = escape_html(&tr(lang, &format!("error-page-{key}-title")));
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"stylesheet\" href=\"/but-portal.css\"><title>{title}</title></head>\
         <body><header class=\"site-header\"><div class=\"container header-row\">\
         <a class=\"portal-name\" href=\"/\">{}</a></div></header>\
         <main id=\"main\" class=\"container\"><div class=\"error-page\"><h1>{title}</h1><p>{}</p>\
         {extra}<p><a href=\"/\">{}</a></p></div></main></body></html>",
        lang.html_lang(),
        lang.dir(),
        escape_html(&tr(lang, "portal-name")),
        escape_html(&tr(lang, &format!("error-page-{key}-text"))),
        escape_html(&tr(lang, "error-page-home-link")),
    );
    let mut res = (status, Html(body)).into_response();
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn requests_from_the_own_host_pass() {
        let h = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000"),
        ]);
        assert!(same_origin(&h, None));
        let h = headers(&[
            ("host", "127.0.0.1:3000"),
            ("referer", "http://127.0.0.1:3000/anmelden"),
        ]);
        assert!(same_origin(&h, None));
    }

    #[test]
    fn foreign_or_missing_origins_are_rejected() {
        let h = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://evil.example"),
        ]);
        assert!(!same_origin(&h, None));
        assert!(!same_origin(&headers(&[("host", "127.0.0.1:3000")]), None));
        let h = headers(&[("host", "127.0.0.1:3000"), ("origin", "null")]);
        assert!(!same_origin(&h, None));
    }

    #[test]
    fn without_public_url_only_plain_http_of_the_own_host_passes() {
        let h = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "https://127.0.0.1:3000"),
        ]);
        assert!(!same_origin(&h, None));
    }

    #[test]
    fn public_url_decides_behind_a_proxy() {
        let h = headers(&[
            ("host", "internal:3000"),
            ("origin", "https://but.example.de"),
        ]);
        assert!(same_origin(&h, Some("https://but.example.de")));
        assert!(!same_origin(&h, Some("https://other.example.de")));
    }

    #[test]
    fn cookies_are_found_by_name() {
        let h = headers(&[("cookie", "a=1; lang=en; b=2")]);
        assert_eq!(cookie(&h, "lang").as_deref(), Some("en"));
        assert_eq!(cookie(&h, "x"), None);
    }
}
