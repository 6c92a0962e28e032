//! Benchmark of the staff work queue, `app::db::decision::queue`, with 100,000 claims.
//!
//! Measures: the time to bulk-load a realistic data set with `server::history::load`
//! (20,000 families in the 13 Kommunen with their children, 100,000 claims over all
//! statuses and both benefits with their decisions, questions, school confirmations and
//! timelines, 10 staff accounts), and then the latency of `queue()` — the page query *and*
//! the per-status count query it runs, i.e. everything the queue page needs from the
//! database — for typical filters: each filter 20 warm-up runs, then 200 timed runs (p50,
//! p95, max per filter, and p50/p95 over all runs). The target is p95 < 30 ms.
//!
//! The database is fresh on every run: by default a SQLite file
//! `<tmp>/queue-bench/portal.db` (deleted first, kept afterwards for `EXPLAIN QUERY PLAN`
//! with `sqlite3`); with `BENCH_DATABASE_URL=postgres://…` a new database
//! `but_bench_<uuid>` on that server, dropped at the end (`BENCH_KEEP=1` keeps it). The
//! data are generated from a fixed seed, so every run loads the same rows (relative to
//! today). After the load the benchmark runs `ANALYZE` (PostgreSQL: `VACUUM (ANALYZE)`,
//! which autovacuum would do anyway after such a load); `BENCH_ANALYZE=0` skips it, to see
//! the plans of a SQLite database nobody ever analysed. `BENCH_RUNS=n` changes the number
//! of timed runs.
//! `BENCH_SQLITE_PRAGMA='mmap_size = 268435456'` sets a pragma on every pooled SQLite
//! connection first, to try a setting before `Db::connect` adopts it.
//!
//! Run it in release mode:
//!
//! ```text
//! CARGO_TARGET_DIR=/tmp/bench-target cargo run --release -p portal-tests --example queue_bench
//! BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!     CARGO_TARGET_DIR=/tmp/bench-target cargo run --release -p portal-tests --example queue_bench
//! ```

use app::{
    db::{
        Backend, Db,
        decision::{Assigned, QueueFilter, queue},
    },
    domain::{benefit::BenefitKind, claim::Status, search::QueueSearch},
};
use server::{
    config::Config,
    history::{self, HistorySize},
};
use sqlx::{Connection, PgConnection};
use std::{
    error::Error,
    time::{Duration, Instant},
};

type BoxError = Box<dyn Error + Send + Sync>;

const CLAIMS: usize = 100_000;
const FAMILIES: usize = 20_000;
/// The generator's seed: every run loads the same data.
const SEED: u64 = 0x5EED_B07E_2026;
/// Connections of the pool (as in the tests; the server's default is 10).
const POOL_SIZE: u32 = 5;
const WARMUP_RUNS: usize = 20;
const DEFAULT_RUNS: usize = 200;
const DAY: i64 = 86_400;

fn year_of(unix: i64) -> i32 {
    time::OffsetDateTime::from_unix_timestamp(unix).map_or(2026, |t| t.year())
}

fn config(database_url: String) -> Config {
    Config {
        database_url,
        db_max_connections: POOL_SIZE,
        bind_addr: "127.0.0.1:0".parse().expect("address"),
        public_url: String::new(),
        site_root: String::new(),
        max_body_bytes: 256 * 1024,
        max_upload_file_bytes: 10 * 1024 * 1024,
        max_upload_claim_bytes: 30 * 1024 * 1024,
        office_name: "Kommunales Jobcenter Kreis Warendorf".into(),
        office_department: "Team Bildung und Teilhabe".into(),
        office_street: "Waldenburger Straße 2".into(),
        office_postal_city: "48231 Warendorf".into(),
        office_phone: "02581 53-0".into(),
        office_email: "but@jobcenter.invalid".into(),
        office_hours: "Mo–Fr 8–12 Uhr".into(),
        log_format: "text".into(),
    }
}

/// The `q`-quantile of sorted `samples` in milliseconds (nearest rank).
fn quantile(sorted: &[Duration], q: f64) -> f64 {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1000.0
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "n/a".into())
}

/// The typical pages of the queue, as the staff page builds their filters.
fn filters(now: i64) -> Vec<(&'static str, QueueFilter)> {
    let submitted = QueueFilter {
        status: Some(Status::Submitted),
        ..QueueFilter::default()
    };
    vec![
        ("default: submitted, oldest first, p1", submitted.clone()),
        (
            "submitted + kommune (ahlen)",
            QueueFilter {
                kommune: Some("ahlen".into()),
                ..submitted.clone()
            },
        ),
        (
            "lernfoerderung + kommune (oelde) + submitted",
            QueueFilter {
                benefit: Some(BenefitKind::Lernfoerderung),
                kommune: Some("oelde".into()),
                ..submitted.clone()
            },
        ),
        (
            "assigned to me, submitted",
            QueueFilter {
                assigned: Assigned::Me,
                ..submitted.clone()
            },
        ),
        (
            "nobody assigned, submitted",
            QueueFilter {
                assigned: Assigned::Nobody,
                ..submitted.clone()
            },
        ),
        (
            "confirmation pending, submitted",
            QueueFilter {
                confirmation_pending: true,
                ..submitted.clone()
            },
        ),
        (
            "approved, newest first, p11",
            QueueFilter {
                status: Some(Status::Approved),
                newest_first: true,
                page: 10,
                ..QueueFilter::default()
            },
        ),
        (
            "date range 30 days, submitted",
            QueueFilter {
                submitted_from: Some(now - 30 * DAY),
                submitted_before: Some(now + DAY),
                ..submitted.clone()
            },
        ),
        (
            "date range 30 days, all statuses",
            QueueFilter {
                status: None,
                submitted_from: Some(now - 30 * DAY),
                submitted_before: Some(now + DAY),
                ..QueueFilter::default()
            },
        ),
        (
            "all statuses, oldest first, p1",
            QueueFilter {
                status: None,
                ..QueueFilter::default()
            },
        ),
        (
            "search: name 'müller', all statuses",
            QueueFilter {
                status: None,
                search: QueueSearch::parse("müller"),
                ..QueueFilter::default()
            },
        ),
        (
            "search: name 'ayşe schmidt', all statuses",
            QueueFilter {
                status: None,
                search: QueueSearch::parse("ayşe schmidt"),
                ..QueueFilter::default()
            },
        ),
        (
            "search: reference number, all statuses",
            QueueFilter {
                status: None,
                search: QueueSearch::parse(&format!("{}-000100", year_of(now))),
                ..QueueFilter::default()
            },
        ),
    ]
}

async fn bench(url: &str) -> Result<(), BoxError> {
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(DEFAULT_RUNS);
    println!("load average before: {}", load_average());
    let started = Instant::now();
    let db = server::connect_and_migrate(&config(url.to_string())).await?;
    server::seed::seed_directory(&db)
        .await
        .map_err(|e| format!("seed: {e:?}"))?;
    let setup = started.elapsed();
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let started = Instant::now();
    let size = HistorySize {
        families: FAMILIES,
        claims: CLAIMS,
        open_claims: true,
    };
    let mut loaded = history::load(&db, now, size, SEED).await?;
    if std::env::var("BENCH_ANALYZE").as_deref() != Ok("0") {
        let started = Instant::now();
        history::analyze(&db).await?;
        loaded.steps.push(("analyze", started.elapsed()));
    }
    let load_time = started.elapsed();
    db.pool().close().await;
    // The caseworker the queue is shown for.
    let me = loaded.staff[0].clone();

    println!(
        "\nbackend: {:?}; migrate + seed directory {:.2} s",
        db.backend(),
        setup.as_secs_f64()
    );
    for (table, n) in &loaded.counts {
        println!("  {table:<36} {n:>7} rows");
    }
    for (step, d) in &loaded.steps {
        println!("  {step:<36} {:>7.2} s", d.as_secs_f64());
    }
    println!(
        "  {:<36} {:>7.2} s  (100,000 claims and everything they need)",
        "load total",
        load_time.as_secs_f64()
    );

    // A fresh pool, as after a server start, so every connection sees the statistics.
    let db = Db::connect(url, POOL_SIZE).await?;
    if let Ok(pragma) = std::env::var("BENCH_SQLITE_PRAGMA")
        && db.backend() == Backend::Sqlite
    {
        // On every connection of the pool, as `Db::connect` would set it.
        let mut conns = Vec::new();
        for _ in 0..POOL_SIZE {
            conns.push(db.pool().acquire().await?);
        }
        for conn in &mut conns {
            sqlx::raw_sql(&format!("pragma {pragma}"))
                .execute(&mut **conn)
                .await?;
        }
        println!("\nevery connection: pragma {pragma}");
    }
    let mut all = Vec::new();
    println!(
        "\nqueue(): page query + count query; {WARMUP_RUNS} warm-up runs, {runs} timed runs per filter\n"
    );
    println!(
        "{:<46} {:>5} {:>7} {:>8} {:>8} {:>8}",
        "filter", "rows", "total", "p50 ms", "p95 ms", "max ms"
    );
    for (name, filter) in filters(now) {
        for _ in 0..WARMUP_RUNS {
            queue(&db, &filter, &me).await?;
        }
        let mut samples = Vec::with_capacity(runs);
        let mut last = None;
        for _ in 0..runs {
            let t = Instant::now();
            let page = queue(&db, &filter, &me).await?;
            samples.push(t.elapsed());
            last = Some(page);
        }
        samples.sort_unstable();
        let (rows, total) = last.map_or((0, 0), |p| (p.rows.len(), p.total));
        let p95 = quantile(&samples, 0.95);
        println!(
            "{name:<46} {rows:>5} {total:>7} {:>8.2} {p95:>8.2} {:>8.2}{}",
            quantile(&samples, 0.5),
            quantile(&samples, 1.0),
            if p95 < 30.0 { "" } else { "  > 30 ms" }
        );
        all.extend(samples);
    }
    all.sort_unstable();
    println!(
        "{:<46} {:>5} {:>7} {:>8.2} {:>8.2} {:>8.2}",
        "overall",
        "",
        "",
        quantile(&all, 0.5),
        quantile(&all, 0.95),
        quantile(&all, 1.0)
    );
    db.pool().close().await;
    println!("\nload average after: {}", load_average());
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let base = std::env::var("BENCH_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    match base {
        Some(base) if base.starts_with("postgres") => {
            let name = format!("but_bench_{}", uuid::Uuid::new_v4().simple());
            let mut conn = PgConnection::connect(&base).await?;
            sqlx::raw_sql(&format!("create database {name}"))
                .execute(&mut conn)
                .await?;
            let (server, _) = base.rsplit_once('/').ok_or("URL with a database name")?;
            let url = format!("{server}/{name}");
            println!("database: {url}");
            let result = bench(&url).await;
            if std::env::var("BENCH_KEEP").as_deref() == Ok("1") {
                println!("kept database {name}");
            } else {
                sqlx::raw_sql(&format!("drop database if exists {name} with (force)"))
                    .execute(&mut conn)
                    .await?;
            }
            conn.close().await?;
            result
        }
        Some(url) => bench(&url).await,
        None => {
            let dir = std::env::temp_dir().join("queue-bench");
            std::fs::create_dir_all(&dir)?;
            for file in ["portal.db", "portal.db-wal", "portal.db-shm"] {
                let path = dir.join(file);
                if path.exists() {
                    std::fs::remove_file(path)?;
                }
            }
            let url = format!("sqlite://{}/portal.db?mode=rwc", dir.display());
            println!("database: {url}");
            bench(&url).await
        }
    }
}
