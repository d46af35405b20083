//! What the site as a whole asks the database: is it there, and how far each area's data
//! has moved on (the page caches' check on every request).

use async_trait::async_trait;

use crate::area::Area;
use crate::error::DomainResult;
use crate::store::SiteStore;

use super::{SqlStore, db_error, on_pool};

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
}
