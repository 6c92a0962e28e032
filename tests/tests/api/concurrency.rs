//! Many users at once: every write lands in the account that made it and is recorded
//! under the person who made it, while others view pages at the same time; nobody acts
//! as someone else.

use app::domain::account::Role;
use portal_tests::{TestApp, household_form, location, spawn_app_with, spawn_app_with_directory};
use server::limits::Limit;
use server::seed::seed_directory;
use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
};
use tokio::task::JoinSet;

const FAMILIES: usize = 12;
const ROUNDS: usize = 4;

/// Users viewing pages in a loop while the test does something else.
struct Viewers {
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<Vec<String>>>,
}

impl Viewers {
    fn new() -> Viewers {
        Viewers {
            stop: Arc::new(AtomicBool::new(false)),
            tasks: Vec::new(),
        }
    }

    /// `user` views `pages` again and again until [`Viewers::stop`].
    fn add(&mut self, user: Arc<TestApp>, pages: Vec<String>) {
        let stop = self.stop.clone();
        self.tasks.push(tokio::spawn(async move {
            let mut failures = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                for page in &pages {
                    let status = user.get(page).await.status();
                    if !status.is_success() {
                        failures.push(format!("{page}: {status}"));
                    }
                }
            }
            failures
        }));
    }

    /// Stops the viewers and checks that every page view was answered with 200.
    async fn stop(self) {
        self.stop.store(true, Ordering::Relaxed);
        for task in self.tasks {
            assert_eq!(
                task.await.unwrap(),
                Vec::<String>::new(),
                "page views failed"
            );
        }
    }
}

/// The language family `n` uses the portal in.
fn page_lang(n: usize) -> &'static str {
    ["de", "uk", "ar", "tr"][n % 4]
}

/// One family's writes: the household, then per round a child and a submitted claim.
/// Returns what went wrong.
async fn family_writes(family: Arc<TestApp>, n: usize) -> Vec<String> {
    let mut errors = Vec::new();
    // Each family on the pages of its own language: that language lands with its answers.
    family.get(&format!("/?lang={}", page_lang(n))).await;
    for round in 0..ROUNDS {
        let res = family
            .save_household(&household_form(&format!("Familie {n}")))
            .await;
        if location(&res) != format!("/familie?lang={}", page_lang(n)) {
            errors.push(format!("household {n}/{round}: {}", location(&res)));
        }
        let last_name = format!("Fam{n}x{round}x{}", uuid::Uuid::new_v4().simple());
        match family
            .add_child("Kind", &last_name, "2015-05-05", "Grundschule Ahlen")
            .await
        {
            Ok(child) => {
                if let Err(e) = family.apply_for_teilhabe(&child, "15").await {
                    errors.push(format!("claim {n}/{round}: {e}"));
                }
            }
            Err(e) => errors.push(format!("child {n}/{round}: {e}")),
        }
    }
    errors
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twelve_families_at_once_each_write_lands_in_their_own_account() {
    let app = Arc::new(spawn_app_with_directory().await);
    let mut families = Vec::new();
    for _ in 0..FAMILIES {
        let (family, id) = app.logged_in_with_id(Role::Family).await;
        families.push((Arc::new(family), id));
    }

    // Each family views its pages on one connection while it writes on another.
    let mut viewers = Viewers::new();
    for (family, _) in &families {
        viewers.add(
            family.clone(),
            vec!["/familie".into(), "/familie/haushalt".into()],
        );
    }
    let mut writers = JoinSet::new();
    for (n, (family, _)) in families.iter().enumerate() {
        writers.spawn(family_writes(family.clone(), n));
    }
    let errors: Vec<String> = writers.join_all().await.into_iter().flatten().collect();
    viewers.stop().await;
    assert!(errors.is_empty(), "writes failed: {errors:?}");

    for (n, (_, account)) in families.iter().enumerate() {
        let applicant: String =
            sqlx::query_scalar("select applicant_name from household where account_id = $1")
                .bind(account)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(applicant, format!("Familie {n}"), "household of family {n}");
        let children: Vec<String> = sqlx::query_scalar(
            "select c.last_name from child c join household h on h.id = c.household_id \
             where h.account_id = $1",
        )
        .bind(account)
        .fetch_all(app.db.pool())
        .await
        .unwrap();
        assert_eq!(
            children.len(),
            ROUNDS,
            "children of family {n}: {children:?}"
        );
        assert!(
            children.iter().all(|c| c.starts_with(&format!("Fam{n}x"))),
            "family {n} holds another family's child: {children:?}"
        );
        // Every claim sits in the account of the family whose child it is.
        let claims: Vec<(String, String)> = sqlx::query_as(
            "select cl.account_id, cl.status from claim cl join child c on c.id = cl.child_id \
             join household h on h.id = c.household_id where h.account_id = $1",
        )
        .bind(account)
        .fetch_all(app.db.pool())
        .await
        .unwrap();
        assert_eq!(claims.len(), ROUNDS, "claims of family {n}");
        assert!(
            claims
                .iter()
                .all(|(owner, status)| owner == account && status == "submitted"),
            "claims of family {n}: {claims:?}"
        );
        let langs: Vec<Option<String>> =
            sqlx::query_scalar("select answers_lang from claim where account_id = $1")
                .bind(account)
                .fetch_all(app.db.pool())
                .await
                .unwrap();
        assert!(
            langs.iter().all(|l| l.as_deref() == Some(page_lang(n))),
            "answers of family {n} in {langs:?}"
        );
    }
}

fn approval(claim: &str) -> Vec<(&'static str, String)> {
    portal_tests::approval(claim, "2026-12-01", "2027-05-31", "15")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn strangers_and_families_cannot_act_as_the_caseworkers_who_are_browsing() {
    // The strangers' 192 posts would reach the limit of anonymous writes: this test is
    // about who may act, so the limit is out of its way.
    let app =
        Arc::new(spawn_app_with(|c| c.rate_limits.anonymous_write = Limit::new(1_000, 1)).await);
    seed_directory(&app.db).await.unwrap();
    let mut claims = Vec::new();
    for name in ["Anna", "Ben", "Cem", "Dana"] {
        claims.push(app.submitted_teilhabe(name, "15").await.1);
    }
    let family = Arc::new(app.logged_in_as(Role::Family).await);
    let anonymous = Arc::new(app.visitor());

    let mut viewers = Viewers::new();
    for _ in 0..2 {
        let staff = Arc::new(app.logged_in_as(Role::Staff).await);
        let mut pages = vec!["/verwaltung/antraege".to_string()];
        pages.extend(claims.iter().map(|c| format!("/verwaltung/antrag/{c}")));
        viewers.add(staff, pages);
    }
    let mut attackers = JoinSet::new();
    for (is_family, intruder) in [(false, anonymous), (true, family)] {
        for _ in 0..3 {
            let (intruder, claims) = (intruder.clone(), claims.clone());
            attackers.spawn(async move {
                let mut answers = Vec::new();
                for _ in 0..8 {
                    for claim in &claims {
                        let assigned = intruder.assign(claim).await;
                        answers.push((is_family, location(&assigned)));
                        let approved = intruder.approve(&approval(claim)).await;
                        answers.push((is_family, location(&approved)));
                    }
                }
                answers
            });
        }
    }
    let answers: Vec<(bool, String)> = attackers.join_all().await.into_iter().flatten().collect();
    viewers.stop().await;

    // Strangers are always sent to the login; families are logged in, so never.
    let misjudged: Vec<_> = answers
        .iter()
        .filter(|(is_family, to)| *is_family == (to == "/anmelden"))
        .collect();
    assert!(
        misjudged.is_empty(),
        "{} answers: {misjudged:?}",
        answers.len()
    );
    assert_eq!(app.count("select count(*) from decision").await, 0);
    assert_eq!(
        app.count("select count(*) from claim where assigned_to is not null")
            .await,
        0
    );
    assert_eq!(
        app.count("select count(*) from audit_log where action <> 'view'")
            .await,
        0,
        "audit rows of actions nobody was allowed to take"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn caseworkers_deciding_at_once_are_each_recorded_as_themselves() {
    let app = Arc::new(spawn_app_with_directory().await);
    let mut claims = Vec::new();
    for n in 0..8 {
        claims.push(app.submitted_teilhabe(&format!("Kind{n}"), "15").await.1);
    }
    let mut caseworkers = Vec::new();
    for _ in 0..2 {
        let (staff, id) = app.logged_in_with_id(Role::Staff).await;
        caseworkers.push((Arc::new(staff), id));
    }

    let mut viewers = Viewers::new();
    for (staff, _) in &caseworkers {
        let claim_page = format!("/verwaltung/antrag/{}", claims[0]);
        viewers.add(
            staff.clone(),
            vec!["/verwaltung/antraege".into(), claim_page],
        );
    }
    // The first caseworker takes the even claims, the second the odd ones.
    let mut deciders = JoinSet::new();
    for (k, (staff, _)) in caseworkers.iter().enumerate() {
        let mine: Vec<String> = claims.iter().skip(k).step_by(2).cloned().collect();
        let staff = staff.clone();
        deciders.spawn(async move {
            for claim in &mine {
                staff.assign(claim).await;
                staff.approve(&approval(claim)).await;
            }
        });
    }
    deciders.join_all().await;
    viewers.stop().await;

    for (n, claim) in claims.iter().enumerate() {
        let expected = &caseworkers[n % 2].1;
        let decided_by: String =
            sqlx::query_scalar("select decided_by from decision where claim_id = $1")
                .bind(claim)
                .fetch_one(app.db.pool())
                .await
                .unwrap_or_else(|e| panic!("claim {n} not decided: {e}"));
        assert_eq!(&decided_by, expected, "decision of claim {n}");
        let assigned: Option<String> =
            sqlx::query_scalar("select assigned_to from claim where id = $1")
                .bind(claim)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert_eq!(assigned.as_ref(), Some(expected), "assignment of claim {n}");
        let actors: Vec<String> = sqlx::query_scalar(
            "select actor_account_id from audit_log where claim_id = $1 and action <> 'view'",
        )
        .bind(claim)
        .fetch_all(app.db.pool())
        .await
        .unwrap();
        assert!(actors.len() >= 2, "audit of claim {n}: {actors:?}");
        assert!(
            actors.iter().all(|a| a == expected),
            "audit of claim {n} names someone else: {actors:?}"
        );
    }
}
