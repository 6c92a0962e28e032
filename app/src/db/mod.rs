//! Data access (server only). One code path serves SQLite and PostgreSQL through sqlx's
//! `Any` driver: queries use `$1` placeholders and portable SQL; instants are stored as
//! unix seconds (BIGINT), dates as ISO text, money as integer cents, ids as UUID text.
//! Only the DDL differs per backend (`migrations/sqlite`, `migrations/postgres`).

pub mod account;
pub mod claim;
pub mod confirmation;
pub mod consent;
pub mod decision;
pub mod document;
pub mod feedback;
pub mod hearing;
pub mod household;
pub mod intake;
pub mod kommune;
pub mod lernstandort;
pub mod login_throttle;
pub mod objection;
pub mod outbox;
pub mod password_reset;
pub mod question;
pub mod rates;
pub mod report;
pub mod school_calendar;
pub mod school_code;
pub mod school_request;
pub mod session_store;
pub mod site_operator;
pub mod verification;

use sqlx::{
    AnyPool, Connection,
    any::{AnyConnectOptions, AnyPoolOptions},
};
use std::{str::FromStr, time::Duration};

/// Which database engine sits behind the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The portal's database handle: a pool for reading, the way to write, and the backend.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    /// Where writes go. SQLite lets one writer in at a time: its own one-connection pool
    /// makes writers wait their turn here, in order, instead of holding read connections
    /// while SQLite's busy handler sleeps. On PostgreSQL it is the same pool as reads.
    writer: AnyPool,
    backend: Backend,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// How long a request waits for a connection before it is told to try again (503).
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a write waits for its turn on SQLite (writers queue one after another).
const WRITE_TURN_TIMEOUT: Duration = Duration::from_secs(10);
/// How long `/readyz` waits for the database.
const PING_TIMEOUT: Duration = Duration::from_secs(1);

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) with at most `max_connections`
    /// (reading) connections. For SQLite the file and its directory are created on first
    /// start; every connection gets WAL mode, foreign keys and a busy timeout.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(url)?;
        if backend == Backend::Sqlite
            && let Some(dir) = sqlite_path(url).and_then(|p| p.parent().map(|d| d.to_path_buf()))
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(&dir).map_err(sqlx::Error::Io)?;
        }
        let options = AnyConnectOptions::from_str(url)?;
        let pool = pool_options(backend, max_connections, ACQUIRE_TIMEOUT)
            .connect_with(options.clone())
            .await?;
        let writer = match backend {
            Backend::Sqlite => {
                pool_options(backend, 1, WRITE_TURN_TIMEOUT)
                    .connect_with(options)
                    .await?
            }
            Backend::Postgres => pool.clone(),
        };
        Ok(Db {
            pool,
            writer,
            backend,
        })
    }

    /// Connects as [`Db::connect`] with `max_connections`, or the backend's default.
    pub async fn connect_default(
        url: &str,
        max_connections: Option<u32>,
    ) -> Result<Db, sqlx::Error> {
        let max = max_connections.unwrap_or(Backend::of(url)?.default_max_connections());
        Db::connect(url, max).await
    }

    /// Applies all pending migrations of this backend.
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATOR.run(&self.writer).await,
            Backend::Postgres => POSTGRES_MIGRATOR.run(&self.writer).await,
        }
    }

    /// Whether the database answers within a second (for `/readyz`).
    pub async fn ping(&self) -> bool {
        let ping = async {
            let mut conn = self.pool.acquire().await?;
            conn.ping().await
        };
        matches!(tokio::time::timeout(PING_TIMEOUT, ping).await, Ok(Ok(())))
    }

    /// Begins a transaction that writes. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so a read inside the transaction never has to be upgraded.
    ///
    /// If the caller goes away at any moment (a dropped request), the connection is
    /// rolled back, or closed if it cannot be, before anyone else gets it (see
    /// [`pool_options`]); requests that write run to completion on a task of their own
    /// anyway (the server's `run_to_completion` middleware).
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.writer.begin().await,
        }
    }

    /// The pool for reading.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// The pool for single statements that write (no transaction needed).
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.writer.close().await;
        self.pool.close().await;
    }
}

impl Backend {
    fn of(url: &str) -> Result<Backend, sqlx::Error> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            Err(sqlx::Error::Configuration(
                "DATABASE_URL must start with sqlite: or postgres:".into(),
            ))
        }
    }

    /// The number of reading connections when `DB_MAX_CONNECTIONS` is not set. SQLite
    /// reads in parallel (WAL) and its connections are cheap threads; a PostgreSQL server
    /// is shared by every portal process, so each takes fewer.
    pub fn default_max_connections(self) -> u32 {
        match self {
            Backend::Sqlite => 16,
            Backend::Postgres => 10,
        }
    }
}

/// The pool settings of both pools. A connection that comes back still inside a
/// transaction — a request dropped between `BEGIN` and the `Transaction` that would roll
/// it back, or a transaction SQLite ended itself after "database or disk is full" while
/// sqlx still counts it open — is closed instead of being handed to the next request.
fn pool_options(backend: Backend, max: u32, acquire_timeout: Duration) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(max.max(1))
        .acquire_timeout(acquire_timeout)
        .after_connect(move |conn, _meta| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    for pragma in [
                        "PRAGMA journal_mode = WAL",
                        "PRAGMA foreign_keys = ON",
                        "PRAGMA busy_timeout = 5000",
                        "PRAGMA synchronous = NORMAL",
                    ] {
                        sqlx::query(pragma).execute(&mut *conn).await?;
                    }
                }
                Ok(())
            })
        })
        .after_release(|conn, _meta| {
            Box::pin(async move {
                if conn.is_in_transaction() {
                    // A dropped transaction's rollback may still be queued (SQLite runs it
                    // on the connection's worker): let it run, then look again.
                    conn.ping().await?;
                }
                let clean = !conn.is_in_transaction();
                if !clean {
                    tracing::warn!("a connection came back inside a transaction: closed");
                }
                Ok(clean)
            })
        })
}

/// Whether `e` means the database cannot serve right now (unreachable, saturated, locked,
/// full) rather than that the request or the code is wrong: the user is asked to try
/// again later (503) instead of being shown an internal error.
pub fn is_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| unavailable_code(&code)),
        _ => false,
    }
}

/// PostgreSQL SQLSTATEs (always five characters): connection exception (08), insufficient
/// resources (53), operator intervention (57P: shutdown, cannot connect now). SQLite result
/// codes (extended, at most four digits; the primary code is the low byte): busy, locked,
/// I/O error, full, cannot open.
fn unavailable_code(code: &str) -> bool {
    if code.len() == 5 {
        return code.starts_with("08") || code.starts_with("53") || code.starts_with("57P");
    }
    code.parse::<i64>()
        .is_ok_and(|sqlite| matches!(sqlite & 0xff, 5 | 6 | 10 | 13 | 14))
}

/// The file path of a `sqlite://path?…` URL.
fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| path.into())
}

/// Seconds since the unix epoch, the portal's storage format for instants.
pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Today's date (UTC): the date rules, periods and notices are decided on.
pub fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Milliseconds since the unix epoch: the start of a session and the instant before which
/// an account's sessions end are compared to the millisecond, so that a login just before
/// a password change does not survive it by sharing its second.
pub fn now_millis() -> i64 {
    (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

/// A new unguessable id (UUID v4) for a row, as the row's typed id
/// ([`crate::domain::ids`]).
pub fn new_id<T: From<String>>() -> T {
    T::from(uuid::Uuid::new_v4().to_string())
}

/// A statement over `Any` with its arguments (for helpers that bind a row's columns).
/// An update that must change exactly one row; otherwise someone else changed it first
/// (or it was never in the state the update expects): a conflict, shown as `msg_id`.
pub(crate) fn changed_one(
    done: &sqlx::any::AnyQueryResult,
    msg_id: &str,
) -> Result<(), crate::error::AppError> {
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(crate::error::AppError::Conflict(msg_id.into()))
    }
}

pub(crate) type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// `count` numbered placeholders from `$from` on, comma-separated (`$3, $4, $5`): the
/// form both backends accept through the `Any` driver (sqlx's `QueryBuilder` writes `?`,
/// which PostgreSQL rejects).
pub(crate) fn placeholders(from: usize, count: usize) -> String {
    (from..from + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unavailability_is_told_from_other_database_errors() {
        // SQLite: busy, locked, full (primary and extended codes); a constraint is not.
        assert!(unavailable_code("5") && unavailable_code("261") && unavailable_code("13"));
        assert!(!unavailable_code("2067") && !unavailable_code("19"));
        // PostgreSQL: connection failure, too many connections, shutting down; a unique
        // violation is not.
        assert!(
            unavailable_code("08006") && unavailable_code("53300") && unavailable_code("57P01")
        );
        assert!(!unavailable_code("23505"));
        assert!(is_unavailable(&sqlx::Error::PoolTimedOut));
        assert!(!is_unavailable(&sqlx::Error::RowNotFound));
    }

    #[test]
    fn placeholders_are_numbered_from_the_first() {
        assert_eq!(placeholders(3, 3), "$3, $4, $5");
        assert_eq!(placeholders(1, 1), "$1");
        assert_eq!(placeholders(7, 0), "");
    }

    #[test]
    fn sqlite_paths_are_read_from_urls() {
        assert_eq!(
            sqlite_path("sqlite://data/p.db?mode=rwc"),
            Some("data/p.db".into())
        );
        assert_eq!(sqlite_path("sqlite:/tmp/x.db"), Some("/tmp/x.db".into()));
        assert_eq!(sqlite_path("sqlite::memory:"), None);
    }
}
