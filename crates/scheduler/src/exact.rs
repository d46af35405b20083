//! Exact branch and bound for small instances (a committee's dozen meetings): every
//! placement of every unlocked meeting, pruned by the priority still obtainable. It runs
//! after the heuristic, starts from its total, and gives up (keeping the heuristic's
//! schedule) if the search tree exceeds a node limit, so it never makes a solve worse.

use crate::state::{NONE, Schedule};

/// Unlocked meetings above which the exact search is not attempted at all.
pub(crate) const EXACT_MEETING_LIMIT: usize = 24;
const NODE_LIMIT: u64 = 2_000_000;

struct Exact<'s, 'a> {
    schedule: &'s mut Schedule<'a>,
    order: Vec<usize>,
    /// Priority of `order[i..]`, for pruning.
    remaining: Vec<u64>,
    fair: bool,
    best_score: (i64, u64),
    best: Option<(Vec<u32>, Vec<u32>)>,
    nodes: u64,
}

impl Exact<'_, '_> {
    fn score(&self) -> (i64, u64) {
        (if self.fair { self.schedule.reached } else { 0 }, self.schedule.total)
    }

    fn descend(&mut self, at: usize) {
        self.nodes += 1;
        if self.nodes > NODE_LIMIT {
            return;
        }
        if self.score() > self.best_score {
            self.best_score = self.score();
            self.best = Some((self.schedule.slot_of.clone(), self.schedule.interpreter_of.clone()));
        }
        if at == self.order.len() {
            return;
        }
        // Under the fair objective reaching a minimum can outweigh priority: no pruning.
        if !self.fair && self.schedule.total + self.remaining[at] <= self.best_score.1 {
            return;
        }
        let meeting = self.order[at];
        let instance = self.schedule.instance;
        let info = &instance.meetings[meeting];
        if self.schedule.under_capacity(meeting) {
            for &slot in &info.slots {
                if !self.schedule.has_table(slot) || !self.schedule.people_free(meeting, slot) {
                    continue;
                }
                // Which interpreter serves matters for later meetings in the slot: branch.
                let interpreters: Vec<u32> = if info.needs_interpreter {
                    (0..instance.interpreters.len())
                        .filter(|&i| {
                            instance.can_interpret(i, meeting, slot) && self.schedule.interpreter_free(i, slot)
                        })
                        .map(|i| i as u32)
                        .collect()
                } else {
                    vec![NONE]
                };
                for interpreter in interpreters {
                    self.schedule.place_with(meeting, slot, interpreter);
                    self.descend(at + 1);
                    self.schedule.remove(meeting);
                }
            }
        }
        self.descend(at + 1);
    }
}

/// Replaces the schedule's unlocked part by a proven optimum if one is found in time.
pub(crate) fn improve_exactly(schedule: &mut Schedule, fair: bool) {
    let instance = schedule.instance;
    let mut order: Vec<usize> = (0..instance.meetings.len())
        .filter(|&m| instance.meetings[m].locked.is_none() && !instance.meetings[m].slots.is_empty())
        .collect();
    if order.len() > EXACT_MEETING_LIMIT {
        return;
    }
    order.sort_by_key(|&m| (std::cmp::Reverse(instance.meetings[m].priority), m));
    let mut remaining = vec![0u64; order.len() + 1];
    for i in (0..order.len()).rev() {
        remaining[i] = remaining[i + 1] + instance.meetings[order[i]].priority;
    }
    let heuristic = (schedule.slot_of.clone(), schedule.interpreter_of.clone());
    let start_score = (if fair { schedule.reached } else { 0 }, schedule.total);
    for &meeting in &order {
        if schedule.is_scheduled(meeting) {
            schedule.remove(meeting);
        }
    }
    let mut exact = Exact { schedule, order, remaining, fair, best_score: start_score, best: None, nodes: 0 };
    exact.descend(0);
    let (slot_of, interpreter_of) = exact.best.take().unwrap_or(heuristic);
    let order = std::mem::take(&mut exact.order);
    for meeting in order {
        if slot_of[meeting] != NONE {
            schedule.place_with(meeting, slot_of[meeting] as usize, interpreter_of[meeting]);
        }
    }
    schedule.commit();
}
