//! The outbox: messages to people (a registration confirmed, a place from the waiting list, a
//! visa invitation letter), written in the same transaction as the change that causes them and
//! sent later by a runner ([`crate::jobs::run_outbox`]). A change that commits always has its
//! message; one that rolls back never does; a crashed runner loses nothing (its lease runs out
//! and another claims the message again).
//!
//! Inside a feature's store method, beside its audit note:
//!
//! ```ignore
//! on_pool!(self, |p| {
//!     let mut tx = p.begin_with(hansa_core::db::write_begin(p)).await.map_err(db_error)?;
//!     // … the registration's own writes …
//!     let message_id: i64 = hansa_core::write_message!(tx, confirmation);
//!     hansa_core::write_audit!(tx, audit);
//!     tx.commit().await.map_err(db_error)
//! })
//! ```
//!
//! Addresses and bodies are personal data: they stay in the table and on the staff's pages.
//! Log lines name a message by id and kind only.

mod mailer;
pub mod smtp;

pub use mailer::{Mailer, SendError};

use async_trait::async_trait;
use serde_json::json;

use crate::audit::AuditNote;
use crate::caller::{Caller, Permission};
use crate::code::Page;
use crate::code_enum;
use crate::error::{DomainError, DomainResult};

/// A message to queue. `kind` is a catalogue-free code (`registration-confirmed`); `entity`
/// names the record it is about (`registration:42`), so erasing that record finds it; `lang`
/// is the language the subject and body are written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub kind: String,
    pub to_address: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub lang: String,
    pub entity: String,
}

code_enum!(
    /// Where a message is.
    MessageStatus {
        /// Waiting until `next_attempt_at` (or for a mail relay to be configured).
        Queued = "queued",
        /// Held by a runner until its lease ends.
        Sending = "sending",
        Sent = "sent",
        /// Refused for good, or out of attempts: staff may send it again.
        Failed = "failed",
    }
);

/// A message a runner holds: what it needs to send it. `attempts` counts this claim, and is
/// what a later outcome is checked against, so a runner whose lease ran out cannot overwrite
/// the outcome of the runner that claimed the message after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub id: i64,
    pub kind: String,
    pub to_address: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub lang: String,
    pub entity: String,
    pub attempts: i64,
    pub created_at: i64,
}

/// A message as the staff's list shows it (without its body). Times are unix seconds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OutboxMessage {
    pub id: i64,
    pub kind: String,
    pub to_address: String,
    pub to_name: Option<String>,
    pub subject: String,
    pub lang: String,
    pub entity: String,
    pub status: MessageStatus,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// One message with its body, for its own page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MessageDetail {
    pub message: OutboxMessage,
    pub body_text: String,
}

/// Which messages a list shows; `None` is any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageFilter {
    pub status: Option<MessageStatus>,
    pub kind: Option<String>,
    pub entity: Option<String>,
}

/// Waits before the 2nd … 6th attempt after a temporary failure: a relay that is down for an
/// afternoon still delivers, a dead address stops within a day.
pub const BACKOFF_SECONDS: [i64; 5] = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600];
/// Attempts before a message that keeps failing is `failed` for good.
pub const MAX_ATTEMPTS: i64 = BACKOFF_SECONDS.len() as i64 + 1;

/// When to try again after attempt number `attempts` (1 for the first) failed temporarily, or
/// `None` when that was the last.
pub fn next_attempt(attempts: i64, now: i64) -> Option<i64> {
    let i = usize::try_from(attempts.max(1) - 1).ok()?;
    BACKOFF_SECONDS.get(i).map(|wait| now + wait)
}

/// The storage contract of the outbox. `SqlStore` implements it on SQLite and PostgreSQL.
#[async_trait]
pub trait OutboxStore: Send + Sync {
    /// Queues a message that is not part of another write (inside one, use [`write_message!`]).
    async fn enqueue(&self, message: &Message) -> DomainResult<i64>;
    /// Takes up to `limit` due messages (queued and due at `now`, or held under a lease that
    /// ended before `now`) for `lease_seconds`, counting an attempt for each. Two runners never
    /// get the same message while its lease lasts (PostgreSQL: `FOR UPDATE SKIP LOCKED`;
    /// SQLite: one writer at a time). Oldest first.
    async fn claim(&self, limit: i64, now: i64, lease_seconds: i64) -> DomainResult<Vec<Claimed>>;
    /// The relay took it. A sent message stays sent, whoever held it.
    async fn mark_sent(&self, id: i64, now: i64) -> DomainResult<()>;
    /// Sending failed: queued again at `retry_at`, or failed for good (`None`). Ignored when
    /// the claim is no longer this one (the lease ran out and another runner has it).
    async fn mark_failed(&self, claim: &Claimed, error: &str, retry_at: Option<i64>) -> DomainResult<()>;
    /// Hands back a claimed message not tried (a runner stopping): queued, the attempt uncounted.
    async fn release(&self, claim: &Claimed) -> DomainResult<()>;
    /// Messages newest first, `limit` from `offset`, with how many match.
    async fn messages(&self, filter: &MessageFilter, limit: i64, offset: i64) -> DomainResult<Page<OutboxMessage>>;
    async fn message(&self, id: i64) -> DomainResult<Option<MessageDetail>>;
    /// Puts a failed message back in the queue, due at `now`, with a fresh set of attempts,
    /// and writes `audit` with it. `NotFound` when there is no such message; `Conflict` when
    /// it is not failed (any more).
    async fn retry(&self, id: i64, now: i64, audit: AuditNote) -> DomainResult<()>;
    /// Deletes every message about `entity` (erasure of a person's records); how many went.
    async fn delete_for_entity(&self, entity: &str) -> DomainResult<u64>;
}

/// Queues `$message` (a [`Message`]) inside the caller's open transaction `$tx`, so it exists
/// exactly when the change that causes it commits; evaluates to the new message's id. For
/// store code inside `on_pool!` on either backend, beside `write_audit!`.
#[macro_export]
macro_rules! write_message {
    ($tx:expr, $message:expr) => {{
        let message = &$message;
        let at = $crate::db::now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO outbox (kind, to_address, to_name, subject, body_text, lang, entity, status, attempts, \
             next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'queued', 0, $8, $8) RETURNING id",
        )
        .bind(&message.kind)
        .bind(&message.to_address)
        .bind(&message.to_name)
        .bind(&message.subject)
        .bind(&message.body_text)
        .bind(&message.lang)
        .bind(&message.entity)
        .bind(at)
        .fetch_one(&mut *$tx)
        .await
        .map_err($crate::db::db_error)?;
        id
    }};
}
pub use write_message;

/// Deletes the messages about `$entity` inside the caller's transaction `$tx` (erasing a
/// registration and its messages together); evaluates to how many went.
#[macro_export]
macro_rules! erase_messages {
    ($tx:expr, $entity:expr) => {{
        let entity: &str = &$entity;
        sqlx::query("DELETE FROM outbox WHERE entity = $1")
            .bind(entity)
            .execute(&mut *$tx)
            .await
            .map_err($crate::db::db_error)?
            .rows_affected()
    }};
}
pub use erase_messages;

/// Messages a list shows on one page.
pub const PAGE_SIZE: i64 = 50;

/// The staff's list of messages: page `page` (from 1) of those matching `filter`.
pub async fn list(
    store: &dyn OutboxStore,
    caller: &Caller,
    filter: &MessageFilter,
    page: i64,
) -> DomainResult<Page<OutboxMessage>> {
    caller.require(Permission::ReadStaff)?;
    let page = page.clamp(1, 1_000_000);
    store.messages(filter, PAGE_SIZE, (page - 1) * PAGE_SIZE).await
}

/// One message with its body, for staff.
pub async fn show(store: &dyn OutboxStore, caller: &Caller, id: i64) -> DomainResult<MessageDetail> {
    caller.require(Permission::ReadStaff)?;
    store.message(id).await?.ok_or(DomainError::NotFound)
}

/// Staff send a failed message again: queued now, with a fresh set of attempts, audited. It
/// needs `EditDirectory`, the secretariat's permission over people's records and contacts: the
/// outbox belongs to no one feature, and resending contacts a person at a stored address.
pub async fn send_again(store: &dyn OutboxStore, caller: &Caller, id: i64, now: i64) -> DomainResult<()> {
    caller.require(Permission::EditDirectory)?;
    let audit = caller.audit("retry", &format!("message:{id}"), json!({"status": ["failed", "queued"]}));
    store.retry(id, now, audit).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_grows_then_stops() {
        let waits: Vec<_> = (1..=MAX_ATTEMPTS).map(|n| next_attempt(n, 1000).map(|t| t - 1000)).collect();
        assert_eq!(waits, [Some(60), Some(300), Some(1800), Some(7200), Some(43_200), None]);
        assert_eq!(next_attempt(0, 0), Some(60), "a claim always counts at least one attempt");
    }
}
