//! Applications that came on paper, by phone or at the town hall (§ 16 SGB I): staff
//! enter them with their real date of receipt, complete the answers on the family's own
//! forms, attach the scans and submit — and the claim counts from the day it arrived.
//! On both databases, with wrong input, and with many caseworkers at once.

use app::domain::{
    account::Role,
    month::YearMonth,
    text::{german, iso},
};
use portal_tests::{
    TestApp, approval, household_form, location, pdf_text, spawn_app_with_directory, teilhabe_form,
};
use reqwest::multipart::{Form, Part};
use std::sync::Arc;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// The 10th of last month: always in the past, always in another month than today.
fn last_month_tenth() -> time::Date {
    YearMonth::of(today())
        .plus_months(-1)
        .first_day()
        .replace_day(10)
        .unwrap()
}

/// The intake form: how and when it came, the household (Bürgergeld, Ahlen), the child.
fn intake_form(
    channel: &str,
    received: &str,
    benefit: &str,
    applicant: &str,
    child: &str,
) -> Vec<(&'static str, String)> {
    let mut form = household_form(applicant);
    form.extend(
        [
            ("channel", channel),
            ("received_on", received),
            ("claim_benefit", benefit),
            ("preferred_lang", "uk"),
            ("first_name", child),
            ("last_name", "Petrenko"),
            ("birth_date", "2014-03-03"),
            ("school_id", ""),
            ("school_name", "Grundschule Ahlen"),
            ("grade", "6"),
        ]
        .map(|(k, v)| (k, v.to_string())),
    );
    form
}

/// Opens an application; returns the draft's id (or where the portal sent staff).
async fn open(staff: &TestApp, form: &[(&'static str, String)]) -> String {
    let res = staff
        .submit::<app::api::intake::OpenPaperApplication, _>(form)
        .await;
    location(&res)
        .trim_start_matches("/verwaltung/papierantrag/")
        .to_string()
}

/// Submits an entered application with `scans` and the direct-payment consent.
async fn submit(staff: &TestApp, claim: &str, scans: usize) -> reqwest::Response {
    let mut form = Form::new().text("consent", "ja");
    for i in 0..scans {
        form = form.part(
            "files",
            Part::bytes(PDF.to_vec()).file_name(format!("antrag-{i}.pdf")),
        );
    }
    staff
        .post_multipart(
            &format!("/verwaltung/papierantrag/{claim}/einreichen"),
            form,
        )
        .await
}

#[tokio::test]
async fn a_paper_application_counts_from_its_date_of_receipt_through_to_the_notice() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let received = last_month_tenth();
    let id = open(
        &staff,
        &intake_form(
            "paper",
            &iso(received),
            "teilhabe",
            "Olena Petrenko",
            "Maksym",
        ),
    )
    .await;
    assert_eq!(
        app.claim_status(&id).await,
        "draft",
        "opened as a draft: {id}"
    );
    let page = format!("/verwaltung/papierantrag/{id}");
    let body = staff.body(&page).await;
    assert!(body.contains("Der Antrag ist angelegt."), "{body}");
    assert!(body.contains("Sie erfassen einen Antrag"), "{body}");

    // The answers go through the family's own form and checks, back to this page.
    let res = staff.save_teilhabe(&teilhabe_form(&id, "15")).await;
    assert_eq!(location(&res), page);

    // A paper application is not submitted without its scan.
    let res = submit(&staff, &id, 0).await;
    assert_eq!(location(&res), page);
    assert!(
        staff
            .body(&page)
            .await
            .contains("Bitte laden Sie den Scan des Antrags hoch.")
    );
    assert_eq!(app.claim_status(&id).await, "draft");

    let res = submit(&staff, &id, 1).await;
    assert_eq!(location(&res), format!("/verwaltung/antrag/{id}"));
    assert_eq!(app.claim_status(&id).await, "submitted");
    let claim_page = staff.body(&format!("/verwaltung/antrag/{id}")).await;
    assert!(
        claim_page.contains(&format!(
            "auf Papier (Post oder abgegeben), eingegangen am {}",
            german(received)
        )),
        "{claim_page}"
    );
    assert!(claim_page.contains("Antrag vom Jobcenter erfasst"));
    assert!(staff.body("/verwaltung/antraege").await.contains("Maksym"));
    let scans = app
        .count_with(
            "select count(*) from document d join account a on a.id = d.uploaded_by \
             where d.claim_id = $1 and a.role = 'staff'",
            &[&id],
        )
        .await;
    assert_eq!(scans, 1, "the scan, uploaded by staff");

    // The notice answers the application of the day it was received.
    let month = YearMonth::of(today());
    let to = month.plus_months(6).first_day().previous_day().unwrap();
    staff
        .approve(&approval(&id, &iso(month.first_day()), &iso(to), "15"))
        .await;
    assert_eq!(app.claim_status(&id).await, "approved");
    let notice = app
        .query_text_with(
            "select id from notice where claim_id = $1 and kind = 'bescheid'",
            &[&id],
        )
        .await;
    let pdf = staff.get(&format!("/bescheide/{notice}")).await;
    let text = pdf_text(&pdf.bytes().await.unwrap());
    assert!(
        text.contains(&format!("Antrag vom {}", german(received))),
        "{text}"
    );
    assert!(text.contains("Olena Petrenko"), "{text}");

    // Nobody can log in to the household's account.
    let email = app
        .query_text_with(
            "select a.email from account a join claim c on c.account_id = a.id where c.id = $1",
            &[&id],
        )
        .await;
    assert!(email.ends_with(".invalid"), "{email}");
    let res = app.visitor().login(&email, "").await;
    assert_ne!(location(&res), "/familie");
}

#[tokio::test]
async fn a_tutoring_application_by_phone_may_start_in_the_month_it_was_received() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let received = last_month_tenth();
    let id = open(
        &staff,
        &intake_form(
            "phone",
            &iso(received),
            "lernfoerderung",
            "Iryna Koval",
            "Daria",
        ),
    )
    .await;
    let answers: Vec<(&str, String)> = vec![
        ("claim_id", id.clone()),
        ("subjects[]", "mathematik".into()),
        ("subject_other", "".into()),
        ("hours_per_week", "2".into()),
        ("period_from", iso(received)),
        ("period_to", iso(received + time::Duration::days(150))),
        ("place", "provider".into()),
        ("lernstandort_id", "".into()),
        ("provider_name", "Lernhilfe Ahlen".into()),
        ("provider_street", "Markt 1".into()),
        ("provider_postal_code", "59227".into()),
        ("provider_city", "Ahlen".into()),
        ("hourly_rate", "20".into()),
        ("reason", "Mathe mangelhaft".into()),
    ];
    let res = staff.save_lernfoerderung(&answers).await;
    assert_eq!(location(&res), format!("/verwaltung/papierantrag/{id}"));
    // A phone call has no paper to scan.
    let res = submit(&staff, &id, 0).await;
    let back = staff.body(&format!("/verwaltung/papierantrag/{id}")).await;
    assert_eq!(location(&res), format!("/verwaltung/antrag/{id}"), "{back}");
    let page = staff.body(&format!("/verwaltung/antrag/{id}")).await;
    // Lernförderung counts from the 1st of the month the application arrived (§ 37 Abs.
    // 2 SGB II) — last month, not the month staff typed it in.
    let earliest = YearMonth::of(received).first_day();
    assert!(
        page.contains(&format!(
            "Frühester rechtmäßiger Beginn: {}",
            german(earliest)
        )),
        "{page}"
    );
    assert!(page.contains("telefonisch (Gesprächsvermerk)"));
}

#[tokio::test]
async fn wrong_entries_come_back_with_their_errors_and_nothing_is_stored() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let tomorrow = iso(today() + time::Duration::days(1));
    let mut form = intake_form("", &tomorrow, "teilhabe", "Olena Petrenko", "");
    form.retain(|(k, _)| *k != "channel");
    let res = staff
        .submit::<app::api::intake::OpenPaperApplication, _>(&form)
        .await;
    assert_eq!(location(&res), "/verwaltung/papierantrag");
    let body = staff.body("/verwaltung/papierantrag").await;
    for message in [
        "Bitte wählen Sie, wie der Antrag kam.",
        "Das Eingangsdatum darf nicht in der Zukunft liegen.",
        "Olena Petrenko",
    ] {
        assert!(body.contains(message), "{message}: {body}");
    }
    let year_ago = iso(today() - time::Duration::days(400));
    let res = staff
        .submit::<app::api::intake::OpenPaperApplication, _>(&intake_form(
            "paper",
            &year_ago,
            "teilhabe",
            "Olena Petrenko",
            "Maksym",
        ))
        .await;
    assert_eq!(location(&res), "/verwaltung/papierantrag");
    assert!(
        staff
            .body("/verwaltung/papierantrag")
            .await
            .contains("mehr als ein Jahr zurück")
    );
    assert_eq!(
        app.count("select count(*) from account where paper = 1")
            .await,
        0
    );
    assert_eq!(app.count("select count(*) from claim").await, 0);

    // Families and schools cannot enter applications; staff cannot fill in a family's own
    // draft.
    let (family, child) = app
        .family_with_child("Mira", "2015-05-05", "Grundschule Ahlen")
        .await;
    let good = intake_form("paper", &iso(today()), "teilhabe", "X", "Y");
    for other in [&family, &app.logged_in_as(Role::School).await] {
        other
            .submit::<app::api::intake::OpenPaperApplication, _>(&good)
            .await;
    }
    assert_eq!(
        app.count("select count(*) from account where paper = 1")
            .await,
        0
    );
    let draft = family.start_claim(&child, "teilhabe").await;
    staff.save_teilhabe(&teilhabe_form(&draft, "99")).await;
    assert_eq!(
        app.query_text_with("select details from claim where id = $1", &[&draft])
            .await,
        "{}"
    );
    let res = submit(&staff, &draft, 1).await;
    assert_eq!(res.status(), 404);
    assert_eq!(
        staff
            .page(&format!("/verwaltung/papierantrag/{draft}"))
            .await
            .0,
        404
    );
    assert_eq!(app.claim_status(&draft).await, "draft");
}

#[tokio::test]
async fn twenty_caseworkers_entering_at_once_keep_every_household_apart() {
    let app = Arc::new(spawn_app_with_directory().await);
    let mut tasks = Vec::new();
    for i in 0..20 {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            let staff = app.logged_in_as(Role::Staff).await;
            let applicant = format!("Antragstellerin {i}");
            let child = format!("Kind{i}");
            let id = open(
                &staff,
                &intake_form("town_hall", &iso(today()), "teilhabe", &applicant, &child),
            )
            .await;
            let res = staff.save_teilhabe(&teilhabe_form(&id, "15")).await;
            assert_eq!(location(&res), format!("/verwaltung/papierantrag/{id}"));
            let res = submit(&staff, &id, 1).await;
            assert_eq!(location(&res), format!("/verwaltung/antrag/{id}"), "{i}");
            (id, applicant, child)
        }));
    }
    for task in tasks {
        let (id, applicant, child) = task.await.unwrap();
        // The claim, its child and its household belong to one account, and it is the
        // one this caseworker entered.
        let found = app
            .query_text_with(
                "select h.applicant_name || '/' || c.first_name from claim cl \
                 join child c on c.id = cl.child_id join household h on h.id = c.household_id \
                 where cl.id = $1 and h.account_id = cl.account_id and cl.status = 'submitted'",
                &[&id],
            )
            .await;
        assert_eq!(found, format!("{applicant}/{child}"));
    }
    assert_eq!(
        app.count("select count(*) from account where paper = 1")
            .await,
        20
    );
    assert_eq!(app.count("select count(*) from household").await, 20);
    assert_eq!(app.count("select count(*) from document").await, 20);
}

/// The Bescheid of the claim's current decision, as text on one line.
async fn current_bescheid(app: &TestApp, staff: &TestApp, claim: &str) -> (String, String) {
    let decision = app
        .query_text_with("select decision_id from claim where id = $1", &[claim])
        .await;
    let notice = app
        .query_text_with(
            "select id from notice where decision_id = $1 and kind = 'bescheid'",
            &[&decision],
        )
        .await;
    let bytes = staff
        .get(&format!("/bescheide/{notice}"))
        .await
        .bytes()
        .await
        .unwrap();
    let text = pdf_text(&bytes)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (decision, text)
}

/// The approval form for `claim` from the first of this month for `months` months, with
/// the reasons why less is granted than the six months asked.
fn shorter(claim: &str, months: i32) -> Vec<(&'static str, String)> {
    let month = YearMonth::of(today());
    let to = month
        .plus_months(months)
        .first_day()
        .previous_day()
        .unwrap();
    let mut form = approval(claim, &iso(month.first_day()), &iso(to), "15");
    form.push((
        "partial_reasons",
        "Die Mitgliedschaft ist nur für diese Monate nachgewiesen.".into(),
    ));
    form
}

#[tokio::test]
async fn a_paper_application_goes_through_partial_approval_hearing_aufhebung_and_abhilfe() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let received = last_month_tenth();
    let claim = open(
        &staff,
        &intake_form(
            "paper",
            &iso(received),
            "teilhabe",
            "Olena Petrenko",
            "Maksym",
        ),
    )
    .await;
    staff.save_teilhabe(&teilhabe_form(&claim, "15")).await;
    submit(&staff, &claim, 1).await;
    let page = format!("/verwaltung/antrag/{claim}");

    // 1. Partial approval: four of the six months asked.
    staff.approve(&shorter(&claim, 4)).await;
    let (first, text) = current_bescheid(&app, &staff, &claim).await;
    assert!(
        text.contains(&format!("Antrag vom {}", german(received))),
        "{text}"
    );
    assert!(
        text.contains("Im Übrigen lehne ich den Antrag ab"),
        "{text}"
    );
    assert!(text.contains("Teilweise Ablehnung"), "{text}");

    // 2. Anhörung before taking two more months back; the family answers by letter.
    let month = YearMonth::of(today());
    let from = iso(month.plus_months(2).first_day());
    let res = staff
        .submit::<app::api::staff::SendHearing, _>(&[
            ("claim_id", claim.as_str()),
            (
                "facts",
                "Der Verein hat die Mitgliedschaft zum Monatsende gekündigt.",
            ),
            ("effective_from", from.as_str()),
            ("due_date", &iso(today() + time::Duration::days(14))),
        ])
        .await;
    assert_eq!(location(&res), page);
    let hearing = app.query_text("select id from hearing").await;
    let letter = |received: &str| {
        vec![
            ("claim_id", claim.clone()),
            ("hearing_id", hearing.clone()),
            (
                "letter_answer",
                "Maksym trainiert in einem anderen Verein weiter.".to_string(),
            ),
            ("letter_received_on", received.to_string()),
        ]
    };
    staff
        .submit::<app::api::staff::RecordHearingAnswer, _>(&letter(&iso(
            today() + time::Duration::days(1)
        )))
        .await;
    assert!(staff.body(&page).await.contains("nicht in der Zukunft"));
    staff
        .submit::<app::api::staff::RecordHearingAnswer, _>(&letter(&iso(today())))
        .await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("in einem anderen Verein weiter")
    );

    // 3. Aufhebung: the approval shortened to two months (an Änderungsbescheid).
    let mut change = shorter(&claim, 2);
    change.extend([
        ("corrects", first.clone()),
        ("aufhebung_basis", "48".into()),
        ("aufhebung_from", from.clone()),
    ]);
    change.retain(|(k, v)| *k != "corrects" || !v.is_empty());
    staff.approve(&change).await;
    let (second, text) = current_bescheid(&app, &staff, &claim).await;
    assert_ne!(second, first, "{}", staff.body(&page).await);
    assert!(text.contains("Änderungsbescheid"), "{text}");
    assert!(text.contains("§ 48 Abs. 1 SGB X"), "{text}");
    assert!(
        text.contains(&format!("Ihre Stellungnahme vom {}", german(today()))),
        "{text}"
    );

    // 4. Widerspruch against it, in time; Abhilfe restores the four months.
    let notice = app
        .query_text_with(
            "select id from notice where decision_id = $1 and kind = 'bescheid'",
            &[&second],
        )
        .await;
    staff
        .submit::<app::api::staff::MarkPosted, _>(&[
            ("claim_id", claim.as_str()),
            ("notice_id", notice.as_str()),
            ("posted_on", &iso(today())),
        ])
        .await;
    staff
        .submit::<app::api::staff::RegisterObjection, _>(&[
            ("claim_id", claim.as_str()),
            ("notice_id", notice.as_str()),
            ("received_on", &iso(today())),
            ("channel", "letter"),
            ("note", "Der Verein hat die Kündigung zurückgenommen."),
        ])
        .await;
    let objection = app.query_text("select id from objection").await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Fristgerecht eingegangen.")
    );
    let mut remedy = shorter(&claim, 4);
    remedy.extend([
        ("corrects", second.clone()),
        ("objection", objection.clone()),
    ]);
    remedy.retain(|(k, v)| *k != "corrects" || !v.is_empty());
    staff.approve(&remedy).await;
    let (third, text) = current_bescheid(&app, &staff, &claim).await;
    assert_ne!(third, second);
    assert!(
        text.contains(&format!(
            "Ihrem Widerspruch vom {} wird mit diesem Bescheid abgeholfen",
            german(today())
        )),
        "{text}"
    );
    assert_eq!(
        app.query_text("select status from objection").await,
        "remedied"
    );
    assert_eq!(app.count("select count(*) from decision").await, 3);
}
