//! An event's registration form: categories with their places, its own questions and its
//! deadline, replaced together so a form is never half one version and half another.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, json_text, on_pool, write_audit};
use hansa_core::error::DomainResult;

use sqlx::AssertSqlSafe;

use super::rows::{EVENT_COLUMNS, EventRow};
use crate::model::*;
use crate::store::{FormStore, PlacesHeld, RegistrationForm};

type PlaceRow = (String, Option<i32>, bool, i32);
type QuestionRow = (String, String, String, String, bool);

/// An event's places, questions and deadline, read on the connection `$c`.
macro_rules! read_form {
    ($c:expr, $event:expr) => {{
        let event_id: i64 = $event;
        let places: Vec<PlaceRow> = sqlx::query_as(
            "SELECT category, capacity, needs_approval, held FROM event_categories WHERE event_id = $1 ORDER BY position",
        )
        .bind(event_id)
        .fetch_all(&mut *$c)
        .await
        .map_err(db_error)?;
        let questions: Vec<QuestionRow> = sqlx::query_as(
            "SELECT code, kind, label_json, choices_json, required FROM event_questions WHERE event_id = $1 ORDER BY position",
        )
        .bind(event_id)
        .fetch_all(&mut *$c)
        .await
        .map_err(db_error)?;
        let deadline: Option<Option<i64>> = sqlx::query_scalar("SELECT registration_deadline FROM events WHERE id = $1")
            .bind(event_id)
            .fetch_optional(&mut *$c)
            .await
            .map_err(db_error)?;
        (places, questions, deadline.flatten())
    }};
}

fn places_of(rows: Vec<PlaceRow>) -> Vec<PlacesHeld> {
    rows.into_iter()
        .filter_map(|(c, capacity, needs_approval, held)| {
            Some(PlacesHeld {
                places: CategoryPlaces { category: Category::parse(&c)?, capacity, needs_approval },
                held: i64::from(held),
            })
        })
        .collect()
}

fn form_of((places, questions, deadline): (Vec<PlaceRow>, Vec<QuestionRow>, Option<i64>)) -> RegistrationForm {
    let questions = questions
        .into_iter()
        .filter_map(|(code, kind, label, choices, required)| {
            Some(Question {
                code,
                kind: QuestionKind::parse(&kind)?,
                label: serde_json::from_str(&label).unwrap_or_default(),
                choices: serde_json::from_str(&choices).unwrap_or_default(),
                required,
            })
        })
        .collect();
    RegistrationForm { places: places_of(places), questions, deadline }
}

#[async_trait]
impl FormStore for SqlStore {
    async fn set_form(
        &self,
        event_id: i64,
        places: &[CategoryPlaces],
        questions: &[Question],
        deadline: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            for table in ["event_categories", "event_questions"] {
                sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE event_id = $1")))
                    .bind(event_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            for (i, c) in places.iter().enumerate() {
                // The places already held are counted again, so a changed capacity starts from
                // the truth rather than from zero.
                sqlx::query(
                    "INSERT INTO event_categories (event_id, category, position, capacity, needs_approval, held) \
                     VALUES ($1, $2, $3, $4, $5, (SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND category = $2 \
                     AND status IN ('pending', 'approved', 'attended')))",
                )
                .bind(event_id)
                .bind(c.category.code())
                .bind(i as i32)
                .bind(c.capacity)
                .bind(c.needs_approval)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            }
            for (i, q) in questions.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO event_questions (event_id, code, position, kind, label_json, choices_json, required) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(event_id)
                .bind(&q.code)
                .bind(i as i32)
                .bind(q.kind.code())
                .bind(json_text(&q.label))
                .bind(json_text(&q.choices))
                .bind(q.required)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            }
            sqlx::query("UPDATE events SET registration_deadline = $2 WHERE id = $1")
                .bind(event_id)
                .bind(deadline)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        Ok(())
    }

    async fn form(&self, event_id: i64) -> DomainResult<RegistrationForm> {
        let rows = on_pool!(self, |p| {
            let mut c = p.acquire().await.map_err(db_error)?;
            read_form!(c, event_id)
        });
        Ok(form_of(rows))
    }

    async fn event_form(&self, slug: &str) -> DomainResult<Option<(Event, RegistrationForm)>> {
        // One connection for the event and its form: a registration reads both twice (the
        // form page, then the post), and each connection taken costs a round trip.
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.slug = $1");
        let found = on_pool!(self, |p| {
            let mut c = p.acquire().await.map_err(db_error)?;
            let row: Option<EventRow> =
                sqlx::query_as(AssertSqlSafe(sql)).bind(slug).fetch_optional(&mut *c).await.map_err(db_error)?;
            match row {
                None => None,
                Some(row) => {
                    let id = row.id();
                    let orgs: Vec<(String, String)> = sqlx::query_as(
                        "SELECT o.slug, eo.role FROM event_organisations eo JOIN organisations o ON o.id = eo.organisation_id \
                         WHERE eo.event_id = $1 ORDER BY eo.position",
                    )
                    .bind(id)
                    .fetch_all(&mut *c)
                    .await
                    .map_err(db_error)?;
                    Some((row, orgs, read_form!(c, id)))
                }
            }
        });
        Ok(found.map(|(row, orgs, rows)| {
            let orgs = orgs
                .into_iter()
                .map(|(organisation, role)| EventOrganisation {
                    organisation,
                    role: OrgRole::parse(&role).unwrap_or(OrgRole::Partner),
                })
                .collect();
            (row.into_event(orgs), form_of(rows))
        }))
    }

    async fn places(&self, event_id: i64) -> DomainResult<Vec<PlacesHeld>> {
        let rows: Vec<PlaceRow> = on_pool!(self, |p| sqlx::query_as(
            "SELECT category, capacity, needs_approval, held FROM event_categories WHERE event_id = $1 ORDER BY position"
        )
        .bind(event_id)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(places_of(rows))
    }
}
