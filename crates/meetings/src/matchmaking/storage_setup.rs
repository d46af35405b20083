//! Matchmaking's setup on SQLite and PostgreSQL (one statement text for both): settings,
//! slots, interpreters, scheduler runs, queued reminders; the contract's other parts are
//! delegated to `storage_participants` and `storage_requests`.

use async_trait::async_trait;
use hansa_core::FieldError;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, json_text, now, on_pool, write_audit};
use hansa_core::error::{DomainError, DomainResult};
use hansa_core::outbox::{Message, write_message};

use super::model::{Profile, Settings, Slot, Theme};
use super::store::{
    Interpreter, MatchRequest, MatchStore, NewRequest, Participant, Placement, RequestScope, Run, Scope,
};
use crate::matchmaking::model::RequestStatus;

/// Space-separated codes (themes, languages) as stored.
pub(super) fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

#[async_trait]
impl MatchStore for SqlStore {
    async fn settings(&self, event_id: i64) -> DomainResult<Option<Settings>> {
        let row: Option<(bool, i32, Option<i32>, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT open, request_days, max_meetings, themes_json FROM matchmaking WHERE event_id = $1"
        )
        .bind(event_id)
        .fetch_optional(p)
        .await
        .map_err(db_error)?);
        Ok(row.map(|(open, request_days, max_meetings, themes)| Settings {
            open,
            request_days,
            max_meetings,
            themes: serde_json::from_str::<Vec<Theme>>(&themes).unwrap_or_default(),
        }))
    }

    async fn save_settings(&self, event_id: i64, s: &Settings, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            sqlx::query(
                "INSERT INTO matchmaking (event_id, open, request_days, max_meetings, themes_json, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO UPDATE SET open = $2, request_days = $3, \
                 max_meetings = $4, themes_json = $5, updated_at = $6",
            )
            .bind(event_id)
            .bind(s.open)
            .bind(s.request_days)
            .bind(s.max_meetings)
            .bind(json_text(&s.themes))
            .bind(now())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn slots(&self, event_id: i64) -> DomainResult<Vec<Slot>> {
        let rows: Vec<(i64, i64, i64, i32)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT id, starts_at, ends_at, tables FROM match_slots WHERE event_id = $1 ORDER BY starts_at, id"
        )
        .bind(event_id)
        .fetch_all(p)
        .await
        .map_err(db_error)?);
        Ok(rows.into_iter().map(|(id, starts_at, ends_at, tables)| Slot { id, starts_at, ends_at, tables }).collect())
    }

    async fn add_slot(&self, event_id: i64, s: &Slot, audit: AuditNote) -> DomainResult<i64> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO match_slots (event_id, starts_at, ends_at, tables) VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(event_id)
            .bind(s.starts_at)
            .bind(s.ends_at)
            .bind(s.tables)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            Ok(id)
        })
    }

    async fn delete_slot(&self, event_id: i64, slot_id: i64, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let locked: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM match_requests WHERE slot_id = $1 AND locked")
                .bind(slot_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
            if locked > 0 {
                return Err(DomainError::Conflict(FieldError::with("slot", "err-match-slot-locked", locked)));
            }
            sqlx::query(
                "UPDATE match_requests SET slot_id = NULL, table_no = NULL, interpreter_id = NULL WHERE slot_id = $1",
            )
            .bind(slot_id)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            let gone = sqlx::query("DELETE FROM match_slots WHERE id = $1 AND event_id = $2")
                .bind(slot_id)
                .bind(event_id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?
                .rows_affected();
            if gone == 0 {
                return Err(DomainError::NotFound);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn interpreters(&self, event_id: i64) -> DomainResult<Vec<Interpreter>> {
        let rows: Vec<(i64, String, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT id, name, languages FROM match_interpreters WHERE event_id = $1 ORDER BY name, id"
        )
        .bind(event_id)
        .fetch_all(p)
        .await
        .map_err(db_error)?);
        Ok(rows.into_iter().map(|(id, name, l)| Interpreter { id, name, languages: words(&l) }).collect())
    }

    async fn add_interpreter(&self, event_id: i64, i: &Interpreter, audit: AuditNote) -> DomainResult<i64> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO match_interpreters (event_id, name, languages) VALUES ($1, $2, $3) RETURNING id",
            )
            .bind(event_id)
            .bind(&i.name)
            .bind(i.languages.join(" "))
            .fetch_one(&mut *tx)
            .await
            .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            Ok(id)
        })
    }

    async fn participants(
        &self,
        event_id: i64,
        scope: Scope<'_>,
        availability: bool,
    ) -> DomainResult<Vec<Participant>> {
        super::storage_participants::participants(self, event_id, scope, availability).await
    }

    async fn save_profile(&self, event_id: i64, registration: i64, pr: &Profile, audit: AuditNote) -> DomainResult<()> {
        super::storage_participants::save_profile(self, event_id, registration, pr, audit).await
    }

    async fn requests(&self, event_id: i64, scope: RequestScope) -> DomainResult<Vec<MatchRequest>> {
        super::storage_requests::requests(self, event_id, scope).await
    }

    async fn create_request(
        &self,
        event_id: i64,
        r: &NewRequest,
        message: Option<Message>,
        audit: AuditNote,
    ) -> DomainResult<i64> {
        super::storage_requests::create(self, event_id, r, message, audit).await
    }

    async fn move_request(
        &self,
        id: i64,
        from: RequestStatus,
        to: RequestStatus,
        at: i64,
        message: Option<Message>,
        audit: AuditNote,
    ) -> DomainResult<()> {
        super::storage_requests::move_to(self, id, from, to, at, message, audit).await
    }

    async fn place(&self, id: i64, place: Option<(i64, i32)>, locked: bool, audit: AuditNote) -> DomainResult<()> {
        super::storage_requests::place(self, id, place, locked, audit).await
    }

    async fn save_schedule(
        &self,
        event_id: i64,
        placements: &[Placement],
        run: &Run,
        audit: AuditNote,
    ) -> DomainResult<()> {
        super::storage_requests::save_schedule(self, event_id, placements, run, audit).await
    }

    async fn last_run(&self, event_id: i64) -> DomainResult<Option<Run>> {
        let row: Option<(i64, i32, i32, i64, i64, i64, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT at, scheduled, unscheduled, priority_total, upper_bound, elapsed_ms, shortfalls_json \
             FROM match_runs WHERE event_id = $1 ORDER BY id DESC LIMIT 1"
        )
        .bind(event_id)
        .fetch_optional(p)
        .await
        .map_err(db_error)?);
        Ok(row.map(|(at, scheduled, unscheduled, priority_total, upper_bound, elapsed_ms, shortfalls)| Run {
            at,
            scheduled: i64::from(scheduled),
            unscheduled: i64::from(unscheduled),
            priority_total,
            upper_bound,
            elapsed_ms,
            shortfalls: serde_json::from_str(&shortfalls).unwrap_or_default(),
        }))
    }

    async fn queue(&self, messages: &[Message], audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            for m in messages {
                write_message!(tx, m);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }
}
