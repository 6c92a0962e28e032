//! Registration, login, logout, password change, roles and admin-created accounts.

use app::domain::account::Role;
use portal_tests::{PASSWORD, location, set_cookie, spawn_app};
use reqwest::StatusCode;

#[tokio::test]
async fn a_family_registers_logs_out_and_logs_in_again() {
    let app = spawn_app().await;

    let res = app.register("Eltern.Yilmaz@Example.de", PASSWORD).await;
    assert_eq!(location(&res), "/familie");
    let (status, body) = app.page("/familie").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Meine Anträge"), "{body}");
    assert!(body.contains("Sie haben noch keine Anträge gestellt."));

    app.logout().await;
    let res = app.get("/familie").await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(location(&res), "/anmelden?weiter=%2Ffamilie");

    // The address is stored lower-case, so any spelling logs in.
    let res = app.login("eltern.yilmaz@example.de", PASSWORD).await;
    assert_eq!(location(&res), "/familie");
    assert_eq!(app.page("/familie").await.0, StatusCode::OK);
}

#[tokio::test]
async fn login_continues_to_the_page_that_asked_for_it_but_never_off_site() {
    let app = spawn_app().await;
    app.create_account("familie@example.de", Role::Family).await;
    let res = app.login_to("familie@example.de", PASSWORD, "/konto").await;
    assert_eq!(location(&res), "/konto");

    let other = app.visitor();
    let res = other
        .login_to("familie@example.de", PASSWORD, "//evil.example/")
        .await;
    assert_eq!(location(&res), "/familie");
}

#[tokio::test]
async fn a_wrong_password_is_refused_with_a_message_and_the_email_kept() {
    let app = spawn_app().await;
    app.create_account("anna@example.de", Role::Family).await;

    let res = app.login("anna@example.de", "falsches-passwort").await;
    assert_eq!(location(&res), "/anmelden");
    let (_, body) = app.page("/anmelden").await;
    assert!(
        body.contains("E-Mail-Adresse oder Passwort sind nicht richtig."),
        "{body}"
    );
    assert!(body.contains(r#"value="anna@example.de""#));
    assert!(
        !body.contains("falsches-passwort"),
        "passwords are never echoed"
    );
    // The message is shown once (flash), not again on reload, and nobody is logged in.
    let (_, again) = app.page("/anmelden").await;
    assert!(!again.contains("nicht richtig"));
    assert_eq!(app.get("/familie").await.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn unknown_addresses_get_the_same_answer_as_wrong_passwords() {
    let app = spawn_app().await;
    let res = app.login("niemand@example.de", PASSWORD).await;
    assert_eq!(location(&res), "/anmelden");
    let (_, body) = app.page("/anmelden").await;
    assert!(body.contains("E-Mail-Adresse oder Passwort sind nicht richtig."));
}

#[tokio::test]
async fn logins_pause_after_five_failures_even_with_the_right_password() {
    let app = spawn_app().await;
    app.create_account("ziel@example.de", Role::Family).await;
    for _ in 0..5 {
        app.login("ziel@example.de", "falsch-falsch-falsch").await;
    }
    let res = app.login("ziel@example.de", PASSWORD).await;
    assert_eq!(location(&res), "/anmelden");
    let (_, body) = app.page("/anmelden").await;
    assert!(body.contains("Zu viele Anmeldeversuche"), "{body}");
    assert_eq!(app.get("/familie").await.status(), StatusCode::FOUND);
}

#[tokio::test]
async fn a_second_registration_with_the_same_email_gets_a_mail_not_a_hint() {
    let app = spawn_app().await;
    app.register("doppelt@example.de", PASSWORD).await;

    let other = app.visitor();
    let res = other
        .register("DOPPELT@example.de", "anderes-passwort-1")
        .await;
    // The screen says what it says to every new registration; the owner gets a mail.
    assert_eq!(location(&res), "/anmelden");
    let (_, body) = other.page("/anmelden").await;
    assert!(
        body.contains("Wir haben Ihnen eine E-Mail geschickt."),
        "{body}"
    );
    assert!(!body.contains("gibt es schon ein Konto"), "{body}");
    assert_eq!(app.count("select count(*) from account").await, 1);
    assert_eq!(
        app.count("select count(*) from outbox where kind = 'already-registered' and to_address = 'doppelt@example.de'")
            .await,
        1
    );
}

#[tokio::test]
async fn registration_names_every_invalid_field_in_the_error_summary() {
    let app = spawn_app().await;
    let res = app.register("keine-adresse", "kurz").await;
    assert_eq!(location(&res), "/registrieren");
    let (_, body) = app.page("/registrieren").await;
    assert!(body.contains(r#"class="error-summary""#));
    assert!(
        body.contains(r##"href="#email""##) && body.contains(r##"href="#password""##),
        "{body}"
    );
    assert!(body.contains("gültige E-Mail-Adresse"));
    assert!(body.contains("Das Passwort ist zu kurz."));
    assert_eq!(app.count("select count(*) from account").await, 0);
}

#[tokio::test]
async fn the_session_id_changes_at_login() {
    let app = spawn_app().await;
    app.create_account("wechsel@example.de", Role::Family).await;
    // A failed attempt gives the visitor a session (it carries the error message).
    let before = set_cookie(
        &app.login("wechsel@example.de", "falsch-falsch-1").await,
        "but_session",
    );
    let res = app.login("wechsel@example.de", PASSWORD).await;
    let after = set_cookie(&res, "but_session");
    assert!(before.is_some() && after.is_some());
    assert_ne!(before, after);
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_lowercase();
    assert!(
        cookie.contains("httponly") && cookie.contains("samesite=lax"),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_user_changes_the_password_and_the_old_one_stops_working() {
    let app = spawn_app().await;
    app.create_account("neu@example.de", Role::Staff).await;
    app.login("neu@example.de", PASSWORD).await;

    let res = app
        .change_password(&[
            ("current_password", "nicht-das-alte"),
            ("new_password", "ganz-neues-passwort"),
            ("new_password_repeat", "ganz-neues-passwort"),
        ])
        .await;
    assert_eq!(location(&res), "/konto");
    assert!(
        app.body("/konto")
            .await
            .contains("Das bisherige Passwort ist nicht richtig.")
    );

    app.change_password(&[
        ("current_password", PASSWORD),
        ("new_password", "ganz-neues-passwort"),
        ("new_password_repeat", "ganz-neues-passwort"),
    ])
    .await;
    assert!(
        app.body("/konto")
            .await
            .contains("Ihr Passwort wurde geändert.")
    );

    let other = app.visitor();
    assert_eq!(
        location(&other.login("neu@example.de", PASSWORD).await),
        "/anmelden"
    );
    assert_eq!(
        location(&other.login("neu@example.de", "ganz-neues-passwort").await),
        "/verwaltung"
    );
}

#[tokio::test]
async fn each_role_may_open_only_its_own_pages() {
    let app = spawn_app().await;
    let family = app.logged_in_as(Role::Family).await;
    let school = app.logged_in_as(Role::School).await;
    let staff = app.logged_in_as(Role::Staff).await;
    let admin = app.logged_in_as(Role::Admin).await;

    let cases = [
        ("/familie", [true, false, false, false]),
        ("/schule", [false, true, false, false]),
        ("/verwaltung", [false, false, true, true]),
        ("/admin/konten", [false, false, false, true]),
        ("/konto", [true, true, true, true]),
    ];
    for (path, allowed) in cases {
        for (visitor, ok) in [&family, &school, &staff, &admin].into_iter().zip(allowed) {
            let (status, body) = visitor.page(path).await;
            if ok {
                assert_eq!(status, StatusCode::OK, "{path}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
                assert!(body.contains("Kein Zugriff"), "{path}: translated 403 page");
            }
        }
    }
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_login_from_every_protected_page() {
    let app = spawn_app().await;
    for path in [
        "/familie",
        "/schule",
        "/verwaltung",
        "/admin/konten",
        "/konto",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), StatusCode::FOUND, "{path}");
        assert!(location(&res).starts_with("/anmelden?weiter="), "{path}");
    }
}

#[tokio::test]
async fn only_an_admin_can_create_accounts_through_the_server_function() {
    let app = spawn_app().await;
    let form = [
        ("email", "sb@example.de"),
        ("role", "staff"),
        ("password", PASSWORD),
        ("password_repeat", PASSWORD),
    ];

    let anonymous = app.visitor();
    assert_eq!(location(&anonymous.create_user(&form).await), "/anmelden");
    let family = app.logged_in_as(Role::Family).await;
    family.create_user(&form).await;
    let staff = app.logged_in_as(Role::Staff).await;
    staff.create_user(&form).await;
    assert_eq!(
        app.count("select count(*) from account where email = 'sb@example.de'")
            .await,
        0
    );

    let admin = app.logged_in_as(Role::Admin).await;
    let res = admin.create_user(&form).await;
    assert_eq!(location(&res), "/admin/konten");
    let (_, body) = admin.page("/admin/konten").await;
    assert!(body.contains("Das Konto wurde angelegt.") && body.contains("sb@example.de"));
    let created = app.visitor();
    assert_eq!(
        location(&created.login("sb@example.de", PASSWORD).await),
        "/verwaltung"
    );
}

#[tokio::test]
async fn an_admin_gets_field_errors_for_a_bad_new_account() {
    let app = spawn_app().await;
    let admin = app.logged_in_as(Role::Admin).await;
    admin
        .create_user(&[
            ("email", "x@"),
            ("role", "superuser"),
            ("password", "a-long-password"),
            ("password_repeat", "other-long-password"),
        ])
        .await;
    let (_, body) = admin.page("/admin/konten").await;
    assert!(body.contains("Bitte wählen Sie eine Rolle aus."));
    assert!(body.contains("gültige E-Mail-Adresse"));
    assert!(body.contains("Die beiden Passwörter stimmen nicht überein."));
}

/// The stored end of the session of `account`, in seconds from now.
async fn session_left(app: &portal_tests::TestApp, account: &str) -> i64 {
    let end: i64 = sqlx::query_scalar("select expiry_date from session where data like $1")
        .bind(format!("%{account}%"))
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    end - app::db::now_unix()
}

/// Moves the clock of the session of `account` back: its time stamp `key` by `by` (in the
/// stamp's unit), and its stored end by `end_seconds`.
async fn move_back(
    app: &portal_tests::TestApp,
    account: &str,
    key: &str,
    by: i64,
    end_seconds: i64,
) {
    let pattern = format!("%{account}%");
    let data: String = sqlx::query_scalar("select data from session where data like $1")
        .bind(&pattern)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let mut data: serde_json::Value = serde_json::from_str(&data).unwrap();
    data[key] = serde_json::json!(data[key].as_i64().unwrap() - by);
    sqlx::query("update session set data = $1, expiry_date = expiry_date - $2 where data like $3")
        .bind(data.to_string())
        .bind(end_seconds)
        .bind(&pattern)
        .execute(app.db.writer())
        .await
        .unwrap();
}

/// Lets `minutes` pass for the session of `account`: its end and its last write move back.
async fn let_pass(app: &portal_tests::TestApp, account: &str, minutes: i64) {
    move_back(app, account, "seen", minutes * 60, minutes * 60).await;
}

#[tokio::test]
async fn staff_sessions_end_after_30_idle_minutes_and_families_after_60() {
    let app = spawn_app().await;
    let (staff, staff_id) = app.logged_in_with_id(Role::Staff).await;
    let (family, family_id) = app.logged_in_with_id(Role::Family).await;
    let minute = |left: i64| (left + 59) / 60;
    assert_eq!(minute(session_left(&app, &staff_id).await), 30);
    assert_eq!(minute(session_left(&app, &family_id).await), 60);

    // A request that changes the session (a message for the next page) keeps the role's
    // timeout; it does not fall back to a default.
    staff.assign("nix").await;
    assert_eq!(minute(session_left(&app, &staff_id).await), 30);

    // 20 minutes pass: the next page view pushes the end out to 30 minutes again.
    let_pass(&app, &staff_id, 20).await;
    assert_eq!(minute(session_left(&app, &staff_id).await), 10);
    assert_eq!(staff.get("/verwaltung").await.status(), StatusCode::OK);
    assert_eq!(minute(session_left(&app, &staff_id).await), 30);

    // 31 idle minutes end a caseworker's session; 45 do not end a family's.
    let_pass(&app, &staff_id, 31).await;
    let res = staff.get("/verwaltung").await;
    assert!(
        location(&res).starts_with("/anmelden"),
        "{}",
        location(&res)
    );
    let_pass(&app, &family_id, 45).await;
    assert_eq!(family.get("/familie").await.status(), StatusCode::OK);
    assert_eq!(minute(session_left(&app, &family_id).await), 60);
}

#[tokio::test]
async fn passwords_that_are_easy_to_guess_are_refused_with_an_explanation() {
    let app = spawn_app().await;
    for weak in ["1234567890", "aaaaaaaaaa", "passwort12"] {
        let res = app.register("schwach@example.de", weak).await;
        assert_eq!(location(&res), "/registrieren", "{weak}");
        let page = app.body("/registrieren").await;
        assert!(page.contains("zu leicht zu erraten"), "{weak}: {page}");
    }
    assert_eq!(app.count("select count(*) from account").await, 0);
    // A passphrase of unrelated words is fine.
    let res = app
        .register("stark@example.de", "Fahrrad Mond Teekanne")
        .await;
    assert_eq!(location(&res), "/familie");
}

#[tokio::test]
async fn a_new_password_ends_every_other_session_and_one_button_ends_them_all() {
    let app = spawn_app().await;
    app.create_account("zwei@example.de", Role::Family).await;
    let (phone, laptop, office) = (app.visitor(), app.visitor(), app.visitor());
    for device in [&phone, &laptop, &office] {
        assert_eq!(
            location(&device.login("zwei@example.de", PASSWORD).await),
            "/familie"
        );
    }
    let change = [
        ("current_password", PASSWORD),
        ("new_password", "ganz-neues-passwort"),
        ("new_password_repeat", "ganz-neues-passwort"),
    ];
    phone.change_password(&change).await;
    // The device that changed it goes on; the others are logged out.
    assert_eq!(phone.get("/familie").await.status(), StatusCode::OK);
    for device in [&laptop, &office] {
        let res = device.get("/familie").await;
        assert!(
            location(&res).starts_with("/anmelden"),
            "{}",
            location(&res)
        );
    }

    assert_eq!(
        location(&laptop.login("zwei@example.de", "ganz-neues-passwort").await),
        "/familie"
    );
    let res = phone.logout_everywhere().await;
    assert_eq!(location(&res), "/anmelden");
    assert!(
        phone
            .body("/anmelden")
            .await
            .contains("auf allen Geräten abgemeldet")
    );
    for device in [&phone, &laptop] {
        let res = device.get("/familie").await;
        assert!(
            location(&res).starts_with("/anmelden"),
            "{}",
            location(&res)
        );
    }
}

#[tokio::test]
async fn a_session_ends_after_a_working_day_however_busy() {
    let app = spawn_app().await;
    let (staff, staff_id) = app.logged_in_with_id(Role::Staff).await;
    // Nine hours after logging in (always active), the caseworker is still logged in.
    move_back(&app, &staff_id, "since", 9 * 3_600_000, 0).await;
    assert_eq!(staff.get("/verwaltung").await.status(), StatusCode::OK);
    move_back(&app, &staff_id, "since", 2 * 3_600_000, 0).await;
    let res = staff.get("/verwaltung").await;
    assert!(
        location(&res).starts_with("/anmelden"),
        "{}",
        location(&res)
    );
    assert_eq!(
        app.count("select count(*) from session").await,
        0,
        "removed"
    );
}

#[tokio::test]
async fn an_admin_starts_at_a_page_that_links_every_admin_page() {
    let app = spawn_app().await;
    let admin = app.logged_in_as(Role::Admin).await;
    let (status, home) = admin.page("/admin").await;
    assert_eq!(status, StatusCode::OK);
    for path in [
        "/admin/konten",
        "/admin/bescheide",
        "/admin/schulkalender",
        "/admin/postausgang",
        "/admin/berechtigte",
        "/verwaltung/berichte",
        "/verwaltung/antraege",
        "/verwaltung/papierantrag",
        "/verwaltung/lernstandorte",
        "/verwaltung/schulen",
        "/verwaltung/zugaenge",
        "/verwaltung/barrieren",
    ] {
        assert!(home.contains(&format!("href=\"{path}\"")), "{path} linked");
        let (status, _) = admin.page(path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
    }
    // Staff have their own overview; the admin start page is not theirs.
    let staff = app.logged_in_as(Role::Staff).await;
    assert_eq!(staff.page("/admin").await.0, StatusCode::FORBIDDEN);
    // A page both use leads the admin back to the admin start page.
    let (_, reports) = admin.page("/verwaltung/berichte").await;
    assert!(reports.contains("href=\"/admin\""), "back to /admin");
}

#[tokio::test]
async fn an_admin_finds_accounts_by_address_and_role_page_by_page() {
    let app = spawn_app().await;
    // Stored directly (nobody logs in with these): hashing 56 passwords takes long.
    for i in 0..56 {
        let (email, role) = match i {
            55 => ("sachbearbeitung_1@kreis.de".to_string(), "staff"),
            _ => (format!("schule{i:02}@beispiel.de"), "school"),
        };
        sqlx::query(
            "insert into account (id, email, password_hash, role, created_at, updated_at) \
             values ($1, $2, 'x', $3, $4, $4)",
        )
        .bind(format!("acct-{i}"))
        .bind(email)
        .bind(role)
        .bind(1_700_000_000_i64 + i)
        .execute(app.db.writer())
        .await
        .unwrap();
    }
    let admin = app.logged_in_as(Role::Admin).await;

    let (_, first) = admin.page("/admin/konten?rolle=school").await;
    assert!(first.contains("Seite 1 von 2 · 55 Konten"), "{first}");
    assert_eq!(first.matches("@beispiel.de</td>").count(), 50);
    assert!(first.contains("rel=\"next\"") && !first.contains("rel=\"prev\""));
    let (_, second) = admin.page("/admin/konten?rolle=school&seite=1").await;
    assert_eq!(second.matches("@beispiel.de</td>").count(), 5);
    assert!(second.contains("Seite 2 von 2"));

    // Any case; `_` is a character, not a wildcard.
    let (_, found) = admin.page("/admin/konten?suche=SACHBEARBEITUNG_").await;
    assert!(found.contains("sachbearbeitung_1@kreis.de"), "{found}");
    assert!(found.contains("1 Konto") && !found.contains("@beispiel.de</td>"));
    let (_, none) = admin.page("/admin/konten?suche=schule01&rolle=staff").await;
    assert!(none.contains("0 Konten"), "{none}");
}
