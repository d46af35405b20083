//! Follow-ups: added and changed while open, then done or dropped once.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use hansa_core::validate::{self, Errors};
use serde_json::json;

use crate::model::{FollowUp, FollowUpDraft, FollowUpStatus, StatusStep, sort_for_owner, today};
use crate::store::{FollowUpFilter, MeetingsStore};

/// Adds an open follow-up; returns its id.
pub async fn add_follow_up(store: &dyn MeetingsStore, caller: &Caller, draft: FollowUpDraft) -> DomainResult<i64> {
    caller.require(Permission::EditOutreach)?;
    let draft = draft.validate()?;
    let audit = caller.audit("create", "follow-up", summary(&draft));
    store.save_follow_up(None, &draft, audit).await
}

/// Changes an open follow-up's fields; a closed one is history and stays as it was.
pub async fn update_follow_up(
    store: &dyn MeetingsStore,
    caller: &Caller,
    id: i64,
    draft: FollowUpDraft,
) -> DomainResult<i64> {
    caller.require(Permission::EditOutreach)?;
    let stored = store.follow_up(id).await?.ok_or(DomainError::NotFound)?;
    if stored.status != FollowUpStatus::Open {
        return Err(DomainError::invalid("status", "err-follow-up-closed"));
    }
    let draft = draft.validate()?;
    let audit = caller.audit("update", &format!("follow-up:{id}"), summary(&draft));
    store.save_follow_up(Some(id), &draft, audit).await
}

fn summary(d: &FollowUpDraft) -> serde_json::Value {
    json!({"title": d.title, "organisation": d.organisation, "owner": d.owner, "due_on": d.due_on,
           "leads_to": d.leads_to.code(), "meeting": d.meeting})
}

/// Marks a follow-up done or dropped on day `on` (today when empty). Only an open one moves;
/// moving a closed one is refused on `status`.
pub async fn close_follow_up(
    store: &dyn MeetingsStore,
    caller: &Caller,
    id: i64,
    to: FollowUpStatus,
    on: Option<&str>,
) -> DomainResult<()> {
    caller.require(Permission::EditOutreach)?;
    let on = on.map(str::trim).filter(|d| !d.is_empty()).map_or_else(today, str::to_owned);
    let mut e = Errors::default();
    validate::check_date("closed_on", &on, &mut e);
    e.finish(())?;
    let stored = store.follow_up(id).await?.ok_or(DomainError::NotFound)?;
    if !stored.status.can_move_to(to) {
        return Err(DomainError::Invalid(vec![FieldError::with("status", "err-follow-up-status", to.code())]));
    }
    let audit = caller.audit(to.code(), &format!("follow-up:{id}"), json!({"from": stored.status.code(), "on": on}));
    store.move_follow_up(id, stored.status, to, &on, caller.account, audit).await
}

pub async fn follow_up(
    store: &dyn MeetingsStore,
    caller: &Caller,
    id: i64,
) -> DomainResult<(FollowUp, Vec<StatusStep>)> {
    caller.require(Permission::EditOutreach)?;
    let f = store.follow_up(id).await?.ok_or(DomainError::NotFound)?;
    Ok((f, store.follow_up_history(id).await?))
}

/// The follow-ups of a list (a meeting's, an organisation's), by due date.
pub async fn follow_ups(
    store: &dyn MeetingsStore,
    caller: &Caller,
    filter: &FollowUpFilter,
) -> DomainResult<Vec<FollowUp>> {
    caller.require(Permission::EditOutreach)?;
    store.follow_ups(filter).await
}

/// A staff member's open follow-ups, the overdue ones first, then by due date.
pub async fn open_follow_ups_of(store: &dyn MeetingsStore, caller: &Caller, owner: i64) -> DomainResult<Vec<FollowUp>> {
    caller.require(Permission::EditOutreach)?;
    let mut list =
        store.follow_ups(&FollowUpFilter { owner: Some(owner), open_only: true, ..Default::default() }).await?;
    sort_for_owner(&mut list, &today());
    Ok(list)
}

/// Who may own a follow-up: staff and admin accounts, `(id, name)`.
pub async fn owners(store: &dyn MeetingsStore, caller: &Caller) -> DomainResult<Vec<(i64, String)>> {
    caller.require(Permission::EditOutreach)?;
    store.staff_accounts().await
}
