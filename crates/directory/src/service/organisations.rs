//! Organisations: create, change (a new English name is kept in the history), history, archive.

use std::collections::HashMap;

use serde_json::json;

use super::*;
use crate::store::DirectoryStore;
use hansa_core::Localized;
use hansa_core::audit::diff;
use hansa_core::error::{DomainError, DomainResult, FieldError};

pub async fn create_organisation(
    store: &dyn DirectoryStore,
    caller: &Caller,
    input: &OrganisationInput,
) -> DomainResult<Organisation> {
    caller.require(Permission::EditDirectory)?;
    let draft = input.validate()?;
    if store.organisation(&draft.slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &draft.slug)));
    }
    let parent_id = match &draft.parent {
        Some(p) => Some(resolve_org(store, "parent", p).await?.id),
        None => None,
    };
    let audit = caller.audit("create", &format!("organisation:{}", draft.slug), json!({"name": draft.name}));
    store.create_organisation(&draft, parent_id, audit).await
}

/// Changes an organisation. Staff change everything; a focal point only the descriptive
/// fields of its own organisation — a changed slug, kind, parent, country, region or founding
/// flag is refused, naming each field, and a field it leaves empty stays as it is.
pub async fn update_organisation(
    store: &dyn DirectoryStore,
    caller: &Caller,
    slug: &str,
    input: &OrganisationInput,
) -> DomainResult<Organisation> {
    let current = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    caller.require_describe(current.id)?;
    let current_parent = match current.parent_id {
        Some(id) => store.organisation_by_id(id).await?.map(|p| p.slug),
        None => None,
    };
    let mut input = input.clone();
    let staff = caller.may(Permission::EditDirectory);
    keep_unsent(&mut input, &current, current_parent.as_deref(), staff);
    let draft = input.validate()?;
    if !staff {
        hansa_core::caller::refuse_fields(&secretariat_changes(&current, current_parent.as_deref(), &draft))?;
    }
    if draft.slug != current.slug && store.organisation(&draft.slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &draft.slug)));
    }
    let parent_id = match &draft.parent {
        Some(p) if Some(p) == current_parent.as_ref() => current.parent_id,
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
    let audit = caller.audit("update", &format!("organisation:{}", current.slug), changes);
    // A new English name is a rename: the old name is kept in the history, dated today.
    let renamed = (current.name.get("en") != draft.name.get("en")).then(|| HistoryEntry {
        date: today(),
        event: HistoryEvent::Renamed,
        name: current.name.clone(),
        note: Localized::default(),
    });
    store.update_organisation(current.id, &draft, parent_id, renamed.as_ref(), audit).await
}

pub async fn add_history(
    store: &dyn DirectoryStore,
    caller: &Caller,
    slug: &str,
    entry: &HistoryEntry,
) -> DomainResult<()> {
    caller.require(Permission::EditDirectory)?;
    let org = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    let entry = entry.validate()?;
    let audit =
        caller.audit("add-history", &format!("organisation:{slug}"), json!({"event": entry.event, "date": entry.date}));
    store.add_history(org.id, &entry, audit).await
}

/// Archives an organisation (hidden from lists and counts, kept with its history) or brings
/// it back. Nothing about organisations is ever deleted.
pub async fn set_archived(
    store: &dyn DirectoryStore,
    caller: &Caller,
    slug: &str,
    archived: bool,
) -> DomainResult<Organisation> {
    caller.require(Permission::EditDirectory)?;
    let org = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    let action = if archived { "archive" } else { "restore" };
    store.set_archived(org.id, archived, caller.audit(action, &format!("organisation:{slug}"), json!({}))).await?;
    store.organisation(slug).await?.ok_or(DomainError::NotFound)
}

/// What a change leaves unsaid stays as it is: an empty slug and an absent founding flag for
/// everyone; for a focal point also every field only the secretariat decides (its form does
/// not offer them).
fn keep_unsent(input: &mut OrganisationInput, current: &Organisation, parent: Option<&str>, staff: bool) {
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
    if blank(&input.slug) {
        input.slug = Some(current.slug.clone());
    }
    if input.founding_member.is_none() {
        input.founding_member = Some(current.founding_member);
    }
    if staff {
        return;
    }
    if input.kind.trim().is_empty() {
        input.kind = current.kind.code().to_owned();
    }
    if blank(&input.country) {
        input.country = current.country.clone();
    }
    if blank(&input.region) {
        input.region = current.region.map(|r| r.code().to_owned());
    }
    if blank(&input.parent) {
        input.parent = parent.map(str::to_owned);
    }
}

/// The secretariat's fields that a checked change would alter.
fn secretariat_changes(current: &Organisation, parent: Option<&str>, d: &OrganisationDraft) -> Vec<&'static str> {
    [
        ("slug", d.slug != current.slug),
        ("kind", d.kind != current.kind),
        ("parent", d.parent.as_deref() != parent),
        ("country", d.country != current.country),
        ("region", d.region != current.region),
        ("founding_member", d.founding_member != current.founding_member),
    ]
    .into_iter()
    .filter_map(|(field, changed)| changed.then_some(field))
    .collect()
}

/// The largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 512 * 1024;

/// Sets an organisation's logo (staff, or the focal point of that organisation). The type is
/// read from the content, never from the name or the header the browser sent; SVG is refused
/// because it can carry scripts.
pub async fn set_logo(store: &dyn DirectoryStore, caller: &Caller, slug: &str, bytes: &[u8]) -> DomainResult<()> {
    let org = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    caller.require_describe(org.id)?;
    if bytes.is_empty() {
        return Err(DomainError::invalid("logo", "err-required"));
    }
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(DomainError::Invalid(vec![FieldError::with("logo", "err-too-large", MAX_LOGO_BYTES / 1024)]));
    }
    let mime = sniff_image(bytes).ok_or_else(|| DomainError::invalid("logo", "err-not-image"))?;
    let audit = caller.audit("set-logo", &format!("organisation:{slug}"), json!({"bytes": bytes.len(), "type": mime}));
    store.set_logo(org.id, mime, bytes, audit).await
}

/// The image type of a file, from its first bytes: PNG, JPEG, GIF or WebP.
pub fn sniff_image(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some("image/gif")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}
