//! The directory's use cases: turn checked input into stored records, resolving the slugs
//! people type into ids, refusing parent cycles and illegal status moves, writing the audit.
//! Forms, the JSON API and imports all come through here, so they behave the same.

use std::collections::HashMap;

use serde_json::json;

use super::*;
use crate::Localized;
use crate::audit::{AuditNote, diff};
use crate::error::{DomainError, DomainResult, FieldError};
use crate::store::{NewPerson, Store, StoredBodySession, StoredPosition, StoredSeat};

fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Who is acting, for the audit log (`None` for the command line and demo loader).
pub type Actor = Option<i64>;

async fn resolve_org(store: &dyn Store, field: &str, slug: &str) -> DomainResult<Organisation> {
    store
        .organisation(slug)
        .await?
        .ok_or_else(|| DomainError::Invalid(vec![FieldError::with(field, "err-unknown", slug)]))
}

async fn resolve_network(store: &dyn Store, slug: &str) -> DomainResult<Network> {
    store
        .network(slug)
        .await?
        .ok_or_else(|| DomainError::Invalid(vec![FieldError::with("network", "err-unknown", slug)]))
}

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

pub async fn create_network(store: &dyn Store, actor: Actor, input: &NetworkInput) -> DomainResult<Network> {
    let input = input.validate()?;
    if store.network(&input.slug).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("slug", "err-taken", &input.slug)));
    }
    let org_id = match &input.organisation {
        Some(s) => Some(resolve_org(store, "organisation", s).await?.id),
        None => None,
    };
    let audit = AuditNote::new(actor, "create", &format!("network:{}", input.slug), json!({"name": input.name}));
    store.create_network(&input, org_id, audit).await
}

pub async fn create_membership(store: &dyn Store, actor: Actor, input: &MembershipInput) -> DomainResult<Membership> {
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
    let audit = AuditNote::new(actor, "create", &entity, json!({"status": input.status(), "type": input.type_code}));
    store.create_membership(network.id, org.id, &input, audit).await
}

pub async fn change_membership_status(
    store: &dyn Store,
    actor: Actor,
    id: i64,
    change: &StatusChange,
) -> DomainResult<Membership> {
    let change = change.validate()?;
    let current = store.membership(id).await?.ok_or(DomainError::NotFound)?;
    if !current.status.can_move_to(change.status) {
        return Err(DomainError::Invalid(vec![FieldError::with("status", "err-status-move", change.status.code())]));
    }
    let audit = AuditNote::new(
        actor,
        "change-status",
        &format!("membership:{id}"),
        json!({"status": [current.status, change.status], "date": change.date}),
    );
    store.change_membership_status(id, &change, audit).await
}

pub async fn create_office(store: &dyn Store, actor: Actor, input: &OfficeInput) -> DomainResult<RegionalOffice> {
    let input = input.validate()?;
    let network = resolve_network(store, &input.network).await?;
    let host = resolve_org(store, "host", &input.host).await?;
    let audit = AuditNote::new(
        actor,
        "create",
        &format!("office:{}/{}", input.network, input.host),
        json!({"city": input.city}),
    );
    store.create_office(network.id, host.id, &input, audit).await
}

pub async fn create_body(store: &dyn Store, actor: Actor, input: &BodyInput) -> DomainResult<GovernanceBody> {
    let input = input.validate()?;
    let network = resolve_network(store, &input.network).await?;
    let mut sessions = Vec::new();
    for (i, s) in input.sessions.iter().enumerate() {
        let host_id = match &s.host {
            Some(h) => Some(resolve_org(store, &format!("sessions[{i}].host"), h).await?.id),
            None => None,
        };
        sessions.push(StoredBodySession {
            body_id: 0,
            number: s.number,
            date: s.date.clone(),
            host_id,
            place: s.place.clone(),
        });
    }
    let mut seats = Vec::new();
    for (i, s) in input.seats.iter().enumerate() {
        let organisation_id = match &s.organisation {
            Some(o) => Some(resolve_org(store, &format!("seats[{i}].organisation"), o).await?.id),
            None => None,
        };
        let person_id = match &s.person {
            Some(p) => Some(
                store
                    .person(p)
                    .await?
                    .ok_or_else(|| {
                        DomainError::Invalid(vec![FieldError::with(format!("seats[{i}].person"), "err-unknown", p)])
                    })?
                    .id,
            ),
            None => None,
        };
        seats.push(StoredSeat {
            body_id: 0,
            organisation_id,
            person_id,
            role: s.role,
            since: s.since.clone(),
            until: s.until.clone(),
        });
    }
    let audit = AuditNote::new(actor, "create", &format!("body:{}", input.slug), json!({"name": input.name}));
    store.create_body(network.id, &input, &sessions, &seats, audit).await
}

pub async fn create_person(store: &dyn Store, actor: Actor, input: &PersonInput) -> DomainResult<Person> {
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
    let audit = AuditNote::new(actor, "create", &format!("person:{slug}"), json!({}));
    store.create_person(&NewPerson { input, focal_point_for, positions }, audit).await
}

/// Closes an office on a date (not before it opened).
pub async fn close_office(store: &dyn Store, actor: Actor, id: i64, until: &str) -> DomainResult<()> {
    let office = store.offices().await?.into_iter().find(|o| o.id == id).ok_or(DomainError::NotFound)?;
    let mut e = crate::validate::Errors::default();
    crate::validate::check_period(office.since.as_deref(), Some(until), &mut e);
    e.finish(())?;
    let audit = AuditNote::new(actor, "close-office", &format!("office:{id}"), json!({"until": until}));
    store.close_office(id, until, audit).await
}

async fn body_by_slug(store: &dyn Store, slug: &str) -> DomainResult<GovernanceBody> {
    store.bodies().await?.into_iter().find(|b| b.slug == slug).ok_or(DomainError::NotFound)
}

/// Records a numbered session of a body (the 7th General Assembly, Seoul, 2025).
pub async fn add_body_session(
    store: &dyn Store,
    actor: Actor,
    body_slug: &str,
    session: &BodySession,
) -> DomainResult<()> {
    let body = body_by_slug(store, body_slug).await?;
    let probe = BodyInput {
        network: String::new(),
        slug: body.slug.clone(),
        kind: body.kind,
        name: body.name.clone(),
        sessions: vec![session.clone()],
        seats: vec![],
    };
    let checked = probe.validate()?.sessions.remove(0);
    let host_id = match &checked.host {
        Some(h) => Some(resolve_org(store, "host", h).await?.id),
        None => None,
    };
    let stored = StoredBodySession {
        body_id: body.id,
        number: checked.number,
        date: checked.date,
        host_id,
        place: checked.place,
    };
    let audit = AuditNote::new(actor, "add-session", &format!("body:{body_slug}"), json!({"number": stored.number}));
    store.add_body_session(&stored, audit).await
}

/// Gives an organisation or a person a seat in a body.
pub async fn add_seat(store: &dyn Store, actor: Actor, body_slug: &str, seat: &Seat) -> DomainResult<()> {
    let body = body_by_slug(store, body_slug).await?;
    let probe = BodyInput {
        network: String::new(),
        slug: body.slug.clone(),
        kind: body.kind,
        name: body.name.clone(),
        sessions: vec![],
        seats: vec![seat.clone()],
    };
    probe.validate().map_err(|e| match e {
        DomainError::Invalid(v) => DomainError::Invalid(
            v.into_iter().map(|f| FieldError { field: f.field.replace("seats[0]", "seat"), ..f }).collect(),
        ),
        other => other,
    })?;
    let organisation_id = match &seat.organisation {
        Some(o) => Some(resolve_org(store, "organisation", o).await?.id),
        None => None,
    };
    let person_id = match &seat.person {
        Some(p) => Some(
            store
                .person(p)
                .await?
                .ok_or_else(|| DomainError::Invalid(vec![FieldError::with("person", "err-unknown", p)]))?
                .id,
        ),
        None => None,
    };
    let stored = StoredSeat {
        body_id: body.id,
        organisation_id,
        person_id,
        role: seat.role,
        since: seat.since.clone(),
        until: seat.until.clone(),
    };
    let audit = AuditNote::new(actor, "add-seat", &format!("body:{body_slug}"), json!({"role": seat.role}));
    store.add_seat(&stored, audit).await
}

/// Changes a person's names, contact details and focal-point duty. The audit names the
/// fields that changed, never their values: contact details stay out of the log.
pub async fn update_person(store: &dyn Store, actor: Actor, slug: &str, input: &PersonInput) -> DomainResult<Person> {
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
    let audit = AuditNote::new(actor, "update", &format!("person:{}", current.slug), json!({"changed": changed}));
    store.update_person(current.id, &NewPerson { input, focal_point_for, positions: vec![] }, audit).await
}

/// Records a position someone holds (or held) at an organisation.
pub async fn add_position(store: &dyn Store, actor: Actor, person_slug: &str, position: &Position) -> DomainResult<()> {
    let person = store.person(person_slug).await?.ok_or(DomainError::NotFound)?;
    let mut e = crate::validate::Errors::default();
    let title = position.title.clean("title", crate::validate::MAX_NAME, true, &mut e);
    crate::validate::check_period(position.since.as_deref(), position.until.as_deref(), &mut e);
    e.finish(())?;
    let org = resolve_org(store, "organisation", &position.organisation).await?;
    let stored = StoredPosition {
        person_id: person.id,
        organisation_id: org.id,
        title,
        since: position.since.clone(),
        until: position.until.clone(),
    };
    let audit = AuditNote::new(
        actor,
        "add-position",
        &format!("person:{person_slug}"),
        json!({"organisation": position.organisation}),
    );
    store.add_position(&stored, audit).await
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

/// Erases a person on request: positions, seats and the record itself. The audit keeps only
/// the number of the record, not the name, so the log holds no trace of who it was.
pub async fn erase_person(store: &dyn Store, actor: Actor, slug: &str) -> DomainResult<()> {
    let person = store.person(slug).await?.ok_or(DomainError::NotFound)?;
    store.erase_person(person.id, AuditNote::new(actor, "erase", &format!("person:#{}", person.id), json!({}))).await
}
