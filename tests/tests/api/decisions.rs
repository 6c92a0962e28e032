//! Staff decide claims: the queue, questions, approval within caps and the benefit's
//! validity, rejection, exactly one decision under concurrency, corrections, the notices
//! (checked with pdftotext, qpdf and pdffonts), the family's side, and the audit log.

use app::domain::account::Role;
use portal_tests::{TestApp, approval, location, pdf_text, spawn_app, spawn_app_with_directory};
use reqwest::StatusCode;
use std::process::Command;

/// What `tool` prints for the PDF `bytes` (`args` before the file name).
fn pdf_tool(tool: &str, args: &[&str], bytes: &[u8]) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notice.pdf");
    std::fs::write(&path, bytes).unwrap();
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(&path);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils / qpdf) installed: {e}"));
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

async fn bytes(app: &TestApp, path: &str) -> (StatusCode, Vec<u8>) {
    let res = app.get(path).await;
    (res.status(), res.bytes().await.unwrap().to_vec())
}

async fn notice_ids(app: &TestApp, claim: &str, kind: &str) -> Vec<String> {
    sqlx::query_scalar(
        "select id from notice where claim_id = $1 and kind = $2 order by created_at, number",
    )
    .bind(claim)
    .bind(kind)
    .fetch_all(app.db.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn staff_ask_then_approve_teilhabe_within_cap_and_validity_and_the_family_gets_the_notice() {
    let app = spawn_app_with_directory().await;
    let (family, claim) = app.submitted_teilhabe("Leyla", "25").await;
    let staff = app.logged_in_as(Role::Staff).await;
    let page = format!("/verwaltung/antrag/{claim}");

    // The queue shows it among the submitted claims of Ahlen.
    let queue = staff
        .body("/verwaltung/antraege?kommune=ahlen&leistung=teilhabe")
        .await;
    assert!(queue.contains("Leyla"), "{queue}");
    // Filtering again stays within the tab shown (received, by default).
    assert!(
        queue.contains(r#"<input type="hidden" name="status" value="submitted""#),
        "{queue}"
    );
    assert!(
        !staff
            .body("/verwaltung/antraege?kommune=beckum")
            .await
            .contains("Leyla")
    );

    // A question sends it to the family and back.
    staff
        .ask(&claim, "Bitte Mitgliedsbescheinigung schicken.", "")
        .await;
    assert_eq!(app.claim_status(&claim).await, "needs_info");
    let answer = staff
        .approve(&approval(&claim, "2026-06-01", "2026-12-31", "15"))
        .await;
    assert_eq!(location(&answer), page);
    assert_eq!(
        app.count("select count(*) from decision").await,
        0,
        "no decision while a question is open"
    );
    let qid = app.query_text("select id from claim_question").await;
    let res = family
        .post_multipart(
            &format!("/familie/antrag/{claim}/antwort"),
            reqwest::multipart::Form::new()
                .text("question_id", qid.clone())
                .text("answer", "Liegt bei."),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.claim_status(&claim).await, "submitted");

    // Above the 15 € a month: refused, nothing written.
    staff
        .approve(&approval(&claim, "2026-12-01", "2027-05-31", "15,01"))
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("über dem zulässigen Höchstbetrag")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);
    assert_eq!(app.count("select count(*) from notice").await, 0);

    // A period reaching past the benefit's validity (until 2027-05-31) is clipped.
    let res = staff
        .approve(&approval(&claim, "2026-12-01", "2027-11-30", "15"))
        .await;
    assert_eq!(location(&res), page);
    assert_eq!(app.claim_status(&claim).await, "approved");
    assert_eq!(
        app.query_text("select period_to from decision").await,
        "2027-05-31"
    );
    assert_eq!(app.count("select monthly_cents from decision").await, 1500);

    // Notices: the Bescheid and the Kostenübernahmeerklärung, stored with their hash.
    let bescheid = notice_ids(&app, &claim, "bescheid").await;
    let kue = notice_ids(&app, &claim, "kostenuebernahme").await;
    assert_eq!((bescheid.len(), kue.len()), (1, 1));
    let url = format!("/bescheide/{}", bescheid[0]);
    let (status, pdf) = bytes(&family, &url).await;
    assert_eq!(status, StatusCode::OK);
    let text = pdf_text(&pdf);
    for expected in [
        "Bewilligungsbescheid",
        "Leyla",
        "Fatma Yılmaz",
        "15,00 € monatlich",
        "01.12.2026 bis 31.05.2027",
        "SV Ahlen 1919 e. V.",
        "Direktzahlung an den Anbieter",
        "§ 28 Abs. 7 SGB II",
        "Rechtsbehelfsbelehrung",
        "innerhalb eines Monats",
        "§ 36a Abs. 2 SGB I",
        "Waldenburger Straße 2, 48231 Warendorf",
        "Seite 1 von",
    ] {
        assert!(
            text.contains(expected),
            "notice mentions {expected:?}:\n{text}"
        );
    }
    let (ok, check) = pdf_tool("qpdf", &["--check"], &pdf);
    assert!(ok && !check.contains("WARNING"), "{check}");
    let (ok, fonts) = pdf_tool("pdffonts", &[], &pdf);
    assert!(ok, "{fonts}");
    let font_rows: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(!font_rows.is_empty(), "{fonts}");
    for row in font_rows {
        // name type encoding emb sub uni object ID
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cols[cols.len() - 5], "yes", "embedded: {row}");
    }
    // Downloaded again: identical bytes, matching the stored hash.
    assert_eq!(bytes(&family, &url).await.1, pdf);
    let sha: String = sqlx::query_scalar("select sha256 from notice where id = $1")
        .bind(&bescheid[0])
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    use sha2::Digest;
    let digest: String = sha2::Sha256::digest(&pdf)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(sha, digest);
    // The provider's declaration names the grant but not the family's benefit.
    let kue_text = pdf_text(&bytes(&staff, &format!("/bescheide/{}", kue[0])).await.1);
    assert!(
        kue_text.contains("Kostenübernahmeerklärung") && kue_text.contains("15,00 €"),
        "{kue_text}"
    );
    assert!(!kue_text.contains("SGB II"), "{kue_text}");

    // The family reads the decision in its language beside the German notice.
    let claim_page = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(
        claim_page.contains("Ihr Antrag ist bewilligt") && claim_page.contains("15,00 €"),
        "{claim_page}"
    );
    assert!(claim_page.contains(&url));
    let res = family
        .get(&format!("/familie/antrag/{claim}?lang=en"))
        .await;
    let english = res.text().await.unwrap();
    assert!(
        english.contains("Your application is approved"),
        "{english}"
    );
    // … but not the provider's declaration, nor anyone else's notice.
    assert_eq!(
        bytes(&family, &format!("/bescheide/{}", kue[0])).await.0,
        StatusCode::NOT_FOUND
    );
    let (other, _) = app
        .family_with_child("Other", "2014-01-01", "Grundschule")
        .await;
    assert_eq!(bytes(&other, &url).await.0, StatusCode::NOT_FOUND);
    let school = app.logged_in_as(Role::School).await;
    assert_eq!(bytes(&school, &url).await.0, StatusCode::FORBIDDEN);
    assert_eq!(school.page(&page).await.0, StatusCode::FORBIDDEN);
    assert_eq!(
        family.page("/verwaltung/antraege").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(bytes(&app.visitor(), &url).await.0, StatusCode::SEE_OTHER);

    // Decided is decided: a second approval is refused.
    staff
        .approve(&approval(&claim, "2026-12-01", "2027-05-31", "10"))
        .await;
    assert_eq!(app.count("select count(*) from decision").await, 1);

    // Every staff read and write is in the audit log.
    let actions: Vec<String> =
        sqlx::query_scalar("select action from audit_log where claim_id = $1 order by id")
            .bind(&claim)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    for a in ["view", "ask", "decide", "notice"] {
        assert!(actions.iter().any(|x| x == a), "audit has {a}: {actions:?}");
    }
}

#[tokio::test]
async fn lernfoerderung_without_the_schools_confirmation_needs_reasons_and_is_costed_by_school_days()
 {
    let app = spawn_app_with_directory().await;
    let (family, child) = app
        .family_with_child("Emir", "2012-02-02", "Gesamtschule Ahlen")
        .await;
    let claim = family.start_claim(&child, "lernfoerderung").await;
    let (from, to) =
        app::domain::lernfoerderung::default_period(time::OffsetDateTime::now_utc().date());
    let iso = app::domain::text::iso;
    let answers: Vec<(&str, String)> = vec![
        ("claim_id", claim.clone()),
        ("subjects[]", "mathematik".into()),
        ("subject_other", "".into()),
        ("hours_per_week", "2".into()),
        ("period_from", iso(from)),
        ("period_to", iso(to)),
        ("place", "provider".into()),
        ("lernstandort_id", "".into()),
        ("provider_name", "Lernhilfe Ahlen".into()),
        ("provider_street", "Markt 1".into()),
        ("provider_postal_code", "59227".into()),
        ("provider_city", "Ahlen".into()),
        ("hourly_rate", "25".into()),
        ("reason", "Mathe mangelhaft".into()),
    ];
    family.save_lernfoerderung(&answers).await;
    family.submit_tutoring(&claim).await;
    let staff = app.logged_in_as(Role::Staff).await;
    let page = format!("/verwaltung/antrag/{claim}");
    assert!(staff.body(&page).await.contains("noch nicht bestätigt"));
    let pending = staff.body("/verwaltung/antraege?bestaetigung=offen").await;
    assert!(pending.contains("Emir"), "{pending}");
    let form: Vec<(&str, String)> = vec![
        ("claim_id", claim.clone()),
        ("period_from", iso(from)),
        ("period_to", iso(to)),
        ("hours_per_week", "2".into()),
        ("hourly_rate", "20".into()),
        ("lesson_minutes", "45".into()),
        ("payee", "Lernhilfe Ahlen".into()),
        ("payment_route", "direct".into()),
    ];
    // The confirmation is evidence, not a gate: without it the approval needs reasons.
    assert!(
        staff
            .body(&page)
            .await
            .contains("Sie können trotzdem entscheiden")
    );
    staff.approve(&form).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Woraus ergibt sich der Bedarf?")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);

    // Once the school confirmed: the rate is capped at 20 € an hour.
    sqlx::query("insert into school_confirmation (claim_id, decision, subjects, hours_per_week, period_from, period_to, decided_by, decided_at) \
                 values ($1, 'confirmed', 'mathematik', 2, $2, $3, (select id from account where role = 'staff' limit 1), 1)")
        .bind(&claim)
        .bind(iso(from))
        .bind(iso(to))
        .execute(app.db.pool())
        .await
        .unwrap();
    sqlx::query("update claim set school_decision = 'confirmed' where id = $1")
        .bind(&claim)
        .execute(app.db.pool())
        .await
        .unwrap();
    let mut over = form.clone();
    over.retain(|(k, _)| *k != "hourly_rate");
    over.push(("hourly_rate", "25".into()));
    staff.approve(&over).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("über dem Höchstsatz des Kreises braucht eine Begründung")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);
    // Without the lesson length, or without the school holidays of the period: refused.
    let mut no_lesson = form.clone();
    no_lesson.retain(|(k, _)| *k != "lesson_minutes");
    staff.approve(&no_lesson).await;
    assert!(
        staff
            .page(&page)
            .await
            .1
            .contains("wie lange eine Stunde dauert")
    );
    let calendar = app::db::school_calendar::load(&app.db).await.unwrap();
    sqlx::query("delete from school_year")
        .execute(app.db.pool())
        .await
        .unwrap();
    staff.approve(&form).await;
    assert!(
        staff
            .page(&page)
            .await
            .1
            .contains("Schulferien noch nicht eingetragen")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);
    server::seed::seed_directory(&app.db).await.unwrap();

    // Fewer lessons than asked is a partial rejection that needs its own reasons.
    let mut fewer = form.clone();
    fewer.retain(|(k, _)| *k != "hours_per_week");
    fewer.push(("hours_per_week", "1".into()));
    staff.approve(&fewer).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Sie bewilligen weniger als beantragt.")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);

    // The amounts count the school days of every month (holidays excluded), not 52/12.
    staff.approve(&form).await;
    assert_eq!(
        app.count("select hourly_rate_cents from decision").await,
        2000
    );
    assert_eq!(app.count("select lesson_minutes from decision").await, 45);
    let months = calendar.tutoring_months((from, to), 2, app::domain::money::Cents(2000));
    let total: i64 = months.iter().map(|m| m.cost.0).sum();
    assert!(months.iter().all(|m| m.school_days < 23), "{months:?}");
    assert_eq!(app.count("select total_cents from decision").await, total);
    assert!(
        total < 17333 * i64::from(months.len() as u8),
        "less than 13/3 weeks a month"
    );
    let id = notice_ids(&app, &claim, "bescheid").await.remove(0);
    let text = pdf_text(&bytes(&family, &format!("/bescheide/{id}")).await.1);
    assert!(
        text.contains("§ 28 Abs. 5 SGB II")
            && text.contains("2 Unterrichtsstunden (je 45 Minuten) in jeder Schulwoche")
            && text.contains("20,00 € je Unterrichtsstunde")
            && text.contains(&format!("höchstens {}", app::domain::money::Cents(total))),
        "{text}"
    );
    // The provider charges 25 € an hour: the rest is rejected, the cap gives the reason.
    assert!(
        text.contains("Im Übrigen lehne ich den Antrag ab.")
            && text.contains("Teilweise Ablehnung")
            && text.contains(
                "beantragt 25,00 € je Stunde, bewilligt 20,00 € je Unterrichtsstunde (Höchstsatz des Kreises)"
            ),
        "{text}"
    );
    for m in &months {
        let row = format!(
            "{}: {} Schultage, {}",
            m.month.german(),
            m.school_days,
            m.cost
        );
        assert!(text.contains(&row), "{row} in {text}");
    }
}

#[tokio::test]
async fn without_the_familys_agreement_the_money_does_not_go_to_the_provider_directly() {
    let app = spawn_app_with_directory().await;
    let (family, child) = app
        .family_with_child("Noah", "2015-05-05", "Grundschule Ahlen")
        .await;
    let claim = family.start_claim(&child, "teilhabe").await;
    family
        .save_teilhabe(&portal_tests::teilhabe_form(&claim, "15"))
        .await;
    // Consent is not a condition of applying.
    let res = family
        .submit_claim(&[("claim_id", claim.as_str()), ("declaration", "ja")])
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{claim}"));
    assert_eq!(app.claim_status(&claim).await, "submitted");
    let staff = app.logged_in_as(Role::Staff).await;
    let page = format!("/verwaltung/antrag/{claim}");
    assert!(staff.body(&page).await.contains("nicht erteilt"));
    let month = app::domain::month::YearMonth::of(time::OffsetDateTime::now_utc().date());
    let (from, to) = (
        app::domain::text::iso(month.first_day()),
        app::domain::text::iso(month.plus_months(6).first_day().previous_day().unwrap()),
    );
    staff.approve(&approval(&claim, &from, &to, "15")).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("hat der Direktzahlung nicht zugestimmt")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);
    let mut voucher = approval(&claim, &from, &to, "15");
    voucher.retain(|(k, _)| *k != "payment_route");
    voucher.push(("payment_route", "voucher".into()));
    staff.approve(&voucher).await;
    assert_eq!(app.claim_status(&claim).await, "approved");
    let id = notice_ids(&app, &claim, "bescheid").await.remove(0);
    let text = pdf_text(&bytes(&family, &format!("/bescheide/{id}")).await.1);
    assert!(text.contains("Zahlungsweg: Gutschein"), "{text}");
}

#[tokio::test]
async fn a_rejection_names_its_reason_and_a_correction_replaces_it() {
    let app = spawn_app_with_directory().await;
    let (family, claim) = app.submitted_teilhabe("Mira", "12").await;
    let staff = app.logged_in_as(Role::Staff).await;
    let page = format!("/verwaltung/antrag/{claim}");
    let reject = |code: &str, text: &str, corrects: &str| {
        vec![
            ("claim_id", claim.clone()),
            ("reason_code", code.to_string()),
            ("reason_text", text.to_string()),
            ("corrects", corrects.to_string()),
        ]
    };
    staff.reject(&reject("other", "", "")).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Bitte begründen Sie die Ablehnung")
    );
    staff.reject(&reject("unknown", "x", "")).await;
    assert_eq!(app.count("select count(*) from decision").await, 0);
    // Missing cooperation: only after a written warning with a deadline that has passed
    // (§ 66 Abs. 3 SGB I), and with the caseworker's reasons.
    let versagung = reject(
        "missing_documents",
        "Ohne die Bescheinigung ist nicht prüfbar, ob der Beitrag anfällt; eine Versagung ist angemessen.",
        "",
    );
    staff.reject(&versagung).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("setzt eine schriftliche Aufforderung mit Hinweis auf die Folgen voraus")
    );
    let due =
        app::domain::text::iso(time::OffsetDateTime::now_utc().date() + time::Duration::days(14));
    staff
        .ask_with_warning(
            &claim,
            "Bitte laden Sie die Mitgliedsbescheinigung hoch.",
            "",
        )
        .await;
    assert!(staff.body(&page).await.contains("braucht eine Frist"));
    staff
        .ask_with_warning(
            &claim,
            "Bitte laden Sie die Mitgliedsbescheinigung hoch.",
            &due,
        )
        .await;
    assert!(
        family
            .body(&format!("/familie/antrag/{claim}"))
            .await
            .contains("Aufforderung zur Mitwirkung")
    );
    staff.reject(&versagung).await;
    assert_eq!(
        app.count("select count(*) from decision").await,
        0,
        "the deadline has not passed"
    );
    // Two weeks later, with no answer:
    sqlx::query("update claim_question set due_date = '2026-01-02', asked_at = 1767225600")
        .execute(app.db.pool())
        .await
        .unwrap();
    staff.reject(&reject("missing_documents", "", "")).await;
    assert!(staff.body(&page).await.contains("Ermessen"));
    staff.reject(&versagung).await;
    assert_eq!(app.claim_status(&claim).await, "rejected");
    let first = notice_ids(&app, &claim, "bescheid").await;
    assert_eq!(first.len(), 1);
    assert!(
        notice_ids(&app, &claim, "kostenuebernahme")
            .await
            .is_empty()
    );
    let text = pdf_text(&bytes(&family, &format!("/bescheide/{}", first[0])).await.1);
    assert!(
        text.contains("Ablehnungsbescheid")
            && text.contains("versage ich bis zur Nachholung der Mitwirkung")
            && text.contains(
                "Mit Schreiben vom 01.01.2026 wurden Sie aufgefordert, bis zum 02.01.2026"
            )
            && text.contains("eine Versagung ist angemessen")
            && text.contains("Rechtsgrundlage: § 66 Abs. 1 und 3 SGB I."),
        "{text}"
    );
    assert!(
        family
            .body(&format!("/familie/antrag/{claim}"))
            .await
            .contains("Es fehlen Nachweise")
    );
    // Staff read the reason by its maintained title.
    assert!(
        staff
            .body(&page)
            .await
            .contains("Abgelehnt (Grund: Mitwirkung fehlt)")
    );

    // A correction: a new decision referencing the old one, with its own notice.
    let old: String = app.query_text("select id from decision").await;
    let mut correction = approval(&claim, "2026-12-01", "2027-05-31", "12");
    correction.retain(|(k, _)| *k != "corrects");
    correction.push(("corrects", old.clone()));
    staff.approve(&correction).await;
    assert_eq!(app.claim_status(&claim).await, "approved");
    assert_eq!(
        app.query_text("select corrects_id from decision where corrects_id is not null")
            .await,
        old
    );
    let notices = notice_ids(&app, &claim, "bescheid").await;
    assert_eq!(notices.len(), 2);
    let old_number = app
        .query_text_with("select number from notice where id = $1", &[&first[0]])
        .await;
    let text = pdf_text(
        &bytes(&family, &format!("/bescheide/{}", notices[1]))
            .await
            .1,
    );
    assert!(
        text.contains(&format!("ersetzt den Bescheid Nr. {old_number}")),
        "{text}"
    );
    // The first notice is unchanged.
    assert!(
        pdf_text(&bytes(&family, &format!("/bescheide/{}", first[0])).await.1)
            .contains("Ablehnungsbescheid")
    );
    // Correcting the old decision again (a stale page) is refused.
    staff.reject(&reject("age", "", &old)).await;
    assert_eq!(app.count("select count(*) from decision").await, 2);
    assert!(staff.body(&page).await.contains("inzwischen entschieden"));
}

#[tokio::test]
async fn two_staff_deciding_at_once_make_exactly_one_decision() {
    let app = spawn_app_with_directory().await;
    let (_family, claim) = app.submitted_teilhabe("Jonas", "15").await;
    let a = app.logged_in_as(Role::Staff).await;
    let b = app.logged_in_as(Role::Staff).await;
    let approve = approval(&claim, "2026-12-01", "2027-05-31", "15");
    let reject = vec![
        ("claim_id", claim.clone()),
        ("reason_code", "age".to_string()),
        ("reason_text", String::new()),
        ("corrects", String::new()),
    ];
    let (ra, rb) = tokio::join!(a.approve(&approve), b.reject(&reject));
    assert!(ra.status().is_redirection());
    assert!(rb.status().is_redirection());
    assert_eq!(app.count("select count(*) from decision").await, 1);
    let kind = app.query_text("select kind from decision").await;
    let status = app.claim_status(&claim).await;
    assert_eq!(
        status,
        if kind == "approval" {
            "approved"
        } else {
            "rejected"
        }
    );
    // The loser is told why.
    let loser = if kind == "approval" { &b } else { &a };
    let page = loser.body(&format!("/verwaltung/antrag/{claim}")).await;
    assert!(
        page.contains("inzwischen entschieden") || page.contains("schon entschieden"),
        "{page}"
    );
    assert_eq!(
        app.count("select count(*) from notice where kind = 'bescheid'")
            .await,
        1
    );
}

#[tokio::test]
async fn no_notice_is_built_from_a_snapshot_that_cannot_be_read() {
    let app = spawn_app_with_directory().await;
    let (_family, claim) = app.submitted_teilhabe("Jonas", "15").await;
    sqlx::query("update claim set snapshot = $1 where id = $2")
        .bind(r#"{"benefit":"teilhabe"}"#)
        .bind(&claim)
        .execute(app.db.pool())
        .await
        .unwrap();
    let staff = app.logged_in_as(Role::Staff).await;
    let (status, _) = staff.page(&format!("/verwaltung/antrag/{claim}")).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    staff
        .approve(&approval(&claim, "2026-12-01", "2027-05-31", "15"))
        .await;
    assert_eq!(app.count("select count(*) from decision").await, 0);
    assert_eq!(app.count("select count(*) from notice").await, 0);
    assert_eq!(app.claim_status(&claim).await, "submitted");
}

#[tokio::test]
async fn the_queue_filters_counts_and_pages_and_the_serienbrief_combines_notices() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let mut claims = Vec::new();
    for name in ["Anna", "Ben", "Cem"] {
        claims.push(app.submitted_teilhabe(name, "15").await.1);
    }
    let counts = staff.body("/verwaltung/antraege").await;
    assert!(
        counts.contains("data-testid=\"count-submitted\""),
        "{counts}"
    );
    assert!(
        staff
            .body("/verwaltung/antraege")
            .await
            .contains("3 Anträge")
    );
    // Assign one to me.
    staff.assign(&claims[0]).await;
    let mine = staff.body("/verwaltung/antraege?zustaendig=ich").await;
    assert!(mine.contains("Anna") && !mine.contains("Ben"), "{mine}");
    let nobody = staff.body("/verwaltung/antraege?zustaendig=niemand").await;
    assert!(!nobody.contains("Anna") && nobody.contains("Ben"));
    // Search: part of a name in any case, the applicant's name, a reference number.
    let search = |q: &str| {
        let url = reqwest::Url::parse_with_params(
            "http://x/verwaltung/antraege",
            [("status", ""), ("suche", q)],
        )
        .unwrap();
        format!("{}?{}", url.path(), url.query().unwrap_or_default())
    };
    let found = staff.body(&search("  aNNa ")).await;
    assert!(found.contains("· 1 Antrag<"), "{found}");
    assert!(found.contains("Anna") && !found.contains("Ben"), "{found}");
    assert!(
        staff
            .body(&search("fatma yılmaz"))
            .await
            .contains("3 Anträge")
    );
    let reference = app
        .query_text_with("select reference from claim where id = $1", &[&claims[1]])
        .await;
    let by_reference = staff
        .page(&search(&reference.to_lowercase().replace("but-", "")))
        .await
        .1;
    assert!(
        by_reference.contains("Ben") && !by_reference.contains("Cem"),
        "{by_reference}"
    );
    assert!(staff.body(&search("%")).await.contains("0 Anträge"));
    // Submitted after tomorrow: none.
    let tomorrow = time::OffsetDateTime::now_utc().date() + time::Duration::days(1);
    let later = staff
        .page(&format!(
            "/verwaltung/antraege?von={}",
            app::domain::text::iso(tomorrow)
        ))
        .await
        .1;
    assert!(later.contains("0 Anträge"), "{later}");
    // Decide two, then print both in one Serienbrief.
    for c in &claims[..2] {
        staff
            .approve(&approval(c, "2026-12-01", "2027-05-31", "15"))
            .await;
    }
    let approved = staff.body("/verwaltung/antraege?status=approved").await;
    assert!(approved.contains("2 Anträge"), "{approved}");
    // Named three times each, every notice is in the Serienbrief once.
    let url = format!(
        "/verwaltung/serienbrief?antrag={0}&antrag={1}&antrag={0}&antrag={1}&antrag={0}&antrag={1}",
        claims[0], claims[1]
    );
    let (status, pdf) = bytes(&staff, &url).await;
    assert_eq!(status, StatusCode::OK);
    let (_, info) = pdf_tool("pdfinfo", &[], &pdf);
    let pages: usize = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap();
    let mut single = 0;
    for c in &claims[..2] {
        let id = notice_ids(&app, c, "bescheid").await.remove(0);
        let (_, info) = pdf_tool(
            "pdfinfo",
            &[],
            &bytes(&staff, &format!("/bescheide/{id}")).await.1,
        );
        single += info
            .lines()
            .find(|l| l.starts_with("Pages:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap();
    }
    assert_eq!(pages, single);
    let text = pdf_text(&pdf);
    assert!(text.contains("Anna") && text.contains("Ben"), "{text}");
    let family = app.logged_in_as(Role::Family).await;
    assert_eq!(bytes(&family, &url).await.0, StatusCode::FORBIDDEN);
    // More than 200 claims: the translated refusal, no PDF.
    let many: Vec<String> = (0..201).map(|k| format!("antrag=x{k}")).collect();
    let res = staff
        .get(&format!("/verwaltung/serienbrief?{}", many.join("&")))
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let page = res.text().await.unwrap();
    assert!(page.contains("höchstens 200 Bescheide"), "{page}");
}

#[tokio::test]
async fn admins_set_amounts_and_text_blocks_from_a_date_and_preview_notices() {
    let app = spawn_app().await;
    let admin = app.logged_in_as(Role::Admin).await;
    let staff = app.logged_in_as(Role::Staff).await;
    assert_eq!(
        staff.page("/admin/bescheide").await.0,
        StatusCode::FORBIDDEN
    );
    admin
        .save_rate("teilhabe_monthly", "17,50", "2027-01-01")
        .await;
    assert_eq!(
        app.query_text("select valid_to from rate where id = 'teilhabe-2019'")
            .await,
        "2026-12-31"
    );
    assert_eq!(app.count("select amount_cents from rate where kind = 'teilhabe_monthly' and valid_from = '2027-01-01'").await, 1750);
    admin
        .save_rate("teilhabe_monthly", "-3", "2027-01-01")
        .await;
    assert!(
        admin
            .body("/admin/bescheide")
            .await
            .contains("nicht negativ")
    );
    staff
        .save_rate("teilhabe_monthly", "99", "2027-01-01")
        .await;
    assert_eq!(app.count("select amount_cents from rate where kind = 'teilhabe_monthly' and valid_from = '2027-01-01'").await, 1750);

    let form = [
        ("kind", "notice"),
        ("code", "remedy"),
        ("title", "Rechtsbehelfsbelehrung"),
        (
            "body",
            "Widerspruch binnen eines Monats bei {office} – neue Fassung.",
        ),
        ("valid_from", "2026-01-01"),
    ];
    admin.save_text_block(&form).await;
    let res = admin.get("/admin/bescheid-vorschau?art=ablehnung").await;
    assert_eq!(res.status(), StatusCode::OK);
    let text = pdf_text(&res.bytes().await.unwrap());
    assert!(
        text.contains("neue Fassung") && text.contains("Ablehnungsbescheid"),
        "{text}"
    );
    assert_eq!(
        staff.get("/admin/bescheid-vorschau").await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn an_approval_ends_at_the_age_limit_and_never_starts_before_the_earliest_lawful_start() {
    let app = spawn_app_with_directory().await;
    // Turns 18 on 2027-03-15: Teilhabe until the end of February 2027.
    let (family, child) = app
        .family_with_child("Mira", "2009-03-15", "Gesamtschule Ahlen")
        .await;
    let claim = family.apply_for_teilhabe(&child, "15").await.unwrap();
    let staff = app.logged_in_as(Role::Staff).await;
    let page = format!("/verwaltung/antrag/{claim}");
    let view = staff.body(&page).await;
    assert!(
        view.contains("Altersgrenze fällt in den beantragten Zeitraum"),
        "{view}"
    );

    // Teilhabe under SGB II starts at the earliest with the Bürgergeld (2026-06-01).
    staff
        .approve(&approval(&claim, "2026-05-01", "2026-12-31", "15"))
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("vor dem frühesten rechtmäßigen Beginn")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);

    let res = staff
        .approve(&approval(&claim, "2026-12-01", "2027-05-31", "15"))
        .await;
    assert_eq!(location(&res), page);
    assert_eq!(app.claim_status(&claim).await, "approved");
    assert_eq!(
        app.query_text("select period_to from decision").await,
        "2027-02-28"
    );
    let bescheid = notice_ids(&app, &claim, "bescheid").await;
    let text = pdf_text(
        &bytes(&family, &format!("/bescheide/{}", bescheid[0]))
            .await
            .1,
    );
    assert!(text.contains("Vollendung des 18. Lebensjahres"), "{text}");
}

#[tokio::test]
async fn the_notice_comes_from_the_office_configured_for_the_legal_basis_and_kommune() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("offices.json");
    std::fs::write(
        &file,
        r#"[{"law": "SGB II", "kommune": "Ahlen", "name": "Jobcenter Ahlen – Geschäftsstelle",
             "department": "BuT Ahlen", "street": "Südstraße 41", "postal_city": "59227 Ahlen",
             "phone": "02382 1", "email": "but-ahlen@jobcenter.invalid", "hours": "Mo–Do 8–12 Uhr"},
            {"law": "SGB XII", "name": "Kreis Warendorf – Amt für Soziales",
             "department": "BuT", "street": "Waldenburger Straße 2", "postal_city": "48231 Warendorf",
             "phone": "1", "email": "a@b.invalid", "hours": "Mo"}]"#,
    )
    .unwrap();
    let path = file.clone();
    let app = portal_tests::spawn_app_with(move |c| c.offices_file = Some(path)).await;
    server::seed::seed_directory(&app.db).await.unwrap();
    let (family, claim) = app.submitted_teilhabe("Ada", "15").await;
    let staff = app.logged_in_as(Role::Staff).await;
    let month = app::domain::month::YearMonth::of(time::OffsetDateTime::now_utc().date());
    let (from, to) = (
        app::domain::text::iso(month.first_day()),
        app::domain::text::iso(month.plus_months(6).first_day().previous_day().unwrap()),
    );
    staff.approve(&approval(&claim, &from, &to, "15")).await;
    let id = notice_ids(&app, &claim, "bescheid").await.remove(0);
    let text = pdf_text(&bytes(&family, &format!("/bescheide/{id}")).await.1);
    assert!(
        text.contains("Jobcenter Ahlen – Geschäftsstelle") && text.contains("Südstraße 41"),
        "{text}"
    );
    assert!(!text.contains("Amt für Soziales"), "{text}");
}

#[tokio::test]
async fn staff_see_in_which_language_the_family_wrote_its_answers() {
    let app = spawn_app_with_directory().await;
    let (family, child) = app
        .family_with_child("Olena", "2015-05-05", "Grundschule Ahlen")
        .await;
    // The family fills in the form on the Ukrainian pages.
    family.get("/?lang=uk").await;
    let claim = family.apply_for_teilhabe(&child, "12,50").await.unwrap();
    let staff = app.logged_in_as(Role::Staff).await;
    let page = format!("/verwaltung/antrag/{claim}");
    let body = staff.body(&page).await;
    assert!(
        body.contains("data-testid=\"written-in\"")
            && body.contains("in dieser Sprache geschrieben")
            && body.contains(": Ukrainisch."),
        "{body}"
    );
    assert!(
        body.contains("lang=\"uk\""),
        "the free text is marked as Ukrainian"
    );
    // The family itself is not told which language it wrote in.
    let own = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(!own.contains("written-in"));

    // Its answer to a question, on the Ukrainian page too.
    staff
        .ask(&claim, "Bitte senden Sie die Beitragsrechnung.", "")
        .await;
    let question = app
        .query_text("select id from claim_question order by asked_at desc")
        .await;
    let form = reqwest::multipart::Form::new()
        .text("question_id", question)
        .text("answer", "Рахунок надішлю завтра.");
    family
        .post_multipart(&format!("/familie/antrag/{claim}/antwort"), form)
        .await;
    let body = staff.body(&page).await;
    assert!(
        body.contains("data-testid=\"answer-written-in\"") && body.contains("Рахунок"),
        "{body}"
    );

    // A family that wrote on the German pages: no note.
    let (_, german) = app.submitted_teilhabe("Ada", "10").await;
    let body = staff.body(&format!("/verwaltung/antrag/{german}")).await;
    assert!(!body.contains("written-in"));
}
