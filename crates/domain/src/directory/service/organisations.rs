//! Organisations: create, change (a new English name is kept in the history), history, archive.

use std::collections::HashMap;

use serde_json::json;

use super::*;
use crate::Localized;
use crate::audit::{AuditNote, diff};
use crate::directory::*;
use crate::error::{DomainError, DomainResult, FieldError};
use crate::store::Store;

pub async fn create_organisation(
    store: &dyn Store,
    actor: Actor,
    input: &OrganisationInput,
) -> DomainResult<Organisation> {
    let draft = input.validate()?;
    if store.organisation(&draft.slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &draft.slug)));
    }
    let parent_id = match &draft.parent {
        Some(p) => Some(resolve_org(store, "parent", p).await?.id),
        None => None,
    };
    let audit = AuditNote::new(actor, "create", &format!("organisation:{}", draft.slug), json!({"name": draft.name}));
    store.create_organisation(&draft, parent_id, audit).await
}

pub async fn update_organisation(
    store: &dyn Store,
    actor: Actor,
    slug: &str,
    input: &OrganisationInput,
) -> DomainResult<Organisation> {
    let current = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    let mut input = input.clone();
    if input.slug.as_deref().is_none_or(|s| s.trim().is_empty()) {
        input.slug = Some(current.slug.clone());
    }
    let draft = input.validate()?;
    if draft.slug != current.slug && store.organisation(&draft.slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &draft.slug)));
    }
    let parent_id = match &draft.parent {
        Some(p) => {
            let parent = resolve_org(store, "parent", p).await?;
            // Walk up from the new parent; meeting ourselves means a cycle.
            let mut parents = HashMap::new();
            let mut cursor = Some(parent.clone());
            while let Some(o) = cursor.filter(|o| o.id != current.id && !parents.contains_key(&o.id)) {
                parents.insert(o.id, o.parent_id);
                cursor = match o.parent_id {
                    Some(pid) => store.organisation_by_id(pid).await?,
                    None => None,
                };
            }
            if parent_makes_cycle(current.id, parent.id, |id| parents.get(&id).copied().flatten()) {
                return Err(DomainError::invalid("parent", "err-parent-cycle"));
            }
            Some(parent.id)
        }
        None => None,
    };
    let before = serde_json::to_value(&current).unwrap_or_default();
    let mut after_view = current.clone();
    after_view.slug = draft.slug.clone();
    after_view.kind = draft.kind;
    after_view.name = draft.name.clone();
    after_view.default_lang = draft.default_lang.clone();
    after_view.country = draft.country.clone();
    after_view.region = draft.region;
    after_view.parent_id = parent_id;
    after_view.website = draft.website.clone();
    after_view.description = draft.description.clone();
    after_view.founding_member = draft.founding_member;
    let changes = diff(&before, &serde_json::to_value(&after_view).unwrap_or_default());
    let audit = AuditNote::new(actor, "update", &format!("organisation:{}", current.slug), changes);
    // A new English name is a rename: the old name is kept in the history, dated today.
    let renamed = (current.name.get("en") != draft.name.get("en")).then(|| HistoryEntry {
        date: today(),
        event: HistoryEvent::Renamed,
        name: current.name.clone(),
        note: Localized::default(),
    });
    store.update_organisation(current.id, &draft, parent_id, renamed.as_ref(), audit).await
}

pub async fn add_history(store: &dyn Store, actor: Actor, slug: &str, entry: &HistoryEntry) -> DomainResult<()> {
    let org = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    let entry = entry.validate()?;
    let audit = AuditNote::new(
        actor,
        "add-history",
        &format!("organisation:{slug}"),
        json!({"event": entry.event, "date": entry.date}),
    );
    store.add_history(org.id, &entry, audit).await
}

/// Archives an organisation (hidden from lists and counts, kept with its history) or brings
/// it back. Nothing about organisations is ever deleted.
pub async fn set_archived(store: &dyn Store, actor: Actor, slug: &str, archived: bool) -> DomainResult<Organisation> {
    let org = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    let action = if archived { "archive" } else { "restore" };
    store
        .set_archived(org.id, archived, AuditNote::new(actor, action, &format!("organisation:{slug}"), json!({})))
        .await?;
    store.organisation(slug).await?.ok_or(DomainError::NotFound)
}
