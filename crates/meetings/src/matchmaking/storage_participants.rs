//! Participants on both backends: an event's admitted registrations with their profiles,
//! read whole for staff or only the few a participant's page names; profiles written with
//! their availability in one transaction.

use std::collections::HashMap;

use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, bind_ids, db_error, now, on_pool, placeholders, write_audit};
use hansa_core::error::DomainResult;
use sqlx::AssertSqlSafe;

use super::model::Profile;
use super::storage_setup::words;
use super::store::{Participant, Scope};

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

pub(super) async fn participants(
    store: &SqlStore,
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
    on_pool!(store, |p| {
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

pub(super) async fn save_profile(
    store: &SqlStore,
    event_id: i64,
    registration: i64,
    pr: &Profile,
    audit: AuditNote,
) -> DomainResult<()> {
    on_pool!(store, |p| {
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
