//! Lernförderung at a Lernstandort is paid to the site's operator (Träger), with address
//! and bank account — never to the room: staff maintain the operator, an approval names
//! it as payee, and the Kostenübernahmeerklärung goes to its address.

use app::domain::{account::Role, lernfoerderung::default_period, text::iso};
use portal_tests::{TestApp, location, pdf_text, spawn_app_with_directory};

const OPERATORS: &str = "/verwaltung/lernstandorte/traeger";

fn operator_form<'a>(site: &'a str, iban: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("site_id", site),
        ("operator_name", "Caritasverband Ahlen e. V."),
        ("operator_street", "Nordstraße 5"),
        ("operator_postal_code", "59227"),
        ("operator_city", "Ahlen"),
        ("operator_iban", iban),
    ]
}

/// A submitted Lernförderung claim at the Lernstandort of Gesamtschule Ahlen; returns the
/// claim and the site.
async fn tutoring_at_site(app: &TestApp) -> (String, String) {
    let (family, child) = app
        .family_with_child("Yusuf", "2013-02-02", "Gesamtschule Ahlen")
        .await;
    let site = app
        .query_text(
            "select l.id from lernstandort l join school s on s.id = l.school_id \
             where s.name = 'Gesamtschule Ahlen'",
        )
        .await;
    let claim = family.start_claim(&child, "lernfoerderung").await;
    let (from, to) = default_period(time::OffsetDateTime::now_utc().date());
    let answers: Vec<(&str, String)> = vec![
        ("claim_id", claim.clone()),
        ("subjects[]", "mathematik".into()),
        ("subject_other", "".into()),
        ("hours_per_week", "2".into()),
        ("period_from", iso(from)),
        ("period_to", iso(to)),
        ("place", "lernstandort".into()),
        ("lernstandort_id", site.clone()),
        ("provider_name", "".into()),
        ("provider_street", "".into()),
        ("provider_postal_code", "".into()),
        ("provider_city", "".into()),
        ("hourly_rate", "".into()),
        ("reason", "Die Versetzung ist gefährdet.".into()),
    ];
    family.save_lernfoerderung(&answers).await;
    let res = family.submit_tutoring(&claim).await;
    assert_eq!(location(&res), format!("/familie/antrag/{claim}"));
    (claim, site)
}

fn approval_form(claim: &str, payee: &str) -> Vec<(&'static str, String)> {
    let (from, to) = default_period(time::OffsetDateTime::now_utc().date());
    vec![
        ("claim_id", claim.to_string()),
        ("period_from", iso(from)),
        ("period_to", iso(to)),
        ("hours_per_week", "2".into()),
        ("hourly_rate", "20".into()),
        ("lesson_minutes", "45".into()),
        ("payee", payee.into()),
        ("payment_route", "direct".into()),
        (
            "reasons",
            "Das Halbjahreszeugnis weist die Gefährdung der Versetzung aus.".into(),
        ),
    ]
}

#[tokio::test]
async fn a_lernstandort_is_paid_through_its_operator_and_the_cover_goes_there() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (claim, site) = tutoring_at_site(&app).await;
    // A site whose operator nobody has entered yet.
    sqlx::query("update lernstandort set operator_name = '' where id = $1")
        .bind(&site)
        .execute(app.db.pool())
        .await
        .unwrap();
    let list = staff.body(OPERATORS).await;
    assert!(list.contains(r#"data-testid="operator-missing""#), "{list}");

    let page = format!("/verwaltung/antrag/{claim}");
    staff
        .approve(&approval_form(&claim, "Gesamtschule Ahlen – Raum B 104"))
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("noch kein Träger mit Anschrift und Bankverbindung")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);

    // A wrong IBAN comes back with its error and the values; nothing is saved.
    let res = staff
        .submit::<app::api::school::SaveSiteOperator, _>(&operator_form(
            &site,
            "DE89 3704 0044 0532 0130 01",
        ))
        .await;
    assert_eq!(location(&res), format!("{OPERATORS}/{site}"));
    let form = staff.body(&format!("{OPERATORS}/{site}")).await;
    assert!(form.contains("Caritasverband Ahlen e. V."), "{form}");
    assert!(form.contains("Die IBAN stimmt nicht."), "{form}");
    assert_eq!(
        app.query_text_with(
            "select operator_name from lernstandort where id = $1",
            &[&site]
        )
        .await,
        ""
    );
    // Families and schools cannot change who is paid.
    let good = operator_form(&site, "DE89 3704 0044 0532 0130 00");
    for other in [
        app.logged_in_as(Role::Family).await,
        app.logged_in_as(Role::School).await,
    ] {
        other
            .submit::<app::api::school::SaveSiteOperator, _>(&good)
            .await;
    }
    assert_eq!(
        app.count("select count(*) from lernstandort where operator_name like 'Caritas%'")
            .await,
        0
    );
    let res = staff
        .submit::<app::api::school::SaveSiteOperator, _>(&good)
        .await;
    assert_eq!(location(&res), OPERATORS);
    assert!(staff.body(OPERATORS).await.contains(
        "Caritasverband Ahlen e. V., Nordstraße 5, 59227 Ahlen · DE89 3704 0044 0532 0130 00"
    ));

    // The approval form proposes the operator; another payee is refused.
    assert!(
        staff
            .body(&page)
            .await
            .contains(r#"value="Caritasverband Ahlen e. V.""#)
    );
    staff
        .approve(&approval_form(&claim, "Gesamtschule Ahlen – Raum B 104"))
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Zahlungsempfänger an einem Lernstandort ist sein Träger")
    );
    staff
        .approve(&approval_form(&claim, "Caritasverband Ahlen e. V."))
        .await;
    assert_eq!(app.claim_status(&claim).await, "approved");
    let cover = app
        .query_text_with(
            "select id from notice where claim_id = $1 and kind = 'kostenuebernahme'",
            &[&claim],
        )
        .await;
    let text = pdf_text(
        &staff
            .get(&format!("/bescheide/{cover}"))
            .await
            .bytes()
            .await
            .unwrap(),
    );
    assert!(text.contains("Caritasverband Ahlen e. V."), "{text}");
    assert!(text.contains("Nordstraße 5"), "{text}");
    assert!(text.contains("59227 Ahlen"), "{text}");
}
