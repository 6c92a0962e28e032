//! Data access (server only). One code path serves SQLite and PostgreSQL through sqlx's
//! `Any` driver: queries use `$1` placeholders and portable SQL; instants are stored as
//! unix seconds (BIGINT), dates as ISO text, money as integer cents, ids as UUID text.
//! Only the DDL differs per backend (`migrations/sqlite`, `migrations/postgres`).

pub mod account;
pub mod claim;
pub mod confirmation;
pub mod decision;
pub mod document;
pub mod feedback;
pub mod household;
pub mod kommune;
pub mod lernstandort;
pub mod login_attempt;
pub mod question;
pub mod rates;
pub mod report;
pub mod school_request;
pub mod session_store;

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

/// The portal's database handle: a pool plus the backend it talks to.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

impl Db {
    /// Connects to `url` (`sqlite://…` or `postgres://…`). For SQLite the file and its
    /// directory are created on first start; every connection gets WAL mode, foreign keys
    /// and a busy timeout.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(sqlx::Error::Configuration(
                "DATABASE_URL must start with sqlite: or postgres:".into(),
            ));
        };
        if backend == Backend::Sqlite
            && let Some(dir) = sqlite_path(url).and_then(|p| p.parent().map(|d| d.to_path_buf()))
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(&dir).map_err(sqlx::Error::Io)?;
        }
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(5))
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
            .connect_with(options)
            .await?;
        Ok(Db { pool, backend })
    }

    /// Applies all pending migrations of this backend.
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATOR.run(&self.pool).await,
            Backend::Postgres => POSTGRES_MIGRATOR.run(&self.pool).await,
        }
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> bool {
        match self.pool.acquire().await {
            Ok(mut conn) => conn.ping().await.is_ok(),
            Err(_) => false,
        }
    }

    /// Begins a transaction that writes. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so concurrent writers queue on the busy timeout instead of
    /// failing when a read inside the transaction turns into a write.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
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

/// A new unguessable id (UUID v4) for a row.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
