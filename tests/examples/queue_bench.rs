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
    domain::{benefit::BenefitKind, claim::Status, ids::AccountId, search::QueueSearch},
};
use portal_tests::bench::{self, BoxError, POOL_SIZE, load_average, quantile, runs};
use std::time::Instant;

const WARMUP_RUNS: usize = 20;
const DEFAULT_RUNS: usize = 200;
const DAY: i64 = 86_400;

fn year_of(unix: i64) -> i32 {
    time::OffsetDateTime::from_unix_timestamp(unix).map_or(2026, |t| t.year())
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

async fn bench(url: String) -> Result<(), BoxError> {
    let url = url.as_str();
    let runs = runs(DEFAULT_RUNS);
    let loaded = bench::load(url).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    // The caseworker the queue is shown for.
    let me = AccountId::from(loaded.staff[0].clone());

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
    bench::on_fresh_database("queue-bench", bench).await
}
