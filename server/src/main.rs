//! `but-portal`: the BuT-Portal server and its administration commands.

use app::{
    db::{Db, account, kommune, lernstandort},
    domain::{
        account::{Email, NewPassword, Role},
        lang::Lang,
    },
    error::AppError,
    i18n::tr,
};
use clap::{Parser, Subcommand};
use server::{BoxError, config::Config, connect_and_migrate, router, seed};
use std::{io::Read, process::ExitCode};

/// mimalloc instead of glibc malloc: under load glibc's per-thread arenas (tokio's workers,
/// one thread per SQLite connection) held on to freed memory — 370 MB resident after 25,000
/// submissions against 155 MB with two arenas (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// BuT-Portal — online applications for Bildung und Teilhabe (Lernförderung,
/// soziokulturelle Teilhabe) of the Kreis Warendorf.
///
/// Every option can also be set by the environment variable named in brackets.
#[derive(Parser)]
#[command(name = "but-portal", version)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the portal (the default). Applies pending migrations first.
    Serve {
        /// Fill in demo data (Kommunen, schools, one account per role) before starting.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Fill in data and exit.
    Seed {
        /// The demo data set (required: nothing is ever seeded without it).
        #[arg(long, required = true)]
        demo: bool,
    },
    /// Create an account (school, staff, admin — or family).
    CreateUser {
        /// family, school, staff or admin
        #[arg(long)]
        role: String,
        /// E-mail address, used to log in
        #[arg(long)]
        email: String,
        /// Read the password from standard input instead of prompting for it.
        #[arg(long)]
        password_stdin: bool,
        /// For a school account: the school it works for, by its exact name (repeatable).
        #[arg(long)]
        school: Vec<String>,
    },
    /// Render a notice with sample data and the text blocks in force, to check letterhead
    /// and wording (OFFICE_* settings).
    NoticePreview {
        /// approval or rejection
        #[arg(long)]
        kind: String,
        /// Where to write the PDF.
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(&cli.config.log_format);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("but-portal: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), BoxError> {
    let config = cli.config;
    tracing::info!(database = %config.redacted_database_url(), "connecting");
    let db = connect_and_migrate(&config).await?;
    match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Migrate => {
            println!("migrations applied");
        }
        Command::Seed { .. } => seed_demo(&db, &config).await?,
        Command::CreateUser {
            role,
            email,
            password_stdin,
            school,
        } => create_user(&db, &role, &email, password_stdin, &school).await?,
        Command::NoticePreview { kind, out } => notice_preview(&db, &config, &kind, &out).await?,
        Command::Serve { demo } => serve(config, db, demo).await?,
    }
    Ok(())
}

/// `seed --demo`: fills the database with demo data.
async fn seed_demo(db: &Db, config: &Config) -> Result<(), BoxError> {
    seed::seed_demo(db, &config.office())
        .await
        .map_err(user_error)?;
    println!("demo data seeded");
    Ok(())
}

/// `create-user`: an account with a role, for a school also the schools it works for
/// (by their name in the directory); the password comes from stdin or a prompt.
async fn create_user(
    db: &Db,
    role: &str,
    email: &str,
    password_stdin: bool,
    school: &[String],
) -> Result<(), BoxError> {
    let role = Role::parse(role).ok_or("role must be family, school, staff or admin")?;
    let directory = kommune::list_schools(db).await?;
    let mut schools = Vec::new();
    for name in school {
        let found = directory
            .iter()
            .find(|s| s.name == *name)
            .ok_or_else(|| format!("no school named {name:?} in the directory"))?;
        schools.push(found.id.clone());
    }
    if role == Role::School && schools.is_empty() {
        return Err("a school account needs --school <name of the school>".into());
    }
    let email = Email::parse(email, "email").map_err(|e| tr(Lang::De, &e.msg_id))?;
    let password = read_password(password_stdin)?;
    let password = NewPassword::parse(&password, &password, "password")
        .map_err(|e| tr(Lang::De, &e.msg_id))?;
    let id = account::create(db, &email, &password, role, Lang::De)
        .await
        .map_err(user_error)?;
    for school in &schools {
        lernstandort::add_member(db, &id, school).await?;
    }
    println!("account created: {email} ({role})");
    for name in school {
        println!("works for: {name}");
    }
    Ok(())
}

/// `notice-preview`: writes a sample approval or rejection notice as PDF to `out`.
async fn notice_preview(
    db: &Db,
    config: &Config,
    kind: &str,
    out: &std::path::Path,
) -> Result<(), BoxError> {
    let approval = match kind {
        "approval" => true,
        "rejection" => false,
        _ => return Err("--kind must be approval or rejection".into()),
    };
    let bytes = server::notices::preview_pdf(db, &config.office(), approval)
        .await
        .map_err(user_error)?;
    std::fs::write(out, &bytes)?;
    println!(
        "notice preview written: {} ({} bytes)",
        out.display(),
        bytes.len()
    );
    Ok(())
}

/// `serve` (the default): seeds demo data if asked, serves until a shutdown signal, then
/// closes the database without waiting for connections that were cut off.
async fn serve(config: Config, db: Db, demo: bool) -> Result<(), BoxError> {
    config.offices().map_err(BoxError::from)?;
    if demo {
        seed::seed_demo(&db, &config.office())
            .await
            .map_err(user_error)?;
    }
    server::spawn_background(&config, db.clone()).map_err(BoxError::from)?;
    let listener = tokio::net::TcpListener::bind(config.bind_addr).await?;
    tracing::info!(addr = %config.bind_addr, "BuT-Portal listening on http://{}", config.bind_addr);
    let deadline = std::time::Duration::from_secs(config.shutdown_timeout);
    server::serve_until(
        listener,
        router(config, db.clone()),
        shutdown_signal(),
        deadline,
    )
    .await?;
    // Connections of requests that were cut off may never come back: do not wait.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(2), db.close()).await;
    tracing::info!("BuT-Portal stopped");
    Ok(())
}

fn user_error(e: AppError) -> BoxError {
    match e {
        AppError::Validation(errors) => errors
            .iter()
            .map(|e| tr(Lang::De, &e.msg_id))
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
        other => other.to_string().into(),
    }
}

fn read_password(from_stdin: bool) -> Result<String, BoxError> {
    if from_stdin {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        return Ok(s.trim_end_matches(['\r', '\n']).to_string());
    }
    let first = rpassword::prompt_password("Passwort: ")?;
    let second = rpassword::prompt_password("Passwort wiederholen: ")?;
    if first != second {
        return Err(tr(Lang::De, "error-password-mismatch").into());
    }
    Ok(first)
}

fn init_tracing(format: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_sessions=warn".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
