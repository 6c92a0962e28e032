//! What the benchmarks (`tests/examples/*_bench.rs`) share: a fresh database per run, the
//! 100,000-claim data set from `server::history`, and nearest-rank quantiles.

use crate::config;
use app::db::Db;
use reqwest::{Client, header};
use server::history::{self, History, HistorySize};
use sqlx::{Connection, PgConnection};
use std::{
    error::Error,
    future::Future,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

pub type BoxError = Box<dyn Error + Send + Sync>;

/// Connections of the pool (as in the tests; the server's default is 10).
pub const POOL_SIZE: u32 = 5;
/// The data set: claims, families, and the generator's seed (every run loads the same).
pub const CLAIMS: usize = 100_000;
pub const FAMILIES: usize = 20_000;
pub const SEED: u64 = 0x5EED_B07E_2026;

/// The `q`-quantile of sorted `samples` in milliseconds (nearest rank).
pub fn quantile(sorted: &[Duration], q: f64) -> f64 {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1000.0
}

/// The machine's load average (1, 5, 15 minutes), to judge how quiet a run was.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "n/a".into())
}

/// Timed runs: `BENCH_RUNS`, or `default`.
pub fn runs(default: usize) -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(default)
}

/// Migrates `url`, seeds the directory and loads the data set (then `ANALYZE`, unless
/// `BENCH_ANALYZE=0`), printing what was written and how long it took.
pub async fn load(url: &str) -> Result<History, BoxError> {
    println!("load average before: {}", load_average());
    let started = Instant::now();
    let db: Db =
        server::connect_and_migrate(&config(url.to_string(), String::new(), POOL_SIZE)).await?;
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
    db.close().await;
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
    Ok(loaded)
}

/// Runs `bench` on a fresh database: with `BENCH_DATABASE_URL=postgres://…` a new database
/// `but_bench_<uuid>` on that server, dropped afterwards (`BENCH_KEEP=1` keeps it); with
/// another URL that database; otherwise the SQLite file `<tmp>/<name>/portal.db`, deleted
/// first and kept afterwards for `EXPLAIN QUERY PLAN`.
pub async fn on_fresh_database<F, Fut>(name: &str, bench: F) -> Result<(), BoxError>
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = Result<(), BoxError>>,
{
    let base = std::env::var("BENCH_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty());
    match base {
        Some(base) if base.starts_with("postgres") => {
            let db_name = format!("but_bench_{}", uuid::Uuid::new_v4().simple());
            let mut conn = PgConnection::connect(&base).await?;
            sqlx::raw_sql(&format!("create database {db_name}"))
                .execute(&mut conn)
                .await?;
            let (server, _) = base.rsplit_once('/').ok_or("URL with a database name")?;
            let url = format!("{server}/{db_name}");
            println!("database: {url}");
            let result = bench(url).await;
            if std::env::var("BENCH_KEEP").as_deref() == Ok("1") {
                println!("kept database {db_name}");
            } else {
                sqlx::raw_sql(&format!("drop database if exists {db_name} with (force)"))
                    .execute(&mut conn)
                    .await?;
            }
            conn.close().await?;
            result
        }
        Some(url) => bench(url).await,
        None => {
            let dir = std::env::temp_dir().join(name);
            std::fs::create_dir_all(&dir)?;
            for file in ["portal.db", "portal.db-wal", "portal.db-shm"] {
                let path = dir.join(file);
                if path.exists() {
                    std::fs::remove_file(path)?;
                }
            }
            let url = format!("sqlite://{}/portal.db?mode=rwc", dir.display());
            println!("database: {url}");
            bench(url).await
        }
    }
}

/// The built server binary (`BENCH_BINARY`, default `target/release/but-portal`) running
/// as its own process with the demo; stopped when dropped.
pub struct Server {
    child: Child,
    pub base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts the server on database `url` with the extra environment `env`.
    pub async fn start(url: &str, env: &[(&str, &str)]) -> Result<Server, BoxError> {
        let binary =
            std::env::var("BENCH_BINARY").unwrap_or_else(|_| "target/release/but-portal".into());
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = Command::new(&binary)
            .args(["serve", "--demo"])
            .env("DATABASE_URL", url)
            .env("BIND_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", crate::site_root())
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .spawn()
            .map_err(|e| format!("{binary}: {e} (cargo build --release -p server)"))?;
        let server = Server {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let started = Instant::now();
        while reqwest::get(format!("{}/healthz", server.base))
            .await
            .is_err()
        {
            if started.elapsed() > Duration::from_secs(300) {
                return Err("the server did not come up".into());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        Ok(server)
    }

    /// Resident memory of the server process in MB.
    pub fn rss_mb(&self) -> f64 {
        self.status_mb("VmRSS:")
    }

    /// The highest resident memory the server process has had, in MB.
    pub fn peak_rss_mb(&self) -> f64 {
        self.status_mb("VmHWM:")
    }

    fn status_mb(&self, field: &str) -> f64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix(field))
                    .and_then(|v| v.trim().trim_end_matches(" kB").parse::<f64>().ok())
            })
            .map_or(0.0, |kb| kb / 1024.0)
    }

    /// A client like a browser, logged in as `email`.
    pub async fn login(&self, email: &str, password: &str) -> Result<Client, BoxError> {
        let client = crate::new_client();
        let res = self
            .post(
                &client,
                "/api/login",
                &[("email", email), ("password", password)],
            )
            .await?;
        if !res.status().is_redirection() {
            return Err(format!("login {email}: {}", res.status()).into());
        }
        Ok(client)
    }

    /// Posts `form` to `path` as `client` (from the server's own origin).
    pub async fn post<F: serde::Serialize + ?Sized>(
        &self,
        client: &Client,
        path: &str,
        form: &F,
    ) -> Result<reqwest::Response, reqwest::Error> {
        client
            .post(format!("{}{path}", self.base))
            .header(header::ORIGIN, &self.base)
            .form(form)
            .send()
            .await
    }
}
