//! A family applies for Lernförderung: subjects, hours, period, a Lernstandort or an
//! external provider, the reason, and the release from confidentiality for the school.

use portal_tests::{TestApp, location, spawn_app};
use server::seed::seed_directory;

async fn family_with_child(app: &TestApp) -> (TestApp, String) {
    app.family_with_child("Yusuf", "2013-02-02", "Gesamtschule Ahlen")
        .await
}

async fn start(family: &TestApp, child: &str) -> String {
    let res = family
        .post_form(
            "/api/claim/start",
            &[("child_id", child), ("benefit", "lernfoerderung")],
        )
        .await;
    location(&res)
        .trim_start_matches("/familie/antrag/")
        .trim_end_matches("/angaben")
        .to_string()
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
    let app = spawn_app().await;
    seed_directory(&app.db).await.unwrap();
    let (family, child) = family_with_child(&app).await;
    assert!(
        family
            .page("/familie")
            .await
            .1
            .contains("Lernförderung beantragen")
    );
    let id = start(&family, &child).await;
    let (_, form) = family.page(&format!("/familie/antrag/{id}/angaben")).await;
    assert!(form.contains("Schritt 2 von 5") && form.contains("Angaben zur Lernförderung"));
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

    // The declaration asks for the release from confidentiality; without it nothing happens.
    let (_, decl) = family
        .page(&format!("/familie/antrag/{id}/erklaerung"))
        .await;
    assert!(decl.contains("Schweigepflichtentbindung"));
    let res = family
        .submit_claim(&[
            ("claim_id", id.as_str()),
            ("declaration", "ja"),
            ("consent", "ja"),
        ])
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/erklaerung"));
    assert!(
        family
            .page(&format!("/familie/antrag/{id}/erklaerung"))
            .await
            .1
            .contains("Ohne Ihr Einverständnis kann die Schule den Bedarf nicht bestätigen.")
    );
    assert_eq!(
        app.count("select count(*) from claim where status = 'draft'")
            .await,
        1
    );

    let res = family.submit_tutoring(&id).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
    assert_eq!(
        app.count("select count(*) from claim where status = 'submitted' and school_consent_at is not null")
            .await,
        1
    );
    let snapshot = app.query_text("select snapshot from claim").await;
    assert!(snapshot.contains("school_consent_at") && snapshot.contains("Raum B 104"));
    let page = family.page(&format!("/familie/antrag/{id}")).await.1;
    assert!(page.contains("Lernförderung") && page.contains("Eingegangen"));

    // The printable receipt names the reference number.
    let year = today.year();
    let receipt = family
        .page(&format!("/familie/antrag/{id}/eingangsbestaetigung"))
        .await
        .1;
    assert!(receipt.contains("Eingangsbestätigung"));
    assert!(receipt.contains(&format!("BUT-{year}-000001")));
}

#[tokio::test]
async fn tutoring_answers_are_checked_and_kept() {
    let app = spawn_app().await;
    seed_directory(&app.db).await.unwrap();
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
            .page(&angaben)
            .await
            .1
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
    assert!(family.page(&angaben).await.1.contains("Bitte füllen Sie"));
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
async fn claims_beyond_the_age_limits_cannot_be_started() {
    let app = spawn_app().await;
    seed_directory(&app.db).await.unwrap();
    let (family, _) = family_with_child(&app).await;
    let adult = [
        ("child_id", ""),
        ("first_name", "Deniz"),
        ("last_name", "Aydın"),
        ("birth_date", "2000-01-01"),
        ("school_id", ""),
        ("school_name", "Berufskolleg Beckum"),
        ("grade", "13"),
    ];
    family.save_child(&adult).await;
    let child = app
        .query_text("select id from child where first_name = 'Deniz'")
        .await;
    // The overview offers only what a child can claim.
    let overview = family.page("/familie").await.1;
    let item = |name: &str| {
        overview
            .split("<li")
            .find(|li| li.contains(name))
            .unwrap_or_default()
            .to_string()
    };
    assert!(!item("Deniz").contains("beantragen"), "{}", item("Deniz"));
    assert!(
        item("Yusuf").contains("Lernförderung beantragen")
            && item("Yusuf").contains("Teilhabe beantragen")
    );
    for (benefit, message) in [
        ("teilhabe", "nur für Kinder und Jugendliche unter 18 Jahren"),
        ("lernfoerderung", "nur bis zum 25. Geburtstag"),
    ] {
        let res = family
            .post_form(
                "/api/claim/start",
                &[("child_id", child.as_str()), ("benefit", benefit)],
            )
            .await;
        assert_eq!(location(&res), "/familie");
        assert!(
            family.page("/familie").await.1.contains(message),
            "{benefit}"
        );
    }
    assert_eq!(app.count("select count(*) from claim").await, 0);
}
