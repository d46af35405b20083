//! Regional offices and governance bodies with their sessions and seats.

use serde_json::json;

use super::*;
use crate::store::{DirectoryStore, StoredBodySession, StoredSeat};
use hansa_core::error::{DomainError, DomainResult, FieldError};

pub async fn create_office(
    store: &dyn DirectoryStore,
    caller: &Caller,
    input: &OfficeInput,
) -> DomainResult<RegionalOffice> {
    caller.require(Permission::EditDirectory)?;
    let input = input.validate()?;
    let network = resolve_network(store, &input.network).await?;
    let host = resolve_org(store, "host", &input.host).await?;
    let audit =
        caller.audit("create", &format!("office:{}/{}", input.network, input.host), json!({"city": input.city}));
    store.create_office(network.id, host.id, &input, audit).await
}

/// Closes an office on a date (not before it opened), answering the closed office.
pub async fn close_office(
    store: &dyn DirectoryStore,
    caller: &Caller,
    id: i64,
    until: &str,
) -> DomainResult<RegionalOffice> {
    caller.require(Permission::EditDirectory)?;
    let office = store.offices(None).await?.into_iter().find(|o| o.id == id).ok_or(DomainError::NotFound)?;
    let mut e = hansa_core::validate::Errors::default();
    hansa_core::validate::check_period(office.since.as_deref(), Some(until), &mut e);
    e.finish(())?;
    let audit = caller.audit("close-office", &format!("office:{id}"), json!({"until": until}));
    store.close_office(id, until, audit).await?;
    Ok(RegionalOffice { until: Some(until.to_owned()), ..office })
}

async fn body_by_slug(store: &dyn DirectoryStore, slug: &str) -> DomainResult<GovernanceBody> {
    store.bodies(crate::store::BodyScope::Slug(slug)).await?.into_iter().next().ok_or(DomainError::NotFound)
}

pub async fn create_body(
    store: &dyn DirectoryStore,
    caller: &Caller,
    input: &BodyInput,
) -> DomainResult<GovernanceBody> {
    caller.require(Permission::EditDirectory)?;
    let input = input.validate()?;
    let network = resolve_network(store, &input.network).await?;
    let mut sessions = Vec::new();
    for (i, s) in input.sessions.iter().enumerate() {
        sessions.push(stored_session(store, &format!("sessions[{i}]."), 0, s).await?);
    }
    let mut seats = Vec::new();
    for (i, s) in input.seats.iter().enumerate() {
        seats.push(stored_seat(store, &format!("seats[{i}]."), 0, s).await?);
    }
    let audit = caller.audit("create", &format!("body:{}", input.slug), json!({"name": input.name}));
    store.create_body(network.id, &input, &sessions, &seats, audit).await
}

/// Records a numbered session of a body, answering the body (the 7th General Assembly, Seoul, 2025).
pub async fn add_body_session(
    store: &dyn DirectoryStore,
    caller: &Caller,
    body_slug: &str,
    session: &BodySession,
) -> DomainResult<GovernanceBody> {
    caller.require(Permission::EditDirectory)?;
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
    let stored = stored_session(store, "", body.id, &checked).await?;
    let audit = caller.audit("add-session", &format!("body:{body_slug}"), json!({"number": stored.number}));
    store.add_body_session(&stored, audit).await?;
    Ok(body)
}

/// Gives an organisation or a person a seat in a body, answering the body.
pub async fn add_seat(
    store: &dyn DirectoryStore,
    caller: &Caller,
    body_slug: &str,
    seat: &Seat,
) -> DomainResult<GovernanceBody> {
    caller.require(Permission::EditDirectory)?;
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
    let stored = stored_seat(store, "", body.id, seat).await?;
    let audit = caller.audit("add-seat", &format!("body:{body_slug}"), json!({"role": seat.role}));
    store.add_seat(&stored, audit).await?;
    Ok(body)
}

/// A session with its host's slug resolved; `prefix` places errors (`sessions[2].host`).
async fn stored_session(
    store: &dyn DirectoryStore,
    prefix: &str,
    body_id: i64,
    s: &BodySession,
) -> DomainResult<StoredBodySession> {
    let host_id = match &s.host {
        Some(h) => Some(resolve_org(store, &format!("{prefix}host"), h).await?.id),
        None => None,
    };
    Ok(StoredBodySession { body_id, number: s.number, date: s.date.clone(), host_id, place: s.place.clone() })
}

/// A seat with its holder's slug resolved; `prefix` places errors (`seats[0].person`).
async fn stored_seat(store: &dyn DirectoryStore, prefix: &str, body_id: i64, s: &Seat) -> DomainResult<StoredSeat> {
    let organisation_id = match &s.organisation {
        Some(o) => Some(resolve_org(store, &format!("{prefix}organisation"), o).await?.id),
        None => None,
    };
    let person_id = match &s.person {
        Some(p) => Some(
            store
                .person(p)
                .await?
                .ok_or_else(|| {
                    DomainError::Invalid(vec![FieldError::with(format!("{prefix}person"), "err-unknown", p)])
                })?
                .id,
        ),
        None => None,
    };
    Ok(StoredSeat { body_id, organisation_id, person_id, role: s.role, since: s.since.clone(), until: s.until.clone() })
}
