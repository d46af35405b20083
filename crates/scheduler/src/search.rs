//! Local search from the constructed schedule. Each unscheduled meeting, highest priority
//! first, is offered a place by
//!
//! 1. an *ejection chain*: put it in a slot where exactly one meeting (or no free table)
//!    is in the way, move that one on to another slot the same way, up to [`CHAIN_DEPTH`]
//!    moves, undoing the chain if it does not end in a free place; nothing is lost;
//! 2. a *kick*: clear a slot of whatever blocks it (and, for a participant at their limit,
//!    drop their cheapest meeting), re-home what was cleared by chains where possible, and
//!    keep the result only if the objective rises. Meetings still homeless wait for the
//!    next pass, where they may in turn displace cheaper ones.
//!
//! The objective strictly rises with every accepted move, so the search ends; it also ends
//! when its deterministic work budget is spent. Randomness (the slot scan's starting point,
//! which meetings to try moving out of a full slot) comes only from the seeded PRNG.

use std::time::Instant;

use crate::rng::SplitMix64;
use crate::state::{NONE, Schedule};

/// Moves in one ejection chain: deep enough to route around a popular participant's full
/// day, shallow enough that a failed attempt costs little.
const CHAIN_DEPTH: u32 = 3;
/// Candidate slots tried for a kick, cheapest loss first.
const KICK_SLOTS: usize = 3;
/// Meetings sampled from a slot with no free table, when one must move out.
const FULL_SLOT_SAMPLES: usize = 2;

pub(crate) struct Search<'s, 'a> {
    /// The bound's relaxed optimum (2·x per meeting): prefer to drop what it would not take.
    pub lp_choice: &'s [u8],
    pub schedule: &'s mut Schedule<'a>,
    pub rng: SplitMix64,
    pub fair: bool,
    /// Work units (placement attempts) left; the search stops at zero.
    pub budget: u64,
    pub deadline: Option<Instant>,
    pub out_of_time: bool,
}

impl Search<'_, '_> {
    fn score(&self) -> (i64, u64) {
        (if self.fair { self.schedule.reached } else { 0 }, self.schedule.total)
    }

    fn spend(&mut self, units: u64) -> bool {
        self.budget = self.budget.saturating_sub(units);
        if self.budget % 4096 < units
            && let Some(deadline) = self.deadline
            && Instant::now() >= deadline
        {
            self.out_of_time = true;
        }
        self.budget > 0 && !self.out_of_time
    }

    fn locked(&self, meeting: u32) -> bool {
        self.schedule.instance.meetings[meeting as usize].locked.is_some()
    }

    /// Schedules an unscheduled `meeting` without unscheduling anything, moving at most
    /// `depth` other meetings along a chain. Leaves the schedule unchanged on failure.
    fn insert_without_loss(&mut self, meeting: usize, depth: u32) -> bool {
        let instance = self.schedule.instance;
        let slots = &instance.meetings[meeting].slots;
        if slots.is_empty() || !self.schedule.under_capacity(meeting) || !self.spend(slots.len() as u64) {
            return false;
        }
        let start = self.rng.below(slots.len());
        let rotated = || (0..slots.len()).map(move |i| slots[(start + i) % slots.len()]);
        for slot in rotated() {
            if self.schedule.fits(meeting, slot) && self.schedule.place(meeting, slot) {
                return true;
            }
        }
        if depth == 0 {
            return false;
        }
        let mut blockers = Vec::with_capacity(4);
        for slot in rotated() {
            self.schedule.blockers(meeting, slot, &mut blockers);
            let mark = self.schedule.journal.len();
            let displaced = match blockers.as_slice() {
                [single] if !self.locked(*single) => *single,
                [] if !self.schedule.has_table(slot) => {
                    // People are free but the tables are not: try moving someone else out.
                    for _ in 0..FULL_SLOT_SAMPLES {
                        let occupants = &self.schedule.in_slot[slot];
                        let occupant = occupants[self.rng.below(occupants.len())];
                        if !self.locked(occupant) && self.try_displace(meeting, slot, occupant, depth, mark) {
                            return true;
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            if self.try_displace(meeting, slot, displaced, depth, mark) {
                return true;
            }
        }
        false
    }

    /// Takes `occupant` out of `slot`, puts `meeting` there and re-homes `occupant` by a
    /// shorter chain; rolls back to `mark` and returns false if any step fails.
    fn try_displace(&mut self, meeting: usize, slot: usize, occupant: u32, depth: u32, mark: usize) -> bool {
        self.schedule.remove(occupant as usize);
        let placed = self.schedule.has_table(slot)
            && self.schedule.people_free(meeting, slot)
            && self.schedule.place(meeting, slot);
        if placed && self.insert_without_loss(occupant as usize, depth - 1) {
            return true;
        }
        self.schedule.rollback(mark);
        false
    }

    /// What must leave for `meeting` to take `slot`, or None if a locked meeting is in the
    /// way. The cheapest single victims are chosen for a full slot and for capacity.
    fn kick_set(&mut self, meeting: usize, slot: usize) -> Option<Vec<u32>> {
        let instance = self.schedule.instance;
        let mut kicked = Vec::with_capacity(4);
        self.schedule.blockers(meeting, slot, &mut kicked);
        if kicked.iter().any(|&k| self.locked(k)) {
            return None;
        }
        if self.schedule.used_tables[slot] - kicked.len() as u32 >= instance.slots[slot].tables {
            let occupants = &self.schedule.in_slot[slot];
            let sampled: Vec<u32> = (0..4).map(|_| occupants[self.rng.below(occupants.len())]).collect();
            let cheapest = sampled
                .into_iter()
                .filter(|&o| !self.locked(o) && !kicked.contains(&o))
                .min_by_key(|&o| instance.meetings[o as usize].priority)?;
            kicked.push(cheapest);
        }
        for &person in &instance.meetings[meeting].people {
            let kicked_here =
                kicked.iter().filter(|&&k| instance.meetings[k as usize].people.contains(&person)).count();
            if self.schedule.load[person] - kicked_here as u32 >= self.schedule.capacity[person] {
                let victim = instance
                    .meetings_of(person)
                    .iter()
                    .map(|&m| m as u32)
                    .filter(|&m| self.schedule.slot_of[m as usize] != NONE && !self.locked(m) && !kicked.contains(&m))
                    .min_by_key(|&m| (self.lp_choice[m as usize], instance.meetings[m as usize].priority))?;
                kicked.push(victim);
            }
        }
        self.spend(kicked.len() as u64 + 1);
        Some(kicked)
    }

    /// Tries to schedule `meeting`, displacing others if that pays. Returns the meetings
    /// left unscheduled by an accepted kick (empty if none), or None if nothing improved.
    pub fn improve(&mut self, meeting: usize, favoured: bool) -> Option<Vec<u32>> {
        let before = self.score();
        if self.insert_without_loss(meeting, CHAIN_DEPTH) {
            self.schedule.commit();
            return Some(Vec::new());
        }
        let instance = self.schedule.instance;
        let priority = instance.meetings[meeting].priority;
        let mut options: Vec<(u64, usize, Vec<u32>)> = Vec::new();
        for &slot in &instance.meetings[meeting].slots {
            if let Some(kicked) = self.kick_set(meeting, slot) {
                let loss: u64 = kicked.iter().map(|&k| instance.meetings[k as usize].priority).sum();
                // Kicking what is worth as much can only pay if chains re-home some of it,
                // or, under the fair objective, if it brings someone up to their minimum.
                if loss < priority.saturating_mul(2) || (self.fair && favoured) {
                    options.push((loss, slot, kicked));
                }
            }
        }
        options.sort_by_key(|option| (option.0, option.1));
        for (_, slot, kicked) in options.into_iter().take(KICK_SLOTS) {
            if !self.spend(kicked.len() as u64) {
                break;
            }
            let mark = self.schedule.journal.len();
            kicked.iter().for_each(|&k| self.schedule.remove(k as usize));
            if !self.schedule.fits(meeting, slot) || !self.schedule.place(meeting, slot) {
                self.schedule.rollback(mark);
                continue;
            }
            let homeless: Vec<u32> =
                kicked.into_iter().filter(|&k| !self.insert_without_loss(k as usize, CHAIN_DEPTH - 1)).collect();
            let after = self.score();
            if after > before {
                self.schedule.commit();
                return Some(homeless);
            }
            self.schedule.rollback(mark);
        }
        None
    }
}
