//! Registrations: places taken and freed in the same transaction as the statuses that hold
//! them, so capacity holds under any number of racing registrations on either backend.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::db::{Pool, SqlStore, db_error, json_text, now, on_pool, write_audit};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use sqlx::AssertSqlSafe;

use super::registration_rows::{REG_COLUMNS, RegRow};
use crate::model::*;
use crate::store::{Compose, RegistrationStore, StatusChanged};

/// Takes one of the category's places if one is free: true when it did.
macro_rules! take_place {
    ($tx:expr, $event:expr, $category:expr) => {{
        // Evaluates to whether the place taken needs approval; `None`: no place was free (or
        // the event has no such category). One statement decides both, so no racer can slip
        // between a check and the update.
        let got: Option<bool> = sqlx::query_scalar(
            "UPDATE event_categories SET held = held + 1 \
             WHERE event_id = $1 AND category = $2 AND (capacity IS NULL OR held < capacity) RETURNING needs_approval",
        )
        .bind($event)
        .bind($category)
        .fetch_optional(&mut *$tx)
        .await
        .map_err(db_error)?;
        got
    }};
}

macro_rules! set_status {
    ($tx:expr, $id:expr, $status:expr) => {
        sqlx::query("UPDATE registrations SET status = $2 WHERE id = $1")
            .bind($id)
            .bind($status.code())
            .execute(&mut *$tx)
            .await
            .map_err(db_error)?
    };
}

macro_rules! history {
    ($tx:expr, $id:expr, $status:expr, $actor:expr) => {
        sqlx::query("INSERT INTO registration_history (registration_id, at, status, actor_id) VALUES ($1, $2, $3, $4)")
            .bind($id)
            .bind(now())
            .bind($status.code())
            .bind($actor)
            .execute(&mut *$tx)
            .await
            .map_err(db_error)?
    };
}

/// Whether a category needs approval (false for a category the event does not have).
macro_rules! needs_approval {
    ($tx:expr, $event:expr, $category:expr) => {{
        let v: Option<bool> =
            sqlx::query_scalar("SELECT needs_approval FROM event_categories WHERE event_id = $1 AND category = $2")
                .bind($event)
                .bind($category)
                .fetch_optional(&mut *$tx)
                .await
                .map_err(db_error)?;
        v
    }};
}

/// Puts the message of a registration's new status in the outbox, inside `$tx`.
macro_rules! notify {
    ($tx:expr, $compose:expr, $id:expr, $promoted:expr) => {{
        let row: (String, String, String, String, String, Option<String>, Option<String>, Option<i64>) = sqlx::query_as(
            "SELECT r.code, r.status, r.email, r.given_name, r.family_name, r.honorific, r.lang, \
             CASE WHEN r.status = 'waitlisted' THEN (SELECT COUNT(*) FROM registrations w WHERE w.event_id = r.event_id \
               AND w.category = r.category AND w.status = 'waitlisted' AND w.id <= r.id) END \
             FROM registrations r WHERE r.id = $1",
        )
        .bind($id)
        .fetch_one(&mut *$tx)
        .await
        .map_err(db_error)?;
        let (code, status, email, given, family, honorific, lang, position) = row;
        let name = RegistrationInput { given_name: given, family_name: family, honorific, ..Default::default() }
            .display_name();
        let news = crate::store::News {
            registration_id: $id,
            code,
            status: RegStatus::parse(&status).unwrap_or(RegStatus::Pending),
            waitlist_position: position,
            email,
            name,
            lang,
            promoted: $promoted,
        };
        if let Some(m) = $compose.compose(&news) {
            hansa_core::write_message!($tx, m);
        }
    }};
}

/// Inserts one registration inside `$tx`, on the waiting list until [`admit!`] says otherwise;
/// a second live registration of the e-mail is refused by the partial unique index (which also
/// settles two racing ones), so no query comes before it. Evaluates to `(id, created_at)`.
macro_rules! insert_waiting {
    ($tx:expr, $event:expr, $draft:expr, $code:expr, $by:expr) => {{
        let (event_id, d, code, registered_by): (i64, &RegistrationDraft, &str, Option<i64>) = ($event, $draft, $code, $by);
        let i = &d.input;
        let organisation: Option<i64> = match &i.organisation {
            Some(slug) => Some(
                sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&mut *$tx)
                    .await
                    .map_err(db_error)?
                    .ok_or_else(|| DomainError::Invalid(vec![FieldError::with("organisation", "err-unknown", slug)]))?,
            ),
            None => None,
        };
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO registrations (event_id, code, category, status, honorific, given_name, family_name, native_name, \
             position, organisation_id, country, email, passport_name, visa_letter, dietary, accessibility, \
             interpretation_language, answers_json, registered_by, created_at, updated_at, organisation_name, lang) \
             VALUES ($1, $2, $3, 'waitlisted', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, $20, $21) \
             RETURNING id",
        )
        .bind(event_id)
        .bind(code)
        .bind(d.category.code())
        .bind(&i.honorific)
        .bind(&i.given_name)
        .bind(&i.family_name)
        .bind(&i.native_name)
        .bind(&i.position)
        .bind(organisation)
        .bind(&i.country)
        .bind(&i.email)
        .bind(&i.passport_name)
        .bind(i.visa_letter)
        .bind(&i.dietary)
        .bind(&i.accessibility)
        .bind(&i.interpretation_language)
        .bind(json_text(&i.answers))
        .bind(registered_by)
        .bind(at)
        .bind(&i.organisation_name)
        .bind(&i.lang)
        .fetch_one(&mut *$tx)
        .await
        .map_err(|e| match db_error(e) {
            DomainError::Conflict(f) if f.field == "email" => {
                DomainError::Conflict(FieldError::new("email", "err-registered-twice"))
            }
            other => other,
        })?;
        (id, at)
    }};
}

/// Takes a place of the category inside `$tx` if one is free: evaluates to the status the
/// registration gets. On PostgreSQL the category's row stays locked until the commit, so the
/// caller does this as late as it can (every racer for a place queues on that row).
macro_rules! admit {
    ($tx:expr, $event:expr, $category:expr) => {{
        let category: &str = $category;
        match take_place!(*$tx, $event, category) {
            Some(true) => RegStatus::Pending,
            Some(false) => RegStatus::Approved,
            None => match needs_approval!(*$tx, $event, category) {
                Some(_) => RegStatus::Waitlisted,
                None => {
                    return Err(DomainError::Invalid(vec![FieldError::with(
                        "category",
                        "err-category-not-offered",
                        category,
                    )]));
                }
            },
        }
    }};
}

#[async_trait]
impl RegistrationStore for SqlStore {
    async fn register(
        &self,
        event_id: i64,
        d: &RegistrationDraft,
        code: &str,
        registered_by: Option<i64>,
        audit: AuditNote,
        compose: &dyn Compose,
    ) -> DomainResult<Registration> {
        // Everything the message and the answer need is at hand: nothing is read back. The
        // place is taken last, so the category's row (which every racer for a place waits
        // for on PostgreSQL) is held for one statement and the commit, not the whole write.
        let postgres = matches!(self.pool(), Pool::Postgres(_));
        let (id, status, at, waitlist_position) = on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let (id, at) = insert_waiting!(&mut *tx, event_id, d, code, registered_by);
            write_audit!(tx, audit.with_entity(format!("registration:{id}")));
            let status = admit!(&mut tx, event_id, d.category.code());
            let waitlist_position: Option<i64> = if status == RegStatus::Waitlisted {
                let ahead: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM registrations WHERE event_id = $1 AND category = $2 \
                     AND status = 'waitlisted' AND id <= $3",
                )
                .bind(event_id)
                .bind(d.category.code())
                .bind(id)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                Some(ahead)
            } else {
                None
            };
            let news = crate::store::News {
                registration_id: id,
                code: code.to_owned(),
                status,
                waitlist_position,
                email: d.input.email.clone(),
                name: d.input.display_name(),
                lang: d.input.lang.clone(),
                promoted: false,
            };
            let message = compose.compose(&news);
            if postgres {
                // PostgreSQL: the status, its history and the message in one statement.
                let m = message.as_ref();
                sqlx::query(
                    "WITH s AS (UPDATE registrations SET status = $2 WHERE id = $1 AND status <> $2), \
                     h AS (INSERT INTO registration_history (registration_id, at, status, actor_id) VALUES ($1, $3, $2, $4)) \
                     INSERT INTO outbox (kind, to_address, to_name, subject, body_text, lang, entity, status, attempts, \
                     next_attempt_at, created_at) SELECT $5, $6, $7, $8, $9, $10, $11, 'queued', 0, $3, $3 WHERE $12",
                )
                .bind(id)
                .bind(status.code())
                .bind(now())
                .bind(registered_by)
                .bind(m.map(|m| m.kind.clone()))
                .bind(m.map(|m| m.to_address.clone()))
                .bind(m.map(|m| m.to_name.clone()))
                .bind(m.map(|m| m.subject.clone()))
                .bind(m.map(|m| m.body_text.clone()))
                .bind(m.map(|m| m.lang.clone()))
                .bind(m.map(|m| m.entity.clone()))
                .bind(m.is_some())
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            } else {
                if status != RegStatus::Waitlisted {
                    set_status!(tx, id, status);
                }
                history!(tx, id, status, registered_by);
                if let Some(m) = message {
                    hansa_core::write_message!(tx, m);
                }
            }
            tx.commit().await.map_err(db_error)?;
            (id, status, at, waitlist_position)
        });
        Ok(Registration {
            id,
            event_id,
            code: code.to_owned(),
            category: d.category,
            status,
            waitlist_position,
            input: RegistrationInput { category: d.category.code().to_owned(), ..d.input.clone() },
            created_at: at,
            visa_letter_status: None,
        })
    }

    async fn register_many(
        &self,
        event_id: i64,
        drafts: &[(RegistrationDraft, String)],
        registered_by: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<Vec<i64>> {
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let mut ids = Vec::with_capacity(drafts.len());
            for (i, (d, code)) in drafts.iter().enumerate() {
                // The failing row is named by its place in the list, so the import can name its line.
                let id = async {
                    let (id, _) = insert_waiting!(&mut *tx, event_id, d, code, registered_by);
                    let status = admit!(&mut tx, event_id, d.category.code());
                    if status != RegStatus::Waitlisted {
                        set_status!(tx, id, status);
                    }
                    history!(tx, id, status, registered_by);
                    Ok::<i64, DomainError>(id)
                }
                .await
                .map_err(|e| {
                    let at = |f: FieldError| FieldError { field: format!("rows.{i}.{}", f.field), ..f };
                    match e {
                        DomainError::Invalid(v) => DomainError::Invalid(v.into_iter().map(at).collect()),
                        DomainError::Conflict(f) => DomainError::Invalid(vec![at(f)]),
                        other => other,
                    }
                })?;
                ids.push(id);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            ids
        }))
    }

    async fn registration(&self, code: &str) -> DomainResult<Option<Registration>> {
        by_code(self, code).await
    }

    async fn set_visa_letter(
        &self,
        id: i64,
        review: VisaLetter,
        message: Option<hansa_core::outbox::Message>,
        audit: AuditNote,
    ) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            sqlx::query("UPDATE registrations SET visa_letter_status = $2, visa_letter_at = $3 WHERE id = $1")
                .bind(id)
                .bind(review.code())
                .bind(now())
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            if let Some(m) = message {
                hansa_core::write_message!(tx, m);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
        });
        Ok(())
    }

    async fn registration_organisations(&self, event_id: i64) -> DomainResult<Vec<crate::store::OrgName>> {
        let rows: Vec<(String, String, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT o.slug, o.name_json, o.default_lang FROM organisations o \
             WHERE o.id IN (SELECT organisation_id FROM registrations WHERE event_id = $1)"
        )
        .bind(event_id)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(slug, name, default_lang)| crate::store::OrgName {
                slug,
                name: super::rows::text(&name),
                default_lang,
            })
            .collect())
    }

    async fn history(&self, registration_id: i64) -> DomainResult<Vec<(i64, RegStatus)>> {
        let rows: Vec<(i64, String)> = on_pool!(self, |p| sqlx::query_as(
            "SELECT at, status FROM registration_history WHERE registration_id = $1 ORDER BY id"
        )
        .bind(registration_id)
        .fetch_all(p)
        .await)
        .map_err(db_error)?;
        Ok(rows.into_iter().filter_map(|(at, s)| Some((at, RegStatus::parse(&s)?))).collect())
    }

    async fn delegation(&self, event_id: i64, account: i64) -> DomainResult<Vec<Registration>> {
        let sql = format!(
            "SELECT {REG_COLUMNS} FROM registrations r LEFT JOIN organisations o ON o.id = r.organisation_id \
             WHERE r.event_id = $1 AND r.registered_by = $2 ORDER BY r.id"
        );
        let rows: Vec<RegRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(event_id).bind(account).fetch_all(p).await)
                .map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn registrations(&self, event_id: i64) -> DomainResult<Vec<Registration>> {
        let sql = format!(
            "SELECT {REG_COLUMNS} FROM registrations r LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.event_id = $1 ORDER BY r.id"
        );
        let rows: Vec<RegRow> =
            on_pool!(self, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(event_id).fetch_all(p).await)
                .map_err(db_error)?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn change_status(
        &self,
        id: i64,
        to: RegStatus,
        actor: Option<i64>,
        audit: AuditNote,
        compose: &dyn Compose,
    ) -> DomainResult<StatusChanged> {
        let lock = if matches!(self.pool(), Pool::Postgres(_)) { " FOR UPDATE" } else { "" };
        let promoted: Option<i64> = on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let sql = format!("SELECT event_id, category, status FROM registrations WHERE id = $1{lock}");
            let row: Option<(i64, String, String)> =
                sqlx::query_as(AssertSqlSafe(sql)).bind(id).fetch_optional(&mut *tx).await.map_err(db_error)?;
            let Some((event_id, category, from)) = row else { return Err(DomainError::NotFound) };
            let from = RegStatus::parse(&from).unwrap_or(RegStatus::Cancelled);
            let mut promoted = None;
            if !from.holds_place() && to.holds_place() && take_place!(tx, event_id, &category).is_none() {
                return Err(DomainError::Conflict(FieldError::with("status", "err-category-full", &category)));
            }
            if from.holds_place() && !to.holds_place() {
                sqlx::query(
                    "UPDATE event_categories SET held = held - 1 WHERE event_id = $1 AND category = $2 AND held > 0",
                )
                .bind(event_id)
                .bind(&category)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
                // First come, first served: the oldest on the waiting list takes the place.
                let sql = format!(
                    "SELECT id FROM registrations WHERE event_id = $1 AND category = $2 AND status = 'waitlisted' AND id <> $3 ORDER BY id LIMIT 1{lock}"
                );
                let next: Option<i64> = sqlx::query_scalar(AssertSqlSafe(sql))
                    .bind(event_id)
                    .bind(&category)
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                if let Some(next) = next
                    && take_place!(tx, event_id, &category).is_some()
                {
                    let status = if needs_approval!(tx, event_id, &category).unwrap_or(false) {
                        RegStatus::Pending
                    } else {
                        RegStatus::Approved
                    };
                    sqlx::query("UPDATE registrations SET status = $2, updated_at = $3 WHERE id = $1")
                        .bind(next)
                        .bind(status.code())
                        .bind(now())
                        .execute(&mut *tx)
                        .await
                        .map_err(db_error)?;
                    history!(tx, next, status, actor);
                    promoted = Some(next);
                }
            }
            sqlx::query("UPDATE registrations SET status = $2, updated_at = $3 WHERE id = $1")
                .bind(id)
                .bind(to.code())
                .bind(now())
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
            history!(tx, id, to, actor);
            notify!(tx, compose, id, false);
            if let Some(next) = promoted {
                notify!(tx, compose, next, true);
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            promoted
        });
        let registration = by_id(self, id).await?.ok_or(DomainError::NotFound)?;
        let promoted = match promoted {
            Some(p) => by_id(self, p).await?,
            None => None,
        };
        Ok(StatusChanged { registration, promoted })
    }
}

/// The registration with this code.
async fn by_code(store: &SqlStore, code: &str) -> DomainResult<Option<Registration>> {
    let sql = format!(
        "SELECT {REG_COLUMNS} FROM registrations r LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.code = $1"
    );
    let row: Option<RegRow> =
        on_pool!(store, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(code).fetch_optional(p).await).map_err(db_error)?;
    Ok(row.map(Into::into))
}

async fn by_id(store: &SqlStore, id: i64) -> DomainResult<Option<Registration>> {
    let sql = format!(
        "SELECT {REG_COLUMNS} FROM registrations r LEFT JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1"
    );
    let row: Option<RegRow> =
        on_pool!(store, |p| sqlx::query_as(AssertSqlSafe(sql)).bind(id).fetch_optional(p).await).map_err(db_error)?;
    Ok(row.map(Into::into))
}
