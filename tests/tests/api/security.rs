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
    // Posts the registration with only the `headers` given (a browser sends its own).
    let forged = |headers: &[(header::HeaderName, &str)]| {
        let mut post = app.client.post(app.url("/api/register")).form(&form);
        for (name, value) in headers {
            post = post.header(name, *value);
        }
        post.send()
    };
    let res = forged(&[(header::ORIGIN, "http://evil.example")])
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res.text().await.unwrap().contains("nicht von dieser Seite"));

    let res = forged(&[]).await.unwrap();
    assert_eq!(
        res.status(),
        StatusCode::FORBIDDEN,
        "no Origin and no Referer"
    );

    let res = forged(&[(header::REFERER, "http://evil.example/form")])
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
    let res = app.login(&huge, "x").await;
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

#[tokio::test]
async fn after_login_only_paths_of_this_site_are_followed() {
    let app = spawn_app().await;
    let email = "weiter@example.de";
    app.create_account(email, app::domain::account::Role::Family)
        .await;
    // Browsers drop the tab (or a vertical tab): `/\t/evil.example` is `//evil.example`.
    for next in [
        "/\t/evil.example/phish",
        "/\u{0B}/evil.example",
        "//evil.example",
        "/\\evil.example",
    ] {
        let visitor = app.visitor();
        let res = visitor.login_to(email, PASSWORD, next).await;
        assert_eq!(location(&res), "/familie", "{next:?}");
    }
    let visitor = app.visitor();
    let res = visitor.login_to(email, PASSWORD, "/konto?x=Müller").await;
    assert_eq!(location(&res), "/konto?x=M%C3%BCller");
    // The login page does not carry an unsafe target into its form.
    let (status, page) = app.page("/anmelden?weiter=%2F%0B%2Fevil.example").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"name="next" value="""#), "{page}");
}

#[tokio::test]
async fn a_path_with_two_slashes_links_nowhere_else() {
    let app = spawn_app().await;
    let (status, page) = app.page("//evil.example/x").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!page.contains("//evil.example"), "{page}");
    assert!(page.contains("/evil.example/x?lang=en"), "{page}");
}

#[tokio::test]
async fn ids_with_control_characters_get_the_translated_400_page() {
    let app = spawn_app().await;
    let family = app.logged_in_as(app::domain::account::Role::Family).await;
    let form = [
        ("claim_id", "x\u{1}y"),
        ("declaration", "ja"),
        ("consent", "ja"),
    ];
    let res = family.submit_claim(&form).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Ungültige Anfrage"));

    // A broken upload: the form would be shown again, at an address that cannot be one.
    let res = family
        .client
        .post(family.url("/familie/antrag/x%01y/nachweise"))
        .header(header::ORIGIN, &family.address)
        .header(header::CONTENT_TYPE, "multipart/form-data; boundary=zz")
        .body("kein multipart")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(res.text().await.unwrap().contains("Ungültige Anfrage"));
}

#[tokio::test]
async fn arguments_a_server_function_cannot_read_get_the_translated_400_page() {
    let app = spawn_app().await;
    let family = app.logged_in_as(app::domain::account::Role::Family).await;
    let expect_400 = |res: reqwest::Response, what: &'static str| async move {
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{what}");
        assert!(!res.headers().contains_key(header::LOCATION), "{what}");
        let page = res.text().await.unwrap();
        assert!(page.contains("Ungültige Anfrage"), "{what}: {page}");
        assert!(
            !page.contains("<script>x"),
            "{what}: the input is not echoed"
        );
    };
    // A missing field.
    let res = family.save_child(&[("first_name", "<script>x")]).await;
    expect_400(res, "missing field").await;
    // A multipart body where a plain form is expected.
    let form = reqwest::multipart::Form::new().text("first_name", "<script>x");
    let res = family.post_multipart("/api/child/save", form).await;
    expect_400(res, "multipart").await;
    // A list field sent without its brackets.
    let res = family
        .save_lernfoerderung(&[("claim_id", "x"), ("subjects", "<script>x")])
        .await;
    expect_400(res, "subjects without []").await;
    // No such server function.
    let res = family.post_form("/api/gibt-es-nicht", &[("a", "b")]).await;
    expect_400(res, "unknown function").await;
}

#[tokio::test]
async fn over_https_the_session_cookie_is_host_only_and_browsers_keep_to_https() {
    let app =
        portal_tests::spawn_app_with(|c| c.public_url = "https://but.example.de".into()).await;
    app.create_account("https@example.de", app::domain::account::Role::Family)
        .await;
    let res = app
        .client
        .post(app.url("/api/login"))
        .header(header::ORIGIN, "https://but.example.de")
        .form(&[("email", "https@example.de"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/familie");
    let cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.contains("but_session="))
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("__Host-but_session="), "{cookie}");
    assert!(
        cookie.contains("Secure") && cookie.contains("Path=/"),
        "{cookie}"
    );
    assert!(!cookie.contains("Domain"), "{cookie}");
    let res = app.get("/").await;
    assert_eq!(
        res.headers()
            .get(header::STRICT_TRANSPORT_SECURITY)
            .map(|v| v.to_str().unwrap()),
        Some("max-age=31536000")
    );
    // Plain HTTP of the portal's own name is refused as another origin.
    let res = app
        .client
        .post(app.url("/api/login"))
        .header(header::ORIGIN, "http://but.example.de")
        .form(&[("email", "https@example.de"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn over_plain_http_there_is_no_hsts() {
    let app = spawn_app().await;
    let res = app.get("/").await;
    assert!(
        !res.headers()
            .contains_key(header::STRICT_TRANSPORT_SECURITY)
    );
}
