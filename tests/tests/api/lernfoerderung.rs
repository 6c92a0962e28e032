//! A family applies for Lernförderung: subjects, hours, period, a Lernstandort or an
//! external provider, the reason, and the release from confidentiality for the school.

use app::domain::account::Role;
use portal_tests::{TestApp, approval, location, spawn_app_with_directory, teilhabe_form};

async fn family_with_child(app: &TestApp) -> (TestApp, String) {
    app.family_with_child("Yusuf", "2013-02-02", "Gesamtschule Ahlen")
        .await
}

async fn start(family: &TestApp, child: &str) -> String {
    family.start_claim(child, "lernfoerderung").await
}

fn answers<'a>(id: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, String)> {
    let today = time::OffsetDateTime::now_utc().date();
    let (from, to) = app::domain::lernfoerderung::default_period(today);
    let mut form: Vec<(&str, String)> = [
        ("claim_id", id),
        ("subjects[]", "mathematik"),
        ("subjects[]", "englisch"),
        ("subject_other", ""),
        ("hours_per_week", "2"),
        ("place", "lernstandort"),
        ("lernstandort_id", ""),
        ("provider_name", ""),
        ("provider_street", ""),
        ("provider_postal_code", ""),
        ("provider_city", ""),
        ("hourly_rate", ""),
        ("reason", "Die Versetzung ist gefährdet."),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect();
    form.push(("period_from", app::domain::text::iso(from)));
    form.push(("period_to", app::domain::text::iso(to)));
    for (k, v) in extra {
        form.retain(|(f, _)| f != k || k.ends_with("[]"));
        form.push((k, v.to_string()));
    }
    form
}

#[tokio::test]
async fn a_family_applies_for_tutoring_at_a_lernstandort_and_releases_the_school() {
    let app = spawn_app_with_directory().await;
    let (family, child) = family_with_child(&app).await;
    assert!(
        family
            .body("/familie")
            .await
            .contains("Lernförderung beantragen")
    );
    let id = start(&family, &child).await;
    let (_, form) = family.page(&format!("/familie/antrag/{id}/angaben")).await;
    assert!(form.contains("Schritt 1 von 4") && form.contains("Angaben zur Lernförderung"));
    assert!(
        form.contains("höchstens 20,00 € pro Stunde"),
        "the cap comes from the rate table"
    );
    assert!(form.contains("Gesamtschule Ahlen (Ahlen) – Raum B 104"));
    let today = time::OffsetDateTime::now_utc().date();
    let (from, _) = app::domain::lernfoerderung::default_period(today);
    assert!(
        form.contains(&format!(r#"value="{}""#, app::domain::text::iso(from))),
        "the school half-year is offered"
    );

    let site = app
        .query_text("select l.id from lernstandort l join school s on s.id = l.school_id where s.name = 'Gesamtschule Ahlen'")
        .await;
    let res = family
        .save_lernfoerderung(&answers(&id, &[("lernstandort_id", &site)]))
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    let (_, check) = family.page(&format!("/familie/antrag/{id}/pruefen")).await;
    assert!(check.contains("Mathematik, Englisch"), "{check}");
    assert!(check.contains("Raum B 104") && check.contains("Mo und Mi 14:00–15:30"));

    // The declaration asks for the release from confidentiality as a free choice, and
    // says how to withdraw it.
    let (_, decl) = family
        .page(&format!("/familie/antrag/{id}/erklaerung"))
        .await;
    assert!(decl.contains("Schweigepflichtentbindung"));
    assert!(decl.contains("Freiwillig") && decl.contains("für die Zukunft widerrufen"));
    assert!(decl.contains("nicht Ihre Begründung"), "{decl}");
    let res = family.submit_tutoring(&id).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
    assert_eq!(
        app.count("select count(*) from claim where status = 'submitted' and school_consent_at is not null")
            .await,
        1
    );
    let snapshot = app.query_text("select snapshot from claim").await;
    assert!(snapshot.contains("school_consent_at") && snapshot.contains("Raum B 104"));
    let page = family.body(&format!("/familie/antrag/{id}")).await;
    assert!(page.contains("Lernförderung") && page.contains("Eingegangen"));

    // The printable receipt names the reference number.
    let year = today.year();
    let receipt = family
        .body(&format!("/familie/antrag/{id}/eingangsbestaetigung"))
        .await;
    assert!(receipt.contains("Eingangsbestätigung"));
    assert!(receipt.contains(&format!("BUT-{year}-000001")));
}

#[tokio::test]
async fn tutoring_answers_are_checked_and_kept() {
    let app = spawn_app_with_directory().await;
    let (family, child) = family_with_child(&app).await;
    let id = start(&family, &child).await;
    let angaben = format!("/familie/antrag/{id}/angaben");

    let mut bad = answers(&id, &[("hours_per_week", "11"), ("lernstandort_id", "")]);
    bad.retain(|(k, _)| *k != "subjects[]");
    let res = family.save_lernfoerderung(&bad).await;
    assert_eq!(location(&res), angaben);
    let (_, body) = family.page(&angaben).await;
    assert!(body.contains("Bitte wählen Sie mindestens ein Fach aus der Liste."));
    assert!(body.contains("Bitte geben Sie eine ganze Zahl von 1 bis 10 an."));
    assert!(body.contains("Bitte wählen Sie einen Lernstandort aus."));
    assert!(
        body.contains(r#"value="11""#),
        "what was typed is shown again"
    );

    // A site that does not exist (or is not approved) cannot be chosen.
    family
        .save_lernfoerderung(&answers(&id, &[("lernstandort_id", "erfunden")]))
        .await;
    assert!(
        family
            .body(&angaben)
            .await
            .contains("Diesen Lernstandort gibt es nicht")
    );

    // An external provider needs its address and rate; a rate above the cap is explained.
    let provider = [
        ("place", "provider"),
        ("provider_name", "Lernhilfe Ahlen"),
        ("provider_street", "Markt 3"),
        ("provider_postal_code", "59227"),
        ("provider_city", ""),
        ("hourly_rate", "25"),
    ];
    family.save_lernfoerderung(&answers(&id, &provider)).await;
    assert!(family.body(&angaben).await.contains("Bitte füllen Sie"));
    let mut fixed = provider.to_vec();
    fixed[4] = ("provider_city", "Ahlen");
    let res = family.save_lernfoerderung(&answers(&id, &fixed)).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    let (_, check) = family.page(&format!("/familie/antrag/{id}/pruefen")).await;
    assert!(check.contains("Lernhilfe Ahlen, Markt 3, 59227 Ahlen"));
    assert!(
        check.contains("Die 5,00 € pro Stunde darüber"),
        "the part above the 20 € cap is named: {check}"
    );
    let details = app.query_text("select details from claim").await;
    assert!(details.contains("Lernhilfe Ahlen") && details.contains("mathematik"));
}

#[tokio::test]
async fn claims_beyond_the_age_limits_are_taken_and_staff_see_the_doubt() {
    // No application is refused at the door (§ 20 Abs. 3 SGB X): the family is told,
    // staff see the doubt, and the approval cannot reach past the age limit.
    let app = spawn_app_with_directory().await;
    let (family, _) = family_with_child(&app).await;
    let adult = family
        .add_child("Deniz", "Aydın", "2000-01-01", "Berufskolleg Beckum")
        .await
        .expect("child saved");
    let overview = family.body("/familie").await;
    let deniz = overview
        .split("<li")
        .find(|li| li.contains("Deniz"))
        .unwrap_or_default();
    assert!(
        deniz.contains("Lernförderung beantragen") && deniz.contains("Teilhabe beantragen"),
        "both benefits are offered: {deniz}"
    );
    for (benefit, message) in [
        ("teilhabe", "nur für Kinder und Jugendliche unter 18 Jahren"),
        ("lernfoerderung", "nur bis zum 25. Geburtstag"),
    ] {
        let id = family.start_claim(&adult, benefit).await;
        let (status, page) = family.page(&format!("/familie/antrag/{id}/angaben")).await;
        assert_eq!(status, 200, "{benefit}: the draft exists");
        assert!(page.contains(message), "{benefit}: {page}");
        assert!(page.contains("trotzdem stellen"), "{benefit}");
    }
    assert_eq!(app.count("select count(*) from claim").await, 2);

    // A Teilhabe claim past the age limit reaches staff with the doubt named.
    let res = family
        .save_teilhabe(&teilhabe_form(
            &app.query_text(
                "select c.id from claim c join child k on k.id = c.child_id \
                 where k.first_name = 'Deniz' and c.benefit = 'teilhabe'",
            )
            .await,
            "15",
        ))
        .await;
    assert!(location(&res).ends_with("/nachweise"), "{}", location(&res));
    let claim = location(&res)
        .trim_start_matches("/familie/antrag/")
        .trim_end_matches("/nachweise")
        .to_string();
    let submit = [
        ("claim_id", claim.as_str()),
        ("declaration", "ja"),
        ("consent", "ja"),
    ];
    family.submit_claim(&submit).await;
    assert_eq!(app.claim_status(&claim).await, "submitted");
    let staff = app.logged_in_as(Role::Staff).await;
    let page = format!("/verwaltung/antrag/{claim}");
    let view = staff.body(&page).await;
    assert!(view.contains("data-testid=\"doubts\""), "{view}");
    assert!(view.contains("Altersgrenze schon vor dem beantragten Zeitraum"));
    assert!(
        view.contains("31.12.2017"),
        "the last day of the month before the 18th birthday"
    );

    // Approving is refused with the reason, and nothing is written.
    staff
        .approve(&approval(&claim, "2026-12-01", "2027-05-31", "15"))
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("ganz nach der Altersgrenze")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);
    assert_eq!(app.count("select count(*) from notice").await, 0);
    assert_eq!(app.claim_status(&claim).await, "submitted");
}
