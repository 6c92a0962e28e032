//! Benchmark of the reports dashboard (`/verwaltung/berichte`) with 100,000 claims.
//!
//! Loads the same kind of data set as `queue_bench` with `server::history::load` (20,000
//! families in the 13 Kommunen, 100,000 claims of two years over all statuses and both
//! benefits, with decisions and corrections, questions, school confirmations, timelines and
//! Lernstandorte), runs `ANALYZE`, and measures, each 20 warm-up runs and then 100 timed
//! runs (p50, p95, max):
//!
//! - `app::db::report::report` — every query of the dashboard — for the current school
//!   year, the last school year, the last 24 months, five school years, the current school
//!   year of Ahlen only, and of Lernförderung only;
//! - `app::db::report::claim_lines` (the claims list export) for the current school year;
//! - the whole page over HTTP, against the real router as a logged-in caseworker:
//!   `GET /verwaltung/berichte?von=…&bis=…` and `/verwaltung/berichte/kennzahlen.csv`
//!   for the current school year (rendering, charts, session and audit included).
//!
//! The database is fresh on every run: by default a SQLite file
//! `<tmp>/reports-bench/portal.db` (deleted first, kept afterwards for `EXPLAIN QUERY PLAN`
//! with `sqlite3`); with `BENCH_DATABASE_URL=postgres://…` a new database
//! `but_bench_<uuid>` on that server, dropped at the end (`BENCH_KEEP=1` keeps it). The data
//! are generated from a fixed seed relative to today. `BENCH_ANALYZE=0` skips `ANALYZE`,
//! `BENCH_RUNS=n` changes the number of timed runs. The pages need the built site
//! (`LEPTOS_SITE_ROOT`, default `target/site`, as `./portal build` leaves it).
//!
//! Run it in release mode:
//!
//! ```text
//! CARGO_TARGET_DIR=/tmp/bench-target cargo run --release -p portal-tests --example reports_bench
//! BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!     CARGO_TARGET_DIR=/tmp/bench-target cargo run --release -p portal-tests --example reports_bench
//! ```

use app::{
    db::{Db, account, report},
    domain::{
        account::{Email, NewPassword, Role},
        benefit::BenefitKind,
        lang::Lang,
        month::YearMonth,
        report::{Period, ReportFilter},
        text::iso,
    },
};
use portal_tests::{
    bench::{self, BoxError, POOL_SIZE, load_average, quantile, runs},
    config,
};
use std::{
    future::Future,
    time::{Duration, Instant},
};

const WARMUP_RUNS: usize = 20;
const DEFAULT_RUNS: usize = 100;
/// A report query slower than this at p95 is flagged.
const FLAG_MS: f64 = 300.0;
const STAFF_EMAIL: &str = "berichte@bench.invalid";
const STAFF_PASSWORD: &str = "richtig-langes-passwort";

/// Times `f`: warm-up, then the timed runs; returns the sorted samples and the last result.
async fn time<T, F, Fut>(mut f: F) -> Result<(Vec<Duration>, T), BoxError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, BoxError>>,
{
    for _ in 0..WARMUP_RUNS {
        f().await?;
    }
    let runs = runs(DEFAULT_RUNS);
    let mut samples = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let out = f().await?;
        samples.push(t.elapsed());
        last = Some(out);
    }
    samples.sort_unstable();
    Ok((samples, last.ok_or("no runs")?))
}

fn line(name: &str, what: &str, samples: &[Duration]) -> f64 {
    let p95 = quantile(samples, 0.95);
    println!(
        "{name:<40} {what:>18} {:>8.1} {p95:>8.1} {:>8.1}{}",
        quantile(samples, 0.5),
        quantile(samples, 1.0),
        if p95 < FLAG_MS { "" } else { "  > 300 ms" }
    );
    p95
}

/// The filters of the dashboard the benchmark times.
fn filters(today: time::Date) -> Vec<(&'static str, ReportFilter)> {
    let current = Period::school_year_of(today);
    let last = Period::school_year_of(current.from.previous_day().unwrap_or(current.from));
    let months_24 = Period {
        from: YearMonth::of(today).plus_months(-23).first_day(),
        to: today,
    };
    let five_years = Period {
        from: current
            .from
            .replace_year(current.from.year() - 4)
            .unwrap_or(current.from),
        to: current.to,
    };
    let all = |period| ReportFilter {
        period,
        kommune: None,
        benefit: None,
    };
    vec![
        ("current school year", all(current)),
        ("last school year", all(last)),
        ("last 24 months", all(months_24)),
        ("5 school years", all(five_years)),
        (
            "current school year, Ahlen",
            ReportFilter {
                kommune: Some("ahlen".into()),
                ..all(current)
            },
        ),
        (
            "current school year, Lernförderung",
            ReportFilter {
                benefit: Some(BenefitKind::Lernfoerderung),
                ..all(current)
            },
        ),
    ]
}

/// A client that keeps cookies and does not follow redirects, like the tests' client.
fn client() -> Result<reqwest::Client, BoxError> {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ACCEPT,
        "text/html,application/xhtml+xml".parse()?,
    );
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, "de-DE,de;q=0.9".parse()?);
    Ok(reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()?)
}

/// Starts the real router on a random port, logs a caseworker in, and times the dashboard
/// page and the figures CSV. Prints a note instead if the pages are not there.
async fn pages(url: &str, today: time::Date) -> Result<(), BoxError> {
    let site_root = std::env::var("LEPTOS_SITE_ROOT")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site").to_string());
    if !std::path::Path::new(&site_root).join("pkg").exists() {
        println!(
            "\npages: skipped, no built site at {site_root} (run ./portal build, or set LEPTOS_SITE_ROOT)"
        );
        return Ok(());
    }
    let config = config(url.to_string(), site_root, POOL_SIZE);
    let db = Db::connect(url, POOL_SIZE).await?;
    let email = Email::parse(STAFF_EMAIL, "email").map_err(|e| format!("{e:?}"))?;
    let password = NewPassword::parse(STAFF_PASSWORD, STAFF_PASSWORD, "password")
        .map_err(|e| format!("{e:?}"))?;
    account::create(&db, &email, &password, Role::Staff, Lang::De)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = format!("http://{}", listener.local_addr()?);
    let router = server::router(config, db.clone());
    let server = tokio::spawn(async move { server::serve(listener, router).await });
    let client = client()?;
    let login = client
        .post(format!("{address}/api/login"))
        .header(reqwest::header::ORIGIN, &address)
        .header(reqwest::header::REFERER, format!("{address}/"))
        .form(&[("email", STAFF_EMAIL), ("password", STAFF_PASSWORD)])
        .send()
        .await?;
    let home = login
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if home != "/verwaltung" {
        println!(
            "\npages: skipped, the login did not lead to /verwaltung ({} {home:?})",
            login.status()
        );
        server.abort();
        return Ok(());
    }
    let period = Period::school_year_of(today);
    let query = format!("von={}&bis={}", iso(period.from), iso(period.to));
    println!(
        "\npages over HTTP as a logged-in caseworker, current school year ({query}); {WARMUP_RUNS} warm-up runs, {} timed runs\n",
        runs(DEFAULT_RUNS)
    );
    println!(
        "{:<40} {:>18} {:>8} {:>8} {:>8}",
        "page", "status, size", "p50 ms", "p95 ms", "max ms"
    );
    for (name, path) in [
        ("dashboard page", format!("/verwaltung/berichte?{query}")),
        (
            "figures CSV",
            format!("/verwaltung/berichte/kennzahlen.csv?{query}"),
        ),
    ] {
        let first = client.get(format!("{address}{path}")).send().await?;
        if first.status() != reqwest::StatusCode::OK {
            println!(
                "{name:<40} {path}: {} — not measured (is the page there yet?)",
                first.status()
            );
            continue;
        }
        let (samples, (status, bytes)) = time(|| {
            let request = client.get(format!("{address}{path}"));
            let path = &path;
            async move {
                let res = request.send().await?;
                let status = res.status();
                let body = res.bytes().await?;
                if status != reqwest::StatusCode::OK {
                    return Err(format!("{path}: {status}").into());
                }
                Ok::<_, BoxError>((status, body.len()))
            }
        })
        .await?;
        line(
            name,
            &format!("{} {} KB", status.as_u16(), bytes / 1024),
            &samples,
        );
    }
    server.abort();
    db.close().await;
    Ok(())
}

async fn bench(url: String) -> Result<(), BoxError> {
    let url = url.as_str();
    let today = time::OffsetDateTime::now_utc().date();
    bench::load(url).await?;

    // A fresh pool, as after a server start, so every connection sees the statistics.
    let db = Db::connect(url, POOL_SIZE).await?;
    println!(
        "\nreport(): every query of the dashboard; {WARMUP_RUNS} warm-up runs, {} timed runs per filter\n",
        runs(DEFAULT_RUNS)
    );
    println!(
        "{:<40} {:>18} {:>8} {:>8} {:>8}",
        "filter", "received, decided", "p50 ms", "p95 ms", "max ms"
    );
    let mut slow = Vec::new();
    for (name, filter) in filters(today) {
        let (samples, r) = time(|| {
            let (db, filter) = (&db, &filter);
            async move { Ok::<_, BoxError>(report::report(db, filter, today).await?) }
        })
        .await?;
        let what = format!("{}, {}", r.total.received, r.total.decided);
        if line(name, &what, &samples) >= FLAG_MS {
            slow.push(name);
        }
    }
    let current = ReportFilter {
        period: Period::school_year_of(today),
        kommune: None,
        benefit: None,
    };
    let (samples, lines) = time(|| {
        let (db, filter) = (&db, &current);
        async move { Ok::<_, BoxError>(report::claim_lines(db, filter).await?) }
    })
    .await?;
    if line(
        "claim_lines(), current school year",
        &format!("{} rows", lines.len()),
        &samples,
    ) >= FLAG_MS
    {
        slow.push("claim_lines(), current school year");
    }
    db.close().await;
    pages(url, today).await?;
    if !slow.is_empty() {
        println!("\np95 over {FLAG_MS} ms: {}", slow.join("; "));
    }
    println!("\nload average after: {}", load_average());
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    bench::on_fresh_database("reports-bench", bench).await
}
