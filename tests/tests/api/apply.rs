//! A family applies for soziokulturelle Teilhabe through the forms, step by step.

use app::domain::account::Role;
use portal_tests::{TestApp, location, spawn_app_with_directory};
use reqwest::StatusCode;

const HOUSEHOLD: [(&str, &str); 11] = [
    ("benefit", "wohngeld"),
    ("benefit_reference", "WG-777"),
    ("benefit_valid_from", "2026-01-01"),
    ("benefit_valid_to", "2026-12-31"),
    ("street", "Südstraße 2"),
    ("postal_code", "48231"),
    ("city", "Warendorf"),
    ("kommune", "warendorf"),
    ("phone", ""),
    ("contact_email", ""),
    ("applicant_name", "Marek Nowak"),
];

fn teilhabe(claim_id: &str, fee: &str, iban: &str) -> Vec<(&'static str, String)> {
    let month = current_month();
    [
        ("claim_id", claim_id),
        ("activity", "sport"),
        ("description", "Fußball"),
        ("provider_name", "SC Warendorf e. V."),
        ("provider_street", "Sportplatzweg 3"),
        ("provider_postal_code", "48231"),
        ("provider_city", "Warendorf"),
        ("provider_contact", ""),
        ("provider_iban", iban),
        ("monthly_fee", fee),
        ("start_month", &month),
        ("end_month", &month),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}

fn current_month() -> String {
    let today = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}", today.year(), today.month() as u8)
}

/// A logged-in family with household and one child; returns it and the child's id.
async fn family(app: &TestApp) -> (TestApp, String) {
    let family = app.logged_in_as(Role::Family).await;
    family.save_household(&HOUSEHOLD).await;
    let form = [
        ("child_id", ""),
        ("first_name", "Mira"),
        ("last_name", "Kowalska"),
        ("birth_date", "2014-09-01"),
        ("school_id", ""),
        ("school_name", "Gymnasium Laurentianum"),
        ("grade", "7a"),
    ];
    assert_eq!(location(&family.save_child(&form).await), "/familie");
    let child: String = sqlx::query_scalar("select c.id from child c join household h on h.id = c.household_id join account a on a.id = h.account_id where a.email like 'family-%' order by c.created_at desc limit 1")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    (family, child)
}

async fn start(family: &TestApp, child: &str) -> String {
    let res = family.start_draft(child, "teilhabe").await;
    let loc = location(&res);
    assert!(loc.ends_with("/angaben"), "{loc}");
    loc.trim_start_matches("/familie/antrag/")
        .trim_end_matches("/angaben")
        .to_string()
}

#[tokio::test]
async fn a_family_applies_for_teilhabe_from_start_to_reference_number() {
    let app = spawn_app_with_directory().await;
    let (family, child) = family(&app).await;
    assert!(
        family
            .body("/familie")
            .await
            .contains("Teilhabe beantragen")
    );

    let id = start(&family, &child).await;
    let (status, body) = family.page(&format!("/familie/antrag/{id}/angaben")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Schritt 1 von 4"));
    assert!(
        body.contains("bis zu 15,00 € im Monat"),
        "the amount comes from the rate table"
    );

    let res = family
        .save_teilhabe(&teilhabe(&id, "25,00", "DE89 3704 0044 0532 0130 00"))
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/nachweise"));
    let (_, check) = family.page(&format!("/familie/antrag/{id}/pruefen")).await;
    assert!(check.contains("Schritt 3 von 4") && check.contains("SC Warendorf e. V."));
    assert!(check.contains("DE89 3704 0044 0532 0130 00"));
    assert!(check.contains("Das Jobcenter kann davon 15,00 € im Monat übernehmen."));
    assert!(
        check.contains("Den Rest von 10,00 € im Monat zahlen Sie selbst"),
        "{check}"
    );

    // Without the declaration nothing is submitted.
    let res = family.submit_claim(&[("claim_id", id.as_str())]).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/erklaerung"));
    let (_, decl) = family
        .page(&format!("/familie/antrag/{id}/erklaerung"))
        .await;
    assert!(decl.contains("Bitte bestätigen Sie, dass Ihre Angaben richtig sind."));
    assert_eq!(
        app.count("select count(*) from claim where status = 'submitted'")
            .await,
        0
    );

    let form = [
        ("claim_id", id.as_str()),
        ("declaration", "ja"),
        ("consent", "ja"),
    ];
    let res = family.submit_claim(&form).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
    let (_, page) = family.page(&format!("/familie/antrag/{id}")).await;
    let year = time::OffsetDateTime::now_utc().year();
    assert!(
        page.contains(&format!("Antrag BUT-{year}-000001")),
        "{page}"
    );
    assert!(page.contains("Ihr Antrag ist bei uns angekommen."));
    assert!(page.contains(r#"data-testid="status">Eingegangen<"#));
    assert!(page.contains("Antrag begonnen") && page.contains("Antrag abgeschickt"));

    // A second click on "submit" changes nothing.
    let res = family.submit_claim(&form).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
    assert_eq!(app.count("select count(*) from claim").await, 1);
    assert_eq!(app.count("select count(*) from claim_event").await, 2);
    let (_, overview) = family.page("/familie").await;
    assert!(overview.contains(&format!("BUT-{year}-000001")) && overview.contains("Eingegangen"));
}

#[tokio::test]
async fn bad_answers_are_named_but_kept_in_the_draft_for_another_day() {
    let app = spawn_app_with_directory().await;
    let (family, child) = family(&app).await;
    let id = start(&family, &child).await;
    let res = family
        .save_teilhabe(&teilhabe(&id, "zwölf", "DE00 1234"))
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/angaben"));
    let (_, body) = family.page(&format!("/familie/antrag/{id}/angaben")).await;
    assert!(body.contains("Bitte geben Sie den Betrag in Euro ein"));
    assert!(body.contains("Die IBAN hat nicht das richtige Format."));
    assert!(body.contains(r#"value="SC Warendorf e. V.""#));

    // Reloading later (no flash any more) shows the stored draft, typos included.
    let (_, later) = family.page(&format!("/familie/antrag/{id}/angaben")).await;
    assert!(later.contains(r#"value="SC Warendorf e. V.""#) && later.contains(r#"value="zwölf""#));
    // Skipping ahead to submit an incomplete draft sends the family back.
    let res = family
        .submit_claim(&[
            ("claim_id", id.as_str()),
            ("declaration", "ja"),
            ("consent", "ja"),
        ])
        .await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}/angaben"));
    assert_eq!(
        app.count("select count(*) from claim where status = 'draft'")
            .await,
        1
    );
    // The check page cannot be reached with invalid answers.
    assert_eq!(
        location(&family.get(&format!("/familie/antrag/{id}/pruefen")).await),
        format!("/familie/antrag/{id}/angaben")
    );
}

#[tokio::test]
async fn a_submitted_claim_keeps_its_snapshot_and_can_be_withdrawn_once() {
    let app = spawn_app_with_directory().await;
    let (family, child) = family(&app).await;
    let id = start(&family, &child).await;
    family.save_teilhabe(&teilhabe(&id, "10", "")).await;
    family
        .submit_claim(&[
            ("claim_id", id.as_str()),
            ("declaration", "ja"),
            ("consent", "ja"),
        ])
        .await;

    let mut changed = HOUSEHOLD.to_vec();
    changed[1] = ("benefit_reference", "WG-NEU");
    family.save_household(&changed).await;
    let snapshot: String = sqlx::query_scalar("select snapshot from claim")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert!(snapshot.contains("WG-777") && !snapshot.contains("WG-NEU"));
    assert!(snapshot.contains("declaration_at") && snapshot.contains("SC Warendorf"));
    let read = app.snapshots().await;
    assert_eq!(read[0].household.benefit_reference, "WG-777");
    assert_eq!(
        read[0].teilhabe().map(|t| t.provider_name.as_str()),
        Some("SC Warendorf e. V.")
    );
    assert_eq!(
        app.count("select count(*) from claim where school_consent_at is null")
            .await,
        1,
        "only Lernförderung asks the school"
    );

    // Submitted answers can no longer be edited.
    family.save_teilhabe(&teilhabe(&id, "99", "")).await;
    assert!(
        !app.query_text("select details from claim")
            .await
            .contains("\"99\"")
    );

    // Not one tap: without ticking that the family means it, nothing happens.
    let page = family.body(&format!("/familie/antrag/{id}")).await;
    assert!(
        page.contains("Das können Sie nicht rückgängig machen."),
        "{page}"
    );
    family
        .submit::<app::api::claim::WithdrawClaim, _>(&[("claim_id", id.as_str())])
        .await;
    assert_eq!(app.claim_status(&id).await, "submitted");
    assert!(
        family
            .body(&format!("/familie/antrag/{id}"))
            .await
            .contains("Bitte bestätigen Sie, dass Sie den Antrag zurückziehen möchten.")
    );
    let res = family.withdraw(&id).await;
    assert_eq!(location(&res), format!("/familie/antrag/{id}"));
    let (_, page) = family.page(&format!("/familie/antrag/{id}")).await;
    assert!(
        page.contains("Sie haben den Antrag zurückgezogen.")
            && page.contains(r#"data-testid="status">Zurückgezogen<"#)
    );
    assert!(
        !page.contains("Antrag zurückziehen</button>"),
        "no withdraw button any more"
    );
    family.withdraw(&id).await;
    assert!(
        family
            .body(&format!("/familie/antrag/{id}"))
            .await
            .contains("schon entschieden oder er wurde zurückgezogen")
    );
}

#[tokio::test]
async fn another_family_cannot_see_continue_or_withdraw_a_claim() {
    let app = spawn_app_with_directory().await;
    let (owner, child) = family(&app).await;
    let id = start(&owner, &child).await;
    owner.save_teilhabe(&teilhabe(&id, "10", "")).await;

    let (other, _) = family(&app).await;
    for path in [
        "",
        "/angaben",
        "/nachweise",
        "/pruefen",
        "/erklaerung",
        "/eingangsbestaetigung",
    ] {
        assert_eq!(
            other.page(&format!("/familie/antrag/{id}{path}")).await.0,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    other
        .submit_claim(&[
            ("claim_id", id.as_str()),
            ("declaration", "ja"),
            ("consent", "ja"),
        ])
        .await;
    other.save_teilhabe(&teilhabe(&id, "1", "")).await;
    assert_eq!(
        app.count("select count(*) from claim where status = 'draft'")
            .await,
        1
    );
    assert!(
        app.query_text("select details from claim")
            .await
            .contains("\"10\"")
    );
    // Nor start a claim for someone else's child.
    other.start_draft(&child, "teilhabe").await;
    assert_eq!(app.count("select count(*) from claim").await, 1);
    // Staff cannot use the family's forms either.
    let staff = app.logged_in_as(Role::Staff).await;
    assert_eq!(
        staff.page(&format!("/familie/antrag/{id}")).await.0,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_overview_warns_before_a_second_teilhabe_claim_for_months_already_approved() {
    let app = spawn_app_with_directory().await;
    let (family, claim) = app.submitted_teilhabe("Ada", "12,50").await;
    assert!(!family.body("/familie").await.contains("teilhabe-covered"));
    let staff = app.logged_in_as(Role::Staff).await;
    staff
        .approve(&portal_tests::approval(
            &claim,
            "2026-12-01",
            "2027-05-31",
            "12,50",
        ))
        .await;
    assert_eq!(app.claim_status(&claim).await, "approved");
    let overview = family.body("/familie").await;
    assert!(
        overview.contains("Für Ada ist Teilhabe schon bis 31.05.2027 bewilligt."),
        "{overview}"
    );
    // Another family sees nothing of it.
    let (other, _) = app.submitted_teilhabe("Ben", "10").await;
    assert!(!other.body("/familie").await.contains("teilhabe-covered"));
}
