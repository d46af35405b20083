//! Matchmaking's setup on SQLite and PostgreSQL (one statement text for both): settings,
//! slots, interpreters, participants and their profiles, scheduler runs, queued reminders.

use async_trait::async_trait;
use hansa_core::FieldError;
use hansa_core::audit::AuditNote;
use std::collections::HashMap;

use hansa_core::db::{SqlStore, bind_ids, db_error, json_text, now, on_pool, placeholders, write_audit};
use hansa_core::error::{DomainError, DomainResult};
use hansa_core::outbox::{Message, write_message};
use sqlx::AssertSqlSafe;

use super::model::{Profile, Settings, Slot, Theme};
use super::store::{
    Interpreter, MatchRequest, MatchStore, NewRequest, Participant, Placement, RequestScope, Run, Scope,
};
use crate::matchmaking::model::RequestStatus;

/// Space-separated codes (themes, languages) as stored.
pub(super) fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    id: i64,
    code: String,
    honorific: Option<String>,
    given_name: String,
    family_name: String,
    native_name: Option<String>,
    position: Option<String>,
    name_json: Option<String>,
    organisation_name: Option<String>,
    country: Option<String>,
    category: String,
    email: String,
    lang: Option<String>,
    offers: Option<String>,
    needs: Option<String>,
    themes: Option<String>,
    ranking: Option<String>,
    languages: Option<String>,
    max_meetings: Option<i32>,
}

const PARTICIPANTS: &str = "SELECT r.id, r.code, r.honorific, r.given_name, r.family_name, r.native_name, r.position, \
     o.name_json, r.organisation_name, r.country, r.category, r.email, r.lang, \
     p.offers, p.needs, p.themes, p.ranking, p.languages, p.max_meetings \
     FROM registrations r LEFT JOIN organisations o ON o.id = r.organisation_id \
     LEFT JOIN match_profiles p ON p.registration_id = r.id \
     WHERE r.event_id = $1 AND (r.status = 'approved' OR r.status = 'attended')";

fn participant_of(row: ParticipantRow, available: &HashMap<i64, Vec<i64>>) -> Participant {
    let organisation = match (row.name_json, row.organisation_name) {
        (Some(json), _) => serde_json::from_str(&json).unwrap_or_default(),
        (None, Some(written)) => hansa_core::Localized::en(&written),
        (None, None) => hansa_core::Localized::default(),
    };
    let input = hansa_events::model::RegistrationInput {
        honorific: row.honorific,
        given_name: row.given_name,
        family_name: row.family_name,
        ..Default::default()
    };
    let id = row.id;
    let profile = row.offers.map(|offers| Profile {
        offers,
        needs: row.needs.unwrap_or_default(),
        themes: words(&row.themes.unwrap_or_default()),
        ranking: words(&row.ranking.unwrap_or_default()),
        languages: words(&row.languages.unwrap_or_default()),
        max_meetings: row.max_meetings,
        available: available.get(&id).cloned().unwrap_or_default(),
    });
    Participant {
        id,
        code: row.code,
        name: input.display_name(),
        native_name: row.native_name,
        position: row.position,
        organisation,
        country: row.country,
        category: row.category,
        email: row.email,
        lang: row.lang,
        profile,
    }
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
        let only = match scope {
            Scope::All => None,
            Scope::Only([]) => return Ok(Vec::new()),
            Scope::Only(ids) => Some(ids),
        };
        let filter = only.map_or_else(String::new, |ids| format!(" AND r.id IN ({})", placeholders(2, ids.len())));
        let sql = format!("{PARTICIPANTS}{filter} ORDER BY r.family_name, r.given_name, r.id");
        let slots_sql = format!(
            "SELECT a.registration_id, a.slot_id FROM match_availability a JOIN match_slots s ON s.id = a.slot_id \
             JOIN registrations r ON r.id = a.registration_id WHERE s.event_id = $1{filter} \
             ORDER BY a.registration_id, s.starts_at"
        );
        on_pool!(self, |p| {
            let ids = only.unwrap_or_default();
            let rows: Vec<ParticipantRow> = bind_ids!(sqlx::query_as(AssertSqlSafe(sql.clone())).bind(event_id), ids)
                .fetch_all(p)
                .await
                .map_err(db_error)?;
            let mut available: HashMap<i64, Vec<i64>> = HashMap::new();
            if availability {
                let pairs: Vec<(i64, i64)> =
                    bind_ids!(sqlx::query_as(AssertSqlSafe(slots_sql.clone())).bind(event_id), ids)
                        .fetch_all(p)
                        .await
                        .map_err(db_error)?;
                for (r, s) in pairs {
                    available.entry(r).or_default().push(s);
                }
            }
            Ok(rows.into_iter().map(|r| participant_of(r, &available)).collect())
        })
    }

    async fn save_profile(&self, event_id: i64, registration: i64, pr: &Profile, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            sqlx::query(
                "INSERT INTO match_profiles (registration_id, event_id, offers, needs, themes, ranking, languages, \
                 max_meetings, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (registration_id) \
                 DO UPDATE SET offers = $3, needs = $4, themes = $5, ranking = $6, languages = $7, max_meetings = $8, \
                 updated_at = $9",
            )
            .bind(registration)
            .bind(event_id)
            .bind(&pr.offers)
            .bind(&pr.needs)
            .bind(pr.themes.join(" "))
            .bind(pr.ranking.join(" "))
            .bind(pr.languages.join(" "))
            .bind(pr.max_meetings)
            .bind(now())
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            sqlx::query("DELETE FROM match_availability WHERE registration_id = $1")
                .bind(registration)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            for slot in &pr.available {
                sqlx::query("INSERT INTO match_availability (registration_id, slot_id) VALUES ($1, $2)")
                    .bind(registration)
                    .bind(slot)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
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
