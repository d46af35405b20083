//! People: create, change, positions, and erasure on request.

use serde_json::json;

use super::*;
use crate::store::{DirectoryStore, NewPerson, StoredPosition};
use hansa_core::error::{DomainError, DomainResult, FieldError};

pub async fn create_person(store: &dyn DirectoryStore, caller: &Caller, input: &PersonInput) -> DomainResult<Person> {
    caller.require(Permission::EditDirectory)?;
    let input = input.validate()?;
    let slug = input.slug.clone().unwrap_or_default();
    if store.person(&slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &slug)));
    }
    let focal_point_for = match &input.focal_point_for {
        Some(s) => Some(resolve_org(store, "focal_point_for", s).await?.id),
        None => None,
    };
    let mut positions = Vec::new();
    for (i, p) in input.positions.iter().enumerate() {
        let org = resolve_org(store, &format!("positions[{i}].organisation"), &p.organisation).await?;
        positions.push(StoredPosition {
            person_id: 0,
            organisation_id: org.id,
            title: p.title.clone(),
            since: p.since.clone(),
            until: p.until.clone(),
        });
    }
    // The audit names the person by slug only: contact details stay out of the log.
    let audit = caller.audit("create", &format!("person:{slug}"), json!({}));
    store.create_person(&NewPerson { input, focal_point_for, positions }, audit).await
}

/// Changes a person's names, contact details and focal-point duty. The audit names the
/// fields that changed, never their values: contact details stay out of the log.
pub async fn update_person(
    store: &dyn DirectoryStore,
    caller: &Caller,
    slug: &str,
    input: &PersonInput,
) -> DomainResult<Person> {
    caller.require(Permission::EditDirectory)?;
    let current = store.person(slug).await?.ok_or(DomainError::NotFound)?;
    let mut input = input.clone();
    if input.slug.as_deref().is_none_or(|s| s.trim().is_empty()) {
        input.slug = Some(current.slug.clone());
    }
    input.positions.clear();
    let input = input.validate()?;
    let new_slug = input.slug.clone().unwrap_or_default();
    if new_slug != current.slug && store.person(&new_slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &new_slug)));
    }
    let focal_point_for = match &input.focal_point_for {
        Some(s) => Some(resolve_org(store, "focal_point_for", s).await?.id),
        None => None,
    };
    let changed: Vec<&str> = [
        ("given_name", current.given_name != input.given_name),
        ("family_name", current.family_name != input.family_name),
        ("name_order", current.name_order != input.name_order),
        ("native_name", current.native_name != input.native_name),
        ("honorific", current.honorific != input.honorific),
        ("email", current.email != input.email),
        ("phone", current.phone != input.phone),
        ("focal_point_for", current.focal_point_for != focal_point_for),
    ]
    .into_iter()
    .filter_map(|(f, c)| c.then_some(f))
    .collect();
    let audit = caller.audit("update", &format!("person:{}", current.slug), json!({"changed": changed}));
    store.update_person(current.id, &NewPerson { input, focal_point_for, positions: vec![] }, audit).await
}

/// Records a position someone holds (or held) at an organisation.
pub async fn add_position(
    store: &dyn DirectoryStore,
    caller: &Caller,
    person_slug: &str,
    position: &Position,
) -> DomainResult<()> {
    caller.require(Permission::EditDirectory)?;
    let person = store.person(person_slug).await?.ok_or(DomainError::NotFound)?;
    let mut e = hansa_core::validate::Errors::default();
    let title = position.title.clean("title", hansa_core::validate::MAX_NAME, true, &mut e);
    hansa_core::validate::check_period(position.since.as_deref(), position.until.as_deref(), &mut e);
    e.finish(())?;
    let org = resolve_org(store, "organisation", &position.organisation).await?;
    let stored = StoredPosition {
        person_id: person.id,
        organisation_id: org.id,
        title,
        since: position.since.clone(),
        until: position.until.clone(),
    };
    let audit =
        caller.audit("add-position", &format!("person:{person_slug}"), json!({"organisation": position.organisation}));
    store.add_position(&stored, audit).await
}

/// Erases a person on request: positions, seats and the record itself. The audit keeps only
/// the number of the record, not the name, so the log holds no trace of who it was.
pub async fn erase_person(store: &dyn DirectoryStore, caller: &Caller, slug: &str) -> DomainResult<()> {
    caller.require(Permission::Administer)?;
    let person = store.person(slug).await?.ok_or(DomainError::NotFound)?;
    store.erase_person(person.id, caller.audit("erase", &format!("person:#{}", person.id), json!({}))).await
}
