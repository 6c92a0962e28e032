//! When things go wrong around a request: clients that hang up halfway, a full disk, a
//! database that is gone, bursts of users — the portal keeps every write whole and
//! recovers by itself; sessions are written only when they change.

use app::{
    db::{Backend, now_unix},
    domain::account::Role,
};
use portal_tests::{
    PASSWORD, TestApp, household_form, location, set_cookie, spawn_app, spawn_app_with,
    spawn_app_with_directory, teilhabe_form,
};
use reqwest::{
    StatusCode, header,
    multipart::{Form, Part},
};
use server::seed::seed_directory;
use sqlx::Connection;
use std::{sync::Arc, time::Duration};
use tokio::{io::AsyncWriteExt, task::JoinSet};

/// A fresh family that can write at once: household, child and a claim all succeed.
async fn a_new_family_can_write(app: &TestApp) {
    let family = app.logged_in_as(Role::Family).await;
    let res = family.save_household(&household_form("Neue Familie")).await;
    assert_eq!(
        location(&res),
        "/familie?lang=de",
        "household after the storm"
    );
    let child = family
        .add_child("Nach", "Sturm", "2016-01-01", "Grundschule Ahlen")
        .await
        .expect("child after the storm");
    family
        .apply_for_teilhabe(&child, "15")
        .await
        .expect("claim after the storm");
}

/// Every claim is whole: a draft without reference and snapshot, or submitted with both
/// and the history row of its submission.
async fn every_claim_is_whole(app: &TestApp) {
    let torn = app
        .count(
            "select count(*) from claim c where \
             (c.status = 'draft' and (c.reference is not null or c.snapshot is not null)) or \
             (c.status = 'submitted' and (c.reference is null or c.snapshot is null or not exists \
               (select 1 from claim_event e where e.claim_id = c.id and e.to_status = 'submitted')))",
        )
        .await;
    assert_eq!(torn, 0, "half-written claims");
}

/// The session cookie of a new login of `email`.
async fn session_of(app: &TestApp, email: &str) -> String {
    let res = app.visitor().login(email, PASSWORD).await;
    set_cookie(&res, server::SESSION_COOKIE).expect("session cookie")
}

/// Sends `form` to `path` over a raw connection as the session `cookie`, then hangs up
/// after `wait` — before, while or after the portal writes.
async fn post_and_hang_up(addr: &str, cookie: &str, path: &str, form: &str, wait: Duration) {
    let Ok(mut stream) = tokio::net::TcpStream::connect(addr).await else {
        return;
    };
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nAccept: text/html\r\n\
         Cookie: {}={cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\n\r\n{form}",
        server::SESSION_COOKIE,
        form.len()
    );
    let _ = stream.write_all(request.as_bytes()).await;
    tokio::time::sleep(wait).await;
    drop(stream);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn clients_that_hang_up_halfway_leave_every_write_whole_and_nothing_locked() {
    let app = Arc::new(spawn_app_with_directory().await);
    // Eight families with three drafts each, ready to submit.
    let mut targets = Vec::new();
    for n in 0..8 {
        let (family, child) = app
            .family_with_child(&format!("Kind{n}"), "2015-05-05", "Grundschule Ahlen")
            .await;
        let email: String = sqlx::query_scalar(
            "select a.email from account a join household h on h.account_id = a.id \
             join child c on c.household_id = h.id where c.id = $1",
        )
        .bind(&child)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        let cookie = session_of(&app, &email).await;
        for k in 0..3 {
            // One claim per child and benefit: each draft for a child of its own.
            let child = match k {
                0 => child.clone(),
                _ => family
                    .add_child(
                        "Geschwister",
                        &format!("Kind{n}x{k}"),
                        "2014-04-04",
                        "Grundschule Ahlen",
                    )
                    .await
                    .unwrap(),
            };
            let id = family.start_claim(&child, "teilhabe").await;
            let res = family.save_teilhabe(&teilhabe_form(&id, "15")).await;
            assert!(location(&res).ends_with("/nachweise"));
            targets.push((cookie.clone(), id));
        }
    }

    // 300 clients post children and submissions and hang up at random moments.
    let addr = app.address.trim_start_matches("http://").to_string();
    let mut clients = JoinSet::new();
    for k in 0..300u64 {
        let (cookie, claim) = targets[k as usize % targets.len()].clone();
        let addr = addr.clone();
        let wait = Duration::from_micros((k * 7_919) % 20_000);
        clients.spawn(async move {
            let (path, form, cookie) = match k % 3 {
                0 => (
                    "/api/claim/submit",
                    format!("claim_id={claim}&declaration=ja&consent=ja"),
                    cookie,
                ),
                1 => (
                    "/api/child/save",
                    format!(
                        "child_id=&first_name=Weg{k}&last_name=Auflegen&birth_date=2014-02-02\
                         &school_id=&school_name=Grundschule+Ahlen&grade=3"
                    ),
                    cookie,
                ),
                // The answers again, on the Ukrainian page: details and their language
                // are written together or not at all.
                _ => (
                    "/api/claim/teilhabe",
                    teilhabe_form(&claim, "14")
                        .into_iter()
                        .map(|(name, v)| format!("{name}={}", v.replace(' ', "+")))
                        .collect::<Vec<_>>()
                        .join("&"),
                    format!("{cookie}; lang=uk"),
                ),
            };
            post_and_hang_up(&addr, &cookie, path, &form, wait).await;
        });
    }
    clients.join_all().await;

    a_new_family_can_write(&app).await;
    every_claim_is_whole(&app).await;
    // Answers saved on the Ukrainian page (fee 14) carry that language; the others not.
    assert_eq!(
        app.count(
            "select count(*) from claim where (details like '%\"monthly_fee\":\"14\"%') \
             <> (coalesce(answers_lang, '') = 'uk')"
        )
        .await,
        0
    );
    // A child whose client hung up was saved once or not at all, never twice.
    assert_eq!(
        app.count("select count(*) from child where last_name = 'Auflegen'")
            .await,
        app.count("select count(distinct first_name) from child where last_name = 'Auflegen'")
            .await
    );
}

/// Polls `fut` `polls` times, giving the database a moment to act after each poll, then
/// drops it — as a server drops the request of a client that went away.
async fn poll_then_drop<F: std::future::Future>(fut: F, polls: usize) {
    let mut fut = std::pin::pin!(fut);
    for _ in 0..polls {
        let done =
            std::future::poll_fn(|cx| std::task::Poll::Ready(fut.as_mut().poll(cx).is_ready()))
                .await;
        if done {
            return;
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_abandoned_at_any_moment_gives_its_connection_back_clean() {
    let app = spawn_app_with_directory().await;
    for k in 0..60 {
        let db = app.db.clone();
        let write = async move {
            let mut tx = db.begin_write().await?;
            sqlx::query("insert into login_attempt (email, created_at) values ($1, $2)")
                .bind(format!("drop{k}@example.de"))
                .bind(now_unix())
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        };
        // Abandoned after 1 to 6 steps: while waiting for BEGIN, the insert or COMMIT.
        poll_then_drop(write, 1 + k % 6).await;
    }
    // Had any connection kept its transaction, this write would wait for its lock in vain.
    let write = async {
        let mut tx = app.db.begin_write().await?;
        sqlx::query(
            "insert into login_throttle (key, attempts, window_start) values ('after', 1, 1)",
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    };
    tokio::time::timeout(Duration::from_secs(20), write)
        .await
        .expect("the write lock is free")
        .expect("the write succeeds");
    let mut conn = app.db.writer().acquire().await.unwrap();
    assert!(!conn.is_in_transaction());
    conn.ping().await.unwrap();
    drop(conn);
    a_new_family_can_write(&app).await;
}

/// Sets SQLite's page limit on every connection of both pools (`max_pages` = the
/// database's current size: nothing more fits, as on a full disk).
async fn limit_pages(app: &TestApp, max_pages: i64) {
    for pool in [app.db.pool(), app.db.writer()] {
        let mut held = Vec::new();
        while let Ok(Ok(mut conn)) =
            tokio::time::timeout(Duration::from_millis(300), pool.acquire()).await
        {
            sqlx::query(&format!("PRAGMA max_page_count = {max_pages}"))
                .execute(&mut *conn)
                .await
                .unwrap();
            held.push(conn);
        }
    }
}

async fn upload(family: &TestApp, claim: &str, kb: usize) -> reqwest::Response {
    let mut pdf = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".to_vec();
    pdf.resize(kb * 1024, b' ');
    let form = Form::new().part("files", Part::bytes(pdf).file_name("beleg.pdf"));
    family
        .post_multipart(&format!("/familie/antrag/{claim}/nachweise"), form)
        .await
}

#[tokio::test]
async fn after_the_disk_was_full_uploads_work_again_once_there_is_space() {
    let app = spawn_app().await;
    if app.db.backend() != Backend::Sqlite {
        return; // SQLite's own limit stands in for a full disk; PostgreSQL has none.
    }
    seed_directory(&app.db).await.unwrap();
    let (family, child) = app
        .family_with_child("Voll", "2015-05-05", "Grundschule Ahlen")
        .await;
    let claim = family.start_claim(&child, "teilhabe").await;
    family.save_teilhabe(&teilhabe_form(&claim, "15")).await;

    let pages = app.count("pragma page_count").await;
    limit_pages(&app, pages).await;
    let res = upload(&family, &claim, 200).await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE, "disk full");
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    let page = res.text().await.unwrap();
    assert!(page.contains("Vorübergehend nicht erreichbar"), "{page}");
    assert_eq!(app.count("select count(*) from document").await, 0);

    // Space is freed (on the connections that saw the full disk, if they are still open).
    limit_pages(&app, 1_073_741_823).await;
    for n in 0..24 {
        upload(&family, &claim, 200).await;
        assert_eq!(
            app.count("select count(*) from document").await,
            n + 1,
            "upload {n} after space was freed"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixty_four_page_views_and_fifty_logins_at_once_all_succeed() {
    let app = Arc::new(spawn_app_with(|c| c.trust_forwarded_for = true).await);
    seed_directory(&app.db).await.unwrap();
    let mut families = Vec::new();
    for _ in 0..8 {
        let (family, _) = app
            .family_with_child("Viel", "2015-05-05", "Grundschule Ahlen")
            .await;
        families.push(Arc::new(family));
    }
    let mut views = JoinSet::new();
    for k in 0..64 {
        let family = families[k % families.len()].clone();
        let page = ["/familie", "/familie/haushalt"][k % 2];
        views.spawn(async move { family.get(page).await.status() });
    }
    let statuses = views.join_all().await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::OK),
        "{statuses:?}"
    );

    // Fifty readers joining at once: each logs in and opens its start page.
    let mut emails = Vec::new();
    for k in 0..50 {
        let email = format!("leser{k}-{}@example.de", uuid::Uuid::new_v4().simple());
        app.create_account(&email, Role::Family).await;
        emails.push(email);
    }
    let mut joins = JoinSet::new();
    // From fifty addresses, as fifty phones would be (one address could not log in fifty
    // times at once: see `limits`).
    for (k, email) in emails.into_iter().enumerate() {
        let reader = app.visitor_from(&format!("198.51.100.{}", k + 1));
        joins.spawn(async move {
            let res = reader.login(&email, PASSWORD).await;
            let landed = location(&res);
            let status = reader.get("/familie").await.status();
            (landed, status)
        });
    }
    let answers = joins.join_all().await;
    assert!(
        answers
            .iter()
            .all(|(to, status)| to == "/familie" && *status == StatusCode::OK),
        "{answers:?}"
    );
}

/// The stored end of the (only) session of this test's database.
async fn session_expiry(app: &TestApp) -> i64 {
    app.count("select max(expiry_date) from session").await
}

#[tokio::test]
async fn page_views_do_not_write_the_session_until_it_needs_extending() {
    let app = spawn_app().await;
    let family = app.logged_in_as(Role::Family).await;
    let marked = now_unix() + 1_234;
    sqlx::query("update session set expiry_date = $1")
        .bind(marked)
        .execute(app.db.writer())
        .await
        .unwrap();
    for _ in 0..5 {
        assert_eq!(family.get("/familie").await.status(), StatusCode::OK);
    }
    assert_eq!(
        session_expiry(&app).await,
        marked,
        "page views wrote the session"
    );

    // Last written long ago: the next view pushes the end out by the idle timeout.
    let data: String = app.query_text("select data from session").await;
    let mut data: serde_json::Value = serde_json::from_str(&data).unwrap();
    data["seen"] = serde_json::json!(now_unix() - 3_600);
    sqlx::query("update session set data = $1")
        .bind(data.to_string())
        .execute(app.db.writer())
        .await
        .unwrap();
    assert_eq!(family.get("/familie").await.status(), StatusCode::OK);
    let extended = session_expiry(&app).await;
    assert!(
        extended >= now_unix() + 59 * 60,
        "extended to {extended}, now {}",
        now_unix()
    );
}

#[tokio::test]
async fn during_an_outage_a_form_post_gets_the_503_page_with_its_entries_but_no_password() {
    let app = spawn_app().await;
    let family = app.logged_in_as(Role::Family).await;
    app.db.close().await;

    let res = family
        .save_household(&household_form("Olena <Kovalenko>"))
        .await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    let page = res.text().await.unwrap();
    assert!(page.contains("Vorübergehend nicht erreichbar"), "{page}");
    assert!(page.contains("Eingaben noch einmal senden"), "{page}");
    let artifacts = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/test-artifacts");
    let _ = std::fs::create_dir_all(artifacts);
    let _ = std::fs::write(format!("{artifacts}/unavailable-503.html"), &page);
    assert!(page.contains(r#"action="/api/household/save""#), "{page}");
    assert!(
        page.contains(r#"name="applicant_name" value="Olena &lt;Kovalenko&gt;""#),
        "{page}"
    );

    let res = app
        .visitor()
        .login("jemand@example.de", "geheimes-passwort-123")
        .await;
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    let page = res.text().await.unwrap();
    assert!(page.contains(r#"value="jemand@example.de""#), "{page}");
    assert!(
        !page.contains("geheimes-passwort-123"),
        "the password is never kept"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hearings_widersprueche_and_consent_withdrawals_stay_whole_when_clients_hang_up() {
    let app = Arc::new(spawn_app_with_directory().await);
    let staff = app.logged_in_as(Role::Staff).await;
    let staff_email = app
        .query_text("select email from account where role = 'staff'")
        .await;
    let staff_cookie = session_of(&app, &staff_email).await;
    let today = time::OffsetDateTime::now_utc().date();
    let month = app::domain::month::YearMonth::of(today);
    let iso = app::domain::text::iso;
    // Six approved claims, each with its family's session and its Bescheid.
    let mut targets = Vec::new();
    for n in 0..6 {
        let (_, claim) = app.submitted_teilhabe(&format!("Hang{n}"), "15").await;
        let to = month.plus_months(6).first_day().previous_day().unwrap();
        staff
            .approve(&portal_tests::approval(
                &claim,
                &iso(month.first_day()),
                &iso(to),
                "15",
            ))
            .await;
        let email = app
            .query_text_with(
                "select a.email from account a join claim c on c.account_id = a.id where c.id = $1",
                &[&claim],
            )
            .await;
        let notice = app
            .query_text_with(
                "select id from notice where claim_id = $1 and kind = 'bescheid'",
                &[&claim],
            )
            .await;
        targets.push((session_of(&app, &email).await, claim, notice));
    }
    let addr = app.address.trim_start_matches("http://").to_string();
    let (due, from) = (
        iso(today + time::Duration::days(14)),
        iso(month.plus_months(1).first_day()),
    );
    let mut clients = JoinSet::new();
    for k in 0..240u64 {
        let (family_cookie, claim, notice) = targets[k as usize % targets.len()].clone();
        let (addr, staff_cookie) = (addr.clone(), staff_cookie.clone());
        let (due, from, received) = (due.clone(), from.clone(), iso(today));
        let wait = Duration::from_micros((k * 7_919) % 20_000);
        clients.spawn(async move {
            let (cookie, path, form) = match k % 3 {
                0 => (
                    staff_cookie,
                    "/api/staff/hearing",
                    format!("claim_id={claim}&facts=Verein+beendet&effective_from={from}&due_date={due}"),
                ),
                1 => (
                    family_cookie,
                    "/api/claim/consent/withdraw",
                    format!("claim_id={claim}&which=direct"),
                ),
                _ => (
                    staff_cookie,
                    "/api/staff/objection",
                    format!("claim_id={claim}&notice_id={notice}&received_on={received}&channel=letter&note="),
                ),
            };
            post_and_hang_up(&addr, &cookie, path, &form, wait).await;
        });
    }
    clients.join_all().await;

    let landed = app.count("select count(*) from hearing").await
        + app.count("select count(*) from objection").await;
    assert!(
        landed > 0,
        "some writes finished before their client hung up"
    );
    // Every hearing letter is whole and audited; every Widerspruch audited once.
    assert_eq!(
        app.count("select count(*) from hearing where length(sha256) <> 64 or bytes is null")
            .await,
        0
    );
    // (One statement each: a request whose client left may still be finishing.)
    assert_eq!(
        app.count(
            "select (select count(*) from hearing) - \
             (select count(*) from audit_log where action = 'hearing')"
        )
        .await,
        0
    );
    assert_eq!(
        app.count(
            "select (select count(*) from objection) - \
             (select count(*) from audit_log where action = 'objection')"
        )
        .await,
        0
    );
    // A withdrawal is recorded with exactly one history entry, or not at all.
    assert_eq!(
        app.count(
            "select count(*) from claim c where (c.direct_consent_withdrawn_at is not null) <> \
             ((select count(*) from claim_event e where e.claim_id = c.id \
               and e.note = 'consent-direct-withdrawn') = 1)"
        )
        .await,
        0
    );
    a_new_family_can_write(&app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_paper_application_cut_off_halfway_is_stored_whole_or_not_at_all() {
    let app = spawn_app_with_directory().await;
    let email = "sb-papier@example.de";
    app.create_account(email, Role::Staff).await;
    let cookie = session_of(&app, email).await;
    let addr = app.address.trim_start_matches("http://").to_string();
    let path = <app::api::intake::OpenPaperApplication as leptos::server_fn::ServerFn>::PATH;
    let today = app::domain::text::iso(time::OffsetDateTime::now_utc().date());
    let mut fields: Vec<(&str, String)> = household_form("Olena Petrenko");
    fields.extend(
        [
            ("channel", "paper"),
            ("received_on", today.as_str()),
            ("claim_benefit", "teilhabe"),
            ("preferred_lang", "uk"),
            ("first_name", "Maksym"),
            ("last_name", "Petrenko"),
            ("birth_date", "2014-03-03"),
            ("school_id", ""),
            ("school_name", "Grundschule Ahlen"),
            ("grade", "6"),
        ]
        .map(|(k, v)| (k, v.to_string())),
    );
    let encode = |v: &str| -> String {
        v.bytes()
            .map(|b| match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                b => format!("%{b:02X}"),
            })
            .collect()
    };
    let form = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut cuts = JoinSet::new();
    for ms in [0, 1, 2, 5, 10, 20, 50, 100] {
        let (addr, cookie, form) = (addr.clone(), cookie.clone(), form.clone());
        cuts.spawn(async move {
            post_and_hang_up(&addr, &cookie, path, &form, Duration::from_millis(ms)).await;
        });
    }
    cuts.join_all().await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Every paper account that exists has its household, its child and its draft — asked
    // in one statement, so a request the server finishes meanwhile cannot fall between two
    // counts.
    let half_written = app
        .count(
            "select count(*) from account a where a.paper = 1 and not exists ( \
             select 1 from household h join child c on c.household_id = h.id \
             join claim cl on cl.child_id = c.id \
             where h.account_id = a.id and cl.entered_by is not null)",
        )
        .await;
    assert_eq!(half_written, 0, "no half-written paper application");
    // And the next one is entered as usual: nothing stayed locked.
    let staff = app.logged_in_as(Role::Staff).await;
    let res = staff
        .submit::<app::api::intake::OpenPaperApplication, _>(&fields)
        .await;
    assert!(
        location(&res).starts_with("/verwaltung/papierantrag/"),
        "{}",
        location(&res)
    );
    // … whole: a paper account with its household, child and this draft.
    let id = location(&res).rsplit('/').next().unwrap().to_string();
    let whole = app
        .count_with(
            "select count(*) from account a join household h on h.account_id = a.id \
             join child c on c.household_id = h.id join claim cl on cl.child_id = c.id \
             where a.paper = 1 and cl.entered_by is not null and cl.id = $1",
            &[&id],
        )
        .await;
    assert_eq!(whole, 1);
}
