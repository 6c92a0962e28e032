//! The school calendar: an admin enters the days off school per school year; a bad line
//! is named and nothing is saved; only admins may; twenty admins at once leave one list.

use app::{api::calendar::SaveSchoolYear, domain::account::Role};
use portal_tests::{TestApp, location, spawn_app};

const YEAR_2027: &str = "Herbstferien; 23.10.2027; 06.11.2027
Weihnachtsferien; 24.12.2027; 08.01.2028
Fronleichnam; 15.06.2028";

async fn save(admin: &TestApp, year: &str, days_off: &str) -> reqwest::Response {
    admin
        .submit::<SaveSchoolYear, _>(&[("year", year), ("days_off", days_off)])
        .await
}

async fn names(app: &TestApp, year: i64) -> Vec<String> {
    sqlx::query_scalar("select name from school_days_off where year = $1 order by first_day")
        .bind(year)
        .fetch_all(app.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn an_admin_enters_a_school_year_and_a_bad_line_is_named_and_nothing_saved() {
    let app = spawn_app().await;
    let admin = app.logged_in_as(Role::Admin).await;
    let (status, page) = admin.page("/admin/schulkalender?jahr=2027").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Schuljahr 2027/28") && page.contains("fehlt noch"),
        "{page}"
    );

    let res = save(&admin, "2027", YEAR_2027).await;
    assert_eq!(location(&res), "/admin/schulkalender?jahr=2027");
    assert_eq!(
        names(&app, 2027).await,
        ["Herbstferien", "Weihnachtsferien", "Fronleichnam"]
    );
    let page = admin.page("/admin/schulkalender?jahr=2027").await.1;
    assert!(page.contains("Der Schulkalender ist gespeichert"));
    assert!(
        page.contains("Weihnachtsferien; 24.12.2027; 08.01.2028"),
        "{page}"
    );
    assert!(page.contains("eingetragen"), "{page}");
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'school_calendar'")
            .await,
        1
    );

    // A typo in line 2: named with its line, the text kept, the stored list unchanged.
    let typo = "Herbstferien; 23.10.2027; 06.11.2027\nOsterferien; 35.03.2028; 08.04.2028";
    save(&admin, "2027", typo).await;
    let page = admin.page("/admin/schulkalender?jahr=2027").await.1;
    assert!(page.contains("Zeile 2:"), "{page}");
    assert!(page.contains("gültige Daten"), "{page}");
    assert!(page.contains("35.03.2028"), "the entered text comes back");
    assert_eq!(names(&app, 2027).await.len(), 3);
    save(&admin, "2027", "Osterferien; 20.03.2026; 01.04.2026").await;
    assert!(
        admin
            .page("/admin/schulkalender?jahr=2027")
            .await
            .1
            .contains("nicht in diesem Schuljahr")
    );
    save(&admin, "2027", "\n  \n").await;
    assert_eq!(names(&app, 2027).await.len(), 3, "an empty list is refused");
}

#[tokio::test]
async fn only_admins_maintain_the_calendar() {
    let app = spawn_app().await;
    for role in [Role::Staff, Role::Family, Role::School] {
        let user = app.logged_in_as(role).await;
        let (_, page) = user.page("/admin/schulkalender").await;
        assert!(
            !page.contains("name=\"days_off\""),
            "{role:?} sees no calendar form"
        );
        save(&user, "2027", YEAR_2027).await;
        assert_eq!(
            app.count("select count(*) from school_year").await,
            0,
            "{role:?}"
        );
    }
    save(&app.visitor(), "2027", YEAR_2027).await;
    assert_eq!(app.count("select count(*) from school_days_off").await, 0);
    assert_eq!(app.count("select count(*) from school_year").await, 0);
}

#[tokio::test]
async fn twenty_admins_saving_one_year_at_once_leave_one_complete_list() {
    let app = spawn_app().await;
    let mut admins = Vec::new();
    for _ in 0..20 {
        admins.push(app.logged_in_as(Role::Admin).await);
    }
    let lists: Vec<String> = (0..20)
        .map(|i| {
            (1..=(i % 5 + 1))
                .map(|d| format!("Tag {i}-{d}; {:02}.10.2027", d + 1))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    let mut saves = tokio::task::JoinSet::new();
    for (admin, list) in admins.into_iter().zip(lists) {
        saves.spawn(async move { location(&save(&admin, "2027", &list).await) });
    }
    for target in saves.join_all().await {
        assert_eq!(target, "/admin/schulkalender?jahr=2027");
    }
    let stored = names(&app, 2027).await;
    let owner = stored[0].split('-').next().unwrap().to_string();
    assert!(
        stored.iter().all(|n| n.starts_with(&format!("{owner}-"))),
        "one admin's list, not a mix: {stored:?}"
    );
    let i: usize = owner.trim_start_matches("Tag ").parse().unwrap();
    assert_eq!(stored.len(), i % 5 + 1, "complete: {stored:?}");
    assert_eq!(app.count("select count(*) from school_year").await, 1);
}
