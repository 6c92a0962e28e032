//! Browser tests in Debian Chromium (headless), driven over WebDriver by chromedriver.
//! Screenshots are saved under `target/test-artifacts/`.

use app::{
    domain::lang::Lang,
    i18n::{tr, tr_args},
};
use fantoccini::{Client, ClientBuilder, Locator, wd::Capabilities};
use portal_tests::{TestApp, raw_message_ids, spawn_demo_app, untranslated};
use serde_json::json;
use server::seed::DEMO_PASSWORD;
use std::{path::PathBuf, process::Stdio, time::Duration};
use tokio::process::{Child, Command};

/// A running chromedriver and a browser session; both end when dropped.
struct Browser {
    client: Client,
    _driver: Child,
    _profile: tempfile::TempDir,
}

async fn browser(javascript: bool) -> Browser {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let driver = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver (Debian package chromium-driver; ./portal setup installs it)");
    let profile = tempfile::tempdir().unwrap();
    let mut args = vec![
        "--headless".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-dev-shm-usage".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--no-first-run".into(),
        "--lang=de-DE".into(),
        "--window-size=390,844".into(),
        format!("--user-data-dir={}", profile.path().display()),
    ];
    if !javascript {
        args.push("--blink-settings=scriptEnabled=false".into());
    }
    let mut caps = Capabilities::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({ "binary": "/usr/bin/chromium", "args": args, "prefs": { "intl.accept_languages": "de-DE,de" } }),
    );
    let url = format!("http://127.0.0.1:{port}");
    let mut last_err = None;
    for _ in 0..50 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => {
                return Browser {
                    client,
                    _driver: driver,
                    _profile: profile,
                };
            }
            Err(e) => {
                last_err = Some(e);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
    panic!("could not start a browser session: {last_err:?}");
}

impl Browser {
    async fn close(self) {
        self.client.clone().close().await.unwrap();
    }
}

/// The portal with the demo data, and a browser (with or without JavaScript) to visit it.
async fn demo_in_browser(javascript: bool) -> (TestApp, Browser) {
    (spawn_demo_app().await, browser(javascript).await)
}

/// The number the last submitted claim got this year (gap-free after the demo's claims
/// and its history), as the end of its reference: `-000612`.
async fn last_reference(app: &TestApp) -> String {
    let year = i64::from(time::OffsetDateTime::now_utc().year());
    let n: i64 = sqlx::query_scalar("select last_value from reference_counter where year = $1")
        .bind(year)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    format!("-{n:06}")
}

/// The attribute `name` of the element `locator` finds.
async fn attr_of(c: &Client, locator: Locator<'_>, name: &str) -> Option<String> {
    c.find(locator)
        .await
        .unwrap_or_else(|e| panic!("{locator:?}: {e}"))
        .attr(name)
        .await
        .unwrap()
}

async fn html_lang(c: &Client) -> String {
    attr_of(c, Locator::Css("html"), "lang")
        .await
        .unwrap_or_default()
}

async fn text_of(c: &Client, css: &str) -> String {
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .unwrap()
}

/// Waits until the element's text contains `needle` (the next page has loaded).
async fn wait_text(c: &Client, css: &str, needle: &str) -> String {
    let mut last = String::new();
    for _ in 0..100 {
        if let Ok(el) = c.find(Locator::Css(css)).await
            && let Ok(text) = el.text().await
        {
            if text.contains(needle) {
                return text;
            }
            last = text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{css} never contained {needle:?}; last: {last:?}");
}

async fn wait_for_lang(c: &Client, lang: &str) {
    for _ in 0..100 {
        if html_lang(c).await == lang {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("page never switched to {lang}");
}

async fn wait_for_path(c: &Client, path: &str) {
    for _ in 0..100 {
        if c.current_url().await.unwrap().path() == path {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "never reached {path}, at {}",
        c.current_url().await.unwrap()
    );
}

async fn wait_for_query(c: &Client, part: &str) {
    for _ in 0..100 {
        let url = c.current_url().await.unwrap();
        if url.query().is_some_and(|q| q.contains(part)) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the query never contained {part}, at {}",
        c.current_url().await.unwrap()
    );
}

/// The smallest valid PNG header, enough for the portal's content check.
const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

/// Writes `bytes` to a file under the test artefacts for the browser to upload.
fn artifact_file(name: &str, bytes: &[u8]) -> String {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../target/test-artifacts/uploads"
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    // WebDriver wants a canonical path (no `..`).
    path.canonicalize().unwrap().display().to_string()
}

async fn screenshot(c: &Client, name: &str) {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../target/test-artifacts"
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

/// Logs the demo family in (the page language follows `?lang=` on the login page).
async fn login_demo_family(c: &Client, app: &TestApp, lang: &str) {
    login(c, app, lang, "familie@demo.invalid", "/familie").await;
}

/// Logs a demo account in and waits for its start page.
async fn login(c: &Client, app: &TestApp, lang: &str, email: &str, home: &str) {
    c.goto(&app.url(&format!("/anmelden?lang={lang}")))
        .await
        .unwrap();
    fill(c, "email", email).await;
    fill(c, "password", DEMO_PASSWORD).await;
    click(c, "form.form button[type=submit]").await;
    wait_for_path(c, home).await;
}

async fn logout(c: &Client) {
    click(c, "nav .link-button").await;
    wait_for_path(c, "/").await;
}

/// Clicks the button labelled `label` inside the list item that contains `item`.
async fn click_in_item(c: &Client, item: &str, label: &str) {
    c.find(Locator::XPath(&format!(
        "//li[contains(., '{item}')]//button[contains(., '{label}')] | //li[contains(., '{item}')]//a[contains(., '{label}')]"
    )))
    .await
    .unwrap_or_else(|e| panic!("{label} in {item}: {e}"))
    .click()
    .await
    .unwrap();
}

async fn fill(c: &Client, id: &str, value: &str) {
    let field = c.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(value).await.unwrap();
}

async fn click(c: &Client, css: &str) {
    click_on(c, Locator::Css(css)).await;
}

async fn click_xpath(c: &Client, xpath: &str) {
    click_on(c, Locator::XPath(xpath)).await;
}

async fn click_link(c: &Client, text: &str) {
    click_on(c, Locator::LinkText(text)).await;
}

async fn click_on(c: &Client, locator: Locator<'_>) {
    c.find(locator)
        .await
        .unwrap_or_else(|e| panic!("{locator:?}: {e}"))
        .click()
        .await
        .unwrap();
}

/// Types into the field `id` after what it holds.
async fn type_in(c: &Client, id: &str, keys: &str) {
    c.find(Locator::Id(id))
        .await
        .unwrap()
        .send_keys(keys)
        .await
        .unwrap();
}

/// Chooses a PNG named `name` in the file field.
async fn choose_file(c: &Client, name: &str) {
    type_in(c, "files", &artifact_file(name, PNG)).await;
}

/// Types this month into the month fields of the period, as a user of Chromium's month
/// field does: the month, Tab to the year segment, the year.
async fn type_this_month(c: &Client) {
    let today = time::OffsetDateTime::now_utc().date();
    let month = format!("{:02}\u{E004}{}", today.month() as u8, today.year());
    for field in ["start_month", "end_month"] {
        type_in(c, field, &month).await;
    }
}

/// Ticks the declarations `labels` on the last step and sends the claim; it is then
/// received with the next reference number and shows `status`.
async fn send_claim(c: &Client, app: &TestApp, labels: &[&str], status: &str) {
    for name in labels {
        click(c, &format!("label[for={name}]")).await;
    }
    click(c, "form.form button[type=submit]").await;
    assert!(
        wait_text(c, "h1", "BUT-")
            .await
            .ends_with(&last_reference(app).await)
    );
    assert_eq!(text_of(c, "[data-testid=status]").await, status);
}

#[tokio::test]
async fn a_family_switches_to_english_logs_in_and_sees_its_overview() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;

    c.goto(&app.url("/")).await.unwrap();
    assert_eq!(html_lang(c).await, "de");
    assert_eq!(text_of(c, "h1").await, "Bildung und Teilhabe für Ihr Kind");

    // The switcher is folded away on a phone; the globe opens it.
    click(c, ".lang-switcher summary").await;
    click_link(c, "English").await;
    wait_for_lang(c, "en").await;
    assert_eq!(
        text_of(c, "h1").await,
        "Education and participation for your child"
    );
    assert_eq!(html_lang(c).await, "en");

    click_link(c, "Log in").await;
    wait_for_path(c, "/anmelden").await;
    assert_eq!(text_of(c, "h1").await, "Log in");
    fill(c, "email", "familie@demo.invalid").await;
    let password = c.find(Locator::Id("password")).await.unwrap();
    password.send_keys(DEMO_PASSWORD).await.unwrap();

    // The password toggle is an island: it only appears once the page has hydrated.
    let toggle = c
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css(".password-toggle:not([hidden])"))
        .await
        .expect("the page hydrates");
    assert_eq!(toggle.text().await.unwrap(), "Show password");
    toggle.click().await.unwrap();
    assert_eq!(
        password.attr("type").await.unwrap().as_deref(),
        Some("text")
    );
    assert_eq!(toggle.text().await.unwrap(), "Hide password");

    click(c, "form.form button[type=submit]").await;
    wait_for_path(c, "/familie").await;
    assert_eq!(text_of(c, "h1").await, "My overview");
    let claims = text_of(c, "[data-testid=claims]").await;
    assert!(
        claims.contains("Leyla Demir") && claims.contains("Received"),
        "{claims}"
    );
    screenshot(c, "family-overview-en").await;
    b.close().await;
}

#[tokio::test]
async fn without_javascript_the_forms_still_work() {
    let (app, b) = demo_in_browser(false).await;
    let c = &b.client;

    c.goto(&app.url("/anmelden")).await.unwrap();
    assert_eq!(text_of(c, "h1").await, "Anmelden");
    assert!(
        !c.find(Locator::Css(".password-toggle"))
            .await
            .unwrap()
            .is_displayed()
            .await
            .unwrap()
    );

    // A wrong password shows the error summary linking to the field.
    fill(c, "email", "familie@demo.invalid").await;
    fill(c, "password", "falsch-falsch").await;
    click(c, "form.form button[type=submit]").await;
    assert_eq!(
        text_of(c, ".error-summary a").await,
        "E-Mail-Adresse oder Passwort sind nicht richtig."
    );
    screenshot(c, "login-error-de").await;

    fill(c, "password", DEMO_PASSWORD).await;
    click(c, "form.form button[type=submit]").await;
    wait_for_path(c, "/familie").await;
    assert_eq!(text_of(c, "h1").await, "Meine Übersicht");

    click(c, "nav .link-button").await;
    wait_for_path(c, "/").await;
    assert!(
        text_of(c, ".nav-list").await.contains("Anmelden"),
        "logged out"
    );
    b.close().await;
}

#[tokio::test]
async fn a_family_finishes_its_draft_and_submits_it() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    login_demo_family(c, &app, "de").await;

    click_xpath(
        c,
        "//a[contains(., 'Teilhabe') and contains(., 'Emir Demir')]",
    )
    .await;
    wait_text(c, "[data-testid=status]", "Entwurf").await;
    click_link(c, "Antrag weiter ausfüllen").await;
    wait_text(c, "[data-testid=step]", "Schritt 1 von 4").await;
    // What the family typed last time is still there.
    let provider = c.find(Locator::Id("provider_name")).await.unwrap();
    assert_eq!(
        provider.prop("value").await.unwrap().as_deref(),
        Some("Musikschule Ahlen")
    );

    // Once hydrated, the browser runs the same checks as the server before sending.
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(".checked-form[data-checks=on]"))
        .await
        .unwrap();
    click(c, "form.form button[type=submit]").await;
    let client_errors = wait_text(c, "[data-testid=client-errors]", "Bitte füllen Sie").await;
    assert!(
        client_errors.contains("Bitte geben Sie einen Monat ein."),
        "{client_errors}"
    );
    assert!(
        c.find(Locator::Id("error-summary-title")).await.is_err(),
        "the server's error summary is absent: nothing was sent"
    );
    screenshot(c, "teilhabe-client-check-de").await;

    for (id, value) in [
        ("provider_street", "Markt 5"),
        ("provider_postal_code", "59227"),
        ("provider_city", "Ahlen"),
    ] {
        type_in(c, id, value).await;
    }
    // Month pickers differ between browsers; set their values as the picker would.
    let today = time::OffsetDateTime::now_utc().date();
    let month = format!("{:04}-{:02}", today.year(), today.month() as u8);
    c.execute(
        "document.getElementById('start_month').value = arguments[0]; document.getElementById('end_month').value = arguments[0];",
        vec![json!(month)],
    )
    .await
    .unwrap();
    click(c, "form.form button[type=submit]").await;
    // Documents: a photo taken with the phone.
    wait_text(c, "[data-testid=step]", "Schritt 2 von 4").await;
    choose_file(c, "Anmeldung Musikschule.png").await;
    click(c, "form.upload-form button[type=submit]").await;
    wait_text(c, "[data-testid=documents]", "Anmeldung Musikschule.png").await;
    click(c, "[data-testid=documents-continue]").await;
    wait_text(c, "[data-testid=step]", "Schritt 3 von 4").await;
    assert!(
        text_of(c, "main")
            .await
            .contains("Anmeldung Musikschule.png")
    );
    let split = text_of(c, "[data-testid=fee-split]").await;
    assert!(
        split.contains("15,00 €") && split.contains("13,00 €"),
        "{split}"
    );
    screenshot(c, "teilhabe-check-de").await;

    click_link(c, "Weiter").await;
    wait_text(c, "[data-testid=step]", "Schritt 4 von 4").await;
    send_claim(c, &app, &["declaration", "consent"], "Eingegangen").await;
    screenshot(c, "teilhabe-submitted-de").await;
    b.close().await;
}

#[tokio::test]
async fn a_family_answers_the_jobcenters_question_with_a_photo() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    login_demo_family(c, &app, "de").await;
    click_xpath(
        c,
        "//a[contains(., 'Lernförderung') and contains(., 'Emir Demir')]",
    )
    .await;
    wait_text(c, "[data-testid=status]", "Rückfrage an Sie").await;
    assert!(
        text_of(c, "[data-testid=questions]")
            .await
            .contains("Bitte laden Sie das letzte Zeugnis von Emir hoch.")
    );
    type_in(c, "answer", "Das Zeugnis ist angehängt.").await;
    choose_file(c, "Zeugnis Emir.png").await;
    click(c, "form.answer-form button[type=submit]").await;
    wait_text(c, "[data-testid=status]", "Eingegangen").await;
    let main = text_of(c, "main").await;
    assert!(main.contains("Danke! Ihre Antwort ist beim Jobcenter angekommen."));
    assert!(main.contains("Zeugnis Emir.png") && main.contains("Rückfrage beantwortet"));
    screenshot(c, "question-answered-de").await;
    b.close().await;
}

#[tokio::test]
async fn a_family_applies_for_tutoring_in_english_on_a_phone() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    login_demo_family(c, &app, "en").await;
    click_xpath(
        c,
        "//li[contains(., 'Leyla')]//button[contains(., 'Lernförderung')]",
    )
    .await;
    wait_text(c, "[data-testid=step]", "Step 1 of 4").await;
    assert_eq!(html_lang(c).await, "en");
    click(c, "label[for=subjects]").await; // German
    click(c, "label[for=subjects-mathematik]").await;
    fill(c, "hours_per_week", "2").await;
    click(c, "label[for=place]").await; // at a Lernstandort
    c.find(Locator::Id("lernstandort_id"))
        .await
        .unwrap()
        .select_by_label("Lambertus-Grundschule Ahlen (Ahlen) – Bücherei im Altbau")
        .await
        .unwrap();
    fill(
        c,
        "reason",
        "Leyla is falling behind in reading and maths; her teacher recommends tutoring.",
    )
    .await;
    click(c, "form.form button[type=submit]").await;
    wait_text(c, "[data-testid=step]", "Step 2 of 4").await;
    click(c, "[data-testid=documents-continue]").await;
    wait_text(c, "[data-testid=step]", "Step 3 of 4").await;
    let check = text_of(c, "main").await;
    assert!(
        check.contains("German, Mathematics") && check.contains("Bücherei im Altbau"),
        "{check}"
    );
    click_link(c, "Continue").await;
    wait_text(c, "[data-testid=step]", "Step 4 of 4").await;
    assert!(
        text_of(c, "main")
            .await
            .contains("Schweigepflichtentbindung")
    );
    let consents = ["declaration", "consent", "school_consent"];
    send_claim(c, &app, &consents, "Received").await;
    screenshot(c, "lernfoerderung-submitted-en").await;
    b.close().await;
}

#[tokio::test]
async fn without_javascript_a_family_applies_for_teilhabe() {
    let (app, b) = demo_in_browser(false).await;
    let c = &b.client;
    login_demo_family(c, &app, "de").await;
    click_xpath(
        c,
        "//li[contains(., 'Leyla')]//button[contains(., 'Teilhabe')]",
    )
    .await;
    wait_text(c, "[data-testid=step]", "Schritt 1 von 4").await;
    click(c, "label[for=activity-culture]").await;
    fill(c, "description", "Malkurs").await;
    fill(c, "provider_name", "Kunstschule Ahlen").await;
    fill(c, "provider_street", "Markt 9").await;
    fill(c, "provider_postal_code", "59227").await;
    fill(c, "provider_city", "Ahlen").await;
    fill(c, "monthly_fee", "15").await;
    // An invalid month is named by the server, with the other answers kept.
    click(c, "form.form button[type=submit]").await;
    wait_text(c, ".error-summary", "Bitte geben Sie einen Monat ein.").await;
    type_this_month(c).await;
    click(c, "form.form button[type=submit]").await;
    wait_text(c, "[data-testid=step]", "Schritt 2 von 4").await;
    choose_file(c, "Anmeldung Kunstschule.png").await;
    click(c, "form.upload-form button[type=submit]").await;
    wait_text(c, "[data-testid=documents]", "Anmeldung Kunstschule.png").await;
    click(c, "[data-testid=documents-continue]").await;
    wait_text(c, "[data-testid=step]", "Schritt 3 von 4").await;
    assert!(text_of(c, "main").await.contains("Kunstschule Ahlen"));
    click_link(c, "Weiter").await;
    wait_text(c, "[data-testid=step]", "Schritt 4 von 4").await;
    send_claim(c, &app, &["declaration", "consent"], "Eingegangen").await;
    screenshot(c, "teilhabe-submitted-nojs-de").await;
    b.close().await;
}

#[tokio::test]
async fn a_school_registers_a_site_staff_approve_it_a_family_chooses_it_the_school_confirms() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;

    // The school social worker registers a Lernstandort.
    login(c, &app, "de", "schule@demo.invalid", "/schule").await;
    click(c, "a[href='/schule/lernstandort/neu']").await;
    wait_for_path(c, "/schule/lernstandort/neu").await;
    fill(c, "place", "Raum C 3").await;
    click(c, "label[for=subjects]").await;
    click(c, "label[for=subjects-mathematik]").await;
    fill(c, "grade_from", "5").await;
    fill(c, "grade_to", "10").await;
    fill(c, "schedule", "Fr 13:30–15:00").await;
    fill(c, "places", "8").await;
    fill(c, "tutors", "Frau Yilmaz, Herr Nowak").await;
    fill(c, "contact", "Frau Schulz, 02382 940-12").await;
    let today = time::OffsetDateTime::now_utc().date();
    c.execute(
        "document.getElementById('start_date').value = arguments[0];",
        vec![json!(format!(
            "{:04}-{:02}-01",
            today.year(),
            today.month() as u8
        ))],
    )
    .await
    .unwrap();
    click(c, "form.form button[type=submit]").await;
    wait_for_path(c, "/schule").await;
    assert!(
        text_of(c, "[data-testid=school-sites]")
            .await
            .contains("Wird geprüft")
    );
    logout(c).await;

    // Staff approve it.
    login(c, &app, "de", "sachbearbeitung@demo.invalid", "/verwaltung").await;
    c.goto(&app.url("/verwaltung/lernstandorte")).await.unwrap();
    click_in_item(c, "Raum C 3", "Freigeben").await;
    wait_text(c, ".notice", "freigegeben").await;
    logout(c).await;

    // The family chooses it for Leyla.
    login_demo_family(c, &app, "de").await;
    click_xpath(
        c,
        "//li[contains(., 'Leyla')]//button[contains(., 'Lernförderung')]",
    )
    .await;
    wait_text(c, "[data-testid=step]", "Schritt 1 von 4").await;
    click(c, "label[for=subjects-mathematik]").await;
    fill(c, "hours_per_week", "1").await;
    click(c, "label[for=place]").await;
    c.find(Locator::Id("lernstandort_id"))
        .await
        .unwrap()
        .select_by_label("Gesamtschule Ahlen (Ahlen) – Raum C 3")
        .await
        .unwrap();
    fill(c, "reason", "Mathematik ist mangelhaft.").await;
    click(c, "form.form button[type=submit]").await;
    wait_text(c, "[data-testid=step]", "Schritt 2 von 4").await;
    click(c, "[data-testid=documents-continue]").await;
    wait_text(c, "[data-testid=step]", "Schritt 3 von 4").await;
    click_link(c, "Weiter").await;
    wait_text(c, "[data-testid=step]", "Schritt 4 von 4").await;
    for name in ["declaration", "consent", "school_consent"] {
        click(c, &format!("label[for={name}]")).await;
    }
    click(c, "form.form button[type=submit]").await;
    wait_text(c, "[data-testid=status]", "Eingegangen").await;
    logout(c).await;

    // The school confirms the need.
    login(c, &app, "de", "schule@demo.invalid", "/schule").await;
    click_xpath(
        c,
        "//ul[@data-testid='confirmations']//a[contains(., 'Leyla')]",
    )
    .await;
    wait_text(c, "h1", "Bestätigung der Schule für Leyla").await;
    click(c, "label[for=decision]").await;
    click(c, "label[for=goals_at_risk]").await;
    click(c, "form.form button[type=submit]").await;
    wait_for_path(c, "/schule").await;
    assert!(
        text_of(c, ".notice")
            .await
            .contains("Sie haben den Bedarf bestätigt.")
    );
    assert!(
        text_of(c, "[data-testid=confirmations]")
            .await
            .contains("Bedarf bestätigt")
    );
    screenshot(c, "school-confirmed-de").await;
    b.close().await;
}

#[tokio::test]
async fn a_caseworker_filters_the_queue_approves_and_the_family_downloads_the_notice() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    login(c, &app, "de", "sachbearbeitung@demo.invalid", "/verwaltung").await;
    click_link(c, "Arbeitsvorrat").await;
    wait_for_path(c, "/verwaltung/antraege").await;
    // Waiting in the demo: Leyla (Ahlen), and families in Oelde and Ennigerloh.
    let all = text_of(c, "[data-testid=queue]").await;
    assert!(
        all.contains("Leyla Demir") && all.contains("Karim Haddad"),
        "{all}"
    );
    click(c, "select#kommune option[value=ahlen]").await;
    click(c, "form.filter-form button[type=submit]").await;
    wait_for_query(c, "kommune=ahlen").await;
    let filtered = wait_text(c, "[data-testid=queue]", "Leyla Demir").await;
    assert!(!filtered.contains("Karim Haddad"), "{filtered}");
    screenshot(c, "staff-queue-de").await;
    click_xpath(c, "//tr[contains(., 'Leyla Demir')]//a").await;
    wait_text(c, "[data-testid=status]", "Eingegangen").await;
    // The form is prefilled with what was asked for, within the 15 €.
    let amount = c
        .find(Locator::Id("monthly_amount"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(amount, "12,50");
    click(c, "[data-testid=approve-form] button[type=submit]").await;
    wait_text(c, "[data-testid=status]", "Bewilligt").await;
    let decisions = text_of(c, "ul.decisions").await;
    assert!(
        decisions.contains("Bewilligungsbescheid")
            && decisions.contains("Kostenübernahmeerklärung"),
        "{decisions}"
    );
    screenshot(c, "staff-approved-de").await;
    logout(c).await;

    login_demo_family(c, &app, "de").await;
    click_xpath(
        c,
        "//a[contains(., 'Teilhabe') and contains(., 'Leyla Demir')]",
    )
    .await;
    wait_text(c, "[data-testid=status]", "Bewilligt").await;
    let decision = text_of(c, "[data-testid=family-decision]").await;
    assert!(
        decision.contains("Ihr Antrag ist bewilligt") && decision.contains("12,50 €"),
        "{decision}"
    );
    let href = attr_of(c, Locator::Css("[data-testid=notice-download]"), "href")
        .await
        .expect("href");
    // Fetch it as the browser would download it, with the family's session.
    let got = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(async r => {
               const b = new Uint8Array(await r.arrayBuffer());
               done(r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...b.slice(0, 5)));
             });",
            vec![serde_json::Value::String(href)],
        )
        .await
        .unwrap();
    assert_eq!(got.as_str().unwrap(), "200 application/pdf %PDF-");
    screenshot(c, "family-decision-de").await;
    b.close().await;
}

/// Checks the page in `lang`: `<html lang dir>`, no raw message id, no German or English
/// sentence left untranslated.
async fn check_language(c: &Client, lang: Lang, step: &str) {
    assert_eq!(html_lang(c).await, lang.html_lang(), "{step}");
    let dir = attr_of(c, Locator::Css("html"), "dir")
        .await
        .unwrap_or_default();
    assert_eq!(dir, lang.dir(), "{step}");
    let text = text_of(c, "body").await;
    let raw = raw_message_ids(&text);
    assert!(raw.is_empty(), "{step}: raw ids {raw:?}");
    if !matches!(lang, Lang::De | Lang::DeLs | Lang::En) {
        let left = untranslated(lang, &text);
        assert!(left.is_empty(), "{step}: {left:?}");
    }
}

/// The demo family applies for Teilhabe for Leyla in `lang`, checking every page.
async fn apply_for_teilhabe_in(lang: Lang) {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    let name = lang.locale_dir();
    login_demo_family(c, &app, lang.code()).await;
    check_language(c, lang, "overview").await;
    let apply = tr(lang, "child-apply-teilhabe");
    click_xpath(
        c,
        &format!("//li[contains(., 'Leyla')]//button[contains(., '{apply}')]"),
    )
    .await;
    let step = |n: i64| {
        tr_args(
            lang,
            "claim-step",
            &[("step", n.into()), ("total", 4.into())],
        )
    };
    wait_text(c, "[data-testid=step]", &step(1)).await;
    check_language(c, lang, "details").await;
    screenshot(c, &format!("teilhabe-details-{name}")).await;
    click(c, "label[for=activity]").await;
    fill(c, "description", "Fußball").await;
    fill(c, "provider_name", "SV Ahlen 1919 e. V.").await;
    fill(c, "provider_street", "Am Sportplatz 1").await;
    fill(c, "provider_postal_code", "59227").await;
    fill(c, "provider_city", "Ahlen").await;
    fill(c, "monthly_fee", "12").await;
    type_this_month(c).await;
    click(c, "form.form button[type=submit]").await;
    wait_text(c, "[data-testid=step]", &step(2)).await;
    check_language(c, lang, "documents").await;
    click(c, "[data-testid=documents-continue]").await;
    wait_text(c, "[data-testid=step]", &step(3)).await;
    check_language(c, lang, "check").await;
    click_link(c, &tr(lang, "claim-continue")).await;
    wait_text(c, "[data-testid=step]", &step(4)).await;
    check_language(c, lang, "declaration").await;
    for field in ["declaration", "consent"] {
        click(c, &format!("label[for={field}]")).await;
    }
    click(c, "form.form button[type=submit]").await;
    wait_text(c, "h1", "BUT-").await;
    assert_eq!(
        text_of(c, "[data-testid=status]").await,
        tr(lang, "status-submitted")
    );
    check_language(c, lang, "receipt").await;
    screenshot(c, &format!("teilhabe-submitted-{name}")).await;
    b.close().await;
}

#[tokio::test]
async fn a_family_applies_for_teilhabe_in_arabic_right_to_left() {
    apply_for_teilhabe_in(Lang::Ar).await;
}

#[tokio::test]
async fn a_family_applies_for_teilhabe_in_leichte_sprache() {
    apply_for_teilhabe_in(Lang::DeLs).await;
}

#[tokio::test]
async fn a_team_lead_sees_the_indicators_per_kommune_and_downloads_the_csv() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    c.set_window_size(1400, 1000).await.unwrap();
    login(c, &app, "de", "admin@demo.invalid", "/admin").await;
    c.goto(&app.url("/verwaltung")).await.unwrap();
    click_link(c, "Berichte und Kennzahlen").await;
    wait_for_path(c, "/verwaltung/berichte").await;

    // The three indicators: a chart each, drawn at a readable size, with its table.
    for chart in ["money", "children", "sites"] {
        let svg = c
            .find(Locator::Css(&format!(
                "[data-testid=chart-{chart}] svg[role=img]"
            )))
            .await
            .unwrap_or_else(|e| panic!("chart {chart}: {e}"));
        let (_, _, width, _) = svg.rectangle().await.unwrap();
        assert!(width > 450.0, "{chart} is {width} px wide");
        let table = text_of(c, &format!("[data-testid=table-{chart}]")).await;
        for kommune in ["Ahlen", "Beelen", "Warendorf"] {
            assert!(table.contains(kommune), "{chart}: {table}");
        }
    }
    let money = text_of(c, "[data-testid=kf-money] dd").await;
    assert!(money.ends_with('€') && money != "0,00 €", "{money}");
    let sites = text_of(c, "[data-testid=kf-sites] dd").await;
    assert!(sites.parse::<u32>().unwrap() >= 1, "{sites}");
    screenshot(c, "reports-dashboard-de").await;

    // Only Ahlen.
    click(c, "details.filters summary").await;
    click(c, "select#kommune option[value=ahlen]").await;
    click(c, "form.filter-form button[type=submit]").await;
    wait_for_query(c, "kommune=ahlen").await;
    let table = text_of(c, "[data-testid=table-money]").await;
    assert!(
        table.contains("Ahlen") && !table.contains("Beckum"),
        "{table}"
    );

    // The CSV behind the download link, as the browser fetches it: BOM, semicolons.
    let href = attr_of(c, Locator::LinkText("Kennzahlen als CSV (Excel)"), "href")
        .await
        .expect("href");
    assert!(href.contains("kommune=ahlen"), "{href}");
    let head = c
        .execute_async(
            "const [href, done] = arguments; fetch(href).then(r => r.arrayBuffer()).then(b => {\
             const u = new Uint8Array(b); done([u[0], u[1], u[2], new TextDecoder().decode(u.slice(3))]); });",
            vec![json!(href)],
        )
        .await
        .unwrap();
    assert_eq!(head[0], 0xEF);
    assert_eq!(head[1], 0xBB);
    assert_eq!(head[2], 0xBF);
    let csv = head[3].as_str().unwrap();
    assert!(
        csv.starts_with("Gliederung;Schlüssel;Bezeichnung;"),
        "{csv}"
    );
    assert!(csv.contains("\r\nKommune;ahlen;Ahlen;"), "{csv}");
}

/// The id of the demo claim with the reference ending in `number`.
async fn demo_claim(app: &TestApp, number: &str) -> String {
    sqlx::query_scalar("select id from claim where reference like $1")
        .bind(format!("%-{number}"))
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// Whether the page scrolls sideways at the window's width.
async fn scrolls_sideways(c: &Client) -> bool {
    let v = c
        .execute(
            "const d = document.documentElement; return d.scrollWidth > d.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    v.as_bool().unwrap()
}

/// The bounding box (left, top, right, bottom) of the element `css`.
async fn rect_of(c: &Client, css: &str) -> [f64; 4] {
    let v = c
        .execute(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();
             return [r.left, r.top, r.right, r.bottom];",
            vec![json!(css)],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap()
}

/// The computed style `property` of the element `css`.
async fn style_of(c: &Client, css: &str, property: &str) -> String {
    let v = c
        .execute(
            "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];",
            vec![json!(css), json!(property)],
        )
        .await
        .unwrap();
    v.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn a_caseworker_works_a_claim_from_the_queue_without_scrolling_sideways() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    c.set_window_size(1920, 1080).await.unwrap();
    login(c, &app, "de", "sachbearbeitung@demo.invalid", "/verwaltung").await;
    c.goto(&app.url("/verwaltung/antraege")).await.unwrap();
    assert!(!scrolls_sideways(c).await, "the queue fits 1920 px");
    // The active tab is marked, and looks different from the others.
    let active = text_of(c, ".tabs a[aria-current=page]").await;
    assert!(active.starts_with("Eingegangen"), "{active}");
    assert_ne!(
        style_of(c, ".tabs a[aria-current=page]", "backgroundColor").await,
        style_of(c, ".tabs li:last-child a", "backgroundColor").await
    );
    // A reference number stays on one line.
    let [_, top, _, bottom] = rect_of(c, "[data-testid=queue-row] th a").await;
    assert!(bottom - top < 40.0, "one line: {top}..{bottom}");
    screenshot(c, "staff-queue-1920").await;

    click_xpath(c, "//tr[contains(., 'Leyla Demir')]//a").await;
    wait_text(c, "[data-testid=status]", "Eingegangen").await;
    assert!(!scrolls_sideways(c).await, "the claim page fits 1920 px");
    // The facts beside the decision form, not above it.
    let facts = rect_of(c, "[data-testid=claim-facts]").await;
    let form = rect_of(c, "[data-testid=approve-form]").await;
    assert!(
        facts[2] <= form[0] && form[1] < facts[3],
        "{facts:?} {form:?}"
    );
    // Third person for staff.
    let answers = text_of(c, "[data-testid=claim-facts]").await;
    assert!(
        answers.contains("Antragstellende Person") && !answers.contains("Ihr Name"),
        "{answers}"
    );
    // Rejecting is folded and, opened, looks unlike approving.
    click(c, ".decide-reject > summary").await;
    let approve = "[data-testid=approve-form] button[type=submit]";
    let reject = "[data-testid=reject-form] button[type=submit]";
    assert_ne!(
        style_of(c, approve, "backgroundColor").await,
        style_of(c, reject, "backgroundColor").await
    );
    assert_eq!(style_of(c, reject, "color").await, "rgb(179, 38, 30)");
    screenshot(c, "staff-claim-1920").await;
    b.close().await;
}

/// The WCAG 2.1 A and AA violations axe-core finds on the current page, one line each.
async fn axe_violations(c: &Client, axe: &str) -> Vec<String> {
    c.execute(axe, vec![]).await.unwrap();
    let found = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })
               .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                 + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[tokio::test]
async fn axe_finds_no_wcag_violation_on_any_page_of_any_role_in_german_and_arabic() {
    let axe = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../node_modules/axe-core/axe.min.js"
    ))
    .expect("axe-core (npm; ./portal setup installs it)");
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    c.set_window_size(1280, 900).await.unwrap();
    let claim = demo_claim(&app, "000001").await;
    let one = |sql: String| {
        let db = app.db.clone();
        async move {
            sqlx::query_scalar::<_, String>(&sql)
                .fetch_one(db.pool())
                .await
                .unwrap()
        }
    };
    let family_of = "select c.id from claim c join account a on a.id = c.account_id \
                     where a.email = 'familie@demo.invalid' and c.status = ";
    let draft = one(format!("{family_of}'draft'")).await;
    let asked = one(format!("{family_of}'needs_info'")).await;
    let site = one(
        "select l.id from lernstandort l join school_member m on m.school_id = l.school_id \
         join account a on a.id = m.account_id where a.email = 'schule@demo.invalid' \
         order by l.id limit 1"
            .into(),
    )
    .await;
    let mail = one("select id from outbox order by id limit 1".into()).await;
    let family_claim = format!("/familie/antrag/{claim}");
    let staff_claim = format!("/verwaltung/antrag/{claim}");
    let family_pages = [
        "/familie".to_string(),
        "/familie/haushalt".into(),
        "/familie/kind/neu".into(),
        "/konto".into(),
        family_claim.clone(),
        format!("{family_claim}/eingangsbestaetigung"),
        format!("/familie/antrag/{asked}"),
        format!("/familie/antrag/{draft}/angaben"),
        format!("/familie/antrag/{draft}/nachweise"),
        format!("/familie/antrag/{draft}/erklaerung"),
    ];
    let school_pages = [
        "/schule".to_string(),
        "/schule/lernstandort/neu".into(),
        "/schule/antrag/neu".into(),
        format!("/schule/lernstandort/{site}"),
        format!("/schule/bestaetigung/{asked}"),
    ];
    let staff_extra = [
        format!("/verwaltung/antrag/{asked}"),
        format!("/verwaltung/lernstandorte/traeger/{site}"),
    ];
    let admin_mail = format!("/admin/postausgang/{mail}");
    let visitor = vec![
        "/",
        "/berechtigung",
        "/anmelden",
        "/registrieren",
        "/passwort-vergessen",
        "/lernstandorte",
        "/datenschutz",
        "/barrierefreiheit",
        "/leichte-sprache",
        "/kontakt",
        "/impressum",
        "/gibt-es-nicht",
    ];
    let roles: [(&str, &str, Vec<&str>); 4] = [
        (
            "familie@demo.invalid",
            "/familie",
            family_pages.iter().map(String::as_str).collect(),
        ),
        (
            "schule@demo.invalid",
            "/schule",
            school_pages.iter().map(String::as_str).collect(),
        ),
        (
            "sachbearbeitung@demo.invalid",
            "/verwaltung",
            vec![
                "/verwaltung",
                "/verwaltung/antraege",
                &staff_claim,
                "/verwaltung/berichte",
                "/verwaltung/papierantrag",
                "/verwaltung/lernstandorte",
                "/verwaltung/lernstandorte/traeger",
                "/verwaltung/schulen",
                "/verwaltung/zugaenge",
                "/verwaltung/barrieren",
                &staff_extra[0],
                &staff_extra[1],
            ],
        ),
        (
            "admin@demo.invalid",
            "/admin",
            vec![
                "/admin",
                "/admin/konten",
                "/admin/bescheide",
                "/admin/schulkalender",
                "/admin/postausgang",
                "/admin/berechtigte",
                &admin_mail,
            ],
        ),
    ];
    let mut found = Vec::new();
    let mut pages = 0;
    for lang in ["de", "ar"] {
        c.goto(&app.url(&format!("/?lang={lang}"))).await.unwrap();
        for path in &visitor {
            c.goto(&app.url(path)).await.unwrap();
            pages += 1;
            for v in axe_violations(c, &axe).await {
                found.push(format!("{lang} {path}: {v}"));
            }
        }
        for (email, home, paths) in &roles {
            login(c, &app, lang, email, home).await;
            for path in paths {
                c.goto(&app.url(path)).await.unwrap();
                pages += 1;
                for v in axe_violations(c, &axe).await {
                    found.push(format!("{lang} {email} {path}: {v}"));
                }
            }
            logout(c).await;
        }
    }
    assert_eq!(pages, 2 * (12 + 10 + 5 + 12 + 7));
    assert!(found.is_empty(), "{}", found.join("\n"));
    b.close().await;
}

/// The lines of the error summary `css` and the messages at the fields (field id: text).
async fn form_errors(c: &Client, summary: &str) -> (Vec<String>, Vec<String>) {
    let v = c
        .execute(
            "const lines = [...document.querySelectorAll(arguments[0] + ' li')].map(e => e.innerText.trim());
             const inline = [...document.querySelectorAll('.field-error .error-message')]
               .map(e => e.id + ': ' + e.innerText.trim());
             return [lines, inline];",
            vec![json!(summary)],
        )
        .await
        .unwrap();
    serde_json::from_value(v).unwrap()
}

/// Fills the demo family's Teilhabe draft with a wrong IBAN and fee and a missing
/// provider, and sends it.
async fn send_bad_teilhabe(c: &Client, app: &TestApp, draft: &str, javascript: bool) {
    login_demo_family(c, app, "en").await;
    c.goto(&app.url(&format!("/familie/antrag/{draft}/angaben")))
        .await
        .unwrap();
    if javascript {
        c.wait()
            .for_element(Locator::Css("[data-checks=on]"))
            .await
            .unwrap();
    }
    click(c, "label[for=activity]").await;
    fill(c, "provider_iban", "DE00 1234").await;
    fill(c, "monthly_fee", "twelve").await;
    click(c, "form.form button[type=submit]").await;
}

#[tokio::test]
async fn the_browser_check_gives_the_servers_messages_and_a_kept_bad_iban_keeps_its_error() {
    let app = spawn_demo_app().await;
    let draft: String = sqlx::query_scalar(
        "select c.id from claim c join account a on a.id = c.account_id \
         where a.email = 'familie@demo.invalid' and c.status = 'draft' and c.benefit = 'teilhabe'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();

    // With JavaScript: the island checks before sending; nothing reaches the server.
    let b = browser(true).await;
    let c = &b.client;
    send_bad_teilhabe(c, &app, &draft, true).await;
    c.wait()
        .for_element(Locator::Css("[data-testid=client-errors]:not([hidden])"))
        .await
        .unwrap();
    let in_browser = form_errors(c, "[data-testid=client-errors]").await;
    b.close().await;

    // Without JavaScript: the server checks, keeps what was typed and answers.
    let b = browser(false).await;
    let c = &b.client;
    send_bad_teilhabe(c, &app, &draft, false).await;
    wait_text(c, ".error-summary", "IBAN").await;
    let from_server = form_errors(c, ".error-summary[aria-labelledby]").await;
    assert_eq!(
        in_browser, from_server,
        "the same messages, inline and in the summary"
    );
    assert!(
        from_server
            .0
            .iter()
            .any(|l| l.starts_with("Provider's IBAN:")),
        "the summary names the field: {:?}",
        from_server.0
    );
    assert!(
        from_server
            .1
            .iter()
            .any(|l| l.starts_with("provider_iban-error: "))
    );

    // Later, the kept IBAN comes back with its error, and "check your answers" sends
    // the parent to the marked fields.
    c.goto(&app.url("/familie")).await.unwrap();
    c.goto(&app.url(&format!("/familie/antrag/{draft}/pruefen")))
        .await
        .unwrap();
    wait_for_path(c, &format!("/familie/antrag/{draft}/angaben")).await;
    let iban = c
        .find(Locator::Id("provider_iban"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(iban.as_deref(), Some("DE00 1234"));
    let again = form_errors(c, ".error-summary[aria-labelledby]").await;
    assert!(
        again
            .1
            .iter()
            .any(|l| l.starts_with("provider_iban-error: ")),
        "{again:?}"
    );
    screenshot(c, "family-kept-iban-error-en").await;
    b.close().await;
}

#[tokio::test]
async fn withdrawing_a_claim_asks_for_confirmation_and_says_what_it_means() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    let claim = demo_claim(&app, "000001").await;
    login_demo_family(c, &app, "de").await;
    c.goto(&app.url(&format!("/familie/antrag/{claim}")))
        .await
        .unwrap();
    wait_text(c, "[data-testid=status]", "Eingegangen").await;
    click(c, "details.withdraw > summary").await;
    let explained = text_of(c, "details.withdraw").await;
    assert!(explained.contains("nicht rückgängig"), "{explained}");
    // One tap on the button alone withdraws nothing.
    click(c, "details.withdraw button[type=submit]").await;
    wait_text(c, "details.withdraw .error-message", "Bitte bestätigen Sie").await;
    assert_eq!(text_of(c, "[data-testid=status]").await, "Eingegangen");
    click(c, "label[for=confirm]").await;
    click(c, "details.withdraw button[type=submit]").await;
    wait_text(c, "[data-testid=status]", "Zurückgezogen").await;
    b.close().await;
}

#[tokio::test]
async fn the_school_picker_offers_the_schools_of_the_households_kommune() {
    let (app, b) = demo_in_browser(true).await;
    let c = &b.client;
    login_demo_family(c, &app, "de").await;
    c.goto(&app.url("/familie/kind/neu")).await.unwrap();
    let groups = c
        .execute(
            "return [...document.querySelectorAll('#school_id optgroup')].map(g => g.label);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(groups, json!(["Ahlen"]), "the Demirs live in Ahlen");
    assert_eq!(
        text_of(c, "#school_id option:checked").await,
        "Bitte auswählen"
    );
    click_link(
        c,
        "Geht Ihr Kind in einer anderen Kommune zur Schule? Dann zeigen Sie zuerst alle Schulen.",
    )
    .await;
    wait_for_query(c, "schulen=alle").await;
    let all = c
        .execute(
            "return document.querySelectorAll('#school_id optgroup').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(all, json!(13), "all 13 Kommunen");
    screenshot(c, "family-child-school-picker-de").await;
    b.close().await;
}
