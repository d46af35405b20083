//! Building a first schedule: locked meetings where they are locked, then the rest one by one.
//! [`greedy_baseline`] is the naive rule a secretariat would apply by hand (highest priority
//! first, earliest free slot) and is kept as the benchmark's yardstick; [`construct`] is the
//! solver's own start, which orders by scarcity and picks slots by demand pressure.

use std::time::Instant;

use crate::bound::upper_bound;
use crate::model::{Instance, match_interpreters};
use crate::solution::{Solution, finish};
use crate::state::Schedule;

/// Places every locked meeting at its slot, with interpreters matched per slot (validation
/// has proven that possible).
pub(crate) fn place_locked(schedule: &mut Schedule) {
    let instance = schedule.instance;
    let mut interpreted_by_slot: Vec<Vec<usize>> = vec![Vec::new(); instance.slots.len()];
    for (index, meeting) in instance.meetings.iter().enumerate() {
        let Some(lock) = meeting.locked else { continue };
        if meeting.needs_interpreter {
            interpreted_by_slot[lock.slot].push(index);
        } else {
            schedule.place_with(index, lock.slot, crate::state::NONE);
        }
    }
    for (slot, meetings) in interpreted_by_slot.iter().enumerate() {
        if meetings.is_empty() {
            continue;
        }
        let interpreters = match_interpreters(instance, slot, meetings).expect("validated locks have interpreters");
        for (&meeting, &interpreter) in meetings.iter().zip(&interpreters) {
            schedule.place_with(meeting, slot, interpreter as u32);
        }
    }
    schedule.commit();
}

/// Highest priority first (ties in input order), each into the earliest slot where it fits.
pub fn greedy_baseline(instance: &Instance) -> Solution {
    let started = Instant::now();
    let schedule = baseline_schedule(instance);
    let bound = upper_bound(instance).value;
    let with_shortfalls = instance.participants.iter().any(|p| p.min_meetings > 0);
    finish(&schedule, bound, started.elapsed().as_millis() as u64, with_shortfalls)
}

pub(crate) fn baseline_schedule(instance: &Instance) -> Schedule<'_> {
    let mut schedule = Schedule::new(instance);
    place_locked(&mut schedule);
    let mut order: Vec<usize> =
        (0..instance.meetings.len()).filter(|&m| instance.meetings[m].locked.is_none()).collect();
    order.sort_by_key(|&m| std::cmp::Reverse(instance.meetings[m].priority));
    for meeting in order {
        if let Some(&slot) = instance.meetings[meeting].slots.iter().find(|&&slot| schedule.fits(meeting, slot)) {
            schedule.place(meeting, slot);
        }
    }
    schedule.commit();
    schedule
}

/// The solver's opening schedule. Meetings go in order of priority, then fewest usable slots,
/// then the busiest participant (requests per capacity), so that constrained meetings choose
/// before flexible ones take their slots. Each takes the fitting slot its people's other
/// pending meetings need least (`pressure`), which keeps popular participants' scarce slots
/// for the partners who can come only then. `favoured` puts some meetings first whatever
/// their priority (the fair objective's under-minimum participants).
pub(crate) fn construct(schedule: &mut Schedule, favoured: &dyn Fn(usize) -> bool, lp_choice: &[u8]) {
    let instance = schedule.instance;
    let slot_count = instance.slots.len();
    let mut pressure = vec![0u32; instance.participants.len() * slot_count];
    let pending: Vec<usize> = (0..instance.meetings.len()).filter(|&m| !schedule.is_scheduled(m)).collect();
    for &meeting in &pending {
        for &person in &instance.meetings[meeting].people {
            instance.meetings[meeting].slots.iter().for_each(|&s| pressure[person * slot_count + s] += 1);
        }
    }
    let busyness: Vec<u64> = (0..instance.participants.len())
        .map(|p| (instance.meetings_of(p).len() as u64 * 1024) / u64::from(schedule.capacity[p].max(1)))
        .collect();
    let mut order = pending;
    order.sort_by_key(|&m| {
        let meeting = &instance.meetings[m];
        let busiest = meeting.people.iter().map(|&p| busyness[p]).max().unwrap_or(0);
        let rank = (std::cmp::Reverse(lp_choice[m]), std::cmp::Reverse(meeting.priority));
        (!favoured(m), rank, meeting.slots.len(), std::cmp::Reverse(busiest), m)
    });
    for meeting in order {
        let info = &instance.meetings[meeting];
        let mut best: Option<(u64, usize)> = None;
        if schedule.under_capacity(meeting) {
            for &slot in &info.slots {
                if !schedule.has_table(slot) || !schedule.people_free(meeting, slot) {
                    continue;
                }
                if schedule.free_interpreter(meeting, slot).is_none() {
                    continue;
                }
                let load: u64 = info.people.iter().map(|&p| u64::from(pressure[p * slot_count + slot])).sum();
                if best.is_none_or(|(b, _)| load < b) {
                    best = Some((load, slot));
                }
            }
        }
        if let Some((_, slot)) = best {
            schedule.place(meeting, slot);
        }
        for &person in &info.people {
            info.slots.iter().for_each(|&s| pressure[person * slot_count + s] -= 1);
        }
    }
    schedule.commit();
}
