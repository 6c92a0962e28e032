//! The eligibility self-check at /berechtigung (no account needed).

use portal_tests::spawn_app;
use reqwest::StatusCode;

/// The text of the result card of one benefit.
fn card<'a>(body: &'a str, benefit: &str) -> &'a str {
    let start = body
        .find(&format!(r#"data-benefit="{benefit}""#))
        .expect("result card");
    let rest = &body[start..];
    &rest[..rest.find("</article>").unwrap()]
}

#[tokio::test]
async fn anyone_can_open_the_check_from_the_start_page() {
    let app = spawn_app().await;
    assert!(app.body("/").await.contains(r#"href="/berechtigung""#));
    let (status, body) = app.page("/berechtigung").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Welche Leistung bekommt Ihre Familie?"));
    assert!(!body.contains("Ihr Ergebnis"), "no result before answering");
}

#[tokio::test]
async fn a_pupil_of_27_under_sgb12_may_get_tutoring_but_not_participation() {
    let app = spawn_app().await;
    let (status, body) = app
        .page("/berechtigung?benefit=sgb12&age=27&attends_school=ja&training_allowance=nein")
        .await;
    assert_eq!(status, StatusCode::OK);
    let tutoring = card(&body, "lernfoerderung");
    assert!(tutoring.contains("kann Ihrem Kind zustehen"), "{tutoring}");
    assert!(tutoring.contains("keine Altersgrenze von 25 Jahren"));
    let participation = card(&body, "teilhabe");
    assert!(participation.contains("wahrscheinlich nicht zu"));
    assert!(participation.contains("nur bis zum 18. Geburtstag"));
    assert!(body.contains("Rechtsgrundlage: § 34 SGB XII"));
    assert!(body.contains(r#"href="/registrieren""#), "a link to apply");
    // The answers stay selected for changing them.
    assert!(body.contains(r#"value="27""#));
}

#[tokio::test]
async fn a_wohngeld_family_is_told_to_apply_separately_in_english_too() {
    let app = spawn_app().await;
    let (_, body) = app
        .page("/berechtigung?lang=en&benefit=wohngeld&age=8&attends_school=ja&training_allowance=nein")
        .await;
    assert!(card(&body, "teilhabe").contains("may be entitled"));
    assert!(body.contains("always apply separately"));
    assert!(body.contains("Legal basis: § 6b BKGG"));
}

#[tokio::test]
async fn incomplete_answers_get_an_error_summary_and_no_result() {
    let app = spawn_app().await;
    let (status, body) = app.page("/berechtigung?benefit=&age=zehn").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"class="error-summary""#));
    assert!(body.contains("Bitte wählen Sie aus, welche Leistung Ihre Familie bekommt."));
    assert!(body.contains("Bitte geben Sie das Alter als ganze Zahl zwischen 0 und 99 ein."));
    assert!(body.contains(r##"href="#attends_school""##));
    assert!(!body.contains("Ihr Ergebnis"));
}

#[tokio::test]
async fn without_a_qualifying_benefit_the_family_is_pointed_to_advice() {
    let app = spawn_app().await;
    let (_, body) = app
        .page("/berechtigung?benefit=none&age=8&attends_school=ja&training_allowance=nein")
        .await;
    assert!(card(&body, "lernfoerderung").contains("wahrscheinlich nicht zu"));
    assert!(body.contains("allein einen Anspruch begründen"));
    assert!(!body.contains("Jetzt Antrag stellen"));
}
