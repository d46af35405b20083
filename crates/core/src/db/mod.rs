//! Hansa's `Store` on SQLite (the embedded default) and PostgreSQL (for several app servers).
//!
//! The SQL is written once where the dialects agree (both accept `$1` parameters, `RETURNING`,
//! `ON CONFLICT`) and run on whichever pool the URL chose: `on_pool!` expands a body for each
//! backend, so each is type-checked against its own driver. Migrations are per backend.

mod accounts;
mod outbox;
mod rows;
mod site;
mod tokens;

use std::str::FromStr;
use std::time::Duration;

use crate::error::DomainError;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

/// The database behind a `SqlStore`.
#[derive(Clone)]
pub enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

#[derive(Clone)]
pub struct SqlStore {
    pool: Pool,
    /// Job progress on SQLite (see `progress`); PostgreSQL keeps it in a table.
    board: crate::progress::Board,
}

/// Runs `$body` with `$pool` bound to the concrete pool of either backend.
#[macro_export]
macro_rules! on_pool {
    ($self:expr, |$pool:ident| $body:expr) => {
        match $self.pool() {
            $crate::db::Pool::Sqlite($pool) => $body,
            $crate::db::Pool::Postgres($pool) => $body,
        }
    };
}
pub use on_pool;

/// How a write transaction begins on each backend. SQLite takes its write lock at `BEGIN
/// IMMEDIATE`, so racing writers queue on the busy timeout instead of failing with "database
/// is locked" when a transaction that began by reading tries to write; PostgreSQL locks rows
/// as it goes.
pub trait WriteBegin {
    const BEGIN: &'static str;
}
impl WriteBegin for SqlitePool {
    const BEGIN: &'static str = "BEGIN IMMEDIATE";
}
impl WriteBegin for PgPool {
    const BEGIN: &'static str = "BEGIN";
}
pub fn write_begin<P: WriteBegin>(_: &P) -> &'static str {
    P::BEGIN
}

/// Writes an audit note inside the transaction `$tx` of the change it describes, and bumps
/// the data version of the note's area (one shard of it) that page caches check. Each store
/// method writes one note, so a transaction locks at most one version row.
#[macro_export]
macro_rules! write_audit {
    ($tx:expr, $note:expr) => {{
        let note = $note;
        sqlx::query("INSERT INTO audit_log (at, actor_id, action, entity, changes_json, token_name) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind($crate::db::now())
            .bind(note.actor_id)
            .bind(note.action)
            .bind(note.entity)
            .bind(note.changes.to_string())
            .bind(note.token)
            .execute(&mut *$tx)
            .await
            .map_err($crate::db::db_error)?;
        // Last, so the version row stays locked only until the commit right after.
        if let Some(area) = note.area {
            sqlx::query(
                "INSERT INTO area_versions (area, shard, version) VALUES ($1, $2, 1) \
                 ON CONFLICT (area, shard) DO UPDATE SET version = area_versions.version + 1",
            )
            .bind(area.code())
            .bind($crate::db::version_shard())
            .execute(&mut *$tx)
            .await
            .map_err($crate::db::db_error)?;
        }
    }};
}
pub use write_audit;

/// Which backend a URL names, or a clear refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Result<Backend, String> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            let scheme = url.split(':').next().unwrap_or("");
            Err(format!(
                "unsupported database URL scheme {scheme:?}: use sqlite://path/to/hansa.db or postgres://user@host/db"
            ))
        }
    }
}

impl SqlStore {
    /// Opens the database named by `url` and brings its schema up to date.
    pub async fn connect(url: &str) -> Result<SqlStore, DomainError> {
        let pool = match Backend::of_url(url).map_err(DomainError::Storage)? {
            Backend::Sqlite => {
                let opts = SqliteConnectOptions::from_str(url)
                    .map_err(db_error)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10));
                // A file does not drop connections: no ping before each use (a round trip through
                // the connection's thread, as costly as a small query).
                Pool::Sqlite(
                    SqlitePoolOptions::new()
                        .max_connections(8)
                        .test_before_acquire(false)
                        .connect_with(opts)
                        .await
                        .map_err(db_error)?,
                )
            }
            Backend::Postgres => Pool::Postgres(
                PgPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await
                    .map_err(db_error)?,
            ),
        };
        let store = SqlStore { pool, board: Default::default() };
        store.migrate().await?;
        Ok(store)
    }

    /// Applies pending migrations of this backend (idempotent; safe from several processes,
    /// sqlx takes an advisory lock on PostgreSQL).
    pub async fn migrate(&self) -> Result<(), DomainError> {
        match &self.pool {
            Pool::Sqlite(p) => sqlx::migrate!("migrations/sqlite").run(p).await,
            Pool::Postgres(p) => sqlx::migrate!("migrations/postgres").run(p).await,
        }
        .map_err(|e| DomainError::Storage(e.to_string()))
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    /// Table and column names in schema order, to check both backends end at the same schema.
    pub async fn schema(&self) -> Result<Vec<(String, String)>, DomainError> {
        let rows: Vec<(String, String)> = match &self.pool {
            Pool::Sqlite(p) => sqlx::query_as(
                "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' ORDER BY m.name, c.cid",
            )
            .fetch_all(p)
            .await,
            Pool::Postgres(p) => sqlx::query_as(
                "SELECT table_name::text, column_name::text FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%' ORDER BY table_name, ordinal_position",
            )
            .fetch_all(p)
            .await,
        }
        .map_err(db_error)?;
        Ok(rows)
    }
}

/// Shards per area in `area_versions`. Migration 0006 says why they exist and why their sum
/// is a safe version.
pub const VERSION_SHARDS: u64 = 16;

/// The shard one write transaction bumps: random, so concurrent writers — in this process or
/// on another app server — rarely wait on the same row.
pub fn version_shard() -> i64 {
    use std::hash::BuildHasher;
    // Every `RandomState` gets fresh keys, so hashing anything with it is a random number.
    (std::collections::hash_map::RandomState::new().hash_one(0u8) % VERSION_SHARDS) as i64
}

pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// Maps a driver error to the domain: a unique violation names the clashing value's column.
pub fn db_error(e: sqlx::Error) -> DomainError {
    if let Some(db) = e.as_database_error() {
        if db.is_unique_violation() {
            let field = if db.message().contains("email") { "email" } else { "slug" };
            return DomainError::Conflict(crate::error::FieldError::new(field, "err-taken"));
        }
        // Text PostgreSQL cannot store (a NUL character): the caller's input, not our failure.
        if db.code().as_deref() == Some("22021") {
            return DomainError::invalid("input", "err-control-chars");
        }
        if db.is_foreign_key_violation() {
            return DomainError::invalid("reference", "err-unknown");
        }
    }
    tracing::error!(error = %e, "database error");
    DomainError::Storage(e.to_string())
}

/// Binds each id in order to a query (the `$1…$n` of [`placeholders`]):
/// `bind_ids!(sqlx::query_as(sql), &ids).fetch_all(p)`. A macro, because the query's type
/// differs per backend inside `on_pool!`.
#[macro_export]
macro_rules! bind_ids {
    ($query:expr, $ids:expr) => {{
        let mut q = $query;
        for id in $ids {
            q = q.bind(*id);
        }
        q
    }};
}
pub use bind_ids;

/// `$from, $from+1, …` for `n` values bound one by one (an `IN (…)` list on both backends;
/// the text depends only on how many, so statements are prepared once per page size).
pub fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

pub fn json_text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "{}".into())
}
