//! Running the scheduler on an event: its accepted meetings, slots, tables, people's
//! availability, limits and languages, and its interpreters become a `hansa_scheduler`
//! instance (ids prefixed `s`, `r`, `m`, `i` with the database ids); locked meetings go in
//! locked, so a re-run for late requests never moves them. Everyone with a meeting asks for
//! at least one, and the fair objective first gives as many people as possible a meeting,
//! then the most meetings by priority; those who still get none are reported with the
//! scheduler's reason.

use hansa_core::error::{DomainError, DomainResult};
use hansa_core::{Caller, FieldError};
use hansa_scheduler::{
    Instance, InstanceInput, InterpreterInput, LockInput, MeetingInput, Objective, Options, ParticipantInput,
    SideInput, SlotInput,
};
use serde_json::json;

use super::model::RequestStatus;
use super::service::{Board, MatchmakingStore, staff_board};
use super::store::{Placement, Run, Shortfall};

/// The scheduler's instance for `board`, built only from what is accepted.
pub fn instance_of(board: &Board) -> InstanceInput {
    let stamp = |s: i64| jiff::Timestamp::from_second(s).unwrap_or(jiff::Timestamp::UNIX_EPOCH).to_string();
    let slots = board
        .slots
        .iter()
        .map(|s| SlotInput {
            id: format!("s{}", s.id),
            start: stamp(s.starts_at),
            end: stamp(s.ends_at),
            tables: i64::from(s.tables),
        })
        .collect();
    let accepted: Vec<_> = board.requests.iter().filter(|r| r.status == RequestStatus::Accepted).collect();
    let mut people: Vec<i64> = accepted.iter().flat_map(|r| r.from_side().into_iter().chain([r.to])).collect();
    people.sort_unstable();
    people.dedup();
    let cap = board.settings.max_meetings;
    let participants = people
        .iter()
        .map(|id| {
            let profile = board.participant(*id).and_then(|p| p.profile.as_ref());
            let own = profile.and_then(|p| p.max_meetings);
            let max = match (own, cap) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            ParticipantInput {
                id: format!("r{id}"),
                available: profile
                    .filter(|p| !p.available.is_empty())
                    .map(|p| p.available.iter().map(|s| format!("s{s}")).collect()),
                max_meetings: max.map(i64::from),
                min_meetings: Some(1),
                languages: profile.map(|p| p.languages.clone()).unwrap_or_default(),
            }
        })
        .collect();
    let meetings = accepted
        .iter()
        .map(|r| {
            let side = r.from_side();
            MeetingInput {
                id: format!("m{}", r.id),
                a: if side.len() == 1 {
                    SideInput::One(format!("r{}", r.from))
                } else {
                    SideInput::Delegation(side.iter().map(|p| format!("r{p}")).collect())
                },
                b: SideInput::One(format!("r{}", r.to)),
                priority: Some(i64::from(r.priority.max(1))),
                locked: match (r.locked, r.slot, r.table) {
                    (true, Some(slot), Some(table)) => {
                        Some(LockInput { slot: format!("s{slot}"), table: i64::from(table) })
                    }
                    _ => None,
                },
            }
        })
        .collect();
    let interpreters = board
        .interpreters
        .iter()
        .map(|i| InterpreterInput { id: format!("i{}", i.id), languages: i.languages.clone(), available: None })
        .collect();
    InstanceInput { slots, participants, meetings, interpreters }
}

fn id_of(prefixed: &str) -> i64 {
    prefixed.get(1..).and_then(|n| n.parse().ok()).unwrap_or_default()
}

/// Schedules the event's accepted meetings and saves the placements and the run. `report`
/// hears each phase ("reading", "scheduling", "saving"). The solve runs off the async
/// threads; the same board and seed give the same schedule.
pub async fn run(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    slug: &str,
    report: &(dyn Fn(&str, usize, usize) + Sync),
) -> DomainResult<Run> {
    report("reading", 0, 3);
    let board = staff_board(store, caller, slug).await?;
    if board.slots.is_empty() {
        return Err(DomainError::Conflict(FieldError::new("slots", "err-match-no-slots")));
    }
    let input = instance_of(&board);
    // A lock that no longer fits (someone changed their availability after staff locked
    // it) is named, so staff can move or unlock that meeting.
    let instance = Instance::from_input(&input)
        .map_err(|e| DomainError::Conflict(FieldError::with("schedule", "err-match-instance", e)))?;
    report("scheduling", 1, 3);
    let options = Options { time_limit_ms: 20_000, seed: 0, objective: Objective::Fair, work_budget: None };
    let solution = tokio::task::spawn_blocking(move || hansa_scheduler::solve(&instance, &options))
        .await
        .map_err(|e| DomainError::Storage(format!("scheduler stopped: {e}")))?;
    report("saving", 2, 3);
    let locked: std::collections::HashSet<i64> = board.requests.iter().filter(|r| r.locked).map(|r| r.id).collect();
    let placements: Vec<Placement> = solution
        .assignments
        .iter()
        .map(|a| Placement {
            request: id_of(&a.meeting),
            slot: id_of(&a.slot),
            table: a.table as i32,
            interpreter: a.interpreter.as_deref().map(id_of),
        })
        .filter(|p| !locked.contains(&p.request))
        .collect();
    let run = Run {
        at: 0,
        scheduled: solution.stats.scheduled as i64,
        unscheduled: solution.unscheduled.len() as i64,
        priority_total: solution.stats.priority_total as i64,
        upper_bound: solution.stats.upper_bound as i64,
        elapsed_ms: solution.stats.elapsed_ms as i64,
        shortfalls: solution
            .shortfalls
            .unwrap_or_default()
            .into_iter()
            .map(|s| Shortfall {
                registration: id_of(&s.participant),
                wanted: s.wanted,
                got: s.got,
                reason: serde_json::to_value(s.reason)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            })
            .collect(),
    };
    let audit = caller.audit(
        "match-schedule",
        &format!("matchmaking:{}", board.event.id),
        json!({"scheduled": run.scheduled, "unscheduled": run.unscheduled}),
    );
    store.save_schedule(board.event.id, &placements, &run, audit).await?;
    report("done", 3, 3);
    Ok(run)
}
