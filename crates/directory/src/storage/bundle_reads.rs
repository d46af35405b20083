//! The whole-directory reads of the bundle export (`store::BundleReads`).

use async_trait::async_trait;
use hansa_core::db::{SqlStore, db_error, on_pool};
use hansa_core::error::DomainResult;
use sqlx::AssertSqlSafe;

use super::rows::{PERSON_COLUMNS, PersonRow, localized};
use crate::model::Person;
use crate::store::{BundleReads, StoredPosition};

#[async_trait]
impl BundleReads for SqlStore {
    async fn all_people(&self) -> DomainResult<Vec<Person>> {
        // By id only to read in a fixed order; the export sorts by slug itself, byte-wise,
        // because the backends' collations would not agree.
        let sql = format!("SELECT {PERSON_COLUMNS} FROM people ORDER BY id");
        let rows: Vec<PersonRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).fetch_all(p).await).map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn all_positions(&self) -> DomainResult<Vec<StoredPosition>> {
        type Row = (i64, i64, String, Option<String>, Option<String>);
        let rows: Vec<Row> = on_pool!(self, |p| sqlx::query_as(
            "SELECT person_id, organisation_id, title_json, since, until FROM positions ORDER BY person_id, since DESC, id"
        )
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(person_id, organisation_id, title, since, until)| StoredPosition {
                person_id,
                organisation_id,
                title: localized(&title),
                since,
                until,
            })
            .collect())
    }
}
