//! Cross-site request forgery, security headers, body limits.

use portal_tests::{PASSWORD, location, spawn_app};
use reqwest::{StatusCode, header};

#[tokio::test]
async fn a_cross_site_post_is_rejected_and_changes_nothing() {
    let app = spawn_app().await;
    let form = [
        ("email", "opfer@example.de"),
        ("password", PASSWORD),
        ("password_repeat", PASSWORD),
    ];
    let res = app
        .client
        .post(app.url("/api/register"))
        .header(header::ORIGIN, "http://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.text().await.unwrap().contains("nicht von dieser Seite"));

    let res = app
        .client
        .post(app.url("/api/register"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::FORBIDDEN,
        "no Origin and no Referer"
    );

    let res = app
        .client
        .post(app.url("/api/register"))
        .header(header::REFERER, "http://evil.example/form")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("select count(*) from account").await, 0);

    // The same form from the portal's own page goes through.
    assert_eq!(
        location(&app.register("opfer@example.de", PASSWORD).await),
        "/familie"
    );
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonce_policy() {
    let app = spawn_app().await;
    let res = app.get("/").await;
    let h = res.headers();
    let csp = h[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"),
        "{csp}"
    );
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(h[header::REFERRER_POLICY], "same-origin");
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_string();
    let body = res.text().await.unwrap();
    assert!(
        body.contains(&format!(r#"nonce="{nonce}""#)),
        "the hydration script carries the nonce"
    );
}

#[tokio::test]
async fn oversized_request_bodies_are_refused() {
    let app = spawn_app().await;
    let huge = "x".repeat(300 * 1024);
    let res = app
        .post_form("/api/login", &[("email", huge.as_str()), ("password", "x")])
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn the_stylesheet_and_hydration_bundle_are_served() {
    let app = spawn_app().await;
    let res = app.get("/but-portal.css").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("--brand"));
    let res = app
        .client
        .get(app.url("/pkg/but-portal_bg.wasm"))
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "run ./portal build first");
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(
        res.headers()[header::CONTENT_ENCODING],
        "gzip",
        "phones on prepaid data get it compressed"
    );
}
