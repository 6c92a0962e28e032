//! The claim lifecycle in the database: drafts, submission with gap-free reference
//! numbers under concurrency, idempotent resubmission, status changes with history.

use app::{
    db::{
        Db, account,
        claim::{self, Submission},
        household,
    },
    domain::{
        account::{Email, NewPassword, Role},
        benefit::BenefitKind,
        claim::{Action, ReferenceNumber, Status},
        household::{ChildInput, HouseholdInput},
        ids::{AccountId, ChildId, ClaimId},
        lang::Lang,
    },
    error::AppError,
};
use portal_tests::{PASSWORD, spawn_app_with_directory};
use time::macros::date;

/// A family account with a household and one child; returns (account id, child id).
async fn family(db: &Db, name: &str) -> (AccountId, ChildId) {
    let email = Email::parse(&format!("{name}@example.de"), "email").unwrap();
    let pw = NewPassword::parse(PASSWORD, PASSWORD, "pw").unwrap();
    let account_id = account::create(db, &email, &pw, Role::Family, Lang::De)
        .await
        .unwrap();
    let h = HouseholdInput {
        applicant_name: "Test Person".into(),
        benefit: "sgb2".into(),
        benefit_reference: "BG-1".into(),
        benefit_valid_from: "2026-08-01".into(),
        benefit_valid_to: "2027-07-31".into(),
        street: "Weg 1".into(),
        postal_code: "59227".into(),
        city: "Ahlen".into(),
        kommune: "ahlen".into(),
        preferred_lang: "de".into(),
        ..Default::default()
    }
    .parse()
    .unwrap();
    household::save(db, &account_id, &h).await.unwrap();
    let c = ChildInput {
        first_name: "Kind".into(),
        last_name: name.into(),
        birth_date: "2015-03-01".into(),
        school_name: "Grundschule Ahlen".into(),
        grade: "5".into(),
        ..Default::default()
    }
    .parse(date!(2026 - 11 - 24))
    .unwrap();
    let child_id = household::save_child(db, &account_id, None, &c)
        .await
        .unwrap();
    (account_id, child_id)
}

/// Submits draft `id` of account `acc` with an empty snapshot in `year`.
async fn submit_empty(
    db: &Db,
    acc: &AccountId,
    id: &ClaimId,
    year: i32,
) -> Result<ReferenceNumber, AppError> {
    let submission = Submission {
        snapshot_json: "{}",
        ..Default::default()
    };
    claim::submit(db, acc, id, &submission, year).await
}

#[tokio::test]
async fn submitted_claims_get_consecutive_numbers_and_a_second_submit_changes_nothing() {
    let app = spawn_app_with_directory().await;
    let (acc, child) = family(&app.db, "eins").await;

    let first = claim::create_draft(&app.db, &acc, &child, BenefitKind::Teilhabe)
        .await
        .unwrap();
    // Starting the same draft again (double click) reuses it.
    assert_eq!(
        claim::create_draft(&app.db, &acc, &child, BenefitKind::Teilhabe)
            .await
            .unwrap(),
        first
    );
    let second = claim::create_draft(&app.db, &acc, &child, BenefitKind::Lernfoerderung)
        .await
        .unwrap();

    let r1 = submit_empty(&app.db, &acc, &first, 2026).await.unwrap();
    let r2 = submit_empty(&app.db, &acc, &second, 2026).await.unwrap();
    assert_eq!(
        (r1.as_str(), r2.as_str()),
        ("BUT-2026-000001", "BUT-2026-000002")
    );

    let again = submit_empty(&app.db, &acc, &first, 2026).await.unwrap();
    assert_eq!(again, r1);
    assert_eq!(app.count("select count(*) from claim").await, 2);
    assert_eq!(
        app.count("select max(last_value) from reference_counter")
            .await,
        2
    );
    let events = claim::events_for_family(&app.db, &acc, &first)
        .await
        .unwrap();
    let path: Vec<_> = events.iter().map(|e| (e.from, e.to)).collect();
    assert_eq!(
        path,
        vec![
            (None, Status::Draft),
            (Some(Status::Draft), Status::Submitted)
        ]
    );
    // A new year starts again at 1.
    let (acc2, child2) = family(&app.db, "zwei").await;
    let next_year = claim::create_draft(&app.db, &acc2, &child2, BenefitKind::Teilhabe)
        .await
        .unwrap();
    assert_eq!(
        submit_empty(&app.db, &acc2, &next_year, 2027)
            .await
            .unwrap()
            .as_str(),
        "BUT-2027-000001"
    );
}

#[tokio::test]
async fn concurrent_submissions_get_gap_free_unique_numbers() {
    let app = spawn_app_with_directory().await;
    let mut drafts = Vec::new();
    for i in 0..12 {
        let (acc, child) = family(&app.db, &format!("f{i}")).await;
        let id = claim::create_draft(&app.db, &acc, &child, BenefitKind::Teilhabe)
            .await
            .unwrap();
        drafts.push((acc, id));
    }
    let tasks: Vec<_> = drafts
        .into_iter()
        .map(|(acc, id)| {
            let db = app.db.clone();
            tokio::spawn(async move { submit_empty(&db, &acc, &id, 2026).await })
        })
        .collect();
    let mut numbers = Vec::new();
    for t in tasks {
        numbers.push(
            t.await
                .unwrap()
                .expect("every submission succeeds")
                .as_str()
                .to_string(),
        );
    }
    numbers.sort();
    let expected: Vec<_> = (1..=12).map(|n| format!("BUT-2026-{n:06}")).collect();
    assert_eq!(numbers, expected);
}

#[tokio::test]
async fn of_two_concurrent_decisions_exactly_one_wins() {
    let app = spawn_app_with_directory().await;
    let (acc, child) = family(&app.db, "entscheidung").await;
    let id = claim::create_draft(&app.db, &acc, &child, BenefitKind::Teilhabe)
        .await
        .unwrap();
    submit_empty(&app.db, &acc, &id, 2026).await.unwrap();

    let (db1, db2, id1, id2, a1, a2) = (
        app.db.clone(),
        app.db.clone(),
        id.clone(),
        id.clone(),
        acc.clone(),
        acc.clone(),
    );
    let approve =
        tokio::spawn(
            async move { claim::apply(&db1, &id1, None, &a1, Action::Approve, None).await },
        );
    let reject =
        tokio::spawn(
            async move { claim::apply(&db2, &id2, None, &a2, Action::Reject, None).await },
        );
    let results = [approve.await.unwrap(), reject.await.unwrap()];
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        1,
        "{results:?}"
    );
    let loser = results
        .iter()
        .find(|r| r.is_err())
        .unwrap()
        .as_ref()
        .unwrap_err();
    assert!(
        matches!(loser, AppError::Conflict(id) if id == "claim-error-already-final" || id == "claim-error-changed"),
        "{loser:?}"
    );
    assert_eq!(
        app.count("select count(*) from claim_event where to_status in ('approved', 'rejected')")
            .await,
        1
    );
}

#[tokio::test]
async fn a_family_withdraws_a_submitted_claim_once_but_never_a_draft() {
    let app = spawn_app_with_directory().await;
    let (acc, child) = family(&app.db, "zurueck").await;
    let id = claim::create_draft(&app.db, &acc, &child, BenefitKind::Teilhabe)
        .await
        .unwrap();
    let err = claim::apply(&app.db, &id, Some(&acc), &acc, Action::Withdraw, None)
        .await
        .unwrap_err();
    assert!(matches!(err, AppError::Conflict(ref m) if m == "claim-error-not-allowed"));

    submit_empty(&app.db, &acc, &id, 2026).await.unwrap();
    assert_eq!(
        claim::apply(&app.db, &id, Some(&acc), &acc, Action::Withdraw, None)
            .await
            .unwrap(),
        Status::Withdrawn
    );
    let err = claim::apply(&app.db, &id, Some(&acc), &acc, Action::Withdraw, None)
        .await
        .unwrap_err();
    assert!(matches!(err, AppError::Conflict(ref m) if m == "claim-error-already-final"));
    // A submitted or withdrawn claim's details cannot be changed any more.
    let err = claim::save_details(&app.db, &acc, &id, "{}", None)
        .await
        .unwrap_err();
    assert!(matches!(err, AppError::Conflict(_)));
}

#[tokio::test]
async fn another_familys_claims_and_children_are_not_found() {
    let app = spawn_app_with_directory().await;
    let (owner, child) = family(&app.db, "owner").await;
    let (other, _) = family(&app.db, "other").await;
    let id = claim::create_draft(&app.db, &owner, &child, BenefitKind::Teilhabe)
        .await
        .unwrap();

    assert!(matches!(
        claim::create_draft(&app.db, &other, &child, BenefitKind::Teilhabe).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        submit_empty(&app.db, &other, &id, 2026).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        claim::save_details(&app.db, &other, &id, "{}", None).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        claim::apply(&app.db, &id, Some(&other), &other, Action::Withdraw, None).await,
        Err(AppError::NotFound)
    ));
    assert!(
        claim::list_for_family(&app.db, &other)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        claim::events_for_family(&app.db, &other, &id)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        claim::list_for_family(&app.db, &owner).await.unwrap().len(),
        1
    );
}
