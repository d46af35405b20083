//! What the site as a whole asks the database: is it there, and how far each area's data
//! has moved on (the page caches' check on every request).

use async_trait::async_trait;

use crate::area::Area;
use crate::error::DomainResult;
use crate::progress::{JobProgress, KEEP_SECONDS};
use crate::store::SiteStore;

use super::{Pool, SqlStore, db_error, now, on_pool};

#[async_trait]
impl SiteStore for SqlStore {
    async fn ping(&self) -> DomainResult<()> {
        on_pool!(self, |p| sqlx::query("SELECT 1").execute(p).await.map(|_| ()).map_err(db_error))
    }

    async fn area_versions(&self, areas: &[Area]) -> DomainResult<Vec<i64>> {
        if areas.is_empty() {
            return Ok(Vec::new());
        }
        // The table holds 16 shards per area and a handful of areas: summing all of it is
        // as cheap as filtering, and one fixed statement is prepared once per connection.
        let sums: Vec<(String, i64)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT area, CAST(SUM(version) AS BIGINT) FROM area_versions GROUP BY area"
        )
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        // An area nobody has changed yet has no rows: version 0.
        Ok(areas.iter().map(|a| sums.iter().find(|(code, _)| code == a.code()).map_or(0, |(_, v)| *v)).collect())
    }

    async fn set_progress(&self, key: &str, progress: &JobProgress) -> DomainResult<()> {
        let at = now();
        match self.pool() {
            Pool::Sqlite(_) => {
                self.board.set(key, progress.clone(), at);
                Ok(())
            }
            Pool::Postgres(p) => {
                sqlx::query("DELETE FROM job_progress WHERE updated_at < $1")
                    .bind(at - KEEP_SECONDS)
                    .execute(p)
                    .await
                    .map_err(db_error)?;
                sqlx::query(
                    "INSERT INTO job_progress (key, phase, done, total, updated_at) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (key) DO UPDATE SET phase = $2, done = $3, total = $4, updated_at = $5",
                )
                .bind(key)
                .bind(&progress.phase)
                .bind(progress.done)
                .bind(progress.total)
                .bind(at)
                .execute(p)
                .await
                .map_err(db_error)?;
                Ok(())
            }
        }
    }

    async fn progress(&self, key: &str) -> DomainResult<Option<JobProgress>> {
        match self.pool() {
            Pool::Sqlite(_) => Ok(self.board.get(key)),
            Pool::Postgres(p) => {
                sqlx::query_as("SELECT phase, done, total FROM job_progress WHERE key = $1 AND updated_at >= $2")
                    .bind(key)
                    .bind(now() - KEEP_SECONDS)
                    .fetch_optional(p)
                    .await
                    .map_err(db_error)
            }
        }
    }
}
