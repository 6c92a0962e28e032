//! Load benchmark of the running portal: pages under concurrent load, submissions per
//! second, and the server's memory after many submissions.
//!
//! Starts the built server binary (`BENCH_BINARY`, default `target/release/but-portal`) as
//! its own process with the demo on a fresh database (SQLite in `<tmp>/load-bench`, or a
//! new PostgreSQL database with `BENCH_DATABASE_URL=postgres://…`), then
//!
//! 1. views `/familie` (the demo family) and `/verwaltung/antraege` (the demo caseworker,
//!    606 claims in the queue's history) with 8 and with 64 connections for
//!    `BENCH_SECONDS` (default 10) each: requests per second, p50/p99, errors;
//! 2. prepares `BENCH_SUBMISSIONS` (default 25,000) Teilhabe drafts of 100 families over
//!    HTTP (each for a child of its own), then submits them: the first 2,000 with 8 connections, the next 2,000 with 32
//!    (requests per second, p50/p99, errors), the rest with 32;
//! 3. reads the server's resident memory (VmRSS) after start, after the page loads, after
//!    the drafts and after every 5,000 submissions.
//!
//! ```text
//! cargo build --release -p server && ./portal build
//! cargo run --release -p portal-tests --example load_bench
//! BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!     cargo run --release -p portal-tests --example load_bench
//! ```

use app::db::Db;
use portal_tests::{
    bench::{self, BoxError, Server, load_average, quantile},
    household_form, teilhabe_form,
};
use reqwest::Client;
use std::{
    sync::Arc,
    time::{Duration, Instant},
};
use tokio::task::JoinSet;

const FAMILIES: usize = 100;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Latencies and failures of one measured run.
struct Run {
    latencies: Vec<Duration>,
    errors: usize,
    elapsed: Duration,
}

impl Run {
    /// The latencies and failures of all `tasks`, over the time since `started`.
    async fn collect(tasks: JoinSet<(Vec<Duration>, usize)>, started: Instant) -> Run {
        let mut run = Run {
            latencies: Vec::new(),
            errors: 0,
            elapsed: Duration::ZERO,
        };
        for (latencies, errors) in tasks.join_all().await {
            run.latencies.extend(latencies);
            run.errors += errors;
        }
        run.elapsed = started.elapsed();
        run
    }

    fn print(mut self, what: &str) {
        self.latencies.sort();
        let n = self.latencies.len();
        println!(
            "  {what:<44} {:>7.0} req/s  p50 {:>6.1} ms  p99 {:>7.1} ms  errors {}",
            n as f64 / self.elapsed.as_secs_f64(),
            quantile(&self.latencies, 0.5),
            quantile(&self.latencies, 0.99),
            self.errors
        );
    }
}

/// `connections` clients view `path` again and again for `seconds`.
async fn view(server: &Arc<Server>, client: &Client, path: &str, connections: usize) -> Run {
    let seconds = env_or("BENCH_SECONDS", 10) as u64;
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let mut tasks = JoinSet::new();
    for _ in 0..connections {
        let (client, url) = (client.clone(), format!("{}{path}", server.base));
        tasks.spawn(async move {
            let (mut latencies, mut errors) = (Vec::new(), 0);
            while Instant::now() < until {
                let t = Instant::now();
                let ok = match client.get(&url).send().await {
                    Ok(res) => res.status().is_success() && res.bytes().await.is_ok(),
                    Err(_) => false,
                };
                if ok {
                    latencies.push(t.elapsed());
                } else {
                    errors += 1;
                }
            }
            (latencies, errors)
        });
    }
    Run::collect(tasks, started).await
}

/// A registered family with a household: its client.
async fn family(server: &Server, n: usize) -> Result<Client, BoxError> {
    let client = portal_tests::new_client();
    let email = format!("last{n}-{}@bench.invalid", uuid::Uuid::new_v4().simple());
    let password = "bench-passwort-123";
    let register = [
        ("email", email.as_str()),
        ("password", password),
        ("password_repeat", password),
    ];
    server.post(&client, "/api/register", &register).await?;
    server
        .post(
            &client,
            "/api/household/save",
            &household_form(&format!("Last {n}")),
        )
        .await?;
    Ok(client)
}

/// A child of its own (one claim per child and benefit) with a Teilhabe draft, ready to
/// submit; the draft's id.
async fn draft(server: &Server, db: &Db, client: &Client, k: usize) -> Result<String, BoxError> {
    let last_name = format!("Last{k}");
    let child = [
        ("child_id", ""),
        ("first_name", "Kim"),
        ("last_name", last_name.as_str()),
        ("birth_date", "2015-05-05"),
        ("school_id", ""),
        ("school_name", "Grundschule Ahlen"),
        ("grade", "4"),
    ];
    server.post(client, "/api/child/save", &child).await?;
    let child: String = sqlx::query_scalar("select id from child where last_name = $1")
        .bind(&last_name)
        .fetch_one(db.pool())
        .await?;
    let res = server
        .post(
            client,
            "/api/claim/start",
            &[("child_id", child.as_str()), ("benefit", "teilhabe")],
        )
        .await?;
    let id = portal_tests::location(&res)
        .trim_start_matches("/familie/antrag/")
        .trim_end_matches("/angaben")
        .to_string();
    server
        .post(client, "/api/claim/teilhabe", &teilhabe_form(&id, "15"))
        .await?;
    Ok(id)
}

/// Submits `drafts` with `connections` at once.
async fn submit(server: &Arc<Server>, drafts: Vec<(Client, String)>, connections: usize) -> Run {
    let queue = Arc::new(tokio::sync::Mutex::new(drafts));
    let started = Instant::now();
    let mut tasks = JoinSet::new();
    for _ in 0..connections {
        let (queue, server) = (queue.clone(), server.clone());
        tasks.spawn(async move {
            let (mut latencies, mut errors) = (Vec::new(), 0);
            loop {
                let Some((client, id)) = queue.lock().await.pop() else {
                    break;
                };
                let form = [
                    ("claim_id", id.as_str()),
                    ("declaration", "ja"),
                    ("consent", "ja"),
                ];
                let t = Instant::now();
                match server.post(&client, "/api/claim/submit", &form).await {
                    Ok(res) if portal_tests::location(&res) == format!("/familie/antrag/{id}") => {
                        latencies.push(t.elapsed())
                    }
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        });
    }
    Run::collect(tasks, started).await
}

/// Prepares `count` drafts over HTTP, 32 at a time.
async fn drafts(
    server: &Arc<Server>,
    url: &str,
    count: usize,
) -> Result<Vec<(Client, String)>, BoxError> {
    let db = Db::connect(url, 4).await?;
    let mut families = Vec::new();
    for n in 0..FAMILIES {
        families.push(family(server, n).await?);
    }
    let families = Arc::new(families);
    let mut tasks = JoinSet::new();
    for worker in 0..32 {
        let (server, families, db) = (server.clone(), families.clone(), db.clone());
        tasks.spawn(async move {
            let mut made = Vec::new();
            for k in (worker..count).step_by(32) {
                let client = &families[k % FAMILIES];
                made.push((client.clone(), draft(&server, &db, client, k).await?));
            }
            Ok::<_, BoxError>(made)
        });
    }
    let mut all = Vec::new();
    for made in tasks.join_all().await {
        all.extend(made?);
    }
    Ok(all)
}

async fn run(url: String) -> Result<(), BoxError> {
    println!("load average before: {}", load_average());
    let server = Arc::new(Server::start(&url, &[]).await?);
    println!(
        "server RSS after start (demo seeded): {:.0} MB",
        server.rss_mb()
    );

    println!("\npages ({} s each):", env_or("BENCH_SECONDS", 10));
    let family = server
        .login("familie@demo.invalid", "demo-passwort")
        .await?;
    let staff = server
        .login("sachbearbeitung@demo.invalid", "demo-passwort")
        .await?;
    for (path, client) in [("/familie", &family), ("/verwaltung/antraege", &staff)] {
        for connections in [8, 64] {
            let what = format!("GET {path}, {connections} connections");
            view(&server, client, path, connections).await.print(&what);
        }
    }
    println!("server RSS after the page loads: {:.0} MB", server.rss_mb());

    let total = env_or("BENCH_SUBMISSIONS", 25_000);
    let started = Instant::now();
    let mut drafts = drafts(&server, &url, total).await?;
    println!(
        "\n{} drafts of {FAMILIES} families prepared in {:.0} s; server RSS {:.0} MB",
        drafts.len(),
        started.elapsed().as_secs_f64(),
        server.rss_mb()
    );
    println!("submissions:");
    let mut done = 0;
    for (connections, batch) in [(8, 2_000), (32, 2_000)] {
        let batch: Vec<_> = drafts.drain(..batch.min(drafts.len())).collect();
        done += batch.len();
        let what = format!("{} submissions, {connections} connections", batch.len());
        submit(&server, batch, connections).await.print(&what);
    }
    println!("  RSS after {done} submissions: {:.0} MB", server.rss_mb());
    while !drafts.is_empty() {
        let batch: Vec<_> = drafts.drain(..5_000.min(drafts.len())).collect();
        done += batch.len();
        let run = submit(&server, batch, 32).await;
        println!(
            "  RSS after {done} submissions: {:.0} MB ({} errors)",
            server.rss_mb(),
            run.errors
        );
    }
    let db = Db::connect(&url, 1).await?;
    let submitted: i64 = sqlx::query_scalar(
        "select count(*) from claim c join account a on a.id = c.account_id \
         where a.email like 'last%@bench.invalid' and c.status = 'submitted' and c.reference is not null",
    )
    .fetch_one(db.pool())
    .await?;
    println!("  claims submitted in the database: {submitted} of {total}");
    db.close().await;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    bench::on_fresh_database("load-bench", run).await
}
