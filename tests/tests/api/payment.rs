//! How an approval is paid (`but-rules.md` § Corrections, item 10): in advance, as one sum
//! for a holiday camp, with further costs beside the monthly amount, or reimbursed to a
//! family that paid itself — stored, printed, and refused where the law does not allow it.

use app::domain::{account::Role, month::YearMonth, text::iso};
use portal_tests::{approval, pdf_text, spawn_app_with_directory};

fn period() -> (String, String) {
    let month = YearMonth::of(time::OffsetDateTime::now_utc().date());
    let to = month.plus_months(6).first_day().previous_day().unwrap();
    (iso(month.first_day()), iso(to))
}

#[tokio::test]
async fn a_camp_paid_at_once_in_advance_with_further_costs_is_stored_and_printed() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (_family, claim) = app.submitted_teilhabe("Mira", "15").await;
    let (from, to) = period();
    let page = format!("/verwaltung/antrag/{claim}");
    assert!(
        staff
            .body(&page)
            .await
            .contains(r#"data-testid="payment-terms""#)
    );

    let mut form = approval(&claim, &from, &to, "15");
    form.extend([
        ("advance", "ja".to_string()),
        ("one_off_amount", "90".into()),
        ("one_off_purpose", "die Ferienfreizeit im Sommer".into()),
        ("further_amount", "49,90".into()),
        ("further_purpose", "Fußballschuhe".into()),
    ]);
    // Further costs are a justified exception: without reasons, nothing is decided.
    staff.approve(&form).await;
    let body = staff.body(&page).await;
    assert!(body.contains("nur im begründeten Ausnahmefall"), "{body}");
    assert!(
        body.contains("die Ferienfreizeit im Sommer"),
        "the values come back"
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);
    // More than the months saved up cannot be paid at once.
    let mut too_much = form.clone();
    too_much.retain(|(k, _)| *k != "one_off_amount");
    too_much.push(("one_off_amount", "90,01".into()));
    too_much.push(("reasons", "Ohne Schuhe kein Training.".into()));
    staff.approve(&too_much).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("höher als die Monatsbeträge")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);

    form.push((
        "reasons",
        "Ohne Schuhe kann Mira nicht am Training teilnehmen.".into(),
    ));
    staff.approve(&form).await;
    assert_eq!(app.claim_status(&claim).await, "approved");
    assert_eq!(
        app.query_text(
            "select payment_method || '/' || cast(advance as text) || '/' || cast(one_off_cents as text) \
             || '/' || cast(further_cents as text) || '/' || cast(total_cents as text) from decision"
        )
        .await,
        "direct/1/9000/4990/13990"
    );
    let notice = app
        .query_text("select id from notice where kind = 'bescheid'")
        .await;
    let text = pdf_text(
        &staff
            .get(&format!("/bescheide/{notice}"))
            .await
            .bytes()
            .await
            .unwrap(),
    );
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "einmalig 90,00 € für die Ferienfreizeit im Sommer",
        "49,90 € für Fußballschuhe",
        "höchstens 139,90 €",
        "§ 28 Abs. 7 Satz 2 SGB II",
        "im Voraus für den gesamten Bewilligungszeitraum",
        "Ohne Schuhe kann Mira nicht am Training teilnehmen.",
    ] {
        assert!(flat.contains(expected), "{expected}: {flat}");
    }
}

#[tokio::test]
async fn a_family_that_paid_itself_is_reimbursed_and_advance_needs_direct_payment() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (_family, claim) = app.submitted_teilhabe("Mira", "15").await;
    let (from, to) = period();
    let page = format!("/verwaltung/antrag/{claim}");
    let mut form = approval(&claim, &from, &to, "15");
    form.retain(|(k, _)| !matches!(*k, "payment_route" | "payee"));
    form.push(("payee", "Fatma Yılmaz".into()));
    form.push(("payment_route", "reimbursement".into()));
    let mut advance = form.clone();
    advance.push(("advance", "ja".into()));
    staff.approve(&advance).await;
    assert!(
        staff
            .body(&page)
            .await
            .contains("Im Voraus kann nur bei Direktzahlung")
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);

    staff.approve(&form).await;
    assert_eq!(app.claim_status(&claim).await, "approved");
    assert_eq!(
        app.query_text("select payment_method from decision").await,
        "reimbursement"
    );
    // The money goes to the family: no Kostenübernahme to a provider.
    assert_eq!(app.count("select count(*) from notice").await, 1);
    let notice = app.query_text("select id from notice").await;
    let text = pdf_text(
        &staff
            .get(&format!("/bescheide/{notice}"))
            .await
            .bytes()
            .await
            .unwrap(),
    );
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("§ 30 SGB II"), "{flat}");
    assert!(flat.contains("Erstattung an Sie"), "{flat}");
}
