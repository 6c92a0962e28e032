//! Language negotiation and translated pages.

use portal_tests::{set_cookie, spawn_app};
use reqwest::{StatusCode, header};

#[tokio::test]
async fn german_is_the_default_language() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/"))
        .header(header::ACCEPT_LANGUAGE, "fr")
        .send()
        .await
        .unwrap();
    let body = res.text().await.unwrap();
    assert!(body.contains(r#"<html lang="de" dir="ltr">"#), "{body}");
    assert!(body.contains("Bildung und Teilhabe für Ihr Kind"));
}

#[tokio::test]
async fn the_browser_language_is_used_when_nothing_was_chosen() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/anmelden"))
        .header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9,de;q=0.5")
        .send()
        .await
        .unwrap();
    let body = res.text().await.unwrap();
    assert!(body.contains(r#"<html lang="en""#));
    assert!(body.contains("E-mail address"));
}

#[tokio::test]
async fn a_language_chosen_by_link_sticks_for_later_pages() {
    let app = spawn_app().await;
    let res = app.get("/anmelden?lang=en").await;
    assert_eq!(set_cookie(&res, "lang").as_deref(), Some("en"));
    assert!(res.text().await.unwrap().contains("<h1>Log in</h1>"));

    // Later requests carry the cookie; it beats the browser's German.
    let (_, body) = app.page("/registrieren").await;
    assert!(body.contains(r#"<html lang="en""#));
    assert!(body.contains("Create an account for your family"));

    app.get("/?lang=de").await;
    assert!(app.page("/").await.1.contains(r#"<html lang="de""#));
}

#[tokio::test]
async fn the_switcher_links_to_the_same_page_in_each_language_named_in_itself() {
    let app = spawn_app().await;
    let (_, body) = app.page("/registrieren").await;
    assert!(body.contains(r#"href="/registrieren?lang=en""#), "{body}");
    assert!(body.contains(">English<") && body.contains(">Deutsch<"));
}

#[tokio::test]
async fn error_messages_come_in_the_chosen_language() {
    let app = spawn_app().await;
    app.get("/?lang=en").await;
    app.login("nobody@example.com", "wrong-password-1").await;
    let (_, body) = app.page("/anmelden").await;
    assert!(
        body.contains("The e-mail address or the password is not correct."),
        "{body}"
    );
}

#[tokio::test]
async fn unknown_pages_answer_404_in_the_users_language() {
    let app = spawn_app().await;
    let (status, body) = app.page("/gibt-es-nicht").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Seite nicht gefunden"));
    let (status, body) = app.page("/gibt-es-nicht?lang=en").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"));
}

#[tokio::test]
async fn every_footer_page_exists_in_both_languages() {
    let app = spawn_app().await;
    for path in [
        "/barrierefreiheit",
        "/datenschutz",
        "/impressum",
        "/leichte-sprache",
        "/kontakt",
    ] {
        for lang in ["de", "en"] {
            let (status, body) = app.page(&format!("{path}?lang={lang}")).await;
            assert_eq!(status, StatusCode::OK, "{path} {lang}");
            assert!(!body.contains("info-"), "{path} {lang}: untranslated id");
            assert!(
                body.contains(&format!(r#"href="{path}""#)),
                "footer links to {path}"
            );
        }
    }
}
