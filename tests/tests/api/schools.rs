//! Lernstandorte: a school registers a site, staff send it back or approve it, families
//! find it; schools only see their own sites; approved claims take places.

use app::{
    db::{kommune, lernstandort},
    domain::{
        account::Role,
        lernfoerderung::default_period,
        lernstandort::{SiteInput, SiteStatus},
        text::iso,
    },
};
use portal_tests::{PASSWORD, TestApp, location, spawn_app_with_directory};
use reqwest::StatusCode;

async fn school_id(app: &TestApp, name: &str) -> String {
    kommune::list_schools(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.name == name)
        .unwrap()
        .id
        .to_string()
}

/// A school account for `school`, created by an admin in the UI; returns it logged in.
async fn school_account(app: &TestApp, school: &str) -> TestApp {
    let admin = app.logged_in_as(Role::Admin).await;
    let email = format!("schule-{}@example.de", uuid::Uuid::new_v4().simple());
    let school_id = school_id(app, school).await;
    let form = [
        ("email", email.as_str()),
        ("role", "school"),
        ("password", PASSWORD),
        ("password_repeat", PASSWORD),
        ("school_id", school_id.as_str()),
    ];
    assert_eq!(location(&admin.create_user(&form).await), "/admin/konten");
    let worker = app.visitor();
    assert_eq!(location(&worker.login(&email, PASSWORD).await), "/schule");
    worker
}

fn site_form<'a>(site_id: &'a str, school_id: &'a str, places: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("site_id", site_id),
        ("school_id", school_id),
        ("place", "Raum 1.07"),
        ("subjects[]", "mathematik"),
        ("subjects[]", "latein"),
        ("grade_from", "5"),
        ("grade_to", "7"),
        ("schedule", "Di 14:00–15:30"),
        ("places", places),
        ("tutors", "Herr Akin, Frau Berg"),
        ("contact", "Frau Schulz, 02521 12345"),
        ("start_date", "2026-12-01"),
    ]
}

#[tokio::test]
async fn a_school_registers_a_site_staff_send_it_back_then_approve_it_and_families_find_it() {
    let app = spawn_app_with_directory().await;
    let school = "Gesamtschule Beckum";
    let worker = school_account(&app, school).await;
    let beckum = school_id(&app, school).await;
    assert!(
        worker
            .body("/schule")
            .await
            .contains("Gesamtschule Beckum (Beckum)")
    );

    let res = worker.save_site(&site_form("", &beckum, "12")).await;
    assert_eq!(location(&res), "/schule");
    let overview = worker.body("/schule").await;
    assert!(overview.contains("Der Lernstandort ist zur Prüfung an das BuT-Team gesendet."));
    assert!(overview.contains("Wird geprüft") && overview.contains("0 von 12 Plätzen belegt"));
    let finder = |q: &'static str| {
        let visitor = app.visitor();
        async move { visitor.body(&format!("/lernstandorte{q}")).await }
    };
    assert!(
        !finder("").await.contains("Raum 1.07"),
        "not public before review"
    );

    // Staff send it back; a comment is required for that.
    let staff = app.logged_in_as(Role::Staff).await;
    let pending = staff.body("/verwaltung/lernstandorte").await;
    assert!(pending.contains("Gesamtschule Beckum (Beckum) – Raum 1.07"));
    assert!(pending.contains("Mathematik, Latein oder eine andere Fremdsprache"));
    let site = app
        .query_text("select id from lernstandort where place = 'Raum 1.07'")
        .await;
    staff.review_site(&site, "return", " ").await;
    assert!(
        staff
            .body("/verwaltung/lernstandorte")
            .await
            .contains("Bitte schreiben Sie, was die Schule ändern soll.")
    );
    staff
        .review_site(&site, "return", "Bitte die Zeiten genauer angeben.")
        .await;
    let overview = worker.body("/schule").await;
    assert!(
        overview.contains("Zurückgegeben")
            && overview.contains("Bitte die Zeiten genauer angeben.")
    );

    // The school changes it: back to review; staff approve; now it is public.
    let mut changed = site_form(&site, &beckum, "12");
    changed[7] = ("schedule", "Di und Do 14:00–15:30");
    let res = worker.save_site(&changed).await;
    assert_eq!(location(&res), "/schule");
    assert_eq!(
        app.query_text("select status from lernstandort where place = 'Raum 1.07'")
            .await,
        "pending"
    );
    staff.review_site(&site, "approve", "").await;
    assert!(
        staff
            .body("/verwaltung/lernstandorte")
            .await
            .contains("Der Lernstandort ist freigegeben und öffentlich.")
    );
    let all = finder("").await;
    assert!(all.contains("Gesamtschule Beckum (Beckum) – Raum 1.07"));
    assert!(all.contains("Di und Do 14:00–15:30") && all.contains("12 Plätze frei (von 12)"));
    // Where it is, and a way to apply — for visitors and families, not for the school.
    let street = app
        .query_text("select street from school where name = 'Gesamtschule Beckum'")
        .await;
    assert!(all.contains(&format!("{street}, ")), "the school's address");
    let cards = all.matches("class=\"card site\"").count();
    assert!(cards > 0);
    assert_eq!(
        all.matches("href=\"/familie\" class=\"button button-secondary\"")
            .count(),
        cards,
        "an apply button on every card"
    );
    let as_school = worker.body("/lernstandorte").await;
    assert!(as_school.contains("Raum 1.07") && !as_school.contains("href=\"/familie\""));
    assert!(
        finder("?kommune=beckum&fach=latein&klasse=6")
            .await
            .contains("Raum 1.07")
    );
    let other_grade = finder("?kommune=beckum&fach=latein&klasse=9").await;
    assert!(
        !other_grade.contains("Raum 1.07"),
        "grade 9 is not taught there"
    );
    assert!(!finder("?kommune=ahlen").await.contains("Raum 1.07"));
    let by_school = app
        .visitor()
        .body(&format!("/lernstandorte?schule={beckum}"))
        .await;
    assert!(by_school.contains("Raum 1.07") && by_school.contains("1 Lernstandort gefunden."));

    // Pausing takes it out of the finder; reopening brings it back.
    worker.change_site_status(&site, "pause").await;
    assert!(!finder("").await.contains("Raum 1.07"));
    worker.change_site_status(&site, "reopen").await;
    assert!(finder("").await.contains("Raum 1.07"));
}

#[tokio::test]
async fn schools_see_and_change_only_their_own_sites() {
    let app = spawn_app_with_directory().await;
    let beckum = school_account(&app, "Gesamtschule Beckum").await;
    let oelde = school_account(&app, "Gesamtschule Oelde").await;
    let beckum_id = school_id(&app, "Gesamtschule Beckum").await;
    beckum.save_site(&site_form("", &beckum_id, "12")).await;
    let site = app
        .query_text("select id from lernstandort where place = 'Raum 1.07'")
        .await;

    assert_eq!(
        oelde.page(&format!("/schule/lernstandort/{site}")).await.0,
        StatusCode::NOT_FOUND
    );
    assert!(!oelde.body("/schule").await.contains("Raum 1.07"));
    // Neither changing, pausing nor registering for a foreign school works.
    let mut changed = site_form(&site, &beckum_id, "99");
    changed[2] = ("place", "Übernommen");
    oelde.save_site(&changed).await;
    oelde.change_site_status(&site, "close").await;
    oelde.save_site(&site_form("", &beckum_id, "5")).await;
    assert!(
        oelde
            .body("/schule/lernstandort/neu")
            .await
            .contains("Bitte wählen Sie eine Ihrer Schulen.")
    );
    assert_eq!(
        app.count("select count(*) from lernstandort where place = 'Raum 1.07'")
            .await,
        1
    );
    assert_eq!(
        app.count("select count(*) from lernstandort where place = 'Übernommen'")
            .await,
        0
    );
    assert_eq!(
        app.query_text("select status from lernstandort where place = 'Raum 1.07'")
            .await,
        "pending"
    );

    // Other roles are turned away; families may not review.
    let family = app.logged_in_as(Role::Family).await;
    assert_eq!(family.page("/schule").await.0, StatusCode::FORBIDDEN);
    assert_eq!(
        family.page("/verwaltung/lernstandorte").await.0,
        StatusCode::FORBIDDEN
    );
    family.review_site(&site, "approve", "").await;
    assert_eq!(
        beckum.page("/verwaltung/lernstandorte").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.query_text("select status from lernstandort where place = 'Raum 1.07'")
            .await,
        "pending"
    );
    // A school account must name a school of the directory.
    let admin = app.logged_in_as(Role::Admin).await;
    let form = [
        ("email", "ohne-schule@example.de"),
        ("role", "school"),
        ("password", PASSWORD),
        ("password_repeat", PASSWORD),
        ("school_id", ""),
    ];
    admin.create_user(&form).await;
    assert!(
        admin
            .body("/admin/konten")
            .await
            .contains("Bitte wählen Sie eine Ihrer Schulen.")
    );
    assert_eq!(
        app.count("select count(*) from account where email = 'ohne-schule@example.de'")
            .await,
        0
    );
}

#[tokio::test]
async fn approved_claims_take_places_for_their_period() {
    let app = spawn_app_with_directory().await;
    let site = SiteInput {
        school_id: school_id(&app, "Gesamtschule Oelde").await,
        place: "Einzelplatz".into(),
        subjects: vec!["deutsch".into()],
        grade_from: "5".into(),
        grade_to: "10".into(),
        schedule: "Mo 14:00".into(),
        places: "1".into(),
        tutors: "1".into(),
        contact: "Sekretariat".into(),
        start_date: iso(time::OffsetDateTime::now_utc().date()),
    }
    .parse(time::OffsetDateTime::now_utc().date())
    .unwrap();
    let site_id = lernstandort::create(&app.db, &site, None, SiteStatus::Approved)
        .await
        .unwrap();
    let today = time::OffsetDateTime::now_utc().date();
    let (from, to) = default_period(today);
    let apply = |family: TestApp, child: String, from: String, to: String| {
        let site_id = site_id.clone();
        async move {
            let id = family.start_claim(&child, "lernfoerderung").await;
            let form = [
                ("claim_id", id.as_str()),
                ("subjects[]", "deutsch"),
                ("subject_other", ""),
                ("hours_per_week", "1"),
                ("period_from", from.as_str()),
                ("period_to", to.as_str()),
                ("place", "lernstandort"),
                ("lernstandort_id", site_id.as_str()),
                ("provider_name", ""),
                ("provider_street", ""),
                ("provider_postal_code", ""),
                ("provider_city", ""),
                ("hourly_rate", ""),
                ("reason", "Lesen fällt schwer."),
            ];
            let res = family.save_lernfoerderung(&form).await;
            (family, id, location(&res))
        }
    };

    let (first, first_child) = app
        .family_with_child("Ole", "2014-01-01", "Gesamtschule Oelde")
        .await;
    let (first, claim, next) = apply(first, first_child, iso(from), iso(to)).await;
    assert_eq!(next, format!("/familie/antrag/{claim}/nachweise"));
    first.submit_tutoring(&claim).await;
    assert_eq!(
        app.query_text("select lernstandort_id from claim").await,
        site_id.as_str(),
        "the claim names its site"
    );
    // Staff decisions come with the staff issue; approve it directly here.
    sqlx::query("update claim set status = 'approved'")
        .execute(app.db.pool())
        .await
        .unwrap();
    let finder = app.visitor().body("/lernstandorte").await;
    assert!(finder.contains("Einzelplatz") && finder.contains("Ausgebucht"));

    // The only place is taken for this half-year, not for the next one.
    let (second, second_child) = app
        .family_with_child("Mia", "2014-02-02", "Gesamtschule Oelde")
        .await;
    let (second, claim2, next) = apply(second, second_child.clone(), iso(from), iso(to)).await;
    assert_eq!(next, format!("/familie/antrag/{claim2}/angaben"));
    assert!(
        second
            .body(&format!("/familie/antrag/{claim2}/angaben"))
            .await
            .contains("im gewählten Zeitraum kein Platz frei")
    );
    let later_from = to + time::Duration::days(1);
    let later_to = later_from + time::Duration::days(90);
    let (_, claim3, next) = apply(second, second_child, iso(later_from), iso(later_to)).await;
    assert_eq!(next, format!("/familie/antrag/{claim3}/nachweise"));
}

/// Complete Lernförderung answers with an external provider, for the current half-year.
fn provider_answers(claim: &str, subject: &str, reason: &str) -> Vec<(&'static str, String)> {
    let (from, to) = default_period(time::OffsetDateTime::now_utc().date());
    [
        ("claim_id", claim),
        ("subjects[]", subject),
        ("subject_other", ""),
        ("hours_per_week", "2"),
        ("period_from", &iso(from)),
        ("period_to", &iso(to)),
        ("place", "provider"),
        ("lernstandort_id", ""),
        ("provider_name", "Lernhilfe"),
        ("provider_street", "Markt 1"),
        ("provider_postal_code", "59227"),
        ("provider_city", "Ahlen"),
        ("hourly_rate", "18"),
        ("reason", reason),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}

/// A family whose child attends `school` as listed in the directory; returns the family,
/// the child's id and the family's account e-mail.
async fn pupil_at(
    app: &TestApp,
    first_name: &str,
    birth_date: &str,
    school: &str,
) -> (TestApp, String, String) {
    let (family, child) = app.family_with_child(first_name, birth_date, school).await;
    sqlx::query("update child set school_id = $1, school_name = null where id = $2")
        .bind(school_id(app, school).await)
        .bind(&child)
        .execute(app.db.pool())
        .await
        .unwrap();
    let email: String = sqlx::query_scalar(
        "select a.email from account a join household h on h.account_id = a.id join child c on c.household_id = h.id where c.id = $1",
    )
    .bind(&child)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    (family, child, email)
}

/// A family whose child attends `school` (from the directory) with a submitted
/// Lernförderung claim at an external provider; returns the family and the claim id.
async fn tutoring_claim(app: &TestApp, school: &str) -> (TestApp, String) {
    let (family, child, _) = pupil_at(app, "Lina", "2013-03-03", school).await;
    let id = family.start_claim(&child, "lernfoerderung").await;
    let form = provider_answers(&id, "englisch", "Englisch mangelhaft.");
    family.save_lernfoerderung(&form).await;
    (family, id)
}

#[tokio::test]
async fn the_school_confirms_the_need_of_its_own_pupils_once() {
    let app = spawn_app_with_directory().await;
    let ahlen = school_account(&app, "Gesamtschule Ahlen").await;
    let oelde = school_account(&app, "Gesamtschule Oelde").await;
    let (family, claim) = tutoring_claim(&app, "Gesamtschule Ahlen").await;
    let page = format!("/schule/bestaetigung/{claim}");

    // A draft is not the school's business yet.
    assert_eq!(ahlen.page(&page).await.0, StatusCode::NOT_FOUND);
    family.submit_tutoring(&claim).await;

    let overview = ahlen.body("/schule").await;
    assert!(overview.contains("Wartet auf Ihre Bestätigung") && overview.contains("Lina Test"));
    let (status, form) = ahlen.page(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("Englisch; 2 Stunden pro Woche"), "{form}");
    // Without the family's consent the school sees nothing (every submitted claim carries
    // it; a claim without it stays invisible).
    let consent = |at: Option<i64>| {
        sqlx::query("update claim set school_consent_at = $1")
            .bind(at)
            .execute(app.db.pool())
    };
    consent(None).await.unwrap();
    assert_eq!(ahlen.page(&page).await.0, StatusCode::NOT_FOUND);
    assert!(!ahlen.body("/schule").await.contains("Lina"));
    consent(Some(1)).await.unwrap();
    // Another school sees nothing.
    assert_eq!(oelde.page(&page).await.0, StatusCode::NOT_FOUND);
    assert!(!oelde.body("/schule").await.contains("Lina"));

    // Every field of the form is sent, filled or not, as a browser does.
    let decide = |fields: Vec<(&'static str, &'static str)>| {
        let mut form: Vec<(&str, String)> = vec![("claim_id", claim.clone())];
        for field in ["hours_per_week", "period_from", "period_to"] {
            if !fields.iter().any(|(k, _)| *k == field) {
                form.push((field, String::new()));
            }
        }
        form.extend(fields.into_iter().map(|(k, v)| (k, v.to_string())));
        form
    };
    let (from, to) = default_period(time::OffsetDateTime::now_utc().date());
    let confirm = |goals: bool| {
        let mut f = decide(vec![
            ("decision", "confirm"),
            ("subjects[]", "englisch"),
            ("hours_per_week", "2"),
            ("period_from", ""),
            ("period_to", ""),
            ("reason", ""),
        ]);
        f.retain(|(k, _)| !k.starts_with("period_"));
        f.push(("period_from", iso(from)));
        f.push(("period_to", iso(to)));
        if goals {
            f.push(("goals_at_risk", "ja".into()));
        }
        f
    };
    oelde.confirm_need(&confirm(true)).await;
    ahlen
        .confirm_need(&decide(vec![("decision", "decline"), ("reason", "")]))
        .await;
    assert!(ahlen.body(&page).await.contains("Bitte begründen Sie"));
    ahlen.confirm_need(&confirm(false)).await;
    assert!(
        ahlen
            .body(&page)
            .await
            .contains("Lernziele ohne Lernförderung gefährdet")
    );
    assert_eq!(
        app.count("select count(*) from school_confirmation").await,
        0
    );

    let res = ahlen.confirm_need(&confirm(true)).await;
    assert_eq!(location(&res), "/schule");
    assert!(ahlen.body("/schule").await.contains("Bedarf bestätigt"));
    ahlen
        .confirm_need(&decide(vec![
            ("decision", "decline"),
            ("reason", "Doch nicht."),
        ]))
        .await;
    assert!(
        ahlen
            .body(&page)
            .await
            .contains("Die Schule hat über diesen Antrag schon entschieden.")
    );
    assert_eq!(
        app.query_text("select decision from school_confirmation")
            .await,
        "confirmed"
    );
    // The work queue's "confirmation pending" filter reads the claim row, written in the
    // same transaction.
    assert_eq!(
        app.query_text("select school_decision from claim where school_decision is not null")
            .await,
        "confirmed"
    );
    let family_page = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(family_page.contains("Die Schule hat den Bedarf bestätigt"));
}

#[tokio::test]
async fn a_claim_withdrawn_before_the_school_answered_no_longer_waits_for_it() {
    let app = spawn_app_with_directory().await;
    let ahlen = school_account(&app, "Gesamtschule Ahlen").await;
    let (family, claim) = tutoring_claim(&app, "Gesamtschule Ahlen").await;
    family.submit_tutoring(&claim).await;
    assert!(ahlen.body("/schule").await.contains("Lina Test"));
    family.withdraw(&claim).await;
    assert_eq!(app.claim_status(&claim).await, "withdrawn");
    let overview = ahlen.body("/schule").await;
    assert!(!overview.contains("Lina Test"), "{overview}");
}

/// The family creates the code for the school social worker for `child` in its account and
/// reads it off its overview.
async fn school_code(family: &TestApp, child: &str) -> String {
    let res = family.create_school_code(child).await;
    assert_eq!(location(&res), format!("/familie#code-{child}"));
    let (_, page) = family.page("/familie").await;
    let shown = page
        .split("<strong class=\"code\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the code is shown")
        .to_string();
    assert_eq!(shown.len(), 9, "{shown}");
    shown
}

#[tokio::test]
async fn a_school_starts_an_application_with_a_family_who_then_sends_it() {
    let app = spawn_app_with_directory().await;
    let worker = school_account(&app, "Gesamtschule Ahlen").await;
    let elsewhere = school_account(&app, "Gesamtschule Oelde").await;
    let (family, child, email) = pupil_at(&app, "Noah", "2012-04-04", "Gesamtschule Ahlen").await;

    // Knowing the family's e-mail, the child's name and birth date is not enough: without
    // the family's code nothing is found, nothing is created.
    for guess in ["ABCD-EFGH", "noah 2012-04-04"] {
        worker.start_on_behalf(&email, guess).await;
    }
    let page = worker.body("/schule/antrag/neu").await;
    assert!(
        page.contains("Bitte geben Sie den Code mit 8 Zeichen ein"),
        "{page}"
    );
    let code = school_code(&family, &child).await;
    // A pupil of another school: the code does not help.
    elsewhere.start_on_behalf(&email, &code).await;
    assert!(
        elsewhere
            .body("/schule/antrag/neu")
            .await
            .contains("Zu dieser E-Mail-Adresse und diesem Code haben wir kein Kind")
    );
    assert_eq!(app.count("select count(*) from claim").await, 0);

    // Typed in lower case with a space, as read out over the phone.
    let typed = code.to_lowercase().replace('-', " ");
    let res = worker.start_on_behalf(&email, &typed).await;
    let claim = location(&res)
        .trim_start_matches("/schule/antrag/")
        .to_string();
    assert_eq!(location(&res), format!("/schule/antrag/{claim}"));
    // Used once: a second start with the same code finds nothing.
    assert_eq!(
        location(&worker.start_on_behalf(&email, &code).await),
        "/schule/antrag/neu"
    );
    assert_eq!(app.count("select count(*) from claim").await, 1);
    let (status, form) = worker.page(&format!("/schule/antrag/{claim}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("Abschicken können ihn nur die Eltern"));
    assert_eq!(
        elsewhere.page(&format!("/schule/antrag/{claim}")).await.0,
        StatusCode::NOT_FOUND
    );

    let answers = provider_answers(&claim, "deutsch", "Besprochen im Beratungsgespräch.");
    let res = worker.save_lernfoerderung(&answers).await;
    assert_eq!(location(&res), format!("/schule/antrag/{claim}"));
    assert!(
        app.query_text("select details from claim")
            .await
            .contains("Beratungsgespräch")
    );
    // Only the family can send it.
    worker.submit_tutoring(&claim).await;
    assert_eq!(app.query_text("select status from claim").await, "draft");

    let overview = family.body("/familie").await;
    assert!(overview.contains("Von der Schule mit Ihnen begonnen"));
    let check = family
        .body(&format!("/familie/antrag/{claim}/pruefen"))
        .await;
    assert!(check.contains("Besprochen im Beratungsgespräch."));
    let res = family.submit_tutoring(&claim).await;
    assert_eq!(location(&res), format!("/familie/antrag/{claim}"));
    assert_eq!(
        app.query_text("select status from claim").await,
        "submitted"
    );
    let page = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(page.contains("Antrag von der Schule mit Ihnen begonnen"));
    // Now it is the school's to confirm, no longer to edit.
    assert_eq!(
        worker.page(&format!("/schule/antrag/{claim}")).await.0,
        StatusCode::NOT_FOUND
    );
    assert!(
        worker
            .body("/schule")
            .await
            .contains("Wartet auf Ihre Bestätigung")
    );
    // The school declines, with its reason; the family's timeline shows it.
    let decline = [
        ("claim_id", claim.as_str()),
        ("decision", "decline"),
        ("hours_per_week", ""),
        ("period_from", ""),
        ("period_to", ""),
        (
            "reason",
            "Die Schule bietet eigene Förderstunden in Deutsch an.",
        ),
    ];
    let res = worker.confirm_need(&decline).await;
    assert_eq!(location(&res), "/schule");
    assert!(
        worker
            .body("/schule")
            .await
            .contains("Bedarf nicht bestätigt")
    );
    assert_eq!(
        app.query_text("select reason from school_confirmation")
            .await,
        "Die Schule bietet eigene Förderstunden in Deutsch an."
    );
    let page = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(page.contains("Die Schule hat den Bedarf nicht bestätigt"));
}

#[tokio::test]
async fn staff_maintain_the_school_directory() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let form = |id: &str, name: &str, kind: &str, postal: &str| {
        vec![
            ("school_id", id.to_string()),
            ("kommune", "oelde".to_string()),
            ("name", name.to_string()),
            ("school_type", kind.to_string()),
            ("street", "Weitkamp 5".to_string()),
            ("postal_code", postal.to_string()),
        ]
    };
    let before = app.count("select count(*) from school").await;
    staff
        .save_school(&form("", "Realschule Oelde", "Zauberschule", "5930"))
        .await;
    let page = staff.body("/verwaltung/schulen").await;
    assert!(page.contains("Bitte wählen Sie eine Schulform aus der Liste."));
    assert!(page.contains(r#"value="Realschule Oelde""#), "input kept");
    let res = staff
        .save_school(&form("", "Realschule Oelde", "Realschule", "59302"))
        .await;
    assert_eq!(location(&res), "/verwaltung/schulen");
    assert_eq!(app.count("select count(*) from school").await, before + 1);
    // A second school of that name in the Kommune is refused.
    staff
        .save_school(&form("", "Realschule Oelde", "Realschule", "59302"))
        .await;
    assert!(
        staff
            .body("/verwaltung/schulen")
            .await
            .contains("Eine Schule mit diesem Namen gibt es in dieser Kommune schon.")
    );
    let id = app
        .query_text("select id from school where name = 'Realschule Oelde'")
        .await;
    staff
        .save_school(&form(
            &id,
            "Realschule am Weitkamp Oelde",
            "Realschule",
            "59302",
        ))
        .await;
    let directory = staff.body("/verwaltung/schulen").await;
    assert!(directory.contains("Realschule am Weitkamp Oelde"));
    assert_eq!(app.count("select count(*) from school").await, before + 1);
    // Schools and families do not maintain the directory.
    let school = app.logged_in_as(Role::School).await;
    assert_eq!(
        school.page("/verwaltung/schulen").await.0,
        StatusCode::FORBIDDEN
    );
    school
        .save_school(&form("", "Heimliche Schule", "Realschule", "59302"))
        .await;
    assert_eq!(app.count("select count(*) from school").await, before + 1);
}

#[tokio::test]
async fn a_school_social_worker_requests_access_and_can_work_only_after_approval() {
    let app = spawn_app_with_directory().await;
    let school = school_id(&app, "Städtisches Gymnasium Telgte").await;
    let visitor = app.visitor();
    let request = |email: &'static str, school: String| {
        [
            ("name", "Jana Kühn".to_string()),
            ("email", email.to_string()),
            ("school_id", school),
            ("message", "Schulsozialarbeit seit August".to_string()),
            ("password", PASSWORD.to_string()),
            ("password_repeat", PASSWORD.to_string()),
        ]
    };
    // An unknown school is refused and nothing is stored.
    visitor
        .request_school_account(&request("jana@schule.example", "erfunden".into()))
        .await;
    assert!(
        visitor
            .body("/schule/zugang")
            .await
            .contains("Bitte wählen Sie Ihre Schule aus der Liste.")
    );
    assert_eq!(
        app.count("select count(*) from account where role = 'school'")
            .await,
        0
    );

    let res = visitor
        .request_school_account(&request("jana@schule.example", school.clone()))
        .await;
    assert_eq!(location(&res), "/anmelden");
    // Before approval the account cannot log in.
    assert_eq!(
        location(&app.visitor().login("jana@schule.example", PASSWORD).await),
        "/anmelden"
    );

    let staff = app.logged_in_as(Role::Staff).await;
    let page = staff.body("/verwaltung/zugaenge").await;
    assert!(page.contains("Jana Kühn – Städtisches Gymnasium Telgte (Telgte)"));
    let account = app
        .query_text("select id from account where email = 'jana@schule.example'")
        .await;
    let res = staff.decide_school_request(&account, "approve").await;
    assert_eq!(location(&res), "/verwaltung/zugaenge");
    let worker = app.visitor();
    assert_eq!(
        location(&worker.login("jana@schule.example", PASSWORD).await),
        "/schule"
    );
    assert!(
        worker
            .body("/schule")
            .await
            .contains("Städtisches Gymnasium Telgte (Telgte)")
    );
    // Deciding twice changes nothing; a second request with the same address stores
    // nothing — and answers exactly as a new address would (no account enumeration).
    staff.decide_school_request(&account, "reject").await;
    assert!(
        staff
            .body("/verwaltung/zugaenge")
            .await
            .contains("Über diesen Antrag ist schon entschieden.")
    );
    let answer = |email: &'static str| {
        let (app, school) = (&app, school.clone());
        async move {
            let visitor = app.visitor();
            let res = visitor
                .request_school_account(&request(email, school))
                .await;
            (
                res.status(),
                location(&res),
                visitor.body("/anmelden").await,
            )
        }
    };
    let (taken, new) = (
        answer("jana@schule.example").await,
        answer("neu@schule.example").await,
    );
    assert_eq!((taken.0, &taken.1), (new.0, &new.1));
    for (_, _, page) in [&taken, &new] {
        assert!(page.contains("Ihr Antrag ist beim BuT-Team."), "{page}");
        assert!(!page.contains("schon ein Konto"), "{page}");
    }
    assert_eq!(
        app.count(
            "select count(*) from account where email = 'jana@schule.example' and disabled = 0"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("select count(*) from school_request").await,
        2,
        "only the new address's request is stored"
    );
}

#[tokio::test]
async fn a_school_submits_with_the_parents_signed_consent() {
    let app = spawn_app_with_directory().await;
    let worker = school_account(&app, "Gesamtschule Ahlen").await;
    let (family, child, email) = pupil_at(&app, "Ela", "2012-05-05", "Gesamtschule Ahlen").await;
    let code = school_code(&family, &child).await;
    let res = worker.start_on_behalf(&email, &code).await;
    let claim = location(&res)
        .trim_start_matches("/schule/antrag/")
        .to_string();
    let signed = |bytes: &'static [u8]| {
        reqwest::multipart::Form::new().part(
            "files",
            reqwest::multipart::Part::bytes(bytes).file_name("Antrag unterschrieben.pdf"),
        )
    };
    let path = format!("/schule/antrag/{claim}/unterschrieben");
    // Not before the answers are complete.
    worker
        .post_multipart(&path, signed(b"%PDF-1.4 signed"))
        .await;
    assert!(
        worker
            .body(&format!("/schule/antrag/{claim}"))
            .await
            .contains("Es fehlen noch Angaben.")
    );
    let answers = provider_answers(&claim, "mathematik", "Gemeinsam besprochen.");
    worker.save_lernfoerderung(&answers).await;
    // Not without a real document; a family cannot use this way.
    worker.post_multipart(&path, signed(b"kein PDF")).await;
    assert_eq!(
        family
            .post_multipart(&path, signed(b"%PDF-1.4 x"))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.query_text("select status from claim").await, "draft");

    let res = worker
        .post_multipart(&path, signed(b"%PDF-1.4 signed"))
        .await;
    assert_eq!(location(&res), "/schule");
    assert_eq!(
        app.query_text("select status from claim").await,
        "submitted"
    );
    assert!(
        app.query_text("select snapshot from claim")
            .await
            .contains("signed_consent_uploaded_by")
    );
    let read = app.snapshots().await;
    assert!(read[0].signed_consent_uploaded_by.is_some());
    assert!(read[0].lernfoerderung().is_some());
    let page = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(page.contains("Antrag unterschrieben.pdf") && page.contains("Eingegangen"));
}

/// A name that closes the `<title>` and redirects the browser, were it written unescaped.
const HOSTILE: &str = "</title><meta http-equiv=refresh content=0;url=//evil.example>";

/// The `<head>` of a page.
fn head(page: &str) -> &str {
    let start = page.find("<head>").expect("a head");
    let end = page.find("</head>").expect("the head's end");
    &page[start..end]
}

#[tokio::test]
async fn hostile_names_of_children_sites_and_schools_stay_text_in_page_titles() {
    let app = spawn_app_with_directory().await;
    let school = school_id(&app, "Gesamtschule Ahlen").await;
    let worker = school_account(&app, "Gesamtschule Ahlen").await;
    let (family, claim) = tutoring_claim(&app, "Gesamtschule Ahlen").await;
    family.submit_tutoring(&claim).await;
    let res = worker.save_site(&site_form("", &school, "8")).await;
    assert_eq!(location(&res), "/schule", "site saved");
    let site: String = app
        .query_text_with(
            "select id from lernstandort where school_id = $1",
            &[&school],
        )
        .await;
    // Stored as if typed by the family, the worker and staff (whatever the forms accept).
    for sql in [
        "update child set first_name = $1",
        "update lernstandort set place = $1",
        "update school set name = $1 where name = 'Gesamtschule Ahlen'",
    ] {
        sqlx::query(sql)
            .bind(HOSTILE)
            .execute(app.db.writer())
            .await
            .unwrap();
    }
    let staff = app.logged_in_as(Role::Staff).await;
    let pages = [
        (&worker, format!("/schule/bestaetigung/{claim}")),
        (&worker, format!("/schule/lernstandort/{site}")),
        (&staff, format!("/verwaltung/schulen/{school}")),
    ];
    for (who, path) in pages {
        let (status, page) = who.page(&path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let head = head(&page);
        assert!(!head.contains("<meta http-equiv"), "{path}: {head}");
        assert_eq!(head.matches("<title>").count(), 1, "{path}: {head}");
        assert!(
            head.contains("&lt;/title&gt;&lt;meta http-equiv=refresh"),
            "{path}: the name is in the title, as text: {head}"
        );
    }
}

#[tokio::test]
async fn the_release_is_a_free_choice_the_school_sees_only_what_it_needs_and_a_withdrawal_ends_its_access()
 {
    let app = spawn_app_with_directory().await;
    let ahlen = school_account(&app, "Gesamtschule Ahlen").await;
    let (family, claim) = tutoring_claim(&app, "Gesamtschule Ahlen").await;
    let page = format!("/schule/bestaetigung/{claim}");
    family.submit_tutoring(&claim).await;
    let form = ahlen.body(&page).await;
    assert!(form.contains("Englisch; 2 Stunden pro Woche"), "{form}");
    assert!(
        !form.contains("Englisch mangelhaft."),
        "the parents' reason is not the school's business"
    );

    // The family sees its consents and withdraws the release; the school loses access.
    let own = format!("/familie/antrag/{claim}");
    let before = family.body(&own).await;
    assert!(before.contains("Ihre Einwilligungen") && before.contains("erteilt am"));
    let res = family.withdraw_consent(&claim, "school").await;
    assert_eq!(location(&res), own);
    let after = family.body(&own).await;
    assert!(after.contains("Ihr Widerruf ist gespeichert."), "{after}");
    assert!(after.contains("Schweigepflichtentbindung widerrufen"));
    assert_eq!(ahlen.page(&page).await.0, StatusCode::NOT_FOUND);
    assert!(!ahlen.body("/schule").await.contains("Lina"));
    family.withdraw_consent(&claim, "school").await;
    assert!(
        family
            .body(&own)
            .await
            .contains("Diese Einwilligung ist nicht (mehr) erteilt.")
    );
    let staff = app.logged_in_as(Role::Staff).await;
    let file = staff.body(&format!("/verwaltung/antrag/{claim}")).await;
    assert!(file.contains("widerrufen am"), "staff see the withdrawal");

    // Nobody else can withdraw it; twenty withdrawals at once are recorded once.
    let (other, _) = app.submitted_teilhabe("Fremd", "10").await;
    other.withdraw_consent(&claim, "direct").await;
    assert_eq!(
        app.count_with(
            "select count(*) from claim where id = $1 and direct_consent_at is not null",
            &[&claim]
        )
        .await,
        1
    );
    let family = std::sync::Arc::new(family);
    let mut tries = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let (family, claim) = (family.clone(), claim.clone());
        tries.spawn(async move { family.withdraw_consent(&claim, "direct").await.status() });
    }
    let statuses = tries.join_all().await;
    assert!(statuses.iter().all(|s| s.is_redirection()), "{statuses:?}");
    assert_eq!(
        app.count_with(
            "select count(*) from claim_event where claim_id = $1 and note = 'consent-direct-withdrawn'",
            &[&claim]
        )
        .await,
        1
    );
}

#[tokio::test]
async fn a_school_hears_of_waiting_claims_once_a_day_at_most() {
    let app = spawn_app_with_directory().await;
    let _ahlen = school_account(&app, "Gesamtschule Ahlen").await;
    let _oelde = school_account(&app, "Gesamtschule Oelde").await;
    let (family, claim) = tutoring_claim(&app, "Gesamtschule Ahlen").await;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    // A draft waits for nobody.
    assert_eq!(
        app::db::confirmation::send_digests(&app.db, now)
            .await
            .unwrap(),
        0
    );
    family.submit_tutoring(&claim).await;
    assert_eq!(
        app::db::confirmation::send_digests(&app.db, now)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        app::db::confirmation::send_digests(&app.db, now + 3600)
            .await
            .unwrap(),
        0
    );
    let body = app
        .query_text("select body_text from outbox where kind = 'school-digest'")
        .await;
    assert!(body.contains("Ein Antrag auf Lernförderung"), "{body}");
    assert!(!body.contains("Lina"), "no names in the mail: {body}");
    // The next day, still waiting: one more.
    assert_eq!(
        app::db::confirmation::send_digests(&app.db, now + 25 * 3600)
            .await
            .unwrap(),
        1
    );
}
