//! Networks, memberships with their status history, regional offices and governance bodies.

use crate::model::*;
use crate::store::NetworkStore;
use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::{DomainError, DomainResult, FieldError};
use sqlx::AssertSqlSafe;

use super::rows::{MembershipRow, localized};
use hansa_core::db::{SqlStore, db_error, json_text, now, on_pool, write_audit};

const MEMBERSHIP_COLUMNS: &str = "id, network_id, organisation_id, type_code, status, since, until";

async fn memberships_where(store: &SqlStore, column: &str, id: i64) -> DomainResult<Vec<Membership>> {
    let sql = format!("SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE {column} = $1 ORDER BY id");
    let rows: Vec<MembershipRow> =
        on_pool!(store, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(id).fetch_all(p).await).map_err(db_error)?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// A network's columns and, joined beside them, one of its membership types (none when it has
/// no types): one statement reads networks and their types together.
pub(super) type JoinedRow = (i64, String, String, Option<i64>, String, Option<String>, Option<String>);

const JOINED: &str = "SELECT n.id, n.slug, n.name_json, n.organisation_id, n.public_statuses, t.code, t.name_json \
     FROM networks n LEFT JOIN membership_types t ON t.network_id = n.id";

/// Every network with its types, in order.
pub(super) const NETWORKS_SQL: &str = "SELECT n.id, n.slug, n.name_json, n.organisation_id, n.public_statuses, t.code, t.name_json \
     FROM networks n LEFT JOIN membership_types t ON t.network_id = n.id ORDER BY n.id, t.position";

/// The memberships of `n` organisations (`$1…$n`), by network.
pub(super) fn memberships_of_sql(n: usize) -> String {
    format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE organisation_id IN ({}) ORDER BY network_id",
        hansa_core::db::placeholders(1, n)
    )
}

/// Folds joined rows (ordered by network) into networks with their types in order.
pub(super) fn networks_of(rows: Vec<JoinedRow>) -> Vec<Network> {
    let mut out: Vec<Network> = Vec::new();
    for (id, slug, name, organisation_id, public_statuses, code, type_name) in rows {
        if out.last().is_none_or(|n| n.id != id) {
            out.push(Network {
                id,
                slug,
                name: localized(&name),
                organisation_id,
                membership_types: Vec::new(),
                public_statuses: statuses_parse(&public_statuses),
            });
        }
        if let (Some(code), Some(type_name), Some(n)) = (code, type_name, out.last_mut()) {
            n.membership_types.push(MembershipType { code, name: localized(&type_name) });
        }
    }
    out
}

#[async_trait]
impl NetworkStore for SqlStore {
    async fn networks(&self) -> DomainResult<Vec<Network>> {
        let rows: Vec<JoinedRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(NETWORKS_SQL)).fetch_all(p).await).map_err(db_error)?;
        Ok(networks_of(rows))
    }

    async fn network(&self, slug: &str) -> DomainResult<Option<Network>> {
        let sql = format!("{JOINED} WHERE n.slug = $1 ORDER BY t.position");
        let rows: Vec<JoinedRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(slug).fetch_all(p).await).map_err(db_error)?;
        Ok(networks_of(rows).into_iter().next())
    }

    async fn set_public_statuses(&self, id: i64, statuses: &[MembershipStatus], audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            sqlx::query("UPDATE networks SET public_statuses = $1 WHERE id = $2")
                .bind(statuses_text(statuses))
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn create_network(
        &self,
        input: &NetworkInput,
        organisation_id: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<Network> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO networks (slug, name_json, organisation_id, public_statuses) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(&input.slug)
            .bind(json_text(&input.name))
            .bind(organisation_id)
            .bind(statuses_text(input.public_statuses.as_deref().unwrap_or(&[MembershipStatus::Active])))
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            for (i, t) in input.membership_types.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO membership_types (network_id, code, name_json, position) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(&t.code)
                .bind(json_text(&t.name))
                .bind(i as i64)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.network(&input.slug).await?.ok_or(DomainError::NotFound)
    }

    async fn create_membership(
        &self,
        network_id: i64,
        organisation_id: i64,
        input: &MembershipInput,
        audit: AuditNote,
    ) -> DomainResult<Membership> {
        let id: i64 = on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO memberships (network_id, organisation_id, type_code, status, since, until) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(network_id)
            .bind(organisation_id)
            .bind(&input.type_code)
            .bind(input.status().code())
            .bind(&input.since)
            .bind(&input.until)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            for step in &input.history {
                sqlx::query("INSERT INTO membership_status_changes (membership_id, date, status, note, created_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(id)
                    .bind(&step.date)
                    .bind(step.status.code())
                    .bind(&step.note)
                    .bind(now())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            id
        });
        self.membership(id).await?.ok_or(DomainError::NotFound)
    }

    async fn membership(&self, id: i64) -> DomainResult<Option<Membership>> {
        Ok(memberships_where(self, "id", id).await?.into_iter().next())
    }

    async fn change_membership_status(
        &self,
        id: i64,
        from: MembershipStatus,
        change: &StatusChange,
        audit: AuditNote,
    ) -> DomainResult<Membership> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            // The rule's check and the write are one statement: the move happens only if the
            // membership is still in the status the rule was checked against. Of two racing
            // changes, the second finds zero rows (PostgreSQL re-reads the row after the
            // first commits; SQLite serialises writers) and is refused, writing nothing.
            // Leaving the network ends the membership; coming back opens it again.
            let ends = matches!(change.status, MembershipStatus::Withdrawn);
            let moved = sqlx::query(
                "UPDATE memberships SET status = $1, until = CASE WHEN $2 THEN $3 ELSE NULL END WHERE id = $4 AND status = $5",
            )
            .bind(change.status.code())
            .bind(ends)
            .bind(&change.date)
            .bind(id)
            .bind(from.code())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            if moved.rows_affected() == 0 {
                return Err(DomainError::Conflict(FieldError::with("status", "err-changed-meanwhile", from.code())));
            }
            sqlx::query("INSERT INTO membership_status_changes (membership_id, date, status, note, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(id)
                .bind(&change.date)
                .bind(change.status.code())
                .bind(&change.note)
                .bind(now())
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.membership(id).await?.ok_or(DomainError::NotFound)
    }

    async fn memberships_of_organisation(&self, organisation_id: i64) -> DomainResult<Vec<Membership>> {
        memberships_where(self, "organisation_id", organisation_id).await
    }

    async fn memberships_of_network(&self, network_id: i64) -> DomainResult<Vec<Membership>> {
        memberships_where(self, "network_id", network_id).await
    }

    async fn memberships_of_organisations(&self, organisation_ids: &[i64]) -> DomainResult<Vec<Membership>> {
        if organisation_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = memberships_of_sql(organisation_ids.len());
        let rows: Vec<MembershipRow> =
            on_pool!(self, |p| hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), organisation_ids)
                .fetch_all(p)
                .await)
            .map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn membership_histories(&self, ids: &[i64]) -> DomainResult<Vec<(i64, StatusChange)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT membership_id, date, status, note FROM membership_status_changes WHERE membership_id IN ({})
             ORDER BY membership_id, date, id",
            hansa_core::db::placeholders(1, ids.len())
        );
        let rows: Vec<(i64, String, String, Option<String>)> =
            on_pool!(self, |p| hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), ids).fetch_all(p).await)
                .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(id, date, status, note)| {
                let status = MembershipStatus::parse(&status).unwrap_or(MembershipStatus::Prospect);
                (id, StatusChange { date, status, note })
            })
            .collect())
    }

    async fn membership_history(&self, id: i64) -> DomainResult<Vec<StatusChange>> {
        let rows: Vec<(String, String, Option<String>)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT date, status, note FROM membership_status_changes WHERE membership_id = $1 ORDER BY date, id"
        )
        .bind(id)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(date, status, note)| StatusChange {
                date,
                status: MembershipStatus::parse(&status).unwrap_or(MembershipStatus::Prospect),
                note,
            })
            .collect())
    }
}
