//! Every write of events passes here with the `Caller`: the policy decides, the rules check
//! the whole event and programme, and the store writes it in one transaction.

use std::collections::HashSet;

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use hansa_core::validate::{self, Errors};
use serde_json::json;

use crate::model::time::{self, Day};
use crate::model::*;
use crate::store::{EventsStore, Expect, SessionWrite};

/// An event with its whole programme, as the demo file or an import gives it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct EventInput {
    #[serde(flatten)]
    pub draft: EventDraft,
    #[serde(default, alias = "room")]
    pub rooms: Vec<Room>,
    #[serde(default, alias = "session")]
    pub sessions: Vec<SessionDraft>,
    /// The registration form, if the event takes registrations.
    #[serde(default)]
    pub registration: Option<FormSettings>,
}

/// What a save found worth a look though it did not refuse it (a person in two sessions at
/// once may be a moderator leaving early; staff decide).
#[derive(Debug, Clone)]
pub struct Saved {
    pub event: Event,
    pub warnings: Vec<Conflict>,
}

/// Checks an event and its programme and saves them whole, replacing what the slug held.
pub async fn save_event(store: &dyn EventsStore, caller: &Caller, input: &EventInput) -> DomainResult<Saved> {
    save_event_expecting(store, caller, input, Expect::Anything).await
}

/// [`save_event`] that writes only if the slug holds what `expect` says (an editor's save).
pub async fn save_event_expecting(
    store: &dyn EventsStore,
    caller: &Caller,
    input: &EventInput,
    expect: Expect,
) -> DomainResult<Saved> {
    caller.require(Permission::EditEvents)?;
    let draft = input.draft.clone().validate()?;
    let tz = time::zone(&draft.time_zone)
        .ok_or(DomainError::Invalid(vec![FieldError::new("time_zone", "err-time-zone")]))?;
    let mut e = Errors::default();
    let mut room_slugs = HashSet::new();
    let mut rooms = Vec::new();
    for (i, r) in input.rooms.iter().enumerate() {
        let field = format!("rooms.{i}");
        validate::check_slug(&format!("{field}.slug"), &r.slug, &mut e);
        if !room_slugs.insert(r.slug.as_str()) {
            e.push(FieldError::with(format!("{field}.slug"), "err-duplicate", &r.slug));
        }
        let name = r.name.clean(&format!("{field}.name"), 200, true, &mut e);
        rooms.push(Room { slug: r.slug.clone(), name, capacity: r.capacity });
    }
    let mut session_slugs = HashSet::new();
    let mut writes = Vec::new();
    let mut sessions = Vec::new();
    for (i, s) in input.sessions.iter().enumerate() {
        let field = format!("sessions.{i}");
        validate::check_slug(&format!("{field}.slug"), &s.slug, &mut e);
        if !session_slugs.insert(s.slug.as_str()) {
            e.push(FieldError::with(format!("{field}.slug"), "err-duplicate", &s.slug));
        }
        let mut s = s.clone();
        s.title = s.title.clean(&format!("{field}.title"), 300, true, &mut e);
        s.description = s.description.clean(&format!("{field}.description"), 10_000, false, &mut e);
        if let Some(room) = &s.room
            && !room_slugs.contains(room.as_str())
        {
            e.push(FieldError::with(format!("{field}.room"), "err-unknown", room));
        }
        for lang in s.languages.iter().chain(s.interpretation.iter().map(|x| &x.language)) {
            if !hansa_core::text::is_language_tag(lang) {
                e.push(FieldError::with(format!("{field}.languages"), "err-language", lang));
            }
        }
        for c in &s.contributions {
            if let Some(u) = &c.slides_url {
                validate::check_url(&format!("{field}.contributions"), u, &mut e);
            }
        }
        let start = time::local_to_utc(&format!("{field}.starts_at"), &s.starts_at, &tz, &mut e);
        let end = time::local_to_utc(&format!("{field}.ends_at"), &s.ends_at, &tz, &mut e);
        if let (Some(start), Some(end)) = (start, end) {
            sessions.push(Session { id: i as i64, start, end, draft: s.clone() });
            writes.push(SessionWrite { session: s, start, end });
        }
    }
    // The programme's own rules: times in order and within the event, rooms booked once.
    let first = Day::parse("starts_on", &draft.starts_on, &mut e);
    let last = Day::parse("ends_on", &draft.ends_on, &mut e);
    let mut warnings = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        let field_of = |slug: &str| {
            let i = input.sessions.iter().position(|s| s.slug == slug).unwrap_or(0);
            format!("sessions.{i}")
        };
        for c in conflicts(&sessions, first, last, |t| time::day_of(t, &tz)) {
            match &c {
                Conflict::EndsBeforeStart { session } => e.push(FieldError::with(
                    format!("{}.ends_at", field_of(session)),
                    "err-session-ends-before",
                    session,
                )),
                Conflict::OutsideEvent { session } => {
                    e.push(FieldError::with(format!("{}.starts_at", field_of(session)), "err-session-outside", session))
                }
                Conflict::RoomDoubleBooked { room, first, second } => e.push(FieldError::with(
                    format!("{}.room", field_of(second)),
                    "err-room-double-booked",
                    format!("{room}: {first}, {second}"),
                )),
                Conflict::PersonDoubleBooked { .. } => warnings.push(c.clone()),
            }
        }
    }
    e.finish(())?;
    let audit =
        caller.audit("save", &format!("event:{}", draft.slug), json!({"sessions": writes.len(), "rooms": rooms.len()}));
    let event = store.save_event(&draft, &rooms, &writes, expect, audit).await?;
    Ok(Saved { event, warnings })
}

/// A file of events (`[[event]]` with `[[event.room]]` and `[[event.session]]`), as the demo has.
#[derive(Debug, serde::Deserialize)]
pub struct EventsFile {
    #[serde(default)]
    pub event: Vec<EventInput>,
}

/// Loads every event of a TOML file; the first refused event stops the load, named.
pub async fn load_events_file(store: &dyn EventsStore, caller: &Caller, text: &str) -> DomainResult<Vec<Saved>> {
    caller.require(Permission::EditEvents)?;
    let file: EventsFile = toml::from_str(text)
        .map_err(|err| DomainError::Invalid(vec![FieldError::with("file", "err-events-file", err.message())]))?;
    let mut out = Vec::new();
    for input in &file.event {
        let saved = async {
            let saved = save_event(store, caller, input).await?;
            if let Some(form) = &input.registration {
                set_form(store, caller, &input.draft.slug, form).await.map_err(|err| match err {
                    DomainError::Invalid(errors) => DomainError::Invalid(
                        errors
                            .into_iter()
                            .map(|f| FieldError { field: format!("registration.{}", f.field), ..f })
                            .collect(),
                    ),
                    other => other,
                })?;
            }
            Ok::<_, DomainError>(saved)
        }
        .await
        .map_err(|err| match err {
            DomainError::Invalid(errors) => DomainError::Invalid(
                errors
                    .into_iter()
                    .map(|f| FieldError { field: format!("{}.{}", input.draft.slug, f.field), ..f })
                    .collect(),
            ),
            other => other,
        })?;
        out.push(saved);
    }
    Ok(out)
}

mod badges;
mod checkin;
mod delegate_import;
mod editing;
mod notices;
mod privacy;
mod registration;
mod visa;
pub use badges::*;
pub use checkin::*;
pub use delegate_import::*;
pub use editing::*;
pub use notices::{Notices, public_url, set_public_url};
pub use privacy::*;
pub use registration::*;
pub use visa::*;

/// The event under `slug` with its registration form, if the caller may see the event (by
/// the rule of [`visible_event`]).
pub async fn event_form(
    store: &dyn EventsStore,
    caller: &Caller,
    slug: &str,
) -> DomainResult<Option<(Event, crate::store::RegistrationForm)>> {
    Ok(store.event_form(slug).await?.filter(|(e, _)| e.draft.status.is_public() || caller.may(Permission::EditEvents)))
}

/// The event under `slug` if the caller may see it: published and closed events for anyone,
/// drafts and archived ones for staff only (to anyone else they do not exist).
pub async fn visible_event(store: &dyn EventsStore, caller: &Caller, slug: &str) -> DomainResult<Option<Event>> {
    Ok(store.event(slug).await?.filter(|e| e.draft.status.is_public() || caller.may(Permission::EditEvents)))
}
