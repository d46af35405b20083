//! Test helpers: a fresh, migrated database per test on SQLite or PostgreSQL, dropped after.
//!
//! PostgreSQL tests connect to `HANSA_TEST_PG` (default `postgres://postgres@127.0.0.1:5432/test`)
//! and create a uniquely named database. When PostgreSQL is unreachable they fail under
//! `CI=true`, and elsewhere print a loud notice and skip.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures::FutureExt;
use hansa_domain::Store;
use hansa_store::SqlStore;
use sqlx::{Connection, Executor, PgConnection};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The server that per-test PostgreSQL databases are created on.
pub fn pg_admin_url() -> String {
    std::env::var("HANSA_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

fn pg_url_for(db: &str) -> String {
    let admin = pg_admin_url();
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    format!("{base}/{db}")
}

/// A database made for one test; `url` opens it again (e.g. for a second app server).
pub struct TestDb {
    pub store: Arc<SqlStore>,
    pub url: String,
    backend: Backend,
    name: String,
}

impl TestDb {
    /// Creates and migrates a fresh database, or `None` when PostgreSQL is unreachable
    /// outside CI (after saying so loudly).
    pub async fn create(backend: Backend) -> Option<TestDb> {
        let name = format!("hansa_t_{}", uuid::Uuid::new_v4().simple());
        let url = match backend {
            Backend::Sqlite => format!("sqlite://{}", std::env::temp_dir().join(format!("{name}.db")).display()),
            Backend::Postgres => {
                let mut admin = match PgConnection::connect(&pg_admin_url()).await {
                    Ok(c) => c,
                    Err(e) if std::env::var("CI").as_deref() == Ok("true") => {
                        panic!("CI=true but PostgreSQL is unreachable at {}: {e}", pg_admin_url())
                    }
                    Err(e) => {
                        eprintln!(
                            "\n!!!!! SKIPPED: PostgreSQL unreachable at {} ({e}); PostgreSQL store tests did NOT run !!!!!\n",
                            pg_admin_url()
                        );
                        return None;
                    }
                };
                admin
                    .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .await
                    .expect("create test database");
                pg_url_for(&name)
            }
        };
        let store = SqlStore::connect(&url).await.expect("open test database");
        Some(TestDb { store: Arc::new(store), url, backend, name })
    }

    pub fn dyn_store(&self) -> Arc<dyn Store> {
        self.store.clone()
    }

    /// Closes the pool and removes the database.
    pub async fn drop_db(self) {
        match self.store.pool() {
            hansa_store::Pool::Sqlite(p) => p.close().await,
            hansa_store::Pool::Postgres(p) => p.close().await,
        }
        match self.backend {
            Backend::Sqlite => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(std::env::temp_dir().join(format!("{}.db{suffix}", self.name)));
                }
            }
            Backend::Postgres => {
                if let Ok(mut admin) = PgConnection::connect(&pg_admin_url()).await {
                    let _ = admin
                        .execute(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name)))
                        .await;
                }
            }
        }
    }
}

/// Runs `test` against a fresh database of `backend`, dropping it afterwards even when the
/// test panics (the panic is then passed on).
pub async fn with_store<F, Fut>(backend: Backend, test: F)
where
    F: FnOnce(TestDbRef) -> Fut,
    Fut: Future<Output = ()>,
{
    let Some(db) = TestDb::create(backend).await else { return };
    let handle = TestDbRef { store: db.dyn_store(), url: db.url.clone() };
    let outcome = AssertUnwindSafe(test(handle)).catch_unwind().await;
    db.drop_db().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// What a test body gets: the store and the URL of its database.
#[derive(Clone)]
pub struct TestDbRef {
    pub store: Arc<dyn Store>,
    pub url: String,
}

/// Declares a test that runs once on SQLite and once on PostgreSQL:
/// `store_test!(name, |db| async move { ... })` makes `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! store_test {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::with_store($crate::Backend::Sqlite, $body).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::with_store($crate::Backend::Postgres, $body).await;
            }
        }
    };
}
