//! Test helpers: a fresh, migrated database per test on SQLite or PostgreSQL, dropped after;
//! a small SMTP server that records what it is sent (`smtp`).
//!
//! PostgreSQL tests connect to `HANSA_TEST_PG` (default `postgres://postgres@127.0.0.1:5432/test`)
//! and create a uniquely named database. When PostgreSQL is unreachable they fail under CI
//! (`CI` set to anything but `false`/`0`), and elsewhere print a loud notice and skip.
//!
//! A skipped test still shows as passed in the runner, so every test that really ran on a
//! backend prints a marker line (see [`MARKER`]); `scripts/test.sh` counts those per backend
//! rather than trusting test names.

pub mod smtp;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures::FutureExt;
use hansa_core::db::SqlStore;
use sqlx::{Connection, Executor, PgConnection};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Printed to stdout, followed by the backend and the test's path, once a test has a real
/// database of that backend — and only then.
pub const MARKER: &str = "hansa-backend-ran:";

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Whether we run under CI, where a missing PostgreSQL must fail the run instead of skipping.
/// Not only `CI=true`: some CI systems set `CI=1`, and a silent pass there is the failure
/// this guards against.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim().to_ascii_lowercase().as_str(), "" | "false" | "0" | "no"))
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
                    Err(e) if in_ci() => {
                        panic!("CI is set but PostgreSQL is unreachable at {}: {e}", pg_admin_url())
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

    pub fn dyn_store(&self) -> Arc<SqlStore> {
        self.store.clone()
    }

    fn handle(&self) -> TestDbRef {
        TestDbRef { store: self.dyn_store(), url: self.url.clone() }
    }

    /// Closes the pool and removes the database.
    pub async fn drop_db(self) {
        match self.store.pool() {
            hansa_core::db::Pool::Sqlite(p) => p.close().await,
            hansa_core::db::Pool::Postgres(p) => p.close().await,
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

/// Runs `test` (named `name` in the marker line) against a fresh database of `backend`,
/// dropping it afterwards even when the test panics (the panic is then passed on).
pub async fn with_store<F, Fut>(backend: Backend, name: &str, test: F)
where
    F: FnOnce(TestDbRef) -> Fut,
    Fut: Future<Output = ()>,
{
    let Some(db) = create_checked(backend).await else { return };
    println!("{MARKER} {} {name}", backend.name());
    let outcome = AssertUnwindSafe(test(db.handle())).catch_unwind().await;
    db.drop_db().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// Like [`with_store`] with two fresh databases, of `first` and `second` backend (the same
/// or not): for what goes from one database to another, such as a bundle's round trip.
/// Both are created before either marker is printed, so a skipped PostgreSQL leaves no
/// marker for the SQLite half; a trip between the backends then counts for both.
pub async fn with_two_stores<F, Fut>(first: Backend, second: Backend, name: &str, test: F)
where
    F: FnOnce(TestDbRef, TestDbRef) -> Fut,
    Fut: Future<Output = ()>,
{
    let Some(a) = create_checked(first).await else { return };
    let Some(b) = create_checked(second).await else {
        a.drop_db().await;
        return;
    };
    println!("{MARKER} {} {name}", first.name());
    if second != first {
        println!("{MARKER} {} {name}", second.name());
    }
    let outcome = AssertUnwindSafe(test(a.handle(), b.handle())).catch_unwind().await;
    a.drop_db().await;
    b.drop_db().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// A fresh database that is really of `backend`, or `None` for a local, announced skip.
async fn create_checked(backend: Backend) -> Option<TestDb> {
    let Some(db) = TestDb::create(backend).await else {
        // `create` panics under CI, so reaching this is a local, announced skip.
        assert!(!in_ci(), "a store test was about to be skipped under CI");
        return None;
    };
    // Checked rather than assumed: the marker is what the suite's summary counts.
    let real = matches!(
        (backend, db.store.pool()),
        (Backend::Sqlite, hansa_core::db::Pool::Sqlite(_)) | (Backend::Postgres, hansa_core::db::Pool::Postgres(_))
    );
    assert!(real, "asked for {} but got another backend", backend.name());
    Some(db)
}

/// What a test body gets: the store and the URL of its database.
#[derive(Clone)]
pub struct TestDbRef {
    /// The store: it implements every feature's storage traits.
    pub store: Arc<SqlStore>,
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
                $crate::with_store($crate::Backend::Sqlite, module_path!(), $body).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::with_store($crate::Backend::Postgres, module_path!(), $body).await;
            }
        }
    };
}
