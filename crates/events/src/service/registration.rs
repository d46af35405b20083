//! Registering for an event, cancelling, and staff decisions. Anyone may register for a
//! published event; the code they get back is their key to cancel; approving and rejecting
//! are the secretariat's. Capacity is the store's transaction to hold.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use serde_json::json;

use crate::model::*;
use crate::store::{EventsStore, StatusChanged};

/// A registration's code: 12 characters of an unambiguous alphabet, for a QR code and for
/// typing at a check-in desk.
pub fn new_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..12).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// Sets the categories an event offers and their places (staff).
pub async fn set_places(
    store: &dyn EventsStore,
    caller: &Caller,
    event_slug: &str,
    places: &[CategoryPlaces],
) -> DomainResult<()> {
    caller.require(Permission::EditEvents)?;
    let event = store.event(event_slug).await?.ok_or(DomainError::NotFound)?;
    let mut seen = std::collections::HashSet::new();
    for (i, p) in places.iter().enumerate() {
        if !seen.insert(p.category) {
            return Err(DomainError::Invalid(vec![FieldError::with(
                format!("places.{i}"),
                "err-duplicate",
                p.category.code(),
            )]));
        }
        if p.capacity.is_some_and(|c| !(0..=100_000).contains(&c)) {
            return Err(DomainError::Invalid(vec![FieldError::new(format!("places.{i}.capacity"), "err-range")]));
        }
    }
    let audit = caller.audit("set_places", &format!("event:{event_slug}"), json!({"categories": places.len()}));
    store.set_places(event.id, places, audit).await
}

/// Registers someone for a published event: a place if one is free, else the waiting list.
/// Personal data goes to the store only, never into the audit note.
pub async fn register(
    store: &dyn EventsStore,
    caller: &Caller,
    event_slug: &str,
    input: &RegistrationInput,
) -> DomainResult<Registration> {
    let event = store.event(event_slug).await?.ok_or(DomainError::NotFound)?;
    if event.draft.status != EventStatus::Published && !caller.may(Permission::EditEvents) {
        return Err(DomainError::Conflict(FieldError::new("event", "err-registration-closed")));
    }
    let places: Vec<CategoryPlaces> = store.places(event.id).await?.into_iter().map(|p| p.places).collect();
    let draft = input.validate(&places)?;
    let audit =
        caller.audit("register", "registration:new", json!({"event": event_slug, "category": draft.category.code()}));
    store.register(event.id, &draft, &new_code(), caller.account, audit).await
}

/// Cancels a registration: by whoever holds its code, or by staff. A freed place goes to the
/// first on the waiting list.
pub async fn cancel(store: &dyn EventsStore, caller: &Caller, code: &str) -> DomainResult<StatusChanged> {
    let r = store.registration(code).await?.ok_or(DomainError::NotFound)?;
    if !r.status.can_move_to(RegStatus::Cancelled) {
        return Err(DomainError::Conflict(FieldError::with("status", "err-registration-status", r.status.code())));
    }
    let audit = caller.audit("cancel", &format!("registration:{}", r.id), json!({"from": r.status.code()}));
    store.change_status(r.id, RegStatus::Cancelled, caller.account, audit).await
}

/// A staff decision on a registration: approve, reject, or mark attended.
pub async fn decide(
    store: &dyn EventsStore,
    caller: &Caller,
    code: &str,
    to: RegStatus,
) -> DomainResult<StatusChanged> {
    caller.require(Permission::EditEvents)?;
    let r = store.registration(code).await?.ok_or(DomainError::NotFound)?;
    if !r.status.can_move_to(to) {
        return Err(DomainError::Conflict(FieldError::with("status", "err-registration-status", r.status.code())));
    }
    let audit =
        caller.audit("decide", &format!("registration:{}", r.id), json!({"from": r.status.code(), "to": to.code()}));
    store.change_status(r.id, to, caller.account, audit).await
}
