//! Recording, changing and listing bilateral meetings.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult};
use serde_json::json;

use crate::model::{BilateralMeeting, MeetingDraft};
use crate::store::{MeetingFilter, MeetingsStore};

/// Records a new meeting; returns its id.
pub async fn record_meeting(store: &dyn MeetingsStore, caller: &Caller, draft: MeetingDraft) -> DomainResult<i64> {
    caller.require(Permission::EditOutreach)?;
    let draft = draft.validate()?;
    let audit = caller.audit("create", "outreach", summary(&draft));
    store.save_meeting(None, &draft, audit).await
}

/// Replaces what a meeting says (its people, organisations and topics whole).
pub async fn update_meeting(
    store: &dyn MeetingsStore,
    caller: &Caller,
    id: i64,
    draft: MeetingDraft,
) -> DomainResult<i64> {
    caller.require(Permission::EditOutreach)?;
    let draft = draft.validate()?;
    let audit = caller.audit("update", &format!("outreach:{id}"), summary(&draft));
    store.save_meeting(Some(id), &draft, audit).await
}

/// What the audit keeps of a meeting: who and when, not the notes (they may be sensitive and
/// the audit log is read more widely than the meeting).
fn summary(d: &MeetingDraft) -> serde_json::Value {
    json!({"met_on": d.met_on, "organisations": d.organisations, "event": d.event, "topics": d.topics})
}

pub async fn meeting(store: &dyn MeetingsStore, caller: &Caller, id: i64) -> DomainResult<BilateralMeeting> {
    caller.require(Permission::EditOutreach)?;
    store.meeting(id).await?.ok_or(DomainError::NotFound)
}

/// Meetings newest first, by organisation, tag and year.
pub async fn meetings(
    store: &dyn MeetingsStore,
    caller: &Caller,
    filter: &MeetingFilter,
) -> DomainResult<Vec<BilateralMeeting>> {
    caller.require(Permission::EditOutreach)?;
    let mut filter = filter.clone();
    filter.tag = filter.tag.map(|t| crate::model::meeting::tag_of(&t)).filter(|t| !t.is_empty());
    store.meetings(&filter).await
}
