//! The reports dashboard: who may see it, figures that follow what staff decided through
//! the real forms, the CSV and JSON downloads parsed back, the admin's eligible
//! children, and a larger generated history whose figures are recomputed here
//! independently of the SQL aggregates.

use app::domain::account::Role;
use portal_tests::{TestApp, location, spawn_app_with_directory};
use reqwest::StatusCode;
use serde_json::Value;

/// The rows of a CSV download: checks the UTF-8 BOM and splits on `;` (no field of these
/// tests is quoted).
fn csv_rows(body: &[u8]) -> Vec<Vec<String>> {
    assert_eq!(&body[..3], [0xEF, 0xBB, 0xBF], "UTF-8 BOM for Excel");
    let text = std::str::from_utf8(&body[3..]).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "CRLF line ends");
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| l.split(';').map(str::to_string).collect())
        .collect()
}

/// The column `name` of `row` under `header`.
fn col<'a>(header: &[String], row: &'a [String], name: &str) -> &'a str {
    let i = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("column {name} in {header:?}"));
    &row[i]
}

async fn download(app: &TestApp, path: &str) -> (StatusCode, String, Vec<u8>) {
    let res = app.get(path).await;
    let status = res.status();
    let kind = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, kind, res.bytes().await.unwrap().to_vec())
}

async fn json(app: &TestApp, path: &str) -> Value {
    let (status, _, body) = download(app, path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    serde_json::from_slice(&body).unwrap()
}

#[tokio::test]
async fn reports_are_for_staff_and_admin_only() {
    let app = spawn_app_with_directory().await;
    let paths = [
        "/verwaltung/berichte",
        "/verwaltung/berichte/kennzahlen.csv",
        "/verwaltung/berichte/kennzahlen.json",
        "/verwaltung/berichte/antraege.csv",
        "/verwaltung/berichte/antraege.json",
    ];
    let visitor = app.visitor();
    for path in paths {
        let res = visitor.get(path).await;
        assert!(res.status().is_redirection(), "{path}");
        assert!(location(&res).starts_with("/anmelden"), "{path}");
    }
    for role in [Role::Family, Role::School] {
        let user = app.logged_in_as(role).await;
        for path in paths.iter().chain(&["/admin/berechtigte"]) {
            assert_eq!(
                user.get(path).await.status(),
                StatusCode::FORBIDDEN,
                "{role} {path}"
            );
        }
    }
    let staff = app.logged_in_as(Role::Staff).await;
    for path in paths {
        assert_eq!(staff.get(path).await.status(), StatusCode::OK, "{path}");
    }
    assert_eq!(
        staff
            .get("/verwaltung/berichte/kennzahlen.xlsx")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        staff.get("/admin/berechtigte").await.status(),
        StatusCode::FORBIDDEN
    );
    // Staff cannot change the eligible children; nothing is written.
    staff
        .save_eligible_children(&[
            ("kommune", "ahlen"),
            ("children", "900"),
            ("as_of", "2026-06-30"),
            ("source", ""),
        ])
        .await;
    assert_eq!(app.count("select count(*) from kommune_eligible").await, 0);
    let admin = app.logged_in_as(Role::Admin).await;
    assert_eq!(
        admin.get("/verwaltung/berichte").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        admin.get("/admin/berechtigte").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_dashboard_counts_what_staff_decided_and_the_downloads_parse_back() {
    let app = spawn_app_with_directory().await;
    let staff = app.logged_in_as(Role::Staff).await;
    let (family, approved) = app.submitted_teilhabe("Aylin", "15").await;
    let (_, rejected) = app.submitted_teilhabe("Boris", "12").await;
    let (_, open) = app.submitted_teilhabe("Chiara", "10").await;

    // A question, answered; then an approval for 6 months, corrected to 7 months.
    staff
        .ask(&approved, "Bitte Mitgliedsbescheinigung schicken.", "")
        .await;
    let qid = app.query_text("select id from claim_question").await;
    family
        .post_multipart(
            &format!("/familie/antrag/{approved}/antwort"),
            reqwest::multipart::Form::new()
                .text("question_id", qid)
                .text("answer", "Liegt bei."),
        )
        .await;
    let approve = |from: &str, corrects: &str| {
        vec![
            ("claim_id", approved.clone()),
            ("period_from", from.to_string()),
            ("period_to", "2027-05-31".to_string()),
            ("monthly_amount", "15".to_string()),
            ("payee", "SV Ahlen 1919 e. V.".to_string()),
            ("payment_route", "direct".to_string()),
            ("corrects", corrects.to_string()),
        ]
    };
    staff.approve(&approve("2026-12-01", "")).await;
    let first = app
        .query_text_with("select decision_id from claim where id = $1", &[&approved])
        .await;
    staff.approve(&approve("2026-11-01", &first)).await;
    assert_eq!(app.count("select count(*) from decision").await, 2);
    staff
        .reject(&[
            ("claim_id", rejected.as_str()),
            ("reason_code", "no_benefit"),
            ("reason_text", "Der Wohngeldbescheid ist abgelaufen."),
            ("corrects", ""),
        ])
        .await;
    assert_eq!(app.claim_status(&open).await, "submitted");

    // The figures (default period: this school year).
    let report = json(&staff, "/verwaltung/berichte/kennzahlen.json").await;
    let total = &report["total"];
    let n = |v: &Value, k: &str| v[k].as_i64().unwrap_or_else(|| panic!("{k} in {v}"));
    assert_eq!(n(total, "received"), 3);
    assert_eq!(
        (
            n(total, "submitted"),
            n(total, "approved"),
            n(total, "rejected")
        ),
        (1, 1, 1)
    );
    assert_eq!(n(total, "with_question"), 1);
    assert_eq!(n(total, "decided"), 2);
    assert_eq!((n(total, "median_days"), n(total, "p90_days")), (0, 0));
    assert_eq!(
        n(total, "approvals"),
        1,
        "the correction replaces the approval"
    );
    assert_eq!(n(total, "approved_cents"), 7 * 1500, "November to May");
    assert_eq!(n(total, "children"), 1);
    let ahlen = report["by_kommune"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "ahlen")
        .unwrap();
    assert_eq!(n(&ahlen["figures"], "approved_cents"), 10_500);
    assert_eq!(report["by_kommune"].as_array().unwrap().len(), 13);
    let beckum = &report["by_kommune"].as_array().unwrap()[1];
    assert_eq!(n(&beckum["figures"], "received"), 0);

    // The page: key figures, charts with title and description, tables.
    let (status, page) = staff.page("/verwaltung/berichte").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("105,00\u{a0}€") || page.contains("105,00 €"),
        "{page}"
    );
    for chart in [
        "money",
        "children",
        "sites",
        "uptake",
        "status",
        "months",
        "months-money",
    ] {
        assert!(
            page.contains(&format!("aria-labelledby=\"{chart}-title {chart}-desc\"")),
            "chart {chart}"
        );
        assert!(
            page.contains(&format!("data-testid=\"table-{chart}\"")),
            "table {chart}"
        );
    }
    assert!(page.contains("Bewilligte Mittel je Kommune</title>"));

    // Figures as CSV: the total and Ahlen, with decimal commas.
    let (status, kind, body) = download(&staff, "/verwaltung/berichte/kennzahlen.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kind, "text/csv; charset=utf-8");
    let rows = csv_rows(&body);
    let header = &rows[0];
    assert_eq!(header[0], "Gliederung");
    assert_eq!(rows[1][0], "Gesamt");
    assert_eq!(col(header, &rows[1], "Eingegangen"), "3");
    assert_eq!(col(header, &rows[1], "Bewilligte Mittel (EUR)"), "105,00");
    assert_eq!(col(header, &rows[1], "Anteil mit Rückfrage (%)"), "33,3");
    let ahlen = rows.iter().find(|r| r[1] == "ahlen").unwrap();
    assert_eq!(ahlen[2], "Ahlen");
    assert_eq!(col(header, ahlen, "Unterstützte Kinder"), "1");
    assert_eq!(
        col(header, ahlen, "Berechtigte Kinder"),
        "",
        "not entered yet"
    );
    // 1 total + 13 Kommunen + 2 benefits + 12 months + 1 school year.
    assert_eq!(rows.len(), 1 + 1 + 13 + 2 + 12 + 1);

    // The claims list, oldest first, without names; its download is audited.
    let (_, _, body) = download(&staff, "/verwaltung/berichte/antraege.csv").await;
    let rows = csv_rows(&body);
    assert_eq!(rows.len(), 4);
    let header = &rows[0];
    let line = rows
        .iter()
        .find(|r| col(header, r, "Stand") == "Bewilligt")
        .unwrap();
    assert_eq!(col(header, line, "Betrag insgesamt (EUR)"), "105,00");
    assert_eq!(col(header, line, "Bewilligt ab"), "01.11.2026");
    assert_eq!(col(header, line, "Rückfrage"), "ja");
    assert!(col(header, line, "Aktenzeichen").starts_with("BUT-"));
    assert!(
        !String::from_utf8_lossy(&body).contains("Aylin"),
        "no names"
    );
    let lines = json(&staff, "/verwaltung/berichte/antraege.json").await;
    assert_eq!(lines.as_array().unwrap().len(), 3);
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'report-claims'")
            .await,
        2
    );

    // Another Kommune or the other benefit: nothing.
    let other = json(
        &staff,
        "/verwaltung/berichte/kennzahlen.json?kommune=beckum",
    )
    .await;
    assert_eq!(n(&other["total"], "received"), 0);
    assert_eq!(other["by_kommune"].as_array().unwrap().len(), 1);
    let lern = json(
        &staff,
        "/verwaltung/berichte/kennzahlen.json?leistung=lernfoerderung",
    )
    .await;
    assert_eq!(n(&lern["total"], "approved_cents"), 0);
}

#[tokio::test]
async fn a_bad_period_is_explained_and_the_admin_enters_eligible_children() {
    let app = spawn_app_with_directory().await;
    let admin = app.logged_in_as(Role::Admin).await;
    let (status, page) = admin
        .page("/verwaltung/berichte?von=2026-12-01&bis=2026-11-01")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Das Ende des Zeitraums liegt vor seinem Anfang."),
        "{page}"
    );
    let (status, _, body) = download(
        &admin,
        "/verwaltung/berichte/kennzahlen.csv?von=2001-01-01&bis=2001-12-31",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&body).contains("seit 2011"));
    // The calendar's last year: its school year would end in a year that cannot be named.
    for period in [
        "von=9999-01-01&bis=9999-12-31",
        "von=2026-01-01&bis=9999-12-31",
    ] {
        let (status, page) = admin.page(&format!("/verwaltung/berichte?{period}")).await;
        assert_eq!(status, StatusCode::OK, "{period}");
        assert!(page.contains("bis zum Ende des nächsten Jahres"), "{page}");
        let csv = format!("/verwaltung/berichte/kennzahlen.csv?{period}");
        let (status, _, body) = download(&admin, &csv).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{period}");
        assert!(String::from_utf8_lossy(&body).contains("nächsten Jahres"));
    }

    // A wrong number is refused with a message and nothing is stored.
    let save = |children: &str, as_of: &str| {
        vec![
            ("kommune", "ahlen".to_string()),
            ("children", children.to_string()),
            ("as_of", as_of.to_string()),
            ("source", "Statistik der BA".to_string()),
        ]
    };
    let res = admin
        .save_eligible_children(&save("viele", "2026-06-30"))
        .await;
    assert_eq!(location(&res), "/admin/berechtigte");
    let page = admin.body("/admin/berechtigte").await;
    assert!(page.contains("als ganze Zahl ab 0"), "{page}");
    assert!(page.contains("value=\"viele\""), "the entry is shown again");
    assert_eq!(app.count("select count(*) from kommune_eligible").await, 0);

    admin
        .save_eligible_children(&save("1.250", "30.06.2026"))
        .await;
    admin
        .save_eligible_children(&save("1200", "2026-06-30"))
        .await;
    assert_eq!(
        app.count("select children from kommune_eligible where kommune_id = 'ahlen'")
            .await,
        1200,
        "saved again: replaced"
    );
    let report = json(&admin, "/verwaltung/berichte/kennzahlen.json").await;
    let ahlen = report["uptake"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "ahlen")
        .unwrap();
    assert_eq!(ahlen["uptake"]["eligible"], 1200);
    assert_eq!(ahlen["uptake"]["as_of"], "2026-06-30");
    assert_eq!(ahlen["uptake"]["rate_permille"], 0);
    let page = admin.body("/verwaltung/berichte").await;
    assert!(page.contains("1200"), "{page}");
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'eligible-children'")
            .await,
        2
    );
}

/// The nearest-rank percentile of `values` (sorted here).
fn nearest_rank(values: &mut [i64], p: usize) -> Option<i64> {
    values.sort_unstable();
    let n = values.len();
    (n > 0).then(|| values[(p * n).div_ceil(100).max(1) - 1])
}

#[tokio::test]
async fn the_figures_of_a_generated_history_equal_an_independent_count() {
    use server::history::{HistorySize, load};
    use std::collections::{BTreeMap, BTreeSet};
    let app = spawn_app_with_directory().await;
    let now = time::OffsetDateTime::now_utc();
    let size = HistorySize {
        families: 150,
        claims: 900,
        open_claims: true,
    };
    let history = load(&app.db, now.unix_timestamp(), size, 2026)
        .await
        .unwrap();
    let staff = app.logged_in_as(Role::Staff).await;
    // The generator writes snapshots as submission does: every one reads.
    let submitted = app
        .count("select count(*) from claim where submitted_at is not null")
        .await;
    assert_eq!(app.snapshots().await.len() as i64, submitted);

    // Last school year and this one.
    let this = if u8::from(now.month()) >= 8 {
        now.year()
    } else {
        now.year() - 1
    };
    let (from, to) = (
        time::Date::from_calendar_date(this - 1, time::Month::August, 1).unwrap(),
        time::Date::from_calendar_date(this + 1, time::Month::July, 31).unwrap(),
    );
    let start = from.midnight().assume_utc().unix_timestamp();
    let end = to.midnight().assume_utc().unix_timestamp() + 86_400;
    let query = format!("von={from}&bis={to}");
    let report = json(
        &staff,
        &format!("/verwaltung/berichte/kennzahlen.json?{query}"),
    )
    .await;

    // Recomputed here from what the generator wrote, per Kommune and in total.
    #[derive(Default, Debug, PartialEq)]
    struct Expected {
        received: i64,
        approved: i64,
        rejected: i64,
        with_question: i64,
        decided: i64,
        days: Vec<i64>,
        approvals: i64,
        cents: i64,
        children: BTreeSet<String>,
    }
    let mut expected: BTreeMap<String, Expected> = BTreeMap::new();
    let inside = |t: Option<i64>| t.is_some_and(|t| (start..end).contains(&t));
    for c in &history.claims {
        for key in [String::new(), c.kommune.clone()] {
            let e = expected.entry(key).or_default();
            if inside(c.submitted_at) {
                e.received += 1;
                e.approved += i64::from(c.status == app::domain::claim::Status::Approved);
                e.rejected += i64::from(c.status == app::domain::claim::Status::Rejected);
                e.with_question += i64::from(c.asked);
            }
            if inside(c.decided_at) {
                e.decided += 1;
                e.days
                    .push((c.decided_at.unwrap() - c.submitted_at.unwrap()) / 86_400);
                if let Some(a) = &c.approval {
                    e.approvals += 1;
                    e.cents += a.total_cents;
                }
            }
            if let Some(a) = &c.approval
                && a.period_from <= to
                && a.period_to >= from
            {
                e.children.insert(c.child_id.clone());
            }
        }
    }
    let check = |name: &str, figures: &Value, e: &mut Expected| {
        let n = |k: &str| figures[k].as_i64();
        assert_eq!(n("received"), Some(e.received), "{name} received");
        assert_eq!(n("approved"), Some(e.approved), "{name} approved");
        assert_eq!(n("rejected"), Some(e.rejected), "{name} rejected");
        assert_eq!(
            n("with_question"),
            Some(e.with_question),
            "{name} questions"
        );
        assert_eq!(n("decided"), Some(e.decided), "{name} decided");
        assert_eq!(
            n("median_days"),
            nearest_rank(&mut e.days, 50),
            "{name} median"
        );
        assert_eq!(n("p90_days"), nearest_rank(&mut e.days, 90), "{name} p90");
        assert_eq!(n("approvals"), Some(e.approvals), "{name} approvals");
        assert_eq!(n("approved_cents"), Some(e.cents), "{name} money");
        assert_eq!(
            n("children"),
            Some(e.children.len() as i64),
            "{name} children"
        );
    };
    let mut total = expected.remove("").unwrap();
    assert!(total.received > 300 && total.approvals > 100, "{total:?}");
    check("total", &report["total"], &mut total);
    for row in report["by_kommune"].as_array().unwrap() {
        let key = row["key"].as_str().unwrap();
        let mut e = expected.remove(key).unwrap_or_default();
        check(key, &row["figures"], &mut e);
    }
    assert!(expected.is_empty(), "every Kommune has a row: {expected:?}");

    // The months add up to the period; the CSV says the same with decimal commas.
    let months = report["by_month"].as_array().unwrap();
    assert_eq!(months.len(), 24);
    let sum = |k: &str| {
        months
            .iter()
            .map(|m| m["figures"][k].as_i64().unwrap())
            .sum::<i64>()
    };
    assert_eq!(sum("received"), total.received);
    assert_eq!(sum("approved_cents"), total.cents);
    let (_, _, body) = download(
        &staff,
        &format!("/verwaltung/berichte/kennzahlen.csv?{query}"),
    )
    .await;
    let rows = csv_rows(&body);
    let header = &rows[0];
    let euros = |cents: i64| format!("{},{:02}", cents / 100, cents % 100);
    assert_eq!(
        col(header, &rows[1], "Eingegangen"),
        total.received.to_string()
    );
    assert_eq!(
        col(header, &rows[1], "Bewilligte Mittel (EUR)"),
        euros(total.cents)
    );
    assert_eq!(
        col(header, &rows[1], "Unterstützte Kinder"),
        total.children.len().to_string()
    );
    let csv_sum: i64 = rows
        .iter()
        .filter(|r| r[0] == "Kommune")
        .map(|r| {
            col(header, r, "Bewilligte Mittel (EUR)")
                .replace(',', "")
                .parse::<i64>()
                .unwrap()
        })
        .sum();
    assert_eq!(csv_sum, total.cents, "the Kommunen add up to the total");

    // The claims list holds exactly the received claims.
    let lines = json(
        &staff,
        &format!("/verwaltung/berichte/antraege.json?{query}"),
    )
    .await;
    assert_eq!(lines.as_array().unwrap().len() as i64, total.received);
    let listed: i64 = lines
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["total_cents"].as_i64())
        .sum();
    let received_approved: i64 = history
        .claims
        .iter()
        .filter(|c| inside(c.submitted_at))
        .filter_map(|c| c.approval.as_ref().map(|a| a.total_cents))
        .sum();
    assert_eq!(listed, received_approved);
}
