//! Regional offices and governance bodies: sessions and seats.

use crate::model::*;
use crate::store::{BodyScope, GovernanceStore, SeatScope, StoredBodySession, StoredSeat};
use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::{DomainError, DomainResult};

use super::rows::localized;
use hansa_core::db::{SqlStore, db_error, json_text, on_pool, placeholders, write_audit};
use sqlx::AssertSqlSafe;

/// Inserts session `$s` of body `$body` inside transaction `$tx`; evaluates to the driver's result.
macro_rules! insert_session {
    ($tx:ident, $body:expr, $s:expr) => {
        sqlx::query(
            "INSERT INTO body_sessions (body_id, number, date, host_id, place_json) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind($body)
        .bind($s.number)
        .bind(&$s.date)
        .bind($s.host_id)
        .bind(json_text(&$s.place))
        .execute(&mut *$tx)
        .await
    };
}

/// Inserts seat `$s` of body `$body` inside transaction `$tx`.
macro_rules! insert_seat {
    ($tx:ident, $body:expr, $s:expr) => {
        sqlx::query("INSERT INTO seats (body_id, organisation_id, person_id, role, since, until) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind($body)
            .bind($s.organisation_id)
            .bind($s.person_id)
            .bind($s.role.code())
            .bind(&$s.since)
            .bind(&$s.until)
            .execute(&mut *$tx)
            .await
            .map_err(db_error)?
    };
}

#[async_trait]
impl GovernanceStore for SqlStore {
    async fn create_office(
        &self,
        network_id: i64,
        host_id: i64,
        input: &OfficeInput,
        audit: AuditNote,
    ) -> DomainResult<RegionalOffice> {
        let id: i64 = on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO offices (network_id, host_id, city_json, region_json, since, until) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(network_id)
            .bind(host_id)
            .bind(json_text(&input.city))
            .bind(json_text(&input.region_covered))
            .bind(&input.since)
            .bind(&input.until)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            id
        });
        self.offices(None).await?.into_iter().find(|o| o.id == id).ok_or(DomainError::NotFound)
    }

    async fn offices(&self, host_id: Option<i64>) -> DomainResult<Vec<RegionalOffice>> {
        type Row = (i64, i64, i64, String, String, Option<String>, Option<String>);
        let rows: Vec<Row> = on_pool!(self, |p| sqlx::query_as(
            "SELECT id, network_id, host_id, city_json, region_json, since, until FROM offices WHERE ($1 = 0 OR host_id = $1)
             ORDER BY until IS NOT NULL, since, id"
        )
        .bind(host_id.unwrap_or(0))
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(id, network_id, host_id, city, region, since, until)| RegionalOffice {
                id,
                network_id,
                host_id,
                city: localized(&city),
                region_covered: localized(&region),
                since,
                until,
            })
            .collect())
    }

    async fn create_body(
        &self,
        network_id: i64,
        input: &BodyInput,
        sessions: &[StoredBodySession],
        seats: &[StoredSeat],
        audit: AuditNote,
    ) -> DomainResult<GovernanceBody> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO bodies (network_id, slug, kind, name_json) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(network_id)
            .bind(&input.slug)
            .bind(input.kind.code())
            .bind(json_text(&input.name))
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            for s in sessions {
                insert_session!(tx, id, s).map_err(db_error)?;
            }
            for s in seats {
                insert_seat!(tx, id, s);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.bodies(BodyScope::Slug(&input.slug)).await?.into_iter().next().ok_or(DomainError::NotFound)
    }

    async fn bodies(&self, scope: BodyScope<'_>) -> DomainResult<Vec<GovernanceBody>> {
        let network = [match scope {
            BodyScope::Network(id) => id,
            _ => 0,
        }];
        let (clause, ids, slug): (String, &[i64], Option<&str>) = match scope {
            BodyScope::All => (String::new(), &[], None),
            BodyScope::Network(_) => (" WHERE network_id = $1".into(), &network, None),
            BodyScope::Ids([]) => return Ok(Vec::new()),
            BodyScope::Ids(ids) => (format!(" WHERE id IN ({})", placeholders(1, ids.len())), ids, None),
            BodyScope::Slug(slug) => (" WHERE slug = $1".into(), &[], Some(slug)),
        };
        let sql = format!("SELECT id, network_id, slug, kind, name_json FROM bodies{clause} ORDER BY id");
        let rows: Vec<(i64, i64, String, String, String)> = on_pool!(self, |p| {
            let mut q = hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), ids);
            if let Some(slug) = slug {
                q = q.bind(slug);
            }
            q.fetch_all(p).await
        })
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(id, network_id, slug, kind, name)| GovernanceBody {
                id,
                network_id,
                slug,
                kind: BodyKind::parse(&kind).unwrap_or(BodyKind::WorkingGroup),
                name: localized(&name),
            })
            .collect())
    }

    async fn body_sessions(&self, body_ids: Option<&[i64]>) -> DomainResult<Vec<StoredBodySession>> {
        let ids = body_ids.unwrap_or(&[]);
        if body_ids.is_some() && ids.is_empty() {
            return Ok(Vec::new());
        }
        let clause = match body_ids {
            Some(ids) => format!(" WHERE body_id IN ({})", placeholders(1, ids.len())),
            None => String::new(),
        };
        let sql = format!(
            "SELECT body_id, number, date, host_id, place_json FROM body_sessions{clause} ORDER BY body_id, number"
        );
        let rows: Vec<(i64, i64, String, Option<i64>, String)> =
            on_pool!(self, |p| hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), ids).fetch_all(p).await)
                .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(body_id, number, date, host_id, place)| StoredBodySession {
                body_id,
                number,
                date,
                host_id,
                place: localized(&place),
            })
            .collect())
    }

    async fn seats(&self, scope: SeatScope<'_>) -> DomainResult<Vec<StoredSeat>> {
        let holder = [match scope {
            SeatScope::Holder(id) => id,
            _ => 0,
        }];
        let (clause, ids): (String, &[i64]) = match scope {
            SeatScope::All => (String::new(), &[]),
            SeatScope::Holder(_) => (" WHERE organisation_id = $1".into(), &holder),
            SeatScope::Bodies([]) => return Ok(Vec::new()),
            SeatScope::Bodies(ids) => (format!(" WHERE body_id IN ({})", placeholders(1, ids.len())), ids),
        };
        let sql = format!(
            "SELECT body_id, organisation_id, person_id, role, since, until FROM seats{clause} ORDER BY body_id, since, id"
        );
        type Row = (i64, Option<i64>, Option<i64>, String, Option<String>, Option<String>);
        let rows: Vec<Row> =
            on_pool!(self, |p| hansa_core::bind_ids!(sqlx::query_as(AssertSqlSafe(sql)), ids).fetch_all(p).await)
                .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(body_id, organisation_id, person_id, role, since, until)| StoredSeat {
                body_id,
                organisation_id,
                person_id,
                role: SeatRole::parse(&role).unwrap_or(SeatRole::Member),
                since,
                until,
            })
            .collect())
    }

    async fn close_office(&self, id: i64, until: &str, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let done = sqlx::query("UPDATE offices SET until = $1 WHERE id = $2")
                .bind(until)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            if done.rows_affected() == 0 {
                return Err(DomainError::NotFound);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn add_body_session(&self, s: &StoredBodySession, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            insert_session!(tx, s.body_id, s).map_err(|e| match db_error(e) {
                DomainError::Conflict(_) => {
                    DomainError::Conflict(hansa_core::FieldError::with("number", "err-taken", s.number))
                }
                other => other,
            })?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn add_seat(&self, s: &StoredSeat, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            insert_seat!(tx, s.body_id, s);
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }
}
