//! Events and their programmes: saved whole in one transaction, read in a fixed number of
//! statements (no query per session).

use std::collections::HashMap;

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, json_text, now, on_pool, write_audit};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use sqlx::AssertSqlSafe;

use super::rows::{EVENT_COLUMNS, EventRow};
use crate::model::*;
use crate::store::{EventStore, Expect, Programme, SessionWrite};

/// Looks up the id of a `table` row by slug inside the transaction, once per slug; an unknown
/// slug is an error on `field`.
macro_rules! id_of {
    ($tx:expr, $cache:expr, $table:literal, $slug:expr, $field:expr) => {{
        let slug: &str = $slug;
        match $cache.get(&($table, slug.to_owned())) {
            Some(id) => *id,
            None => {
                let id: Option<i64> = sqlx::query_scalar(concat!("SELECT id FROM ", $table, " WHERE slug = $1"))
                    .bind(slug)
                    .fetch_optional(&mut *$tx)
                    .await
                    .map_err(db_error)?;
                let id = id.ok_or_else(|| DomainError::Invalid(vec![FieldError::with($field, "err-unknown", slug)]))?;
                $cache.insert(($table, slug.to_owned()), id);
                id
            }
        }
    }};
}

#[async_trait]
impl EventStore for SqlStore {
    async fn save_event(
        &self,
        d: &EventDraft,
        rooms: &[Room],
        sessions: &[SessionWrite],
        expect: Expect,
        audit: AuditNote,
    ) -> DomainResult<Event> {
        // -1 never matches a revision: a new event's slug must be free.
        let expected: Option<i64> = match expect {
            Expect::Anything => None,
            Expect::Nothing => Some(-1),
            Expect::Revision(r) => Some(r),
        };
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let mut ids: HashMap<(&'static str, String), i64> = HashMap::new();
            let values = [
                json_text(&d.title),
                json_text(&d.theme),
                json_text(&d.description),
                json_text(&d.series),
                json_text(&d.venue_name),
            ];
            // One statement creates the event or updates the one with its slug — only if it is
            // at the revision the editor read; else no row comes back and nothing is written.
            let event_id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO events (slug, kind, title_json, theme_json, description_json, series_json, edition, starts_on, \
                 ends_on, time_zone, status, venue_name_json, venue_address, latitude, longitude, online_url, website, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) \
                 ON CONFLICT (slug) DO UPDATE SET kind = $2, title_json = $3, theme_json = $4, description_json = $5, \
                 series_json = $6, edition = $7, starts_on = $8, ends_on = $9, time_zone = $10, status = $11, \
                 venue_name_json = $12, venue_address = $13, latitude = $14, longitude = $15, online_url = $16, \
                 website = $17, updated_at = $18, revision = events.revision + 1 \
                 WHERE CAST($19 AS BIGINT) IS NULL OR events.revision = $19 RETURNING id",
            )
            .bind(&d.slug)
            .bind(d.kind.code())
            .bind(&values[0])
            .bind(&values[1])
            .bind(&values[2])
            .bind(&values[3])
            .bind(d.edition)
            .bind(&d.starts_on)
            .bind(&d.ends_on)
            .bind(&d.time_zone)
            .bind(d.status.code())
            .bind(&values[4])
            .bind(&d.venue_address)
            .bind(d.latitude)
            .bind(d.longitude)
            .bind(&d.online_url)
            .bind(&d.website)
            .bind(now())
            .bind(expected)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?;
            let Some(event_id) = event_id else {
                return Err(DomainError::Conflict(match expect {
                    Expect::Nothing => FieldError::with("slug", "err-slug-taken", &d.slug),
                    _ => FieldError::with("revision", "err-event-changed", expected.unwrap_or_default()),
                }));
            };
            // The programme is replaced whole: children first (nothing to delete for a new event).
            for sql in [
                "DELETE FROM session_contributions WHERE session_id IN (SELECT id FROM event_sessions WHERE event_id = $1)",
                "DELETE FROM session_participants WHERE session_id IN (SELECT id FROM event_sessions WHERE event_id = $1)",
                "DELETE FROM event_sessions WHERE event_id = $1",
                "DELETE FROM event_rooms WHERE event_id = $1",
                "DELETE FROM event_organisations WHERE event_id = $1",
            ] {
                sqlx::query(sql).bind(event_id).execute(&mut *tx).await.map_err(db_error)?;
            }
            for (i, o) in d.organisations.iter().enumerate() {
                let org = id_of!(tx, ids, "organisations", &o.organisation, format!("organisations.{i}"));
                sqlx::query("INSERT INTO event_organisations (event_id, position, organisation_id, role) VALUES ($1, $2, $3, $4)")
                    .bind(event_id)
                    .bind(i as i32)
                    .bind(org)
                    .bind(o.role.code())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            let mut room_ids: HashMap<&str, i64> = HashMap::new();
            for (i, r) in rooms.iter().enumerate() {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO event_rooms (event_id, position, slug, name_json, capacity) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                )
                .bind(event_id)
                .bind(i as i32)
                .bind(&r.slug)
                .bind(json_text(&r.name))
                .bind(r.capacity)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                room_ids.insert(r.slug.as_str(), id);
            }
            for (si, w) in sessions.iter().enumerate() {
                let s = &w.session;
                let room = match s.room.as_deref() {
                    Some(slug) => Some(*room_ids.get(slug).ok_or_else(|| {
                        DomainError::Invalid(vec![FieldError::with(format!("sessions.{si}.room"), "err-unknown", slug)])
                    })?),
                    None => None,
                };
                let session_id: i64 = sqlx::query_scalar(
                    "INSERT INTO event_sessions (event_id, slug, kind, title_json, description_json, starts_at, ends_at, local_start, \
                     local_end, room_id, online, languages_json, interpretation_json) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
                )
                .bind(event_id)
                .bind(&s.slug)
                .bind(s.kind.code())
                .bind(json_text(&s.title))
                .bind(json_text(&s.description))
                .bind(w.start)
                .bind(w.end)
                .bind(&s.starts_at)
                .bind(&s.ends_at)
                .bind(room)
                .bind(s.online)
                .bind(json_text(&s.languages))
                .bind(json_text(&s.interpretation))
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                for (i, part) in s.participants.iter().enumerate() {
                    let field = format!("sessions.{si}.participants.{i}");
                    let person = id_of!(tx, ids, "people", &part.person, field.clone());
                    let org = match part.organisation.as_deref() {
                        Some(o) => Some(id_of!(tx, ids, "organisations", o, field.clone())),
                        None => None,
                    };
                    sqlx::query(
                        "INSERT INTO session_participants (session_id, position, person_id, role, title_json, organisation_id) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(session_id)
                    .bind(i as i32)
                    .bind(person)
                    .bind(part.role.code())
                    .bind(json_text(&part.title))
                    .bind(org)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                }
                for (i, c) in s.contributions.iter().enumerate() {
                    let field = format!("sessions.{si}.contributions.{i}");
                    let presenter = match c.presenter.as_deref() {
                        Some(p) => Some(id_of!(tx, ids, "people", p, field.clone())),
                        None => None,
                    };
                    let org = match c.organisation.as_deref() {
                        Some(o) => Some(id_of!(tx, ids, "organisations", o, field.clone())),
                        None => None,
                    };
                    sqlx::query(
                        "INSERT INTO session_contributions (session_id, position, title_json, presenter_id, organisation_id, slides_url) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(session_id)
                    .bind(i as i32)
                    .bind(json_text(&c.title))
                    .bind(presenter)
                    .bind(org)
                    .bind(&c.slides_url)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                }
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        self.event(&d.slug).await?.ok_or(DomainError::NotFound)
    }

    async fn events(&self, all: bool) -> DomainResult<Vec<Event>> {
        let filter = if all { "" } else { " WHERE e.status IN ('published', 'closed')" };
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e{filter} ORDER BY e.starts_on DESC, e.slug");
        let rows: Vec<EventRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).fetch_all(p).await).map_err(db_error)?;
        let orgs = event_organisations(self, None).await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let id = r_id(&r);
                r.into_event(orgs.get(&id).cloned().unwrap_or_default())
            })
            .collect())
    }

    async fn event(&self, slug: &str) -> DomainResult<Option<Event>> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.slug = $1");
        let row: Option<EventRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(slug).fetch_optional(p).await)
                .map_err(db_error)?;
        let Some(row) = row else { return Ok(None) };
        let id = r_id(&row);
        let mut orgs = event_organisations(self, Some(id)).await?;
        Ok(Some(row.into_event(orgs.remove(&id).unwrap_or_default())))
    }

    async fn programme(&self, event_id: i64) -> DomainResult<Programme> {
        super::programme_read::programme(self, event_id).await
    }
}

fn r_id(r: &EventRow) -> i64 {
    r.id()
}

/// The organisations of one event (or all), by event, in their order.
async fn event_organisations(
    store: &SqlStore,
    event: Option<i64>,
) -> DomainResult<HashMap<i64, Vec<EventOrganisation>>> {
    {
        let filter = if event.is_some() { " WHERE eo.event_id = $1" } else { "" };
        let sql = format!(
            "SELECT eo.event_id, o.slug, eo.role FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id{filter} \
             ORDER BY eo.event_id, eo.position"
        );
        let rows: Vec<(i64, String, String)> = on_pool!(store, |p| {
            let mut q = sqlx::query_as(AssertSqlSafe(sql));
            if let Some(id) = event {
                q = q.bind(id);
            }
            q.fetch_all(p).await
        })
        .map_err(db_error)?;
        let mut out: HashMap<i64, Vec<EventOrganisation>> = HashMap::new();
        for (event_id, organisation, role) in rows {
            let role = OrgRole::parse(&role).unwrap_or(OrgRole::Partner);
            out.entry(event_id).or_default().push(EventOrganisation { organisation, role });
        }
        Ok(out)
    }
}
