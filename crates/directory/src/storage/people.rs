//! People and the positions they hold.

use crate::model::{Page, Person};
use crate::store::{NewPerson, PeopleStore, StoredPosition};
use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::{DomainError, DomainResult};
use sqlx::AssertSqlSafe;

use super::rows::{PERSON_COLUMNS, PersonRow, localized};
use hansa_core::db::{SqlStore, db_error, json_text, on_pool, write_audit};

/// People matching `clause`, whose placeholders `$1…` take `ids` in order.
async fn people_where(store: &SqlStore, clause: &str, ids: &[i64]) -> DomainResult<Vec<Person>> {
    let sql = format!("SELECT {PERSON_COLUMNS} FROM people WHERE {clause} ORDER BY family_name, given_name");
    let rows: Vec<PersonRow> =
        on_pool!(store, |p| hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), ids).fetch_all(p).await)
            .map_err(db_error)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

async fn positions_where(store: &SqlStore, column: &str, id: i64) -> DomainResult<Vec<StoredPosition>> {
    let sql = format!(
        "SELECT person_id, organisation_id, title_json, since, until FROM positions WHERE {column} = $1 ORDER BY since DESC, id"
    );
    type Row = (i64, i64, String, Option<String>, Option<String>);
    let rows: Vec<Row> =
        on_pool!(store, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(id).fetch_all(p).await).map_err(db_error)?;
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

#[async_trait]
impl PeopleStore for SqlStore {
    async fn create_person(&self, n: &NewPerson, audit: AuditNote) -> DomainResult<Person> {
        let p_in = &n.input;
        let slug = p_in.slug.clone().unwrap_or_default();
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO people (slug, given_name, family_name, name_order, native_name, honorific, email, phone, focal_point_for)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            )
            .bind(&slug)
            .bind(&p_in.given_name)
            .bind(&p_in.family_name)
            .bind(p_in.name_order.code())
            .bind(&p_in.native_name)
            .bind(&p_in.honorific)
            .bind(&p_in.email)
            .bind(&p_in.phone)
            .bind(n.focal_point_for)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            for pos in &n.positions {
                sqlx::query("INSERT INTO positions (person_id, organisation_id, title_json, since, until) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id)
                    .bind(pos.organisation_id)
                    .bind(json_text(&pos.title))
                    .bind(&pos.since)
                    .bind(&pos.until)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.person(&slug).await?.ok_or(DomainError::NotFound)
    }

    async fn person(&self, slug: &str) -> DomainResult<Option<Person>> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM people WHERE slug = $1");
        let row: Option<PersonRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(slug).fetch_optional(p).await)
                .map_err(db_error)?;
        Ok(row.map(Into::into))
    }

    async fn people_by_ids(&self, ids: &[i64]) -> DomainResult<Vec<Person>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        people_where(self, &format!("id IN ({})", hansa_core::db::placeholders(1, ids.len())), ids).await
    }

    async fn people(&self, limit: i64, offset: i64) -> DomainResult<Page<Person>> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM people ORDER BY family_name, given_name LIMIT $1 OFFSET $2");
        let (rows, total): (Vec<PersonRow>, i64) = on_pool!(self, |p| (
            sqlx::query_as(AssertSqlSafe(sql))
                .bind(limit.clamp(1, 500))
                .bind(offset.max(0))
                .fetch_all(p)
                .await
                .map_err(db_error)?,
            sqlx::query_scalar("SELECT COUNT(*) FROM people").fetch_one(p).await.map_err(db_error)?
        ));
        Ok(Page { items: rows.into_iter().map(Into::into).collect(), total })
    }

    async fn positions_at(&self, organisation_id: i64) -> DomainResult<Vec<StoredPosition>> {
        positions_where(self, "organisation_id", organisation_id).await
    }

    async fn positions_of(&self, person_id: i64) -> DomainResult<Vec<StoredPosition>> {
        positions_where(self, "person_id", person_id).await
    }

    async fn focal_points(&self, organisation_id: i64) -> DomainResult<Vec<Person>> {
        people_where(self, "focal_point_for = $1", &[organisation_id]).await
    }

    async fn update_person(&self, id: i64, n: &NewPerson, audit: AuditNote) -> DomainResult<Person> {
        let p_in = &n.input;
        let slug = p_in.slug.clone().unwrap_or_default();
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            sqlx::query(
                "UPDATE people SET slug = $1, given_name = $2, family_name = $3, name_order = $4, native_name = $5, honorific = $6,
                 email = $7, phone = $8, focal_point_for = $9 WHERE id = $10",
            )
            .bind(&slug)
            .bind(&p_in.given_name)
            .bind(&p_in.family_name)
            .bind(p_in.name_order.code())
            .bind(&p_in.native_name)
            .bind(&p_in.honorific)
            .bind(&p_in.email)
            .bind(&p_in.phone)
            .bind(n.focal_point_for)
            .bind(id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.person(&slug).await?.ok_or(DomainError::NotFound)
    }

    async fn add_position(&self, pos: &StoredPosition, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            sqlx::query("INSERT INTO positions (person_id, organisation_id, title_json, since, until) VALUES ($1, $2, $3, $4, $5)")
                .bind(pos.person_id)
                .bind(pos.organisation_id)
                .bind(json_text(&pos.title))
                .bind(&pos.since)
                .bind(&pos.until)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn erase_person(&self, id: i64, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            // Earlier audit entries name the person by slug: keep the entries, drop the name.
            let slug: Option<String> = sqlx::query_scalar("SELECT slug FROM people WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
            if let Some(slug) = slug {
                sqlx::query("UPDATE audit_log SET entity = $1 WHERE entity = $2")
                    .bind(format!("person:#{id}"))
                    .bind(format!("person:{slug}"))
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            for sql in [
                "DELETE FROM seats WHERE person_id = $1",
                "DELETE FROM positions WHERE person_id = $1",
                "DELETE FROM people WHERE id = $1",
            ] {
                sqlx::query(sql).bind(id).execute(&mut *tx).await.map_err(db_error)?;
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }
}
