//! The solution JSON: turns a finished [`Schedule`] into numbered tables, interpreters and
//! statistics, with a fixed key order so that equal schedules print byte-identical text.

use serde::Serialize;

use crate::model::{Instance, SlotSet};
use crate::state::{NONE, Schedule};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Solution {
    /// In the order the meetings appear in the instance.
    pub assignments: Vec<Assignment>,
    /// Meeting ids, in instance order.
    pub unscheduled: Vec<String>,
    pub stats: Stats,
    /// Present with the fair objective or when any participant has `min_meetings`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shortfalls: Option<Vec<Shortfall>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub meeting: String,
    pub slot: String,
    /// 1-based.
    pub table: u32,
    /// Only for meetings whose sides share no language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub scheduled: usize,
    pub priority_total: u64,
    /// Proven: no schedule has a larger priority total (see the crate docs).
    pub upper_bound: u64,
    /// Wall-clock time of the solve. The only field that differs between two runs with the
    /// same input and seed.
    pub elapsed_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shortfall {
    pub participant: String,
    pub wanted: u32,
    pub got: u32,
    pub reason: ShortfallReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShortfallReason {
    /// Fewer meetings requested with them than their minimum.
    NoRequests,
    /// Enough requests, but too few share an available slot (or interpreter) with them.
    NoCommonAvailability,
    /// Possible on paper, but slots, tables, interpreters or others' limits were used up by
    /// other meetings.
    Capacity,
}

/// Compact JSON, keys in declaration order.
pub fn solution_json(solution: &Solution) -> String {
    serde_json::to_string(solution).expect("a solution always serialises")
}

pub(crate) fn finish(schedule: &Schedule, upper_bound: u64, elapsed_ms: u64, with_shortfalls: bool) -> Solution {
    let instance = schedule.instance;
    let mut next_table: Vec<u32> = vec![1; instance.slots.len()];
    let mut taken: Vec<Vec<bool>> = instance.slots.iter().map(|s| vec![false; s.tables as usize + 1]).collect();
    for meeting in &instance.meetings {
        if let Some(lock) = meeting.locked {
            taken[lock.slot][lock.table as usize] = true;
        }
    }
    let mut assignments = Vec::new();
    let mut unscheduled = Vec::new();
    for (index, meeting) in instance.meetings.iter().enumerate() {
        let slot = schedule.slot_of[index];
        if slot == NONE {
            unscheduled.push(meeting.id.clone());
            continue;
        }
        let slot = slot as usize;
        let table = match meeting.locked {
            Some(lock) => lock.table,
            None => {
                while taken[slot][next_table[slot] as usize] {
                    next_table[slot] += 1;
                }
                taken[slot][next_table[slot] as usize] = true;
                next_table[slot]
            }
        };
        let interpreter = schedule.interpreter_of[index];
        assignments.push(Assignment {
            meeting: meeting.id.clone(),
            slot: instance.slots[slot].id.clone(),
            table,
            interpreter: (interpreter != NONE).then(|| instance.interpreters[interpreter as usize].id.clone()),
        });
    }
    let stats = Stats { scheduled: assignments.len(), priority_total: schedule.total, upper_bound, elapsed_ms };
    let shortfalls = with_shortfalls.then(|| shortfalls(instance, &schedule.load));
    Solution { assignments, unscheduled, stats, shortfalls }
}

fn shortfalls(instance: &Instance, load: &[u32]) -> Vec<Shortfall> {
    let mut result = Vec::new();
    for (person, info) in instance.participants.iter().enumerate() {
        let (wanted, got) = (info.min_meetings, load[person]);
        if got >= wanted {
            continue;
        }
        let requests = instance.meetings_of(person);
        let mut usable_slots = SlotSet::empty(instance.slots.len());
        let mut usable_meetings = 0u32;
        for &meeting in requests {
            let slots = &instance.meetings[meeting].slots;
            if !slots.is_empty() {
                usable_meetings += 1;
                slots.iter().for_each(|&s| usable_slots.insert(s));
            }
        }
        let reason = if (requests.len() as u32) < wanted {
            ShortfallReason::NoRequests
        } else if usable_meetings.min(usable_slots.len() as u32) < wanted {
            ShortfallReason::NoCommonAvailability
        } else {
            ShortfallReason::Capacity
        };
        result.push(Shortfall { participant: info.id.clone(), wanted, got, reason });
    }
    result
}
