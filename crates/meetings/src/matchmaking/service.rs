//! Every matchmaking write, and who may make it. Staff (`Permission::EditEvents`) set an event
//! up, create and lock meetings and run the scheduler; a participant acts through their
//! registration code (the key on their badge, as on their registration page): their profile,
//! their requests, their answers. Each call checks everything first and writes in one
//! transaction, or refuses with the field and nothing written.

use hansa_core::error::{DomainError, DomainResult};
use hansa_core::{Caller, FieldError, Permission};
use hansa_events::model::{Event, RegStatus, Registration};
use hansa_events::store::EventsStore;
use serde_json::json;

use super::model::*;
use super::notices;
use super::store::{Interpreter, MatchRequest, MatchStore, NewRequest, Participant, RequestScope, Scope};

/// What matchmaking needs of the one store.
pub trait MatchmakingStore: MatchStore + super::roundtables::RoundtableStore + EventsStore {}
impl<T: MatchStore + super::roundtables::RoundtableStore + EventsStore> MatchmakingStore for T {}

/// An event's matchmaking as its pages need it, read in a handful of statements.
pub struct Board {
    pub event: Event,
    pub settings: Settings,
    /// Whether staff have set matchmaking up for this event at all.
    pub set_up: bool,
    pub slots: Vec<Slot>,
    pub interpreters: Vec<Interpreter>,
    pub participants: Vec<Participant>,
    pub requests: Vec<MatchRequest>,
    /// The mini roundtables' last assignment, if staff have made one.
    pub roundtables: Option<super::roundtables::Roundtables>,
}

impl Board {
    pub fn participant(&self, id: i64) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }
}

pub fn now() -> i64 {
    hansa_core::db::now()
}

async fn event(store: &dyn MatchmakingStore, slug: &str) -> DomainResult<Event> {
    store.event(slug).await?.ok_or(DomainError::NotFound)
}

/// An event's matchmaking with the participants and requests the reader needs.
async fn board_with(
    store: &dyn MatchmakingStore,
    event: Event,
    participants: Scope<'_>,
    availability: bool,
    requests: RequestScope,
) -> DomainResult<Board> {
    let id = event.id;
    let settings = store.settings(id).await?;
    Ok(Board {
        set_up: settings.is_some(),
        settings: settings.unwrap_or_default(),
        slots: store.slots(id).await?,
        interpreters: store.interpreters(id).await?,
        participants: store.participants(id, participants, availability).await?,
        requests: store.requests(id, requests).await?,
        roundtables: store.roundtables(id).await?,
        event,
    })
}

/// Everything: staff pages, the scheduler, reminders.
async fn board_of(store: &dyn MatchmakingStore, event: Event) -> DomainResult<Board> {
    board_with(store, event, Scope::All, true, RequestScope::All).await
}

/// The staff view of an event's matchmaking.
pub async fn staff_board(store: &dyn MatchmakingStore, caller: &Caller, slug: &str) -> DomainResult<Board> {
    caller.require(Permission::EditEvents)?;
    board_of(store, event(store, slug).await?).await
}

/// A participant's registration and event, if their code is admitted to an event whose
/// matchmaking is set up. Anything else is `NotFound` (a code says nothing).
async fn admitted(store: &dyn MatchmakingStore, code: &str) -> DomainResult<(Registration, Event)> {
    let reg = store.registration(code).await?.ok_or(DomainError::NotFound)?;
    if !matches!(reg.status, RegStatus::Approved | RegStatus::Attended) {
        return Err(DomainError::NotFound);
    }
    let event = store.events(true).await?.into_iter().find(|e| e.id == reg.event_id).ok_or(DomainError::NotFound)?;
    Ok((reg, event))
}

/// A participant's view: their requests and the people those name (with availability, for
/// their own profile form) — not the whole event, so the page costs the same at 3,000
/// participants as at 30.
pub async fn participant_board(store: &dyn MatchmakingStore, code: &str) -> DomainResult<(Registration, Board)> {
    let (reg, event) = admitted(store, code).await?;
    let requests = store.requests(event.id, RequestScope::Of(reg.id)).await?;
    let mut people: Vec<i64> = requests.iter().flat_map(|r| r.from_side().into_iter().chain([r.to])).collect();
    people.push(reg.id);
    people.sort_unstable();
    people.dedup();
    let board = board_with(store, event, Scope::Only(&people), true, RequestScope::Of(reg.id)).await?;
    if !board.set_up {
        return Err(DomainError::NotFound);
    }
    Ok((reg, board))
}

/// The people page's view: everyone taking part (without availability) and the reader's
/// own requests.
pub async fn participant_directory(store: &dyn MatchmakingStore, code: &str) -> DomainResult<(Registration, Board)> {
    let (reg, event) = admitted(store, code).await?;
    let board = board_with(store, event, Scope::All, false, RequestScope::Of(reg.id)).await?;
    if !board.set_up {
        return Err(DomainError::NotFound);
    }
    Ok((reg, board))
}

pub async fn save_settings(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    slug: &str,
    settings: Settings,
) -> DomainResult<()> {
    caller.require(Permission::EditEvents)?;
    let event = event(store, slug).await?;
    let settings = settings.validate()?;
    let audit =
        caller.audit("matchmaking-settings", &format!("matchmaking:{}", event.id), json!({"open": settings.open}));
    store.save_settings(event.id, &settings, audit).await
}

pub async fn add_slot(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    slug: &str,
    input: &SlotInput,
) -> DomainResult<i64> {
    caller.require(Permission::EditEvents)?;
    let event = event(store, slug).await?;
    let slots = store.slots(event.id).await?;
    let d = &event.draft;
    let frame = EventFrame { starts_on: &d.starts_on, ends_on: &d.ends_on, time_zone: &d.time_zone };
    let slot = input.validate(&frame, &slots)?;
    let audit = caller.audit("matchmaking-slot", &format!("matchmaking:{}", event.id), json!({"tables": slot.tables}));
    store.add_slot(event.id, &slot, audit).await
}

pub async fn delete_slot(store: &dyn MatchmakingStore, caller: &Caller, slug: &str, slot: i64) -> DomainResult<()> {
    caller.require(Permission::EditEvents)?;
    let event = event(store, slug).await?;
    let audit = caller.audit("matchmaking-slot-delete", &format!("matchmaking:{}", event.id), json!({"slot": slot}));
    store.delete_slot(event.id, slot, audit).await
}

pub async fn add_interpreter(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    slug: &str,
    name: &str,
    languages: &str,
) -> DomainResult<i64> {
    caller.require(Permission::EditEvents)?;
    let event = event(store, slug).await?;
    let mut e = hansa_core::validate::Errors::default();
    let name = name.trim();
    if name.is_empty() {
        e.push(FieldError::new("name", "err-required"));
    }
    hansa_core::validate::check_len("name", name, 200, &mut e);
    let languages: Vec<String> =
        languages.split([',', ' ']).map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty()).collect();
    if languages.len() < 2 {
        e.push(FieldError::new("languages", "err-match-interpreter-languages"));
    }
    for l in &languages {
        if !hansa_core::text::is_language_tag(l) {
            e.push(FieldError::with("languages", "err-language", l));
        }
    }
    e.finish(())?;
    let audit = caller.audit("matchmaking-interpreter", &format!("matchmaking:{}", event.id), json!({}));
    store.add_interpreter(event.id, &Interpreter { id: 0, name: name.to_owned(), languages }, audit).await
}

/// A participant writes their profile and when they are free.
pub async fn save_profile(
    store: &dyn MatchmakingStore,
    code: &str,
    profile: Profile,
    every_slot: bool,
) -> DomainResult<()> {
    let (reg, board) = participant_board(store, code).await?;
    let profile = profile.validate(every_slot, &board.settings.themes, &board.slots)?;
    let audit = Caller::public().audit("matchmaking-profile", &format!("registration:{}", reg.id), json!({}));
    store.save_profile(board.event.id, reg.id, &profile, audit).await
}

/// A participant asks another for a meeting; the other is told through the outbox.
pub async fn request(store: &dyn MatchmakingStore, code: &str, input: RequestInput) -> DomainResult<i64> {
    let (reg, board) = participant_board(store, code).await?;
    if !board.settings.open {
        return Err(DomainError::Conflict(FieldError::new("to", "err-match-closed")));
    }
    // The people asked and brought along, read alone: are they taking part?
    let wanted: Vec<i64> = std::iter::once(input.to).chain(input.companions.iter().copied()).collect();
    let found = store.participants(board.event.id, Scope::Only(&wanted), false).await?;
    let ids: Vec<i64> = found.iter().map(|p| p.id).chain([reg.id]).collect();
    let input = input.validate(reg.id, &ids)?;
    let at = now();
    let new = NewRequest {
        from: reg.id,
        to: input.to,
        companions: input.companions,
        message: input.message,
        priority: 1,
        by_staff: false,
        status: RequestStatus::Pending,
        created_at: at,
        expires_at: at + i64::from(board.settings.request_days) * 86_400,
    };
    let message =
        found.iter().find(|p| p.id == new.to).map(|to| notices::request_received(&board, to, reg.id, &new.message));
    let audit = Caller::public().audit("match-request", "match-request", json!({"to": new.to}));
    store.create_request(board.event.id, &new, message, audit).await
}

/// The addressee accepts or declines a pending request; its sender is told.
pub async fn answer(store: &dyn MatchmakingStore, code: &str, request: i64, accept: bool) -> DomainResult<()> {
    let (reg, board) = participant_board(store, code).await?;
    let found = store.requests(board.event.id, RequestScope::One(request)).await?;
    let r = found.first().ok_or(DomainError::NotFound)?;
    if r.to != reg.id {
        // Someone else's request: the sender cannot accept their own, nor a third party.
        return Err(DomainError::Forbidden);
    }
    let to = if accept { RequestStatus::Accepted } else { RequestStatus::Declined };
    let status = r.status_at(now());
    if status != RequestStatus::Pending {
        return Err(DomainError::Conflict(FieldError::with("status", "err-match-not-pending", status.code())));
    }
    let message = board.participant(r.from).map(|from| notices::request_answered(&board, from, reg.id, accept));
    let audit = Caller::public().audit(to.code(), &format!("match-request:{request}"), json!({}));
    store.move_request(request, RequestStatus::Pending, to, now(), message, audit).await
}

/// The sender withdraws a pending request, or either side cancels an accepted meeting.
pub async fn withdraw(store: &dyn MatchmakingStore, code: &str, request: i64) -> DomainResult<()> {
    let (reg, board) = participant_board(store, code).await?;
    let found = store.requests(board.event.id, RequestScope::One(request)).await?;
    let r = found.first().ok_or(DomainError::NotFound)?;
    let (from, to) = match r.status_at(now()) {
        RequestStatus::Pending if r.from == reg.id => (RequestStatus::Pending, RequestStatus::Withdrawn),
        RequestStatus::Accepted if r.involves(reg.id) => (RequestStatus::Accepted, RequestStatus::Cancelled),
        RequestStatus::Pending | RequestStatus::Accepted => return Err(DomainError::Forbidden),
        other => return Err(DomainError::Conflict(FieldError::with("status", "err-match-not-pending", other.code()))),
    };
    if r.locked {
        // Staff confirmed it: the secretariat moves or cancels it, so nobody waits at a table.
        return Err(DomainError::Conflict(FieldError::new("status", "err-match-locked")));
    }
    let audit = Caller::public().audit(to.code(), &format!("match-request:{request}"), json!({}));
    store.move_request(request, from, to, now(), None, audit).await
}
