//! The storage contract of the outreach log. `hansa_core::SqlStore` implements it on both
//! backends; every write takes the `AuditNote` and writes it in the same transaction, and
//! resolves the slugs it names there, refusing unknown ones field by field.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::DomainResult;

use crate::model::{BilateralMeeting, FollowUp, FollowUpDraft, FollowUpStatus, MeetingDraft, StatusStep};

mod pipeline;
pub use pipeline::{PipelineStore, ReminderStore};

/// Which meetings a list shows; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct MeetingFilter {
    /// An organisation's slug.
    pub organisation: Option<String>,
    pub tag: Option<String>,
    pub year: Option<i32>,
}

/// Which follow-ups a list shows; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct FollowUpFilter {
    pub owner: Option<i64>,
    pub organisation: Option<String>,
    pub meeting: Option<i64>,
    pub open_only: bool,
}

#[async_trait]
pub trait MeetingStore: Send + Sync {
    /// Records a new meeting (`id` None) or replaces one; refuses every unknown person,
    /// organisation and event slug at once, writing nothing.
    async fn save_meeting(&self, id: Option<i64>, draft: &MeetingDraft, audit: AuditNote) -> DomainResult<i64>;
    async fn meeting(&self, id: i64) -> DomainResult<Option<BilateralMeeting>>;
    /// Newest first, in a fixed number of statements whatever the count.
    async fn meetings(&self, filter: &MeetingFilter) -> DomainResult<Vec<BilateralMeeting>>;
}

#[async_trait]
pub trait FollowUpStore: Send + Sync {
    /// Adds (`id` None, open) or changes a follow-up (its status stays); refuses an unknown
    /// organisation or meeting and an owner who is not staff, naming each field.
    async fn save_follow_up(&self, id: Option<i64>, draft: &FollowUpDraft, audit: AuditNote) -> DomainResult<i64>;
    /// Moves a follow-up from `from` to `to` on day `on`, only if it still is `from` (else
    /// `Conflict`, nothing written), and keeps the step in its history.
    async fn move_follow_up(
        &self,
        id: i64,
        from: FollowUpStatus,
        to: FollowUpStatus,
        on: &str,
        actor: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<()>;
    async fn follow_up(&self, id: i64) -> DomainResult<Option<FollowUp>>;
    /// By due date.
    async fn follow_ups(&self, filter: &FollowUpFilter) -> DomainResult<Vec<FollowUp>>;
    /// Oldest first.
    async fn follow_up_history(&self, id: i64) -> DomainResult<Vec<StatusStep>>;
    /// Staff and admin accounts as `(id, display name)`: who may own a follow-up.
    async fn staff_accounts(&self) -> DomainResult<Vec<(i64, String)>>;
}

/// What the meetings feature needs of the one store.
pub trait MeetingsStore:
    MeetingStore + FollowUpStore + PipelineStore + ReminderStore + hansa_directory::store::DirectoryStore
{
}
impl<T: MeetingStore + FollowUpStore + PipelineStore + ReminderStore + hansa_directory::store::DirectoryStore>
    MeetingsStore for T
{
}
