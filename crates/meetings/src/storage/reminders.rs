//! The overdue follow-ups' reminders on SQLite and PostgreSQL. "At most once a day" is kept by
//! the database: the day is recorded by an upsert that only succeeds when the owner's last
//! reminder is older, in the same transaction as the message it allows, so reminders run
//! twice (by hand, by cron, by two app servers) queue one message.

use async_trait::async_trait;
use hansa_core::db::{SqlStore, db_error, on_pool};
use hansa_core::error::DomainResult;
use hansa_core::outbox::Message;
use hansa_core::write_message;
use sqlx::AssertSqlSafe;

use super::follow_ups::{FollowUpRow, SELECT, follow_up_of};
use crate::model::OverdueOwner;

/// Id, e-mail, name, remembered language, day last reminded.
type OwnerRow = (i64, String, String, Option<String>, Option<String>);

#[async_trait]
impl crate::store::ReminderStore for SqlStore {
    async fn overdue_owners(&self, today: &str) -> DomainResult<Vec<OverdueOwner>> {
        // A follow-up whose owner is no longer staff waits for a new owner, not a reminder to
        // someone who can no longer open it.
        let owners_sql = "SELECT u.id, u.email, u.display_name, r.lang, r.reminded_on FROM users u \
             LEFT JOIN follow_up_reminders r ON r.owner_id = u.id WHERE u.role IN ('staff', 'admin') \
             AND u.id IN (SELECT owner_id FROM follow_ups WHERE status = 'open' AND due_on < $1) ORDER BY u.id";
        let overdue_sql =
            format!("{SELECT} WHERE f.status = 'open' AND f.due_on < $1 ORDER BY f.owner_id, f.due_on, f.id");
        let (owners, overdue): (Vec<OwnerRow>, Vec<FollowUpRow>) = on_pool!(self, |p| {
            let owners = sqlx::query_as(owners_sql).bind(today).fetch_all(p).await.map_err(db_error)?;
            let overdue =
                sqlx::query_as(AssertSqlSafe(overdue_sql.as_str())).bind(today).fetch_all(p).await.map_err(db_error)?;
            (owners, overdue)
        });
        let mut out: Vec<OverdueOwner> = owners
            .into_iter()
            .map(|(owner, email, name, lang, reminded_on)| OverdueOwner {
                owner,
                email,
                name,
                lang,
                reminded_on,
                follow_ups: Vec::new(),
            })
            .collect();
        for f in overdue.into_iter().map(follow_up_of) {
            if let Some(o) = out.iter_mut().find(|o| o.owner == f.draft.owner) {
                o.follow_ups.push(f);
            }
        }
        Ok(out)
    }

    async fn queue_reminder(&self, owner: i64, today: &str, message: &Message) -> DomainResult<bool> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
            let claimed: Option<i64> = sqlx::query_scalar(
                "INSERT INTO follow_up_reminders (owner_id, reminded_on) VALUES ($1, $2) \
                 ON CONFLICT (owner_id) DO UPDATE SET reminded_on = excluded.reminded_on \
                 WHERE follow_up_reminders.reminded_on IS NULL OR follow_up_reminders.reminded_on < excluded.reminded_on \
                 RETURNING owner_id",
            )
            .bind(owner)
            .bind(today)
            .fetch_optional(&mut *tx)
            .await
            .map_err(db_error)?;
            if claimed.is_none() {
                // Reminded today already; the transaction is rolled back as it is dropped.
                return Ok(false);
            }
            let _id: i64 = write_message!(tx, message);
            tx.commit().await.map_err(db_error)?;
            Ok(true)
        })
    }

    async fn remember_language(&self, owner: i64, lang: &str) -> DomainResult<()> {
        on_pool!(self, |p| {
            // Read first: the start page is opened often and the language rarely changes, so
            // most visits write nothing (on SQLite a write would wait for the one writer).
            let known: Option<Option<String>> =
                sqlx::query_scalar("SELECT lang FROM follow_up_reminders WHERE owner_id = $1")
                    .bind(owner)
                    .fetch_optional(p)
                    .await
                    .map_err(db_error)?;
            if known.flatten().as_deref() == Some(lang) {
                return Ok(());
            }
            sqlx::query(
                "INSERT INTO follow_up_reminders (owner_id, lang) VALUES ($1, $2) \
                 ON CONFLICT (owner_id) DO UPDATE SET lang = excluded.lang",
            )
            .bind(owner)
            .bind(lang)
            .execute(p)
            .await
            .map_err(db_error)?;
            Ok(())
        })
    }
}
