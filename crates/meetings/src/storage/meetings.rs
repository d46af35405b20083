//! Meetings: saved whole in one transaction (the meeting, its people, organisations and
//! topics), read in a fixed number of statements (no query per meeting).

use async_trait::async_trait;
use hansa_core::FieldError;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, bind_ids, db_error, now, on_pool, placeholders, write_audit};
use hansa_core::error::{DomainError, DomainResult};
use sqlx::AssertSqlSafe;

use super::{id_of, localized};
use crate::model::*;
use crate::store::MeetingFilter;

type MeetingRow = (i64, String, Option<String>, Option<String>, Option<String>, String, String);

const SELECT: &str = "SELECT m.id, m.met_on, m.place, e.slug, e.title_json, m.notes, m.outcome \
     FROM outreach_meetings m LEFT JOIN events e ON e.id = m.event_id";

/// The meetings of `rows` with their people, organisations and topics: three statements.
async fn with_details(store: &SqlStore, rows: Vec<MeetingRow>) -> DomainResult<Vec<BilateralMeeting>> {
    let mut out: Vec<BilateralMeeting> = rows
        .into_iter()
        .map(|(id, met_on, place, event, title, notes, outcome)| BilateralMeeting {
            id,
            event: event.clone().map(|slug| Named { slug, name: localized(title.as_deref().unwrap_or("{}")) }),
            draft: MeetingDraft { met_on, place, event, notes, outcome, ..Default::default() },
            ours: Vec::new(),
            theirs: Vec::new(),
            organisations: Vec::new(),
        })
        .collect();
    if out.is_empty() {
        return Ok(out);
    }
    let ids: Vec<i64> = out.iter().map(|m| m.id).collect();
    let list = placeholders(1, ids.len());
    let people_sql = format!(
        "SELECT x.meeting_id, x.side, p.slug, p.given_name, p.family_name, p.name_order FROM outreach_participants x \
         JOIN people p ON p.id = x.person_id WHERE x.meeting_id IN ({list}) ORDER BY x.meeting_id, x.position"
    );
    let orgs_sql = format!(
        "SELECT x.meeting_id, o.slug, o.name_json FROM outreach_organisations x JOIN organisations o \
         ON o.id = x.organisation_id WHERE x.meeting_id IN ({list}) ORDER BY x.meeting_id, x.position"
    );
    let topics_sql =
        format!("SELECT meeting_id, tag FROM outreach_topics WHERE meeting_id IN ({list}) ORDER BY meeting_id, tag");
    let (people, orgs, topics) = on_pool!(store, |p| {
        let people: Vec<(i64, String, String, String, String, String)> =
            bind_ids!(sqlx::query_as(AssertSqlSafe(people_sql.as_str())), &ids).fetch_all(p).await.map_err(db_error)?;
        let orgs: Vec<(i64, String, String)> =
            bind_ids!(sqlx::query_as(AssertSqlSafe(orgs_sql.as_str())), &ids).fetch_all(p).await.map_err(db_error)?;
        let topics: Vec<(i64, String)> =
            bind_ids!(sqlx::query_as(AssertSqlSafe(topics_sql.as_str())), &ids).fetch_all(p).await.map_err(db_error)?;
        (people, orgs, topics)
    });
    let by_id = |out: &mut Vec<BilateralMeeting>, id: i64| out.iter().position(|m| m.id == id);
    for (id, side, slug, given, family, order) in people {
        let Some(i) = by_id(&mut out, id) else { continue };
        // The directory's display order: family name first in capitals where it comes first.
        let name = if order == "family_first" {
            format!("{} {given}", family.to_uppercase())
        } else {
            format!("{given} {family}")
        };
        let m = &mut out[i];
        let named = Named { slug: slug.clone(), name: hansa_core::Localized::en(name.trim()) };
        if side == Side::Ours.code() {
            m.draft.ours.push(slug);
            m.ours.push(named);
        } else {
            m.draft.theirs.push(slug);
            m.theirs.push(named);
        }
    }
    for (id, slug, name) in orgs {
        let Some(i) = by_id(&mut out, id) else { continue };
        out[i].draft.organisations.push(slug.clone());
        out[i].organisations.push(Named { slug, name: localized(&name) });
    }
    for (id, tag) in topics {
        if let Some(i) = by_id(&mut out, id) {
            out[i].draft.topics.push(tag);
        }
    }
    Ok(out)
}

#[async_trait]
impl crate::store::MeetingStore for SqlStore {
    async fn save_meeting(&self, id: Option<i64>, d: &MeetingDraft, audit: AuditNote) -> DomainResult<i64> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let mut errors: Vec<FieldError> = Vec::new();
            let event = match &d.event {
                Some(slug) => id_of!(tx, "events", slug, "event", errors),
                None => None,
            };
            let mut people = Vec::new();
            for (side, list) in [(Side::Ours, &d.ours), (Side::Theirs, &d.theirs)] {
                for (i, slug) in list.iter().enumerate() {
                    let field = format!("{}.{i}", side.code());
                    if let Some(person) = id_of!(tx, "people", slug, field, errors) {
                        people.push((side, person));
                    }
                }
            }
            let mut orgs = Vec::new();
            for (i, slug) in d.organisations.iter().enumerate() {
                orgs.extend(id_of!(tx, "organisations", slug, format!("organisations.{i}"), errors));
            }
            if !errors.is_empty() {
                return Err(DomainError::Invalid(errors));
            }
            let sql = match id {
                None => {
                    "INSERT INTO outreach_meetings (met_on, place, event_id, notes, outcome, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
                }
                Some(_) => {
                    "UPDATE outreach_meetings SET met_on = $1, place = $2, event_id = $3, notes = $4, outcome = $5, \
                     updated_at = $6 WHERE id = $7 RETURNING id"
                }
            };
            let q = sqlx::query_scalar(sql)
                .bind(&d.met_on)
                .bind(&d.place)
                .bind(event)
                .bind(&d.notes)
                .bind(&d.outcome)
                .bind(now());
            let q = match id {
                Some(id) => q.bind(id),
                None => q,
            };
            let saved: Option<i64> = q.fetch_optional(&mut *tx).await.map_err(db_error)?;
            let meeting = saved.ok_or(DomainError::NotFound)?;
            // Its people, organisations and topics are replaced whole.
            for sql in [
                "DELETE FROM outreach_participants WHERE meeting_id = $1",
                "DELETE FROM outreach_organisations WHERE meeting_id = $1",
                "DELETE FROM outreach_topics WHERE meeting_id = $1",
            ] {
                sqlx::query(sql).bind(meeting).execute(&mut *tx).await.map_err(db_error)?;
            }
            for (i, (side, person)) in people.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO outreach_participants (meeting_id, position, side, person_id) VALUES ($1, $2, $3, $4)",
                )
                .bind(meeting)
                .bind(i as i32)
                .bind(side.code())
                .bind(person)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            }
            for (i, org) in orgs.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO outreach_organisations (meeting_id, position, organisation_id) VALUES ($1, $2, $3)",
                )
                .bind(meeting)
                .bind(i as i32)
                .bind(org)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            }
            for tag in &d.topics {
                sqlx::query("INSERT INTO outreach_topics (meeting_id, tag) VALUES ($1, $2)")
                    .bind(meeting)
                    .bind(tag)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            let mut audit = audit;
            audit.entity = format!("outreach:{meeting}");
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            Ok(meeting)
        })
    }

    async fn meeting(&self, id: i64) -> DomainResult<Option<BilateralMeeting>> {
        let sql = format!("{SELECT} WHERE m.id = $1");
        let rows: Vec<MeetingRow> = on_pool!(self, |p| {
            sqlx::query_as(AssertSqlSafe(sql.as_str())).bind(id).fetch_all(p).await.map_err(db_error)?
        });
        Ok(with_details(self, rows).await?.pop())
    }

    async fn meetings(&self, f: &MeetingFilter) -> DomainResult<Vec<BilateralMeeting>> {
        let sql = format!(
            "{SELECT} WHERE (CAST($1 AS TEXT) IS NULL OR m.id IN (SELECT x.meeting_id FROM outreach_organisations x \
             JOIN organisations o ON o.id = x.organisation_id WHERE o.slug = $1)) \
             AND (CAST($2 AS TEXT) IS NULL OR m.id IN (SELECT meeting_id FROM outreach_topics WHERE tag = $2)) \
             AND (CAST($3 AS TEXT) IS NULL OR m.met_on LIKE $3) ORDER BY m.met_on DESC, m.id DESC"
        );
        let year = f.year.map(|y| format!("{y:04}-%"));
        let rows: Vec<MeetingRow> = on_pool!(self, |p| {
            sqlx::query_as(AssertSqlSafe(sql.as_str()))
                .bind(&f.organisation)
                .bind(&f.tag)
                .bind(&year)
                .fetch_all(p)
                .await
                .map_err(db_error)?
        });
        with_details(self, rows).await
    }
}
