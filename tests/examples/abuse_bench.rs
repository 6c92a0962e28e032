//! Abuse benchmark (issue 14): what a flood of logins costs the server, and how many
//! password guesses get through when they arrive in parallel.
//!
//! Starts the built server binary (`BENCH_BINARY`, default `target/release/but-portal`) as
//! its own process with the demo on a fresh database (SQLite, or PostgreSQL with
//! `BENCH_DATABASE_URL=postgres://…`), behind a "trusted proxy" (`TRUST_FORWARDED_FOR`), so
//! each simulated client can come from an address of its own, then
//!
//! 1. sends `BENCH_LOGINS` (default 150) logins with unknown e-mail addresses at once, each
//!    from another address (a botnet: per-address rate limits do not help here), and reads
//!    the server's peak resident memory (VmHWM) before and after, and the answers (checked
//!    and refused as wrong, or "try again" because all hashing slots were busy);
//! 2. sends 25 wrong passwords for the demo family's account at once from one address and
//!    counts how many were checked (the rest were paused by the login throttle).
//!
//! ```text
//! cargo build --release -p server && ./portal build
//! cargo run --release -p portal-tests --example abuse_bench
//! ```

use portal_tests::bench::{self, BoxError, Server};
use reqwest::{StatusCode, header};
use std::{sync::Arc, time::Instant};
use tokio::task::JoinSet;

/// A client whose requests come from `ip` (the server trusts `X-Forwarded-For`).
fn client_from(ip: &str) -> Result<reqwest::Client, BoxError> {
    let mut headers = header::HeaderMap::new();
    headers.insert("x-forwarded-for", ip.parse()?);
    headers.insert(header::ACCEPT, "text/html".parse()?);
    Ok(reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()?)
}

/// `n` logins with unknown addresses at once, each from its own client address.
async fn login_flood(server: &Arc<Server>, n: usize) -> Result<(), BoxError> {
    println!(
        "server memory before: {:.0} MB now, {:.0} MB peak",
        server.rss_mb(),
        server.peak_rss_mb()
    );
    let started = Instant::now();
    let mut logins = JoinSet::new();
    for k in 0..n {
        let server = server.clone();
        let client = client_from(&format!("10.{}.{}.{}", k / 65536, (k / 256) % 256, k % 256))?;
        logins.spawn(async move {
            let form = [
                ("email", format!("unbekannt{k}@bench.invalid")),
                ("password", "irgendein-passwort-123".to_string()),
            ];
            server
                .post(&client, "/api/login", &form)
                .await
                .map(|r| r.status())
        });
    }
    let answers = logins.join_all().await;
    let count = |f: &dyn Fn(StatusCode) -> bool| {
        answers
            .iter()
            .filter(|a| a.as_ref().is_ok_and(|s| f(*s)))
            .count()
    };
    let refused = count(&|s| s.is_redirection());
    let busy = count(&|s| s == StatusCode::SERVICE_UNAVAILABLE);
    let failed = answers.len() - refused - busy;
    println!(
        "{n} unknown-address logins at once from {n} addresses: {:.1} s; {refused} checked \
         and refused, {busy} told to try again (hashing busy), {failed} other answers",
        started.elapsed().as_secs_f64()
    );
    println!(
        "server memory after: {:.0} MB now, {:.0} MB peak",
        server.rss_mb(),
        server.peak_rss_mb()
    );
    Ok(())
}

/// 25 wrong passwords for the demo family at once from one address: how many were checked.
async fn parallel_guesses(server: &Arc<Server>) -> Result<(), BoxError> {
    let mut guesses = JoinSet::new();
    for k in 0..25 {
        let server = server.clone();
        let client = client_from("203.0.113.66")?;
        guesses.spawn(async move {
            let form = [
                ("email", "familie@demo.invalid".to_string()),
                ("password", format!("geraten-{k}-geraten")),
            ];
            server.post(&client, "/api/login", &form).await?;
            let page = client
                .get(format!("{}/anmelden", server.base))
                .send()
                .await?
                .text()
                .await?;
            Ok::<bool, reqwest::Error>(
                page.contains("E-Mail-Adresse oder Passwort sind nicht richtig"),
            )
        });
    }
    let answers = guesses.join_all().await;
    let checked = answers.iter().filter(|a| matches!(a, Ok(true))).count();
    println!(
        "25 parallel wrong passwords for one account from one address: {checked} checked, {} paused",
        answers.len() - checked
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let logins = std::env::var("BENCH_LOGINS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(150);
    bench::on_fresh_database("abuse-bench", |url| async move {
        let server = Arc::new(Server::start(&url, &[("TRUST_FORWARDED_FOR", "true")]).await?);
        println!("load average: {}", bench::load_average());
        login_flood(&server, logins).await?;
        parallel_guesses(&server).await
    })
    .await
}
