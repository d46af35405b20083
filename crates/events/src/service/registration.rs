//! Registering for an event, cancelling, and staff decisions. Anyone may register for a
//! published event; the code they get back is their key to cancel; approving and rejecting
//! are the secretariat's. Capacity is the store's transaction to hold.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use hansa_core::validate::{self, Errors};
use serde_json::json;

use crate::model::time;
use crate::model::*;
use crate::store::{EventsStore, StatusChanged};

/// The messages of an event's registrations, linking to the site's public address.
fn notices(event: &Event) -> super::Notices {
    super::Notices { event_title: event.draft.title.clone(), base_url: super::notices::public_url() }
}

async fn event_by_id(store: &dyn EventsStore, id: i64) -> DomainResult<Event> {
    store.events(true).await?.into_iter().find(|e| e.id == id).ok_or(DomainError::NotFound)
}

/// A registration's code: 12 characters of an unambiguous alphabet, for a QR code and for
/// typing at a check-in desk.
pub fn new_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..12).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// Sets an event's registration form (staff): the categories it offers with their places,
/// its own questions and its deadline, checked field by field and written together.
pub async fn set_form(
    store: &dyn EventsStore,
    caller: &Caller,
    event_slug: &str,
    form: &FormSettings,
) -> DomainResult<()> {
    caller.require(Permission::EditEvents)?;
    let event = store.event(event_slug).await?.ok_or(DomainError::NotFound)?;
    let mut e = Errors::default();
    let mut seen = std::collections::HashSet::new();
    for (i, p) in form.categories.iter().enumerate() {
        if !seen.insert(p.category) {
            e.push(FieldError::with(format!("categories.{i}.category"), "err-duplicate", p.category.code()));
        }
        if p.capacity.is_some_and(|c| !(0..=100_000).contains(&c)) {
            e.push(FieldError::new(format!("categories.{i}.capacity"), "err-range"));
        }
    }
    let mut codes = std::collections::HashSet::new();
    let mut questions = Vec::new();
    for (i, q) in form.questions.iter().enumerate() {
        if !codes.insert(q.code.as_str()) {
            e.push(FieldError::with(format!("questions.{i}.code"), "err-duplicate", &q.code));
        }
        questions.push(q.check(&format!("questions.{i}"), &mut e));
    }
    let deadline = match validate::non_empty(form.deadline.as_deref()) {
        Some(text) => {
            let tz = time::zone(&event.draft.time_zone)
                .ok_or(DomainError::Invalid(vec![FieldError::new("time_zone", "err-time-zone")]))?;
            time::local_to_utc("deadline", &text, &tz, &mut e)
        }
        None => None,
    };
    e.finish(())?;
    let audit = caller.audit(
        "set_form",
        &format!("event:{event_slug}"),
        json!({"categories": form.categories.len(), "questions": questions.len()}),
    );
    store.set_form(event.id, &form.categories, &questions, deadline, audit).await
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
    let form = store.form(event.id).await?;
    register_with(store, caller, &event, form, input).await
}

/// [`register`] for a caller that has read the event and its form already (the form page).
pub async fn register_with(
    store: &dyn EventsStore,
    caller: &Caller,
    event: &Event,
    form: crate::store::RegistrationForm,
    input: &RegistrationInput,
) -> DomainResult<Registration> {
    let staff = caller.may(Permission::EditEvents);
    if event.draft.status != EventStatus::Published && !staff {
        return Err(DomainError::Conflict(FieldError::new("event", "err-registration-closed")));
    }
    // Staff may still add a late delegate; the public form closes at the deadline.
    if form.deadline.is_some_and(|d| hansa_core::db::now() > d) && !staff {
        return Err(DomainError::Conflict(FieldError::new("event", "err-registration-deadline")));
    }
    let places: Vec<CategoryPlaces> = form.places.into_iter().map(|p| p.places).collect();
    let mut input = input.clone();
    // A focal point registers the officials of their own government: the delegation's
    // organisation is theirs, whatever the form said.
    if !staff && let Some(org) = caller.organisation {
        input.organisation = store.organisation_by_id(org).await?.map(|o| o.slug);
    }
    let draft = input.validate(&places, &form.questions)?;
    let audit = caller.audit(
        "register",
        "registration:new",
        json!({"event": event.draft.slug, "category": draft.category.code()}),
    );
    store.register(event.id, &draft, &new_code(), caller.account, audit, &notices(event)).await
}

/// Cancels a registration: by whoever holds its code, or by staff. A freed place goes to the
/// first on the waiting list.
pub async fn cancel(store: &dyn EventsStore, caller: &Caller, code: &str) -> DomainResult<StatusChanged> {
    let r = store.registration(code).await?.ok_or(DomainError::NotFound)?;
    if !r.status.can_move_to(RegStatus::Cancelled) {
        return Err(DomainError::Conflict(FieldError::with("status", "err-registration-status", r.status.code())));
    }
    let audit = caller.audit("cancel", &format!("registration:{}", r.id), json!({"from": r.status.code()}));
    let event = event_by_id(store, r.event_id).await?;
    store.change_status(r.id, RegStatus::Cancelled, caller.account, audit, &notices(&event)).await
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
    let event = event_by_id(store, r.event_id).await?;
    let notices = notices(&event);
    // Marking someone attended at the door tells them nothing new.
    if to == RegStatus::Attended {
        return store.change_status(r.id, to, caller.account, audit, &crate::store::Silent).await;
    }
    store.change_status(r.id, to, caller.account, audit, &notices).await
}
