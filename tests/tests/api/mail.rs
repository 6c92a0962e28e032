//! Mail through a real SMTP server (`portal_tests::smtp`, real SMTP over TCP): the
//! password reset by a one-time link; questions, reminders and decisions reaching the
//! family in its language; a mail server that is down delays mail but never loses it nor
//! sends it twice; two sending processes on one database send each mail once.

use app::domain::{account::Role, text::german};
use portal_tests::{
    TestApp, approval, location, smtp::SmtpServer, spawn_app_with, spawn_app_with_directory,
};
use std::time::Duration;

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

async fn with_smtp() -> (TestApp, SmtpServer) {
    let smtp = SmtpServer::start().await;
    let url = smtp.url();
    let app = spawn_app_with(move |c| c.smtp_url = Some(url)).await;
    (app, smtp)
}

/// The e-mail address of account `id`.
async fn email_of(app: &TestApp, id: &str) -> String {
    app.query_text_with("select email from account where id = $1", &[id])
        .await
}

/// Waits (up to five seconds) until no message of the outbox is queued.
async fn outbox_settled(app: &TestApp) {
    for _ in 0..100 {
        if app
            .count("select count(*) from outbox where status = 'queued'")
            .await
            == 0
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the outbox did not settle");
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_a_one_time_link_in_a_mail() {
    let (app, smtp) = with_smtp().await;
    let (family, id) = app.logged_in_with_id(Role::Family).await;
    let email = email_of(&app, &id).await;
    let visitor = app.visitor();
    assert!(
        visitor
            .body("/anmelden")
            .await
            .contains("/passwort-vergessen")
    );

    // The same answer for an address with and without an account.
    for address in [email.as_str(), "niemand@example.de"] {
        let res = visitor
            .submit::<app::api::auth::RequestPasswordReset, _>(&[("email", address)])
            .await;
        assert_eq!(location(&res), "/anmelden");
        assert!(
            visitor
                .body("/anmelden")
                .await
                .contains("Wenn es zu dieser Adresse ein Konto gibt")
        );
    }
    let mail = smtp.wait_for(1).await.remove(0);
    assert_eq!(mail.to, std::slice::from_ref(&email));
    let text = mail.text();
    assert!(text.contains("gilt eine Stunde"), "{text}");
    assert!(text.contains("Ihr Passwort bleibt, wie es ist."), "{text}");
    let token = text
        .split("/passwort-neu?token=")
        .nth(1)
        .expect("link in the mail")
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect::<String>();
    assert_eq!(token.len(), 64, "{text}");
    assert_eq!(
        app.count("select count(*) from outbox").await,
        1,
        "none for the unknown address"
    );

    // A weak password is refused and the link stays usable.
    let page = format!("/passwort-neu?token={token}");
    assert!(
        visitor
            .body(&page)
            .await
            .contains("Neues Passwort festlegen")
    );
    let weak = [
        ("token", token.as_str()),
        ("password", "kurz"),
        ("password_repeat", "kurz"),
    ];
    let res = visitor
        .submit::<app::api::auth::ResetPassword, _>(&weak)
        .await;
    assert_eq!(location(&res), page);
    let new = "Ein-neues-Passwort-2026!";
    let good = [
        ("token", token.as_str()),
        ("password", new),
        ("password_repeat", new),
    ];
    let res = visitor
        .submit::<app::api::auth::ResetPassword, _>(&good)
        .await;
    assert_eq!(location(&res), "/anmelden");
    assert!(
        visitor
            .body("/anmelden")
            .await
            .contains("Ihr neues Passwort ist gespeichert")
    );

    // The old session ended; the old password no longer works, the new one does.
    assert_ne!(
        family.get("/familie").await.status(),
        reqwest::StatusCode::OK
    );
    let res = app.visitor().login(&email, portal_tests::PASSWORD).await;
    assert_ne!(location(&res), "/familie");
    let res = app.visitor().login(&email, new).await;
    assert_eq!(location(&res), "/familie");

    // The link works once.
    let again = visitor
        .submit::<app::api::auth::ResetPassword, _>(&good)
        .await;
    assert_eq!(location(&again), page);
    assert!(
        visitor
            .body(&page)
            .await
            .contains("abgelaufen oder wurde schon benutzt")
    );

    // The admin sees that it went out, not the secret link.
    outbox_settled(&app).await;
    let admin = app.logged_in_as(Role::Admin).await;
    let message = app.query_text("select id from outbox").await;
    let body = admin.body(&format!("/admin/postausgang/{message}")).await;
    assert!(body.contains("geheimen Link"), "{body}");
    assert!(!body.contains(&token));
}

#[tokio::test]
async fn a_mail_server_that_is_down_delays_mail_and_it_goes_out_exactly_once() {
    let (app, smtp) = with_smtp().await;
    smtp.stop();
    let (_family, claim) = spawn_app_with_directory_on(&app).await;
    // The family's action succeeded; the mail waits with its error.
    assert_eq!(app.claim_status(&claim).await, "submitted");
    for _ in 0..100 {
        if app
            .count("select count(*) from outbox where attempts > 0 and last_error is not null")
            .await
            == 1
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        app.query_text("select status from outbox").await,
        "queued",
        "kept for a retry"
    );
    assert!(smtp.received().is_empty());

    // The server is back; the back-off has passed.
    smtp.restart().await;
    sqlx::query("update outbox set next_attempt_at = 0")
        .execute(app.db.pool())
        .await
        .unwrap();
    let got = smtp.wait_for(1).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(smtp.received().len(), 1, "exactly once");
    assert!(got[0].text().contains("BUT-"), "{}", got[0].text());
    assert_eq!(app.query_text("select status from outbox").await, "sent");
}

/// Seeds the directory into `app`'s database and submits a Teilhabe claim there; returns
/// the family and the claim.
async fn spawn_app_with_directory_on(app: &TestApp) -> (TestApp, String) {
    server::seed::seed_directory(&app.db)
        .await
        .expect("directory");
    app.submitted_teilhabe("Mira", "15").await
}

#[tokio::test]
async fn questions_reminders_and_decisions_reach_the_family_in_its_language() {
    let app = spawn_app_with_directory().await;
    let (family, claim) = app.submitted_teilhabe("Mira", "15").await;
    family.save_language("ar").await;
    sqlx::query("update account set preferred_lang = 'ar' where role = 'family'")
        .execute(app.db.pool())
        .await
        .unwrap();
    let staff = app.logged_in_as(Role::Staff).await;
    let due = today() + time::Duration::days(10);
    staff
        .ask(
            &claim,
            "Bitte laden Sie den Mitgliedsausweis hoch.",
            &app::domain::text::iso(due),
        )
        .await;
    outbox_settled(&app).await;
    let (lang, subject, body): (String, String, String) =
        sqlx::query_as("select lang, subject, body_text from outbox where kind = 'question'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(lang, "ar");
    assert!(subject.contains("BUT-"), "{subject}");
    assert!(
        subject
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "in Arabic: {subject}"
    );
    assert!(body.contains(&german(due)), "{body}");
    assert!(
        !body.contains("Mitgliedsausweis"),
        "no Sozialdaten in the mail: {body}"
    );
    assert!(body.contains(&format!("/familie/antrag/{claim}")), "{body}");

    // Three days before the due date: one reminder, however often the job runs.
    let sent = app::db::question::send_reminders(&app.db, due - time::Duration::days(3))
        .await
        .unwrap();
    assert_eq!(sent, 1);
    let again = app::db::question::send_reminders(&app.db, due - time::Duration::days(3))
        .await
        .unwrap();
    assert_eq!(again, 0);
    assert_eq!(
        app.count("select count(*) from outbox where kind = 'question-reminder'")
            .await,
        1
    );

    // The decision is announced, in the same transaction as the decision.
    let month = app::domain::month::YearMonth::of(today());
    let to = month.plus_months(6).first_day().previous_day().unwrap();
    staff
        .approve(&approval(
            &claim,
            &app::domain::text::iso(month.first_day()),
            &app::domain::text::iso(to),
            "15",
        ))
        .await;
    assert_eq!(
        app.count("select count(*) from outbox where kind = 'decision' and lang = 'ar'")
            .await,
        1
    );
    // Without an SMTP server every mail is kept, and the admin reads it.
    outbox_settled(&app).await;
    assert_eq!(
        app.count("select count(*) from outbox where status <> 'kept'")
            .await,
        0
    );
    let admin = app.logged_in_as(Role::Admin).await;
    let list = admin.body("/admin/postausgang?status=kept").await;
    assert!(list.contains("Aufbewahrt (4)"), "{list}");
    let id = app
        .query_text("select id from outbox where kind = 'decision'")
        .await;
    let one = admin.body(&format!("/admin/postausgang/{id}")).await;
    assert!(one.contains(r#"data-testid="mail-body""#), "{one}");
    assert_eq!(staff.page("/admin/postausgang").await.0, 403);
}

#[tokio::test]
async fn two_sending_processes_send_each_mail_once() {
    let (app, smtp) = with_smtp().await;
    // A second portal process on the same database, sending the same outbox.
    let mailer = server::mail::Mailer::new(Some(&smtp.url()), "BuT <but@kreis.invalid>").unwrap();
    server::mail::spawn_outbox_worker(app.db.clone(), mailer, Duration::from_millis(20));
    let visitor = app.visitor();
    let mut addresses = Vec::new();
    for _ in 0..30 {
        let (_, id) = app.logged_in_with_id(Role::Family).await;
        addresses.push(email_of(&app, &id).await);
    }
    for address in &addresses {
        visitor
            .submit::<app::api::auth::RequestPasswordReset, _>(&[("email", address.as_str())])
            .await;
    }
    smtp.wait_for(30).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let got = smtp.received();
    assert_eq!(got.len(), 30, "each mail once");
    let mut to: Vec<String> = got.iter().flat_map(|m| m.to.clone()).collect();
    to.sort();
    addresses.sort();
    assert_eq!(to, addresses);
    assert_eq!(
        app.count("select count(*) from outbox where status = 'sent'")
            .await,
        30
    );
}

#[tokio::test]
async fn a_notice_provided_in_the_portal_is_known_on_the_third_day_after_the_mail() {
    let (app, smtp) = with_smtp().await;
    let (family, claim) = spawn_app_with_directory_on(&app).await;
    assert!(
        family
            .body("/konto")
            .await
            .contains("Ihre Bescheide kommen per Post.")
    );
    family
        .submit::<app::api::auth::SetPortalDelivery, _>(&[("consent", "ja")])
        .await;
    assert!(family.body("/konto").await.contains("Sie haben am"));
    let staff = app.logged_in_as(Role::Staff).await;
    let month = app::domain::month::YearMonth::of(today());
    let to = month.plus_months(6).first_day().previous_day().unwrap();
    staff
        .approve(&approval(
            &claim,
            &app::domain::text::iso(month.first_day()),
            &app::domain::text::iso(to),
            "15",
        ))
        .await;
    // The claim's receipt and the notification that the Bescheid is ready, in whichever
    // order the worker picks them up.
    let mails = smtp.wait_for(2).await;
    assert!(
        mails.iter().any(|m| m.text().contains("dritten Tag")),
        "{mails:?}"
    );
    outbox_settled(&app).await;
    assert_eq!(
        app.count(
            "select count(*) from notice where kind = 'bescheid' and notified_at is not null"
        )
        .await,
        1
    );
    let known = today() + time::Duration::days(3);
    let deadline = app::domain::objection::objection_deadline(known);
    let page = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(
        page.contains(&format!(
            "Er gilt am {} als bekannt gegeben. Widerspruch ist bis zum {} möglich.",
            german(known),
            german(deadline)
        )),
        "{page}"
    );
    let staff_page = staff.body(&format!("/verwaltung/antrag/{claim}")).await;
    assert!(
        staff_page.contains(&format!(
            "bekannt gegeben am {} (§ 37 Abs. 2a SGB X)",
            german(known)
        )),
        "{staff_page}"
    );

    // Withdrawn: the next Bescheid is posted, and its mail is no notification.
    family
        .submit::<app::api::auth::SetPortalDelivery, _>(&[("consent", "")])
        .await;
    assert!(
        family
            .body("/konto")
            .await
            .contains("Ihre Bescheide kommen per Post.")
    );
    let old = app
        .query_text_with("select decision_id from claim where id = $1", &[&claim])
        .await;
    let longer = month.plus_months(8).first_day().previous_day().unwrap();
    let mut form = approval(
        &claim,
        &app::domain::text::iso(month.first_day()),
        &app::domain::text::iso(longer),
        "15",
    );
    form.retain(|(k, _)| *k != "corrects");
    form.push(("corrects", old));
    staff.approve(&form).await;
    smtp.wait_for(3).await;
    outbox_settled(&app).await;
    assert_eq!(
        app.count("select count(*) from outbox where kind = 'decision' and notice_id is null")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "select count(*) from notice where kind = 'bescheid' and notified_at is not null"
        )
        .await,
        1,
        "only the first Bescheid was delivered through the portal"
    );
    assert_eq!(
        app.count("select count(*) from audit_log where action like 'portal_delivery_%'")
            .await,
        2
    );
}

#[tokio::test]
async fn a_new_family_confirms_its_address_by_mail_before_it_submits() {
    let (app, smtp) = with_smtp().await;
    server::seed::seed_directory(&app.db)
        .await
        .expect("directory");
    let family = app.visitor();
    let res = family
        .register("neu@example.de", portal_tests::PASSWORD)
        .await;
    assert_eq!(location(&res), "/familie");
    let overview = family.body("/familie").await;
    assert!(
        overview.contains(r#"data-testid="confirm-address""#),
        "{overview}"
    );

    // Drafting works; submitting waits for the confirmation.
    family
        .save_household(&portal_tests::household_form("Neu Familie"))
        .await;
    let child = family
        .add_child("Ali", "Neu", "2015-05-05", "Grundschule Ahlen")
        .await
        .expect("child");
    let claim = family.start_claim(&child, "teilhabe").await;
    family
        .save_teilhabe(&portal_tests::teilhabe_form(&claim, "15"))
        .await;
    let submit = [
        ("claim_id", claim.as_str()),
        ("declaration", "ja"),
        ("consent", "ja"),
    ];
    family.submit_claim(&submit).await;
    assert_eq!(app.claim_status(&claim).await, "draft");
    assert!(
        family
            .body(&format!("/familie/antrag/{claim}/erklaerung"))
            .await
            .contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse")
    );

    // The link from the mail, confirmed with a button (a link scanner confirms nothing).
    let mail = smtp.wait_for(1).await.remove(0);
    assert_eq!(mail.to, ["neu@example.de"]);
    let token = mail
        .text()
        .split("/email-bestaetigen?token=")
        .nth(1)
        .expect("link")
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect::<String>();
    let page = format!("/email-bestaetigen?token={token}");
    family.get(&page).await;
    assert_eq!(
        app.count(
            "select count(*) from account where email_verified_at is not null and role = 'family'"
        )
        .await,
        0
    );
    let res = family
        .submit::<app::api::auth::ConfirmEmail, _>(&[("token", token.as_str())])
        .await;
    assert_eq!(location(&res), "/familie");
    assert!(!family.body("/familie").await.contains("confirm-address"));
    let res = family.submit_claim(&submit).await;
    assert_eq!(location(&res), format!("/familie/antrag/{claim}"));
    assert_eq!(app.claim_status(&claim).await, "submitted");
    // Once only.
    let again = family
        .submit::<app::api::auth::ConfirmEmail, _>(&[("token", token.as_str())])
        .await;
    assert_eq!(location(&again), page);
}

#[tokio::test]
async fn optional_mails_can_be_turned_off_and_caseworkers_turn_theirs_on() {
    let app = spawn_app_with_directory().await;
    let (family, claim) = app.submitted_teilhabe("Mira", "15").await;
    let account = family.body("/konto").await;
    assert!(account.contains(r#"value="questions""#), "{account}");
    // Only the receipt stays on.
    family
        .submit::<app::api::auth::SaveMailPrefs, _>(&[("topics[]", "claims")])
        .await;
    let (staff, staff_id) = app.logged_in_with_id(Role::Staff).await;
    staff
        .submit::<app::api::auth::SaveMailPrefs, _>(&[("topics[]", "staff-answers")])
        .await;
    staff.assign(&claim).await;
    staff
        .ask(
            &claim,
            "Bitte den Mitgliedsausweis.",
            &app::domain::text::iso(today() + time::Duration::days(10)),
        )
        .await;
    assert_eq!(
        app.count("select count(*) from outbox where kind = 'question'")
            .await,
        0
    );

    // The family answers; the caseworker who asked for it hears of it.
    let qid = app.query_text("select id from claim_question").await;
    family
        .post_multipart(
            &format!("/familie/antrag/{claim}/antwort"),
            reqwest::multipart::Form::new()
                .text("question_id", qid)
                .text("answer", "Liegt bei."),
        )
        .await;
    let staff_email = email_of(&app, &staff_id).await;
    assert_eq!(
        app.count_with(
            "select count(*) from outbox where kind = 'staff-answer' and to_address = $1",
            &[&staff_email]
        )
        .await,
        1
    );
    // Mails with a legal or security purpose go out whatever was chosen.
    family
        .submit::<app::api::auth::SaveMailPrefs, _>(&[] as &[(&str, &str)])
        .await;
    let family_email = app
        .query_text_with(
            "select a.email from account a join claim c on c.account_id = a.id where c.id = $1",
            &[&claim],
        )
        .await;
    app.visitor()
        .submit::<app::api::auth::RequestPasswordReset, _>(&[("email", family_email.as_str())])
        .await;
    assert_eq!(
        app.count("select count(*) from outbox where kind = 'password-reset'")
            .await,
        1
    );
    assert_eq!(
        app.query_text_with(
            "select mail_prefs from account where email = $1",
            &[&family_email]
        )
        .await,
        ""
    );
}
