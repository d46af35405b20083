//! The storage contract of the prospect pipeline and of the overdue follow-ups' reminders.
//! `hansa_core::SqlStore` implements them on both backends (`storage::pipeline`,
//! `storage::reminders`).

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::DomainResult;
use hansa_core::outbox::Message;

use crate::model::{OverdueOwner, ProspectCard, Stage};

#[async_trait]
pub trait PipelineStore: Send + Sync {
    /// Every organisation on network `network_id`'s board, in one statement: those staff put
    /// there, the directory's prospects and applicants of the network, and its members that
    /// were once its prospects (courted, then won). Each with its membership read now, the
    /// latest outreach meeting, and its open and overdue (due before `today`) follow-ups.
    async fn prospect_cards(&self, network_id: i64, today: &str) -> DomainResult<Vec<ProspectCard>>;

    /// Moves organisation `organisation` (a slug) on network `network_id`'s board from `from`
    /// (the stage the mover's page showed; None adds it) to `to`, on day `on`. In one
    /// transaction: resolves the slug (unknown: `Invalid` on `organisation`), reads its
    /// membership and stored stage, checks them with [`crate::model::check_move`], writes
    /// the stage and `audit`. Any refusal writes nothing.
    async fn move_prospect(
        &self,
        network_id: i64,
        organisation: &str,
        from: Option<Stage>,
        to: Stage,
        on: &str,
        audit: AuditNote,
    ) -> DomainResult<()>;
}

#[async_trait]
pub trait ReminderStore: Send + Sync {
    /// The staff members (still staff or admin) owning open follow-ups due before `today`,
    /// each with those follow-ups, oldest due first.
    async fn overdue_owners(&self, today: &str) -> DomainResult<Vec<OverdueOwner>>;

    /// Queues `message` for `owner` and records `today` as the day they were reminded, both in
    /// one transaction and only if they were not reminded on `today` yet — decided by the
    /// write itself, so two runners on the same day queue one message. Answers whether it did.
    async fn queue_reminder(&self, owner: i64, today: &str, message: &Message) -> DomainResult<bool>;

    /// Remembers the interface language `owner` reads the staff pages in, for their reminders
    /// (a no-op when it is already the one remembered).
    async fn remember_language(&self, owner: i64, lang: &str) -> DomainResult<()>;
}
