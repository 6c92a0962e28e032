//! The family's household profile and children: validation, editing, ownership.

use app::{db::kommune, domain::account::Role};
use portal_tests::{TestApp, location, spawn_app_with_directory};
use reqwest::StatusCode;

const HOUSEHOLD: [(&str, &str); 11] = [
    ("benefit", "sgb2"),
    ("benefit_reference", "BG-12345"),
    ("benefit_valid_from", "2026-08-01"),
    ("benefit_valid_to", "2027-07-31"),
    ("street", "Oststraße 7"),
    ("postal_code", "59227"),
    ("city", "Ahlen"),
    ("kommune", "ahlen"),
    ("phone", ""),
    ("contact_email", ""),
    ("applicant_name", "Olena Kovalenko"),
];

fn child_form<'a>(
    child_id: &'a str,
    school_id: &'a str,
    first_name: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("child_id", child_id),
        ("first_name", first_name),
        ("last_name", "Yilmaz"),
        ("birth_date", "2016-05-20"),
        ("school_id", school_id),
        ("school_name", ""),
        ("grade", "4b"),
    ]
}

async fn family_with_household(app: &TestApp) -> TestApp {
    let family = app.logged_in_as(Role::Family).await;
    let res = family.save_household(&HOUSEHOLD).await;
    assert_eq!(location(&res), "/familie?lang=de");
    family
}

async fn demo() -> (TestApp, String) {
    let app = spawn_app_with_directory().await;
    let school = kommune::list_schools(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.kommune == "Ahlen")
        .unwrap();
    (app, school.id.to_string())
}

#[tokio::test]
async fn a_family_enters_its_household_and_sees_it_on_the_overview() {
    let (app, _) = demo().await;
    let family = app.logged_in_as(Role::Family).await;
    assert!(
        family
            .body("/familie")
            .await
            .contains("Angaben zum Haushalt machen")
    );

    family.save_household(&HOUSEHOLD).await;
    let (_, body) = family.page("/familie").await;
    assert!(body.contains("Ihre Angaben zum Haushalt wurden gespeichert."));
    assert!(body.contains("Bürgergeld (SGB II)") && body.contains("BG-12345"));
    assert!(body.contains("01.08.2026 – 31.07.2027"), "{body}");
    assert!(body.contains("Oststraße 7, 59227 Ahlen (Ahlen)"));

    // The form shows the stored values for editing; saving again updates, never duplicates.
    let (_, form) = family.page("/familie/haushalt").await;
    assert!(form.contains(r#"value="BG-12345""#) && form.contains(r#"value="2027-07-31""#));
    let mut changed = HOUSEHOLD.to_vec();
    changed[1] = ("benefit_reference", "BG-99999");
    family.save_household(&changed).await;
    assert!(family.body("/familie").await.contains("BG-99999"));
    assert_eq!(app.count("select count(*) from household").await, 1);

    // Without a choice the preferred language is the one in use; a choice is stored in
    // the account, an unknown one is refused.
    let lang = "select preferred_lang from account where role = 'family'";
    assert_eq!(app.query_text(lang).await, "de");
    let mut english = HOUSEHOLD.to_vec();
    english.push(("preferred_lang", "en"));
    family.save_household(&english).await;
    assert_eq!(app.query_text(lang).await, "en");
    english.pop();
    english.push(("preferred_lang", "xx"));
    family.save_household(&english).await;
    assert!(
        family
            .body("/familie/haushalt")
            .await
            .contains("Please choose a language from the list.")
    );
    // The family chose English: the portal speaks it from now on.
    assert_eq!(app.query_text(lang).await, "en");
}

#[tokio::test]
async fn a_bad_household_form_names_each_field_keeps_the_input_and_saves_nothing() {
    let (app, _) = demo().await;
    let family = app.logged_in_as(Role::Family).await;
    let mut bad = HOUSEHOLD.to_vec();
    bad[2] = ("benefit_valid_from", "2026-02-30");
    bad[3] = ("benefit_valid_to", "2025-01-01");
    bad[5] = ("postal_code", "5922");
    bad[7] = ("kommune", "muenster");
    let res = family.save_household(&bad).await;
    assert_eq!(location(&res), "/familie/haushalt");
    let (_, body) = family.page("/familie/haushalt").await;
    assert!(body.contains("Bitte geben Sie ein gültiges Datum ein"));
    assert!(body.contains("Die Postleitzahl hat fünf Ziffern."));
    assert!(body.contains(r#"value="Oststraße 7""#), "input kept");
    assert_eq!(app.count("select count(*) from household").await, 0);

    // A Kommune outside the Kreis is refused even when everything else is valid.
    let mut outside = HOUSEHOLD.to_vec();
    outside[7] = ("kommune", "muenster");
    family.save_household(&outside).await;
    assert!(
        family
            .body("/familie/haushalt")
            .await
            .contains("Bitte wählen Sie Ihre Kommune aus.")
    );
    assert_eq!(app.count("select count(*) from household").await, 0);
}

#[tokio::test]
async fn children_need_the_household_first_then_are_added_and_edited() {
    let (app, school) = demo().await;
    let family = app.logged_in_as(Role::Family).await;
    family.save_child(&child_form("", &school, "Leyla")).await;
    assert!(
        family
            .body("/familie")
            .await
            .contains("Bitte machen Sie zuerst die Angaben zu Ihrem Haushalt.")
    );
    assert_eq!(app.count("select count(*) from child").await, 0);

    family.save_household(&HOUSEHOLD).await;
    let res = family.save_child(&child_form("", &school, "Leyla")).await;
    assert_eq!(location(&res), "/familie");
    let (_, body) = family.page("/familie").await;
    assert!(
        body.contains("Leyla Yilmaz") && body.contains("20.05.2016") && body.contains("Ahlen"),
        "{body}"
    );

    let id: String = sqlx::query_scalar("select id from child")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let (status, form) = family.page(&format!("/familie/kind/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains(r#"value="Leyla""#));
    family
        .save_child(&child_form(&id, &school, "Leyla Sophie"))
        .await;
    assert!(
        family
            .body("/familie")
            .await
            .contains("Leyla Sophie Yilmaz")
    );
    assert_eq!(app.count("select count(*) from child").await, 1);
}

#[tokio::test]
async fn a_child_gets_a_typed_school_when_it_is_not_in_the_directory_and_errors_otherwise() {
    let (app, _) = demo().await;
    let family = family_with_household(&app).await;
    let mut form = child_form("", "", "Ali");
    form[5] = ("school_name", "Overbergschule Münster");
    family.save_child(&form).await;
    assert!(
        family
            .body("/familie")
            .await
            .contains("Overbergschule Münster")
    );

    let mut bad = child_form("", "", "");
    bad[3] = ("birth_date", "2099-01-01");
    family.save_child(&bad).await;
    let (_, body) = family.page("/familie/kind/neu").await;
    assert!(body.contains("Das Geburtsdatum muss in der Vergangenheit liegen."));
    assert!(body.contains(
        "Bitte wählen Sie eine Schule aus der Liste oder schreiben Sie ihren Namen auf."
    ));
    assert!(body.contains(r##"href="#first_name""##));
    assert_eq!(app.count("select count(*) from child").await, 1);
}

#[tokio::test]
async fn a_family_can_neither_see_nor_change_another_familys_child() {
    let (app, school) = demo().await;
    let owner = family_with_household(&app).await;
    owner.save_child(&child_form("", &school, "Leyla")).await;
    let id: String = sqlx::query_scalar("select id from child")
        .fetch_one(app.db.pool())
        .await
        .unwrap();

    let other = family_with_household(&app).await;
    let (status, body) = other.page(&format!("/familie/kind/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!body.contains("Leyla"));
    other
        .save_child(&child_form(&id, &school, "Gestohlen"))
        .await;
    let name: String = sqlx::query_scalar("select first_name from child")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(name, "Leyla");
    assert_eq!(app.count("select count(*) from child").await, 1);
    assert!(!other.body("/familie").await.contains("Leyla"));
    assert_eq!(
        other.page("/familie/kind/kein-kind").await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn only_families_have_a_household() {
    let (app, _) = demo().await;
    let staff = app.logged_in_as(Role::Staff).await;
    assert_eq!(
        staff.page("/familie/haushalt").await.0,
        StatusCode::FORBIDDEN
    );
    staff.save_household(&HOUSEHOLD).await;
    assert_eq!(app.count("select count(*) from household").await, 0);
    let anonymous = app.visitor();
    assert_eq!(
        location(&anonymous.save_household(&HOUSEHOLD).await),
        "/anmelden"
    );
}

#[tokio::test]
async fn the_school_picker_offers_the_households_kommune_first_and_all_on_request() {
    let app = spawn_app_with_directory().await;
    let family = family_with_household(&app).await;
    let (_, form) = family.page("/familie/kind/neu").await;
    assert!(
        form.contains("Gesamtschule Ahlen"),
        "the household's Kommune"
    );
    assert!(!form.contains("Gesamtschule Oelde"), "not every school");
    assert!(form.contains("href=\"?schulen=alle\""));
    // Nothing is chosen for the parent: the first choice asks to choose.
    let select = &form[form.find("id=\"school_id\"").unwrap()..];
    let first = &select[select.find("<option").unwrap()..];
    assert!(
        first.starts_with("<option value=\"\">Bitte auswählen</option>"),
        "{first:.80}"
    );
    // The typed name is needed only without a school from the list: not "(freiwillig)".
    assert!(form.contains("Name der Schule, wenn sie nicht in der Liste ist</label>"));
    let (_, all) = family.page("/familie/kind/neu?schulen=alle").await;
    assert!(all.contains("Gesamtschule Ahlen") && all.contains("Gesamtschule Oelde"));
}

#[tokio::test]
async fn the_demos_pupils_are_at_schools_that_teach_their_grade() {
    let app = portal_tests::spawn_demo_app().await;
    let children = app.count("select count(*) from child").await;
    assert!(children > 100, "the demo's history: {children}");
    // Grades 1 to 4 at a Grundschule, from grade 5 elsewhere (grades are "4", "4b", "10"…).
    let wrong = app
        .count(
            "select count(*) from child c left join school s on s.id = c.school_id \
             where (coalesce(s.name, c.school_name) like '%Grundschule%') \
             <> (substr(c.grade, 1, 1) in ('1', '2', '3', '4') \
                 and substr(c.grade, 1, 2) not in ('10', '11', '12', '13'))",
        )
        .await;
    assert_eq!(wrong, 0);
}

/// A first install, started without the demo: the Kreis's 13 Kommunen are there, so a
/// family can complete its household profile at once (no school directory is needed).
#[tokio::test]
async fn a_first_install_without_the_demo_knows_the_kommunen_of_the_kreis() {
    let app = portal_tests::spawn_app().await;
    let names: Vec<String> = kommune::list_kommunen(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|k| k.name)
        .collect();
    assert_eq!(names.len(), 13, "{names:?}");
    assert!(names.iter().any(|n| n == "Warendorf"), "{names:?}");
    let family = app.logged_in_as(Role::Family).await;
    let mut form = HOUSEHOLD;
    form[7] = ("kommune", "warendorf");
    let res = family.save_household(&form).await;
    assert_eq!(location(&res), "/familie?lang=de");
    let (status, page) = family.page("/familie/haushalt").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#"value="warendorf" selected"#),
        "the saved Kommune is chosen"
    );
}
