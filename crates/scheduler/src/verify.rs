//! An independent check of a solution against its instance, written from the hard
//! constraints alone (it shares no code with the solver), so tests — and a secretariat
//! editing a schedule by hand — can trust it.

use std::collections::{HashMap, HashSet};

use crate::model::Instance;
use crate::solution::Solution;

/// `Ok` if `solution` honours every hard constraint of `instance`, lists every meeting
/// exactly once, and reports the priority total and count it actually has.
pub fn verify(instance: &Instance, solution: &Solution) -> Result<(), String> {
    let meeting_index: HashMap<&str, usize> =
        instance.meetings.iter().enumerate().map(|(i, m)| (m.id.as_str(), i)).collect();
    let slot_index: HashMap<&str, usize> = instance.slots.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let interpreter_index: HashMap<&str, usize> =
        instance.interpreters.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut seen = HashSet::new();
    let mut tables_taken = HashSet::new();
    let mut person_busy = HashSet::new();
    let mut interpreter_busy = HashSet::new();
    let mut load = vec![0u32; instance.participants.len()];
    let mut total = 0u64;
    for assignment in &solution.assignments {
        let id = &assignment.meeting;
        let &m = meeting_index.get(id.as_str()).ok_or(format!("unknown meeting {id}"))?;
        let &s = slot_index.get(assignment.slot.as_str()).ok_or(format!("meeting {id}: unknown slot"))?;
        let meeting = &instance.meetings[m];
        if !seen.insert(m) {
            return Err(format!("meeting {id} appears twice"));
        }
        if assignment.table < 1 || assignment.table > instance.slots[s].tables {
            return Err(format!("meeting {id}: table {} out of range", assignment.table));
        }
        if !tables_taken.insert((s, assignment.table)) {
            return Err(format!("meeting {id}: table {} taken twice in {}", assignment.table, assignment.slot));
        }
        if let Some(lock) = meeting.locked
            && (lock.slot != s || lock.table != assignment.table)
        {
            return Err(format!("meeting {id} moved from its lock"));
        }
        for &p in &meeting.people {
            let person = &instance.participants[p];
            if !person.available.contains(s) {
                return Err(format!("meeting {id}: {} unavailable in {}", person.id, assignment.slot));
            }
            if !person_busy.insert((p, s)) {
                return Err(format!("{} in two meetings in {}", person.id, assignment.slot));
            }
            load[p] += 1;
        }
        match (&assignment.interpreter, meeting.needs_interpreter) {
            (None, false) => {}
            (Some(name), true) => {
                let &i = interpreter_index.get(name.as_str()).ok_or(format!("meeting {id}: unknown interpreter"))?;
                if !instance.can_interpret(i, m, s) {
                    return Err(format!("meeting {id}: interpreter {name} cannot serve it in {}", assignment.slot));
                }
                if !interpreter_busy.insert((i, s)) {
                    return Err(format!("interpreter {name} in two meetings in {}", assignment.slot));
                }
            }
            (None, true) => return Err(format!("meeting {id} lacks an interpreter")),
            (Some(_), false) => return Err(format!("meeting {id} has an interpreter it does not need")),
        }
        total += meeting.priority;
    }
    for (p, &count) in load.iter().enumerate() {
        if let Some(max) = instance.participants[p].max_meetings.filter(|&max| count > max) {
            return Err(format!("{} has {count} meetings, over {max}", instance.participants[p].id));
        }
    }
    for id in &solution.unscheduled {
        let &m = meeting_index.get(id.as_str()).ok_or(format!("unknown unscheduled meeting {id}"))?;
        if instance.meetings[m].locked.is_some() {
            return Err(format!("locked meeting {id} left unscheduled"));
        }
        if !seen.insert(m) {
            return Err(format!("meeting {id} both scheduled and unscheduled, or twice unscheduled"));
        }
    }
    if seen.len() != instance.meetings.len() {
        return Err("some meetings are neither scheduled nor unscheduled".into());
    }
    if solution.stats.priority_total != total || solution.stats.scheduled != solution.assignments.len() {
        return Err(format!("stats report {} but the schedule totals {total}", solution.stats.priority_total));
    }
    Ok(())
}
