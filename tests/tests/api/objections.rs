//! Bekanntgabe and Widerspruch: staff record when a Bescheid went to the post, register
//! incoming Widersprüche (in time or late, in the required form or not), remedy one by a
//! new decision that names it (Abhilfe) or forward it — on both databases, and with many
//! caseworkers at once.

use app::domain::{
    account::Role,
    objection::{bekanntgabe, objection_deadline},
    text::{german, iso},
};
use portal_tests::{TestApp, approval, location, pdf_text, spawn_app_with_directory};
use std::sync::Arc;

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// A Teilhabe claim approved by `staff`; returns the family, the claim and its Bescheid.
async fn approved(app: &TestApp, staff: &TestApp) -> (TestApp, String, String) {
    let (family, claim) = app.submitted_teilhabe("Mira", "15").await;
    let month = app::domain::month::YearMonth::of(today());
    let to = month.plus_months(6).first_day().previous_day().unwrap();
    staff
        .approve(&approval(&claim, &iso(month.first_day()), &iso(to), "15"))
        .await;
    let notice = app
        .query_text_with(
            "select id from notice where claim_id = $1 and kind = 'bescheid'",
            &[&claim],
        )
        .await;
    (family, claim, notice)
}

fn objection_form<'a>(
    claim: &'a str,
    notice: &'a str,
    received: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("claim_id", claim),
        ("notice_id", notice),
        ("received_on", received),
        ("channel", "letter"),
        (
            "note",
            "Die Familie möchte den Zeitraum bis zum Schuljahresende.",
        ),
    ]
}

#[tokio::test]
async fn a_widerspruch_is_registered_judged_in_time_and_remedied_by_a_new_decision() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (family, claim, notice) = approved(&app, &staff).await;
    let page = format!("/verwaltung/antrag/{claim}");

    // Before the posting date is known, timeliness is open.
    let received = iso(today());
    staff
        .submit::<app::api::staff::RegisterObjection, _>(&objection_form(
            &claim, &notice, &received,
        ))
        .await;
    let body = staff.body(&page).await;
    assert!(body.contains("Der Widerspruch ist erfasst."), "{body}");
    assert!(body.contains("steht erst fest, wenn das Datum der Aufgabe zur Post"));

    // Posting recorded: known on the 4th day, the deadline a month later. Only staff
    // record it.
    let posted = today() - time::Duration::days(10);
    family
        .submit::<app::api::staff::MarkPosted, _>(&[
            ("claim_id", claim.as_str()),
            ("notice_id", notice.as_str()),
            ("posted_on", &iso(posted)),
        ])
        .await;
    assert_eq!(
        app.count("select count(*) from notice where posted_on is not null")
            .await,
        0
    );
    let res = staff
        .submit::<app::api::staff::MarkPosted, _>(&[
            ("claim_id", claim.as_str()),
            ("notice_id", notice.as_str()),
            ("posted_on", &iso(posted)),
        ])
        .await;
    assert_eq!(location(&res), page);
    let body = staff.body(&page).await;
    let known = bekanntgabe(posted);
    assert!(
        body.contains(&format!(
            "bekannt gegeben am {} · Widerspruchsfrist bis {}",
            german(known),
            german(objection_deadline(known))
        )),
        "{body}"
    );
    assert!(body.contains("Fristgerecht eingegangen."));
    // Recorded once; a second date is refused and the first stays.
    staff
        .submit::<app::api::staff::MarkPosted, _>(&[
            ("claim_id", claim.as_str()),
            ("notice_id", notice.as_str()),
            ("posted_on", &iso(today())),
        ])
        .await;
    assert!(staff.body(&page).await.contains("schon gespeichert"));
    assert_eq!(
        app.query_text("select posted_on from notice where kind = 'bescheid'")
            .await,
        iso(posted)
    );

    // One in the future is refused; one by plain e-mail is registered and flagged.
    let tomorrow = iso(today() + time::Duration::days(1));
    staff
        .submit::<app::api::staff::RegisterObjection, _>(&objection_form(
            &claim, &notice, &tomorrow,
        ))
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("nicht in der Zukunft liegen")
    );
    let mut email = objection_form(&claim, &notice, &received);
    email.retain(|(k, _)| *k != "channel");
    email.push(("channel", "email"));
    staff
        .submit::<app::api::staff::RegisterObjection, _>(&email)
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Eine einfache E-Mail erfüllt die Form nicht")
    );
    assert_eq!(app.count("select count(*) from objection").await, 2);

    // Abhilfe: a correction that names the first Widerspruch closes it in the same step.
    let first = app
        .query_text("select id from objection where channel = 'letter'")
        .await;
    let old = app
        .query_text_with("select decision_id from claim where id = $1", &[&claim])
        .await;
    let month = app::domain::month::YearMonth::of(today());
    let longer = month.plus_months(8).first_day().previous_day().unwrap();
    let mut remedy = approval(&claim, &iso(month.first_day()), &iso(longer), "15");
    remedy.retain(|(k, _)| *k != "corrects");
    remedy.push(("corrects", old.clone()));
    remedy.push(("objection", first.clone()));
    staff.approve(&remedy).await;
    assert_eq!(
        app.query_text_with("select status from objection where id = $1", &[&first])
            .await,
        "remedied"
    );
    let remedied_by = app
        .query_text_with(
            "select remedy_decision_id from objection where id = $1",
            &[&first],
        )
        .await;
    let newest = app
        .query_text_with("select decision_id from claim where id = $1", &[&claim])
        .await;
    assert_eq!(remedied_by, newest);
    let bescheid = app
        .query_text_with(
            "select id from notice where decision_id = $1 and kind = 'bescheid'",
            &[&newest],
        )
        .await;
    let pdf = family
        .get(&format!("/bescheide/{bescheid}"))
        .await
        .bytes()
        .await
        .unwrap();
    let text = pdf_text(&pdf);
    assert!(
        text.contains(&format!(
            "Ihrem Widerspruch vom {} wird mit diesem Bescheid abgeholfen",
            german(today())
        )),
        "{text}"
    );
    // A remedied Widerspruch cannot be remedied or forwarded again.
    let res = staff
        .submit::<app::api::staff::CloseObjection, _>(&[
            ("claim_id", claim.as_str()),
            ("objection_id", first.as_str()),
            ("status", "forwarded"),
        ])
        .await;
    assert_eq!(location(&res), page);
    assert!(staff.body(&page).await.contains("nicht mehr offen"));
}

#[tokio::test]
async fn only_staff_register_widersprueche_and_twenty_caseworkers_forward_one_once() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (family, claim, notice) = approved(&app, &staff).await;
    let received = iso(today());
    let form = objection_form(&claim, &notice, &received);
    // A family or an anonymous client cannot register or close one.
    family
        .submit::<app::api::staff::RegisterObjection, _>(&form)
        .await;
    app.visitor()
        .submit::<app::api::staff::RegisterObjection, _>(&form)
        .await;
    assert_eq!(app.count("select count(*) from objection").await, 0);
    // A notice of another claim is not this claim's.
    let (_, other_claim, _) = approved(&app, &staff).await;
    let mut foreign = form.clone();
    foreign.retain(|(k, _)| *k != "claim_id");
    foreign.push(("claim_id", &other_claim));
    staff
        .submit::<app::api::staff::RegisterObjection, _>(&foreign)
        .await;
    assert_eq!(app.count("select count(*) from objection").await, 0);

    staff
        .submit::<app::api::staff::RegisterObjection, _>(&form)
        .await;
    let id = app.query_text("select id from objection").await;
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let worker = Arc::new(app.logged_in_as(Role::Staff).await);
        let (claim, id) = (claim.clone(), id.clone());
        workers.spawn(async move {
            worker
                .submit::<app::api::staff::CloseObjection, _>(&[
                    ("claim_id", claim.as_str()),
                    ("objection_id", id.as_str()),
                    ("status", "forwarded"),
                ])
                .await
                .status()
        });
    }
    let statuses = workers.join_all().await;
    assert!(statuses.iter().all(|s| s.is_redirection()), "{statuses:?}");
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'objection-closed'")
            .await,
        1
    );
    assert_eq!(
        app.query_text("select status from objection").await,
        "forwarded"
    );
}

#[tokio::test]
async fn a_family_prepares_a_widerspruch_letter_to_sign_and_nobody_else_can() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (family, claim, notice) = approved(&app, &staff).await;
    let page = family.body(&format!("/familie/antrag/{claim}")).await;
    assert!(page.contains("Widerspruch vorbereiten"), "{page}");
    assert!(
        !page.contains("gilt die Entscheidung zunächst weiter"),
        "§ 39 SGB II is not about an approval: {page}"
    );
    let path = format!("/familie/antrag/{claim}/widerspruch");
    let form = [
        ("notice_id", notice.as_str()),
        ("reasons", "Der Kurs dauert bis zum Schuljahresende."),
    ];
    let res = family.post_form(&path, &form).await;
    assert_eq!(res.status(), reqwest::StatusCode::OK);
    let text = pdf_text(&res.bytes().await.unwrap());
    let number = app
        .query_text_with("select number from notice where id = $1", &[&notice])
        .await;
    assert!(
        text.contains(&format!("gegen Ihren Bescheid Nr. {number}"))
            && text.contains("Der Kurs dauert bis zum Schuljahresende.")
            && text.contains("Ort, Datum, Unterschrift"),
        "{text}"
    );
    assert_eq!(
        app.count("select count(*) from objection").await,
        0,
        "nothing stored"
    );
    let (stranger, _) = app.submitted_teilhabe("Fremd", "10").await;
    assert_eq!(
        stranger.post_form(&path, &form).await.status(),
        reqwest::StatusCode::NOT_FOUND
    );
    assert_ne!(
        staff.post_form(&path, &form).await.status(),
        reqwest::StatusCode::OK
    );
}

#[tokio::test]
async fn the_posting_date_of_a_serienbrief_is_recorded_for_every_ticked_bescheid_once() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (_, first, first_notice) = approved(&app, &staff).await;
    let (_, second, _) = approved(&app, &staff).await;
    let earlier = iso(today() - time::Duration::days(3));
    staff
        .submit::<app::api::staff::MarkPosted, _>(&[
            ("claim_id", first.as_str()),
            ("notice_id", first_notice.as_str()),
            ("posted_on", earlier.as_str()),
        ])
        .await;
    let posted = iso(today() - time::Duration::days(1));
    let res = staff
        .post_form(
            "/verwaltung/serienbrief/post",
            &[
                ("antrag", first.as_str()),
                ("antrag", second.as_str()),
                ("posted_on", posted.as_str()),
            ],
        )
        .await;
    assert_eq!(location(&res), "/verwaltung/antraege");
    assert!(
        staff
            .body("/verwaltung/antraege")
            .await
            .contains("für die angekreuzten Bescheide gespeichert")
    );
    let dates = |claim: String| {
        let app = &app;
        async move {
            app.query_text_with(
                "select posted_on from notice where claim_id = $1 and kind = 'bescheid'",
                &[&claim],
            )
            .await
        }
    };
    assert_eq!(dates(first.clone()).await, earlier, "a recorded date stays");
    assert_eq!(dates(second.clone()).await, posted);
    // Only staff; a date in the future is refused.
    let family = app.logged_in_as(Role::Family).await;
    let res = family
        .post_form(
            "/verwaltung/serienbrief/post",
            &[("antrag", second.as_str()), ("posted_on", posted.as_str())],
        )
        .await;
    assert_ne!(location(&res), "/verwaltung/antraege");
    let tomorrow = iso(today() + time::Duration::days(1));
    staff
        .post_form(
            "/verwaltung/serienbrief/post",
            &[
                ("antrag", second.as_str()),
                ("posted_on", tomorrow.as_str()),
            ],
        )
        .await;
    assert_eq!(dates(second).await, posted);
}
