//! Networks and memberships, with the status lifecycle enforced.

use serde_json::json;

use super::*;
use crate::store::DirectoryStore;
use hansa_core::error::{DomainError, DomainResult, FieldError};

pub async fn create_network(
    store: &dyn DirectoryStore,
    caller: &Caller,
    input: &NetworkInput,
) -> DomainResult<Network> {
    caller.require(Permission::EditDirectory)?;
    let input = input.validate()?;
    if store.network(&input.slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &input.slug)));
    }
    let org_id = match &input.organisation {
        Some(s) => Some(resolve_org(store, "organisation", s).await?.id),
        None => None,
    };
    let audit = caller.audit("create", &format!("network:{}", input.slug), json!({"name": input.name}));
    store.create_network(&input, org_id, audit).await
}

pub async fn create_membership(
    store: &dyn DirectoryStore,
    caller: &Caller,
    input: &MembershipInput,
) -> DomainResult<Membership> {
    caller.require(Permission::EditDirectory)?;
    let input = input.validate()?;
    let network = resolve_network(store, &input.network).await?;
    let org = resolve_org(store, "organisation", &input.organisation).await?;
    if !network.membership_types.iter().any(|t| t.code == input.type_code) {
        return Err(DomainError::Invalid(vec![FieldError::with("type", "err-unknown", &input.type_code)]));
    }
    if store.memberships_of_organisation(org.id).await?.iter().any(|m| m.network_id == network.id) {
        return Err(DomainError::Conflict(FieldError::with("organisation", "err-already-member", &input.organisation)));
    }
    let entity = format!("membership:{}/{}", input.network, input.organisation);
    let audit = caller.audit("create", &entity, json!({"status": input.status(), "type": input.type_code}));
    store.create_membership(network.id, org.id, &input, audit).await
}

pub async fn change_membership_status(
    store: &dyn DirectoryStore,
    caller: &Caller,
    id: i64,
    change: &StatusChange,
) -> DomainResult<Membership> {
    caller.require(Permission::EditDirectory)?;
    let change = change.validate()?;
    let current = store.membership(id).await?.ok_or(DomainError::NotFound)?;
    if !current.status.can_move_to(change.status) {
        return Err(DomainError::Invalid(vec![FieldError::with("status", "err-status-move", change.status.code())]));
    }
    // The history is read in date order. A change dated before the last step would sort
    // before it, and the history would no longer end in the current status — nor could a
    // bundle of it be loaded again. Likewise leaving cannot come before joining.
    let last = store.membership_history(id).await?.pop();
    let ends = change.status == MembershipStatus::Withdrawn;
    if last.is_some_and(|l| change.date < l.date) || (ends && current.since.as_ref().is_some_and(|s| change.date < *s))
    {
        return Err(DomainError::Invalid(vec![FieldError::with("date", "err-period", &change.date)]));
    }
    let audit = caller.audit(
        "change-status",
        &format!("membership:{id}"),
        json!({"status": [current.status, change.status], "date": change.date}),
    );
    store.change_membership_status(id, current.status, &change, audit).await
}
