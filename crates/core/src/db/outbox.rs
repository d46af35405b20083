//! The outbox on both backends. Claiming is one statement that takes due messages and leases
//! them; on PostgreSQL its row locks are taken with `SKIP LOCKED`, so runners on several app
//! servers each take different messages without waiting on one another.

use async_trait::async_trait;

use crate::audit::AuditNote;
use crate::code::Page;
use crate::error::{DomainError, DomainResult, FieldError};
use crate::outbox::{Claimed, Message, MessageDetail, MessageFilter, MessageStatus, OutboxMessage, OutboxStore};

use super::{Pool, SqlStore, db_error, on_pool, write_audit, write_begin};

/// What a runner needs, in `Claimed` order.
const CLAIMED: &str = "id, kind, to_address, to_name, subject, body_text, lang, entity, attempts, created_at";
type ClaimedRow = (i64, String, String, Option<String>, String, String, String, String, i64, i64);

fn claimed(
    (id, kind, to_address, to_name, subject, body_text, lang, entity, attempts, created_at): ClaimedRow,
) -> Claimed {
    Claimed { id, kind, to_address, to_name, subject, body_text, lang, entity, attempts, created_at }
}

const LISTED: &str = "id, kind, to_address, to_name, subject, lang, entity, status, attempts, next_attempt_at, \
                      last_error, created_at, sent_at";

#[derive(sqlx::FromRow)]
struct ListedRow {
    id: i64,
    kind: String,
    to_address: String,
    to_name: Option<String>,
    subject: String,
    lang: String,
    entity: String,
    status: String,
    attempts: i64,
    next_attempt_at: i64,
    last_error: Option<String>,
    created_at: i64,
    sent_at: Option<i64>,
}

impl From<ListedRow> for OutboxMessage {
    fn from(r: ListedRow) -> Self {
        OutboxMessage {
            id: r.id,
            kind: r.kind,
            to_address: r.to_address,
            to_name: r.to_name,
            subject: r.subject,
            lang: r.lang,
            entity: r.entity,
            // Only this module writes the column; an unknown value can only be a newer
            // version's, shown as still waiting rather than as sent.
            status: MessageStatus::parse(&r.status).unwrap_or(MessageStatus::Queued),
            attempts: r.attempts,
            next_attempt_at: r.next_attempt_at,
            last_error: r.last_error,
            created_at: r.created_at,
            sent_at: r.sent_at,
        }
    }
}

/// Due: queued and its time has come, or held under a lease that ended (its runner died).
/// Literal statuses, so each arm reads its partial index (`outbox_queued`, `outbox_leased`).
const DUE: &str = "(status = 'queued' AND next_attempt_at <= $1) OR (status = 'sending' AND claimed_until < $1)";

#[async_trait]
impl OutboxStore for SqlStore {
    async fn enqueue(&self, message: &Message) -> DomainResult<i64> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(write_begin(p)).await.map_err(db_error)?;
            let id = crate::write_message!(tx, message);
            tx.commit().await.map_err(db_error)?;
            Ok(id)
        })
    }

    async fn claim(&self, limit: i64, now: i64, lease_seconds: i64) -> DomainResult<Vec<Claimed>> {
        let update = |lock: &str| {
            format!(
                "UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_until = $2
                 WHERE id IN (SELECT id FROM outbox WHERE {DUE} ORDER BY id LIMIT $3{lock})
                 RETURNING {CLAIMED}"
            )
        };
        // SQLite has one writer at a time: the statement runs alone once it holds the lock
        // (taken at BEGIN IMMEDIATE, so it never reads a snapshot another runner then changes).
        let sql = match self.pool() {
            Pool::Sqlite(_) => update(""),
            Pool::Postgres(_) => update(" FOR UPDATE SKIP LOCKED"),
        };
        let mut rows: Vec<ClaimedRow> = on_pool!(self, |p| {
            let mut tx = p.begin_with(write_begin(p)).await.map_err(db_error)?;
            let rows = sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(now)
                .bind(now + lease_seconds)
                .bind(limit)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_error)?;
            tx.commit().await.map_err(db_error)?;
            rows
        });
        // RETURNING promises no order.
        rows.sort_by_key(|r| r.0);
        Ok(rows.into_iter().map(claimed).collect())
    }

    async fn mark_sent(&self, id: i64, now: i64) -> DomainResult<()> {
        on_pool!(self, |p| sqlx::query(
            "UPDATE outbox SET status = 'sent', sent_at = $2, claimed_until = NULL, last_error = NULL WHERE id = $1"
        )
        .bind(id)
        .bind(now)
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_error)
    }

    async fn mark_failed(&self, claim: &Claimed, error: &str, retry_at: Option<i64>) -> DomainResult<()> {
        let status = if retry_at.is_some() { MessageStatus::Queued } else { MessageStatus::Failed };
        // A relay's answer can be long; the page shows the start of it.
        let error: String = error.chars().take(1000).collect();
        on_pool!(self, |p| sqlx::query(
            "UPDATE outbox SET status = $3, next_attempt_at = COALESCE($4, next_attempt_at), claimed_until = NULL,
                    last_error = $5
             WHERE id = $1 AND status = 'sending' AND attempts = $2"
        )
        .bind(claim.id)
        .bind(claim.attempts)
        .bind(status.code())
        .bind(retry_at)
        .bind(&error)
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_error)
    }

    async fn release(&self, claim: &Claimed) -> DomainResult<()> {
        on_pool!(self, |p| sqlx::query(
            "UPDATE outbox SET status = 'queued', claimed_until = NULL, attempts = attempts - 1
             WHERE id = $1 AND status = 'sending' AND attempts = $2"
        )
        .bind(claim.id)
        .bind(claim.attempts)
        .execute(p)
        .await
        .map(|_| ()))
        .map_err(db_error)
    }

    async fn messages(&self, filter: &MessageFilter, limit: i64, offset: i64) -> DomainResult<Page<OutboxMessage>> {
        let status = filter.status.map(|s| s.code());
        let wanted = "($1 IS NULL OR status = $1) AND ($2 IS NULL OR kind = $2) AND ($3 IS NULL OR entity = $3)";
        // One connection for the page and its count.
        let (rows, total): (Vec<ListedRow>, i64) = on_pool!(self, |p| {
            let mut c = p.acquire().await.map_err(db_error)?;
            let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {LISTED} FROM outbox WHERE {wanted} ORDER BY id DESC LIMIT $4 OFFSET $5"
            )))
            .bind(status)
            .bind(filter.kind.as_deref())
            .bind(filter.entity.as_deref())
            .bind(limit)
            .bind(offset)
            .fetch_all(&mut *c)
            .await
            .map_err(db_error)?;
            let total: i64 =
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM outbox WHERE {wanted}")))
                    .bind(status)
                    .bind(filter.kind.as_deref())
                    .bind(filter.entity.as_deref())
                    .fetch_one(&mut *c)
                    .await
                    .map_err(db_error)?;
            (rows, total)
        });
        Ok(Page { items: rows.into_iter().map(OutboxMessage::from).collect(), total })
    }

    async fn message(&self, id: i64) -> DomainResult<Option<MessageDetail>> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            listed: ListedRow,
            body_text: String,
        }
        let row: Option<Row> = on_pool!(self, |p| sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {LISTED}, body_text FROM outbox WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(p)
        .await)
        .map_err(db_error)?;
        Ok(row.map(|r| MessageDetail { message: r.listed.into(), body_text: r.body_text }))
    }

    async fn retry(&self, id: i64, now: i64, audit: AuditNote) -> DomainResult<()> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(write_begin(p)).await.map_err(db_error)?;
            let done = sqlx::query(
                "UPDATE outbox SET status = 'queued', attempts = 0, next_attempt_at = $2, claimed_until = NULL
                 WHERE id = $1 AND status = 'failed'",
            )
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(db_error)?;
            if done.rows_affected() == 0 {
                let status: Option<String> = sqlx::query_scalar("SELECT status FROM outbox WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                return Err(match status {
                    Some(s) => DomainError::Conflict(FieldError::with("status", "err-changed-meanwhile", s)),
                    None => DomainError::NotFound,
                });
            }
            write_audit!(tx, audit);
            tx.commit().await.map_err(db_error)
        })
    }

    async fn delete_for_entity(&self, entity: &str) -> DomainResult<u64> {
        on_pool!(self, |p| {
            let mut tx = p.begin_with(write_begin(p)).await.map_err(db_error)?;
            let gone = crate::erase_messages!(tx, entity);
            tx.commit().await.map_err(db_error)?;
            Ok(gone)
        })
    }
}
