//! Abuse limits (issue 14, items 2, 3 and 12): the login throttle cannot be raced and does
//! not lock the owner out; rate limits per client address refuse floods before anything
//! runs, with the translated page that keeps what was typed; visitors' sessions exist only
//! while they carry something.

use app::domain::account::Role;
use portal_tests::{PASSWORD, TestApp, location, spawn_app_with, spawn_app_with_directory};
use reqwest::{StatusCode, header};
use server::limits::{Limit, RateLimits};
use tokio::task::JoinSet;

const FAILED: &str = "E-Mail-Adresse oder Passwort sind nicht richtig.";
const THROTTLED: &str = "Zu viele Anmeldeversuche";

/// A portal behind a (trusted) reverse proxy, so tests can send from many addresses.
async fn behind_proxy(limits: RateLimits) -> TestApp {
    spawn_app_with(|c| {
        c.trust_forwarded_for = true;
        c.rate_limits = limits;
    })
    .await
}

/// Logs in as `who` and tells which message the login page then showed.
async fn attempt(who: &TestApp, email: &str, password: &str) -> &'static str {
    let res = who.login(email, password).await;
    if location(&res) != "/anmelden" {
        return "in";
    }
    let (_, page) = who.page("/anmelden").await;
    match (page.contains(FAILED), page.contains(THROTTLED)) {
        (true, false) => "failed",
        (false, true) => "throttled",
        _ => "other",
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_guesses_get_no_further_than_the_limit_and_the_owner_still_gets_in() {
    let app = behind_proxy(RateLimits::default()).await;
    app.create_account("ziel@example.de", Role::Family).await;
    // The owner logged in on their phone once: a known device.
    let phone = app.visitor_from("192.0.2.10");
    assert_eq!(attempt(&phone, "ziel@example.de", PASSWORD).await, "in");
    phone.logout().await;

    // 25 guesses at once from one address: the count comes before the check.
    let mut guesses = JoinSet::new();
    for _ in 0..25 {
        let attacker = app.visitor_from("203.0.113.66");
        guesses
            .spawn(async move { attempt(&attacker, "ziel@example.de", "rate-mal-rate-mal").await });
    }
    let answers = guesses.join_all().await;
    let checked = answers.iter().filter(|a| **a == "failed").count();
    let paused = answers.iter().filter(|a| **a == "throttled").count();
    assert_eq!((checked, paused), (5, 20), "{answers:?}");
    // Paused means not checked: even the right password waits at that address.
    let attacker = app.visitor_from("203.0.113.66");
    assert_eq!(
        attempt(&attacker, "ziel@example.de", PASSWORD).await,
        "throttled"
    );

    // The owner, from another address, is not held up by the attacker's.
    let laptop = app.visitor_from("192.0.2.20");
    assert_eq!(attempt(&laptop, "ziel@example.de", PASSWORD).await, "in");

    // Attacks from many addresses pause the account for every unknown device …
    for k in 1..=4 {
        let attacker = app.visitor_from(&format!("203.0.113.{k}"));
        for _ in 0..5 {
            attempt(&attacker, "ziel@example.de", "rate-mal-rate-mal").await;
        }
    }
    let stranger = app.visitor_from("198.51.100.7");
    assert_eq!(
        attempt(&stranger, "ziel@example.de", PASSWORD).await,
        "throttled"
    );
    // … but the owner's known phone still gets in.
    assert_eq!(attempt(&phone, "ziel@example.de", PASSWORD).await, "in");
}

#[tokio::test]
async fn wrong_current_passwords_on_the_password_change_count_as_guesses() {
    let app = behind_proxy(RateLimits::default()).await;
    app.create_account("konto@example.de", Role::Family).await;
    let thief = app.visitor_from("203.0.113.5");
    assert_eq!(attempt(&thief, "konto@example.de", PASSWORD).await, "in");
    let change = |current: &str| {
        vec![
            ("current_password", current.to_string()),
            ("new_password", "ein-ganz-neues-passwort-2026".to_string()),
            (
                "new_password_repeat",
                "ein-ganz-neues-passwort-2026".to_string(),
            ),
        ]
    };
    for _ in 0..5 {
        let res = thief.change_password(&change("geraten-geraten")).await;
        assert_eq!(location(&res), "/konto");
        let (_, page) = thief.page("/konto").await;
        assert!(
            page.contains("Das bisherige Passwort ist nicht richtig."),
            "{page}"
        );
    }
    // The sixth is not checked, even when right.
    thief.change_password(&change(PASSWORD)).await;
    let (_, page) = thief.page("/konto").await;
    assert!(page.contains(THROTTLED), "{page}");
    // The password is unchanged.
    let owner = app.visitor_from("192.0.2.1");
    assert_eq!(attempt(&owner, "konto@example.de", PASSWORD).await, "in");
}

/// Limits of 2 for every kind of form, so a test can reach each quickly.
fn tight() -> RateLimits {
    let two = Limit::new(2, 600);
    RateLimits {
        login: two,
        register: two,
        access_request: two,
        feedback: two,
        change_password: two,
        anonymous_write: two,
    }
}

#[tokio::test]
async fn a_flood_from_one_address_is_refused_before_it_runs_with_the_entries_kept() {
    let app = behind_proxy(tight()).await;
    let flood = app.visitor_from("203.0.113.9");
    let (email, password) = ("flut@example.de", "geheim-geheim-1");
    for _ in 0..2 {
        let res = flood.login(email, password).await;
        assert_eq!(location(&res), "/anmelden");
    }
    let sessions = app.count("select count(*) from session").await;
    let res = flood.login(email, password).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=600).contains(&retry), "{retry}");
    let page = res.text().await.unwrap();
    assert!(page.contains("Zu viele Anfragen"), "{page}");
    assert!(
        page.contains(r#"name="email" value="flut@example.de""#),
        "{page}"
    );
    assert!(!page.contains("geheim-geheim-1"), "{page}");
    // Refused before anything ran: no session was written, nothing counted.
    assert_eq!(app.count("select count(*) from session").await, sessions);

    // Another address is not affected.
    let other = app.visitor_from("203.0.113.10");
    assert_eq!(location(&other.login(email, password).await), "/anmelden");
}

#[tokio::test]
async fn registration_access_requests_barrier_reports_and_password_changes_are_limited() {
    let app = behind_proxy(tight()).await;
    let from = app.visitor_from("203.0.113.20");
    for path in [
        "/api/register",
        "/api/school/request",
        "/api/feedback/send",
        "/api/child/save",
    ] {
        // A form of nonsense: the limit counts before the form is read.
        let mut statuses = Vec::new();
        for _ in 0..3 {
            statuses.push(from.post_form(path, &[("x", "y")]).await.status());
        }
        assert_ne!(statuses[1], StatusCode::TOO_MANY_REQUESTS, "{path}");
        assert_eq!(statuses[2], StatusCode::TOO_MANY_REQUESTS, "{path}");
    }
    let family = app.visitor_from("203.0.113.21");
    app.create_account("wechsel@example.de", Role::Family).await;
    assert_eq!(attempt(&family, "wechsel@example.de", PASSWORD).await, "in");
    let statuses = [
        family.change_password(&[("x", "y")]).await.status(),
        family.change_password(&[("x", "y")]).await.status(),
        family.change_password(&[("x", "y")]).await.status(),
    ];
    assert_eq!(statuses[2], StatusCode::TOO_MANY_REQUESTS);
    // A logged-in family's other writes are not limited as a visitor's are.
    for _ in 0..3 {
        let res = family.save_child(&[("first_name", "")]).await;
        assert_ne!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    }
}

#[tokio::test]
async fn a_visitors_session_lives_only_while_it_carries_a_message() {
    let app = behind_proxy(RateLimits::default()).await;
    let visitor = app.visitor_from("198.51.100.30");
    // Reading pages creates no session.
    for path in ["/", "/anmelden", "/registrieren", "/barrierefreiheit"] {
        assert_eq!(visitor.get(path).await.status(), StatusCode::OK, "{path}");
    }
    assert_eq!(app.count("select count(*) from session").await, 0);
    // A failed login carries its message in a short session …
    visitor.login("wer@example.de", "falsch-falsch-1").await;
    assert_eq!(app.count("select count(*) from session").await, 1);
    let expiry: i64 = app.count("select expiry_date from session").await;
    let minutes = (expiry - app::db::now_unix()) / 60;
    assert!((9..=10).contains(&minutes), "{minutes} minutes");
    // … which ends once the message has been shown.
    let (_, page) = visitor.page("/anmelden").await;
    assert!(page.contains(FAILED));
    assert_eq!(
        app.count("select count(*) from session").await,
        0,
        "{}",
        app.query_text("select data from session").await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_household_holds_fifteen_children_even_when_twenty_are_added_at_once() {
    let app = std::sync::Arc::new(spawn_app_with_directory().await);
    let (family, _) = app
        .family_with_child("Erstes", "2015-05-05", "Grundschule Ahlen")
        .await;
    let family = std::sync::Arc::new(family);
    let mut adds = JoinSet::new();
    for k in 0..20 {
        let family = family.clone();
        adds.spawn(async move {
            let form = [
                ("child_id", String::new()),
                ("first_name", format!("Kind{k}")),
                ("last_name", "Viele".to_string()),
                ("birth_date", "2014-01-01".to_string()),
                ("school_id", String::new()),
                ("school_name", "Grundschule Ahlen".to_string()),
                ("grade", "3".to_string()),
            ];
            location(&family.save_child(&form).await)
        });
    }
    let answers = adds.join_all().await;
    let saved = answers.iter().filter(|to| *to == "/familie").count();
    assert_eq!(saved, 14, "{answers:?}");
    assert_eq!(app.count("select count(*) from child").await, 15);
    let (_, page) = family.page("/familie/kind/neu").await;
    assert!(
        page.contains("Sie haben schon 15 Kinder eingetragen"),
        "{page}"
    );
}

#[tokio::test]
async fn an_upload_brings_at_most_ten_files() {
    let app = spawn_app_with_directory().await;
    let (family, child) = app
        .family_with_child("Datei", "2012-05-05", "Grundschule Ahlen")
        .await;
    let claim = family.start_claim(&child, "teilhabe").await;
    let files = |n: usize| {
        (0..n).fold(reqwest::multipart::Form::new(), |form, k| {
            form.part(
                "files",
                reqwest::multipart::Part::bytes(b"%PDF-1.4 test".to_vec())
                    .file_name(format!("Nachweis {k}.pdf")),
            )
        })
    };
    let path = format!("/familie/antrag/{claim}/nachweise");
    family.post_multipart(&path, files(11)).await;
    let (_, page) = family.page(&path).await;
    assert!(page.contains("höchstens 10 Dateien auf einmal"), "{page}");
    assert_eq!(app.count("select count(*) from document").await, 0);
    family.post_multipart(&path, files(10)).await;
    assert_eq!(app.count("select count(*) from document").await, 10);
}
