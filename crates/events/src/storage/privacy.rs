//! Personal data of events: what each registration still holds, and erasure of a person's
//! registrations everywhere — history, check-ins, outbox messages and the registration itself
//! in one transaction (a badge is printed from the registration, so it goes with it).

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::db::{SqlStore, db_error, on_pool, write_audit};
use hansa_core::error::DomainResult;

use crate::model::*;
use crate::store::{HeldData, PrivacyStore};

#[async_trait]
impl PrivacyStore for SqlStore {
    async fn held_data(&self, event_id: i64) -> DomainResult<Vec<HeldData>> {
        type Row = (
            String,
            String,
            String,
            Option<String>,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            bool,
            String,
            i64,
            i64,
        );
        let rows: Vec<Row> = on_pool!(self, |p| {
            sqlx::query_as(
            "SELECT r.code, r.given_name, r.family_name, r.honorific, r.email, r.status, r.passport_name, r.dietary, \
             r.accessibility, r.visa_letter, r.answers_json, \
             (SELECT COUNT(*) FROM check_ins c WHERE c.registration_id = r.id), \
             (SELECT COUNT(*) FROM outbox m WHERE m.entity = 'registration:' || CAST(r.id AS TEXT)) \
             FROM registrations r WHERE r.event_id = $1 ORDER BY r.family_name, r.given_name, r.id"
        )
        .bind(event_id)
        .fetch_all(p)
        .await
        })
        .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(
                |(
                    code,
                    given,
                    family,
                    honorific,
                    email,
                    status,
                    passport,
                    dietary,
                    access,
                    visa,
                    answers,
                    ci,
                    msgs,
                )| {
                    let answers: std::collections::BTreeMap<String, String> =
                        serde_json::from_str(&answers).unwrap_or_default();
                    HeldData {
                        code,
                        name: RegistrationInput {
                            given_name: given,
                            family_name: family,
                            honorific,
                            ..Default::default()
                        }
                        .display_name(),
                        email,
                        status: RegStatus::parse(&status).unwrap_or(RegStatus::Pending),
                        passport_name: passport.is_some(),
                        dietary: dietary.is_some(),
                        accessibility: access.is_some(),
                        visa_letter: visa,
                        answers: answers.len(),
                        check_ins: ci,
                        messages: msgs,
                    }
                },
            )
            .collect())
    }

    async fn erase_registrations(&self, email: &str, audit: AuditNote) -> DomainResult<u64> {
        let email = email.trim().to_lowercase();
        Ok(on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let found: Vec<(i64, i64, String, String)> =
                sqlx::query_as("SELECT id, event_id, category, status FROM registrations WHERE email = $1")
                    .bind(&email)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(db_error)?;
            for (id, event_id, category, status) in &found {
                // A place it held is freed (nobody is promoted: erasure is not a cancellation).
                if RegStatus::parse(status).is_some_and(RegStatus::holds_place) {
                    sqlx::query("UPDATE event_categories SET held = held - 1 WHERE event_id = $1 AND category = $2 AND held > 0")
                        .bind(event_id)
                        .bind(category)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_error)?;
                }
                for table in ["check_ins", "registration_history"] {
                    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE registration_id = $1")))
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_error)?;
                }
                hansa_core::erase_messages!(tx, format!("registration:{id}"));
                sqlx::query("DELETE FROM registrations WHERE id = $1")
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)?;
            found.len() as u64
        }))
    }
}
