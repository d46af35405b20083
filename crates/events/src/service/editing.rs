//! Staff edit an event piece by piece — its facts, its rooms, one session at a time — on top
//! of the whole-event save, so every rule of [`super::save_event_expecting`] holds for each
//! edit. An edit starts from the event at a revision and is written only if nobody saved the
//! event meanwhile: two people editing one programme never overwrite each other unseen.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use hansa_core::validate::slugify;

use super::{EventInput, Saved, save_event_expecting};
use crate::model::*;
use crate::store::{EventsStore, Expect};

/// An event as its editors read it: the stored event (with its revision) and its whole
/// programme as entered.
#[derive(Debug, Clone)]
pub struct Editable {
    pub event: Event,
    pub input: EventInput,
}

/// The event under `slug` with its programme as entered, for staff.
pub async fn editable(store: &dyn EventsStore, caller: &Caller, slug: &str) -> DomainResult<Editable> {
    caller.require(Permission::EditEvents)?;
    let event = store.event(slug).await?.ok_or(DomainError::NotFound)?;
    let programme = store.programme(event.id).await?;
    let input = EventInput {
        draft: event.draft.clone(),
        rooms: programme.rooms,
        sessions: programme.sessions.into_iter().map(|s| s.draft).collect(),
        registration: None,
    };
    Ok(Editable { event, input })
}

/// Creates an event without a programme yet; its slug must be free. An empty slug is made
/// from the English title.
pub async fn create_event(store: &dyn EventsStore, caller: &Caller, mut draft: EventDraft) -> DomainResult<Saved> {
    caller.require(Permission::EditEvents)?;
    if draft.slug.is_empty() {
        draft.slug = slugify(draft.title.0.get("en").map_or("", String::as_str));
    }
    let input = EventInput { draft, rooms: Vec::new(), sessions: Vec::new(), registration: None };
    save_event_expecting(store, caller, &input, Expect::Nothing).await
}

/// Changes an event's facts (its slug stays: people link to it); the status moves only along
/// its lifecycle.
pub async fn update_event(
    store: &dyn EventsStore,
    caller: &Caller,
    slug: &str,
    revision: i64,
    mut draft: EventDraft,
) -> DomainResult<Saved> {
    let mut ed = editable(store, caller, slug).await?;
    let from = ed.event.draft.status;
    if draft.status != from && !from.can_move_to(draft.status) {
        return Err(DomainError::Invalid(vec![FieldError::with(
            "status",
            "err-event-status-move",
            draft.status.code(),
        )]));
    }
    draft.slug = slug.to_owned();
    ed.input.draft = draft;
    save_event_expecting(store, caller, &ed.input, Expect::Revision(revision)).await
}

/// Adds a session (`original` None) or replaces the one called `original`. A problem is named
/// by the session form's own field; one the change causes elsewhere in the programme (a room
/// now booked twice) is named on this session's field, since this change caused it.
pub async fn save_session(
    store: &dyn EventsStore,
    caller: &Caller,
    slug: &str,
    revision: i64,
    original: Option<&str>,
    mut session: SessionDraft,
) -> DomainResult<Saved> {
    let mut ed = editable(store, caller, slug).await?;
    if session.slug.is_empty() {
        session.slug = slugify(session.title.0.get("en").map_or("", String::as_str));
    }
    let taken = |s: &SessionDraft| s.slug == session.slug && Some(s.slug.as_str()) != original;
    if ed.input.sessions.iter().any(taken) {
        return Err(DomainError::Invalid(vec![FieldError::with("slug", "err-duplicate", &session.slug)]));
    }
    match original {
        Some(o) => {
            let at = ed.input.sessions.iter().position(|s| s.slug == o).ok_or(DomainError::NotFound)?;
            ed.input.sessions[at] = session;
        }
        None => ed.input.sessions.push(session),
    }
    save_event_expecting(store, caller, &ed.input, Expect::Revision(revision)).await.map_err(session_fields)
}

/// Removes a session from the programme.
pub async fn delete_session(
    store: &dyn EventsStore,
    caller: &Caller,
    slug: &str,
    revision: i64,
    session: &str,
) -> DomainResult<Saved> {
    let mut ed = editable(store, caller, slug).await?;
    let before = ed.input.sessions.len();
    ed.input.sessions.retain(|s| s.slug != session);
    if ed.input.sessions.len() == before {
        return Err(DomainError::NotFound);
    }
    save_event_expecting(store, caller, &ed.input, Expect::Revision(revision)).await
}

/// Replaces the event's rooms. A room a session still uses cannot go.
pub async fn save_rooms(
    store: &dyn EventsStore,
    caller: &Caller,
    slug: &str,
    revision: i64,
    rooms: Vec<Room>,
) -> DomainResult<Saved> {
    let mut ed = editable(store, caller, slug).await?;
    let mut errors = Vec::new();
    for s in &ed.input.sessions {
        if let Some(room) = &s.room
            && !rooms.iter().any(|r| &r.slug == room)
            && !errors.iter().any(|e: &FieldError| e.detail.as_deref() == Some(room.as_str()))
        {
            errors.push(FieldError::with("rooms", "err-room-in-use", room));
        }
    }
    if !errors.is_empty() {
        return Err(DomainError::Invalid(errors));
    }
    ed.input.rooms = rooms;
    save_event_expecting(store, caller, &ed.input, Expect::Revision(revision)).await
}

/// `sessions.3.room` → `room`: the session form has one session's fields.
fn session_fields(err: DomainError) -> DomainError {
    let strip = |f: FieldError| {
        let field = match f.field.strip_prefix("sessions.") {
            Some(rest) => rest.split_once('.').map_or(rest, |(_, field)| field).to_owned(),
            None => f.field,
        };
        // On the session's own form the session need not be named.
        let code = match f.code.as_str() {
            "err-session-ends-before" => "err-ends-before-start".to_owned(),
            "err-session-outside" => "err-outside-event-days".to_owned(),
            _ => f.code,
        };
        FieldError { field, code, ..f }
    };
    match err {
        DomainError::Invalid(list) => DomainError::Invalid(list.into_iter().map(strip).collect()),
        DomainError::Conflict(f) => DomainError::Conflict(strip(f)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_errors_are_named_by_the_form_field() {
        let err = DomainError::Invalid(vec![
            FieldError::new("sessions.3.ends_at", "err-session-ends-before"),
            FieldError::new("sessions.0.participants.1", "err-unknown"),
            FieldError::new("revision", "err-event-changed"),
        ]);
        let DomainError::Invalid(list) = session_fields(err) else { panic!("still invalid") };
        let fields: Vec<&str> = list.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["ends_at", "participants.1", "revision"]);
        assert_eq!(list[0].code, "err-ends-before-start");
    }
}
