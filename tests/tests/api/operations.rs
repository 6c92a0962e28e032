//! Health checks, migrations and the demo data set.

use app::db::kommune;
use portal_tests::{location, spawn_app};
use reqwest::StatusCode;
use server::seed::{DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo};

#[tokio::test]
async fn health_and_readiness_report_the_database() {
    let app = spawn_app().await;
    let res = app.get("/healthz").await;
    assert_eq!(
        (res.status(), res.text().await.unwrap().as_str()),
        (StatusCode::OK, "ok")
    );
    assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);

    app.db.close().await;
    assert_eq!(
        app.get("/readyz").await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_logged_in_user_gets_a_503_page_when_the_database_is_gone() {
    let app = spawn_app().await;
    let family = app.logged_in_as(app::domain::account::Role::Family).await;
    app.db.close().await;
    let (status, body) = family.page("/familie").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("Vorübergehend nicht erreichbar"), "{body}");
}

#[tokio::test]
async fn migrations_can_run_again_without_harm() {
    let app = spawn_app().await;
    app.db.migrate().await.expect("second run is a no-op");
}

#[tokio::test]
async fn the_demo_has_thirteen_kommunen_with_schools_and_one_login_per_role() {
    let app = spawn_app().await;
    // Without --demo: the Kreis's Kommunen (reference data, issue 20), but no demo
    // schools and no accounts.
    assert_eq!(app.count("select count(*) from kommune").await, 13);
    assert_eq!(
        app.count("select count(*) from school").await,
        0,
        "no demo schools without --demo"
    );
    assert_eq!(
        app.count("select count(*) from account").await,
        0,
        "no demo accounts without --demo"
    );
    seed_demo(&app.db, &app::notice::Office::demo())
        .await
        .unwrap();
    seed_demo(&app.db, &app::notice::Office::demo())
        .await
        .expect("seeding twice is harmless");

    let kommunen = kommune::list_kommunen(&app.db).await.unwrap();
    assert_eq!(kommunen.len(), 13);
    assert!(kommunen.iter().all(|k| k.schools >= 3));
    assert!(
        kommunen.iter().any(|k| k.name == "Ahlen")
            && kommunen.iter().any(|k| k.name == "Wadersloh")
    );
    // One login per role, and four more families of other Kommunen (besides the history's
    // accounts, which cannot log in).
    assert_eq!(
        app.count("select count(*) from account where email not like '%@history.invalid'")
            .await,
        8
    );

    for (email, role) in DEMO_ACCOUNTS {
        let visitor = app.visitor();
        let res = visitor.login(email, DEMO_PASSWORD).await;
        assert_eq!(location(&res), role.home_path(), "{email}");
    }
    // The demo family has a household, two children, a submitted claim and a draft; the
    // other families one child each: two claims waiting, one approved, one rejected, each
    // decision with its notices.
    let demo_children = "select count(*) from child ch join household h on h.id = ch.household_id \
         join account a on a.id = h.account_id where a.email not like '%@history.invalid'";
    assert_eq!(app.count(demo_children).await, 6);
    assert_eq!(
        app.count("select count(*) from claim where status = 'submitted'")
            .await,
        3
    );
    assert_eq!(
        app.count(
            "select count(*) from claim c join account a on a.id = c.account_id \
             where c.status in ('approved', 'rejected') and a.email not like '%@history.invalid'"
        )
        .await,
        2
    );
    // The history for the reports, loaded once: decided or withdrawn claims only (the work
    // queue above is the demo families'), and eligible children in every Kommune.
    assert_eq!(
        app.count(
            "select count(*) from claim c join account a on a.id = c.account_id \
             where a.email like '%@history.invalid'"
        )
        .await,
        600
    );
    assert_eq!(app.count("select count(*) from kommune_eligible").await, 13);
    assert_eq!(app.count("select count(*) from notice").await, 3);
    assert_eq!(
        app.count("select count(*) from claim where status = 'draft'")
            .await,
        1
    );
    let family = app.visitor();
    family.login("familie@demo.invalid", DEMO_PASSWORD).await;
    let (_, overview) = family.page("/familie").await;
    assert!(overview.contains("Leyla Demir") && overview.contains("Emir Demir"));
    assert!(
        overview.contains("-000001")
            && overview.contains("Eingegangen")
            && overview.contains("Entwurf")
    );

    let staff = app.visitor();
    staff
        .login("sachbearbeitung@demo.invalid", DEMO_PASSWORD)
        .await;
    let (_, body) = staff.page("/verwaltung").await;
    assert!(
        body.contains("Everswinkel") && body.contains("4 Schulen"),
        "{body}"
    );
}

#[tokio::test]
async fn shutdown_waits_for_a_slow_client_only_until_its_deadline() {
    let (url, _dir) = portal_tests::fresh_database().await;
    let config = portal_tests::config(url, portal_tests::site_root(), 5);
    let db = server::connect_and_migrate(&config).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(server::serve_until(
        listener,
        server::router(config, db),
        async move {
            let _ = stopped.await;
        },
        std::time::Duration::from_secs(1),
    ));

    // A form post that announces 200 KB and sends them very slowly.
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /api/login HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200000\r\n\r\nemail="
    );
    tokio::io::AsyncWriteExt::write_all(&mut slow, head.as_bytes())
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    stop.send(()).unwrap();
    // Without the deadline the server would wait for the upload as long as it takes.
    let stopped = tokio::time::timeout(std::time::Duration::from_secs(20), server).await;
    assert!(
        matches!(stopped, Ok(Ok(Ok(())))),
        "the server stopped at its deadline: {stopped:?}"
    );
    drop(slow);
}
