//! Taking an approval back: a hearing letter with a deadline (§ 24 SGB X) that the family
//! answers in the portal, then an Aufhebung naming its legal basis and day, which ends
//! the provider's cover — refused without the hearing; on both databases and with twenty
//! answers at once.

use app::domain::{account::Role, text::iso};
use portal_tests::{TestApp, approval, location, pdf_text, spawn_app_with_directory};
use std::sync::Arc;

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// An approved Teilhabe claim; returns the family, the claim and the decision id.
async fn approved(app: &TestApp, staff: &TestApp) -> (TestApp, String, String) {
    let (family, claim) = app.submitted_teilhabe("Leyla", "15").await;
    let month = app::domain::month::YearMonth::of(today());
    let to = month.plus_months(6).first_day().previous_day().unwrap();
    staff
        .approve(&approval(&claim, &iso(month.first_day()), &iso(to), "15"))
        .await;
    let decision = app
        .query_text_with("select decision_id from claim where id = $1", &[&claim])
        .await;
    (family, claim, decision)
}

#[tokio::test]
async fn an_approval_is_taken_back_only_after_a_hearing_and_the_aufhebung_ends_the_cover() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (family, claim, old) = approved(&app, &staff).await;
    let page = format!("/verwaltung/antrag/{claim}");
    let from = iso(app::domain::month::YearMonth::of(today())
        .plus_months(1)
        .first_day());
    let aufhebung = |basis: &str| {
        vec![
            ("claim_id", claim.clone()),
            ("reason_code", "no_benefit".to_string()),
            (
                "reason_text",
                "Der Verein hat das Ende der Mitgliedschaft gemeldet.".to_string(),
            ),
            ("corrects", old.clone()),
            ("aufhebung_basis", basis.to_string()),
            ("aufhebung_from", from.clone()),
        ]
    };
    // No Aufhebung without a hearing.
    staff.reject(&aufhebung("48")).await;
    assert!(staff.body(&page).await.contains("vorher angehört"));
    assert_eq!(app.claim_status(&claim).await, "approved");

    // The hearing needs facts and two weeks.
    let hearing = |due: &str| {
        vec![
            ("claim_id", claim.clone()),
            (
                "facts",
                "Der Verein hat mitgeteilt, dass Leyla nicht mehr Mitglied ist.".to_string(),
            ),
            ("effective_from", from.clone()),
            ("due_date", due.to_string()),
        ]
    };
    let short = iso(today() + time::Duration::days(7));
    staff
        .submit::<app::api::staff::SendHearing, _>(&hearing(&short))
        .await;
    assert!(staff.body(&page).await.contains("mindestens zwei Wochen"));
    let due = iso(today() + time::Duration::days(14));
    let res = staff
        .submit::<app::api::staff::SendHearing, _>(&hearing(&due))
        .await;
    assert_eq!(location(&res), page);
    let id = app.query_text("select id from hearing").await;

    // The family reads the letter; nobody else can.
    let letter = family.get(&format!("/anhoerung/{id}")).await;
    assert_eq!(letter.status(), reqwest::StatusCode::OK);
    let text = pdf_text(&letter.bytes().await.unwrap());
    assert!(
        text.contains("Anhörung nach § 24 SGB X")
            && text.contains("nicht mehr Mitglied")
            && text.contains("noch keine Entscheidung"),
        "{text}"
    );
    let (stranger, _) = app.submitted_teilhabe("Fremd", "10").await;
    assert_eq!(
        stranger.get(&format!("/anhoerung/{id}")).await.status(),
        reqwest::StatusCode::NOT_FOUND
    );
    assert!(
        family
            .body(&format!("/familie/antrag/{claim}"))
            .await
            .contains("Anhörung")
    );
    // Still waiting for the answer: no Aufhebung yet.
    staff.reject(&aufhebung("48")).await;
    assert_eq!(app.claim_status(&claim).await, "approved");

    // Twenty answers at once: one is kept.
    let family = Arc::new(family);
    let mut answers = tokio::task::JoinSet::new();
    for n in 0..20 {
        let (family, claim, id) = (family.clone(), claim.clone(), id.clone());
        answers.spawn(async move {
            let text = format!("Leyla geht ab Januar wieder hin ({n}).");
            family
                .submit::<app::api::claim::AnswerHearing, _>(&[
                    ("claim_id", claim.as_str()),
                    ("hearing_id", id.as_str()),
                    ("answer", text.as_str()),
                ])
                .await
                .status()
        });
    }
    let statuses = answers.join_all().await;
    assert!(statuses.iter().all(|s| s.is_redirection()), "{statuses:?}");
    assert_eq!(
        app.count("select count(*) from hearing where answer is not null")
            .await,
        1
    );

    // Without a legal basis: refused; with it, the Aufhebung.
    staff.reject(&aufhebung("")).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Rechtsgrundlage der Aufhebung")
    );
    // Taken back as a whole only from the start of the approval: from a later day the
    // period is shortened instead.
    staff.reject(&aufhebung("48")).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("die Monate davor bleiben bewilligt")
    );
    let start = iso(app::domain::month::YearMonth::of(today()).first_day());
    let mut whole = aufhebung("48");
    whole.retain(|(k, _)| *k != "aufhebung_from");
    whole.push(("aufhebung_from", start));
    staff.reject(&whole).await;
    assert_eq!(app.claim_status(&claim).await, "rejected");
    let new = app
        .query_text_with("select decision_id from claim where id = $1", &[&claim])
        .await;
    assert_eq!(
        app.query_text_with(
            "select aufhebung_basis from decision where id = $1",
            &[&new]
        )
        .await,
        "48"
    );
    let bescheid = app
        .query_text_with(
            "select id from notice where decision_id = $1 and kind = 'bescheid'",
            &[&new],
        )
        .await;
    let text = pdf_text(
        &family
            .get(&format!("/bescheide/{bescheid}"))
            .await
            .bytes()
            .await
            .unwrap(),
    );
    assert!(
        text.contains("Aufhebungsbescheid")
            && text.contains("§ 48 Abs. 1 SGB X")
            && text.contains("angehört (§ 24 SGB X)")
            && text.contains("Ihre Stellungnahme vom")
            && !text.contains("lehne ich ab"),
        "{text}"
    );
    // The payee is told the cover ends.
    let cover = app
        .query_text_with(
            "select title from notice where decision_id = $1 and kind = 'kostenuebernahme'",
            &[&new],
        )
        .await;
    assert!(cover.starts_with("Ende der Kostenübernahme"), "{cover}");
}

#[tokio::test]
async fn a_longer_approval_needs_no_hearing_and_only_staff_send_one() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (family, claim, old) = approved(&app, &staff).await;
    let month = app::domain::month::YearMonth::of(today());
    let longer = month.plus_months(9).first_day().previous_day().unwrap();
    let mut form = approval(&claim, &iso(month.first_day()), &iso(longer), "15");
    form.retain(|(k, _)| *k != "corrects");
    form.push(("corrects", old));
    staff.approve(&form).await;
    assert_eq!(app.count("select count(*) from decision").await, 2);
    let hearing = [
        ("claim_id", claim.as_str()),
        ("facts", "x"),
        ("effective_from", "2027-01-01"),
        ("due_date", "2099-01-01"),
    ];
    family
        .submit::<app::api::staff::SendHearing, _>(&hearing)
        .await;
    app.visitor()
        .submit::<app::api::staff::SendHearing, _>(&hearing)
        .await;
    assert_eq!(app.count("select count(*) from hearing").await, 0);
}

#[tokio::test]
async fn a_shorter_approval_after_a_lapsed_hearing_is_an_aenderungsbescheid() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (family, claim, old) = approved(&app, &staff).await;
    let month = app::domain::month::YearMonth::of(today());
    let due = iso(today() + time::Duration::days(14));
    staff
        .submit::<app::api::staff::SendHearing, _>(&[
            ("claim_id", claim.as_str()),
            ("facts", "Der Kurs endet früher als beantragt."),
            ("effective_from", &iso(month.plus_months(2).first_day())),
            ("due_date", &due),
        ])
        .await;
    let shorter = month.plus_months(2).first_day().previous_day().unwrap();
    let mut form = approval(&claim, &iso(month.first_day()), &iso(shorter), "15");
    form.retain(|(k, _)| *k != "corrects");
    form.push(("corrects", old));
    form.push(("aufhebung_basis", "48".into()));
    form.push(("aufhebung_from", iso(month.plus_months(2).first_day())));
    form.push((
        "partial_reasons",
        "Der Kurs endet nach zwei Monaten.".into(),
    ));
    // The family has not answered and the deadline is open.
    staff.approve(&form).await;
    assert_eq!(app.count("select count(*) from decision").await, 1);
    // The deadline has passed without an answer.
    sqlx::query("update hearing set due_date = '2026-01-01'")
        .execute(app.db.pool())
        .await
        .unwrap();
    staff.approve(&form).await;
    assert_eq!(app.count("select count(*) from decision").await, 2);
    assert_eq!(app.claim_status(&claim).await, "approved");
    let new = app
        .query_text_with("select decision_id from claim where id = $1", &[&claim])
        .await;
    let bescheid = app
        .query_text_with(
            "select id from notice where decision_id = $1 and kind = 'bescheid'",
            &[&new],
        )
        .await;
    let res = family.get(&format!("/bescheide/{bescheid}")).await;
    let text = pdf_text(&res.bytes().await.unwrap());
    assert!(
        text.contains("Änderungsbescheid")
            && text.contains("soweit er über die folgende Bewilligung hinausgeht")
            && text.contains("nicht geäußert"),
        "{text}"
    );
}
