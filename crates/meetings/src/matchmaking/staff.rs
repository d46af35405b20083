//! Staff's hand on the schedule: a meeting they arrange themselves (accepted at once,
//! optionally placed and locked), placing and locking a meeting where it was agreed, and the
//! reminder to everyone still without a meeting. Running the scheduler is in `schedule`.

use hansa_core::error::{DomainError, DomainResult};
use hansa_core::validate::Errors;
use hansa_core::{Caller, FieldError, Permission};
use serde_json::json;

use super::model::RequestStatus;
use super::notices;
use super::service::{Board, MatchmakingStore, now, staff_board};
use super::store::NewRequest;

/// A meeting staff arrange: two participants (the first may bring colleagues), how much it
/// matters, and optionally where it takes place.
#[derive(Debug, Clone, Default)]
pub struct StaffMeeting {
    pub a: i64,
    pub b: i64,
    pub companions: Vec<i64>,
    pub priority: i32,
    pub place: Option<(i64, i32)>,
    pub lock: bool,
}

/// Checks that a meeting of `people` (everyone at it) can sit at `table` in `slot`: the slot
/// is the event's, the table exists and is free, and nobody at it is at another table then
/// or unavailable. `except` is the meeting being moved.
fn check_place(board: &Board, people: &[i64], slot: i64, table: i32, except: Option<i64>, e: &mut Errors) {
    let Some(s) = board.slots.iter().find(|s| s.id == slot) else {
        e.push(FieldError::with("slot", "err-unknown", slot));
        return;
    };
    if !(1..=s.tables).contains(&table) {
        e.push(FieldError::with("table", "err-match-range", format!("1–{}", s.tables)));
        return;
    }
    let others = board.requests.iter().filter(|r| Some(r.id) != except && r.slot == Some(slot));
    for r in others {
        if r.table == Some(table) {
            e.push(FieldError::with("table", "err-match-table-taken", table));
        }
        if people.iter().any(|p| r.involves(*p)) {
            e.push(FieldError::new("slot", "err-match-busy"));
        }
    }
    let unavailable = people
        .iter()
        .filter_map(|p| board.participant(*p))
        .any(|p| p.profile.as_ref().is_some_and(|pr| !pr.free_in(slot)));
    if unavailable {
        e.push(FieldError::new("slot", "err-match-unavailable"));
    }
}

pub async fn create_meeting(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    slug: &str,
    m: StaffMeeting,
) -> DomainResult<i64> {
    let board = staff_board(store, caller, slug).await?;
    let ids: Vec<i64> = board.participants.iter().map(|p| p.id).collect();
    let input = super::model::RequestInput { to: m.b, message: String::new(), companions: m.companions };
    let mut e = Errors::default();
    if !ids.contains(&m.a) {
        e.push(FieldError::with("a", "err-match-not-participant", m.a));
    }
    if !(1..=10).contains(&m.priority) {
        e.push(FieldError::with("priority", "err-match-range", "1–10"));
    }
    let input = match input.validate(m.a, &ids) {
        Ok(i) => Some(i),
        Err(DomainError::Invalid(list)) => {
            list.into_iter()
                .map(|f| if f.field == "to" { FieldError { field: "b".into(), ..f } } else { f })
                .for_each(|f| e.push(f));
            None
        }
        Err(other) => return Err(other),
    };
    if let (Some(input), Some((slot, table))) = (&input, m.place) {
        let people: Vec<i64> = std::iter::once(m.a).chain(input.companions.iter().copied()).chain([m.b]).collect();
        check_place(&board, &people, slot, table, None, &mut e);
    }
    let input = e.finish(input)?.ok_or(DomainError::NotFound)?;
    let at = now();
    let new = NewRequest {
        from: m.a,
        to: m.b,
        companions: input.companions,
        message: String::new(),
        priority: m.priority,
        by_staff: true,
        status: RequestStatus::Accepted,
        created_at: at,
        expires_at: at,
    };
    let audit = caller.audit("match-meeting", "match-request", json!({"a": m.a, "b": m.b}));
    let id = store.create_request(board.event.id, &new, None, audit).await?;
    if let Some(place) = m.place {
        let audit = caller.audit("match-place", &format!("match-request:{id}"), json!({"lock": m.lock}));
        store.place(id, Some(place), m.lock, audit).await?;
    }
    Ok(id)
}

/// Puts an accepted meeting at `place` (or takes it off, `None`) and locks or unlocks it:
/// a locked meeting stays where it is when the scheduler runs again.
pub async fn place(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    slug: &str,
    request: i64,
    place: Option<(i64, i32)>,
    lock: bool,
) -> DomainResult<()> {
    let board = staff_board(store, caller, slug).await?;
    let r = board.requests.iter().find(|r| r.id == request).ok_or(DomainError::NotFound)?;
    if r.status != RequestStatus::Accepted {
        return Err(DomainError::Conflict(FieldError::with("status", "err-match-not-accepted", r.status.code())));
    }
    let mut e = Errors::default();
    if let Some((slot, table)) = place {
        let people: Vec<i64> = r.from_side().into_iter().chain([r.to]).collect();
        check_place(&board, &people, slot, table, Some(r.id), &mut e);
    } else if lock {
        e.push(FieldError::new("slot", "err-match-lock-unplaced"));
    }
    e.finish(())?;
    let audit = caller.audit("match-place", &format!("match-request:{request}"), json!({"lock": lock}));
    store.place(request, place, lock, audit).await
}

/// Staff cancel a meeting (or a pending request) whatever its state, locked or not.
pub async fn cancel(store: &dyn MatchmakingStore, caller: &Caller, slug: &str, request: i64) -> DomainResult<()> {
    let board = staff_board(store, caller, slug).await?;
    let r = board.requests.iter().find(|r| r.id == request).ok_or(DomainError::NotFound)?;
    let from = r.status_at(now());
    if !matches!(from, RequestStatus::Pending | RequestStatus::Accepted) {
        return Err(DomainError::Conflict(FieldError::with("status", "err-match-not-pending", from.code())));
    }
    let audit = caller.audit("cancelled", &format!("match-request:{request}"), json!({"by": "staff"}));
    store.move_request(request, from, RequestStatus::Cancelled, now(), None, audit).await
}

/// Who has no meeting on the schedule: participants with a profile (they asked to take
/// part) and nothing placed.
pub fn without_meeting(board: &Board) -> Vec<i64> {
    board
        .participants
        .iter()
        .filter(|p| p.profile.is_some())
        .filter(|p| {
            !board.requests.iter().any(|r| r.status == RequestStatus::Accepted && r.slot.is_some() && r.involves(p.id))
        })
        .map(|p| p.id)
        .collect()
}

/// Queues a reminder to everyone without a meeting, in one transaction; how many.
pub async fn remind_without_meeting(store: &dyn MatchmakingStore, caller: &Caller, slug: &str) -> DomainResult<usize> {
    caller.require(Permission::EditEvents)?;
    let board = staff_board(store, caller, slug).await?;
    let messages: Vec<_> = without_meeting(&board)
        .into_iter()
        .filter_map(|id| board.participant(id))
        .map(|p| notices::no_meeting_reminder(&board, p))
        .collect();
    if messages.is_empty() {
        return Ok(0);
    }
    let audit =
        caller.audit("match-remind", &format!("matchmaking:{}", board.event.id), json!({"count": messages.len()}));
    store.queue(&messages, audit).await?;
    Ok(messages.len())
}
