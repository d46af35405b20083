//! The mutable schedule the solvers work on: which slot (and interpreter) each meeting has,
//! who is busy when, how full each slot is, and a journal so that a tentative chain of moves
//! can be undone exactly.

use crate::model::Instance;

/// "No meeting", "no slot", "no interpreter" in the dense `u32` tables.
pub(crate) const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Change {
    Placed(u32),
    Removed { meeting: u32, slot: u32, interpreter: u32 },
}

pub(crate) struct Schedule<'a> {
    pub instance: &'a Instance,
    slot_count: usize,
    pub slot_of: Vec<u32>,
    pub interpreter_of: Vec<u32>,
    /// `busy[person * slot_count + slot]`: the meeting they are in, or NONE.
    busy: Vec<u32>,
    interpreter_busy: Vec<u32>,
    pub used_tables: Vec<u32>,
    pub load: Vec<u32>,
    pub capacity: Vec<u32>,
    pub total: u64,
    /// People with a minimum who have reached it (the fair objective's first criterion).
    pub reached: i64,
    /// Meetings in each slot, for picking one to move when the tables are full.
    pub in_slot: Vec<Vec<u32>>,
    position_in_slot: Vec<u32>,
    pub journal: Vec<Change>,
}

impl<'a> Schedule<'a> {
    pub fn new(instance: &'a Instance) -> Self {
        let slot_count = instance.slots.len();
        let people = instance.participants.len();
        let meetings = instance.meetings.len();
        Schedule {
            instance,
            slot_count,
            slot_of: vec![NONE; meetings],
            interpreter_of: vec![NONE; meetings],
            busy: vec![NONE; people * slot_count],
            interpreter_busy: vec![NONE; instance.interpreters.len() * slot_count],
            used_tables: vec![0; slot_count],
            load: vec![0; people],
            capacity: (0..people).map(|p| instance.capacity(p)).collect(),
            total: 0,
            reached: 0,
            in_slot: vec![Vec::new(); slot_count],
            position_in_slot: vec![NONE; meetings],
            journal: Vec::new(),
        }
    }

    pub fn busy_with(&self, person: usize, slot: usize) -> u32 {
        self.busy[person * self.slot_count + slot]
    }

    pub fn is_scheduled(&self, meeting: usize) -> bool {
        self.slot_of[meeting] != NONE
    }

    pub fn has_table(&self, slot: usize) -> bool {
        self.used_tables[slot] < self.instance.slots[slot].tables
    }

    pub fn under_capacity(&self, meeting: usize) -> bool {
        self.instance.meetings[meeting].people.iter().all(|&p| self.load[p] < self.capacity[p])
    }

    pub fn people_free(&self, meeting: usize, slot: usize) -> bool {
        self.instance.meetings[meeting].people.iter().all(|&p| self.busy_with(p, slot) == NONE)
    }

    pub fn interpreter_free(&self, interpreter: usize, slot: usize) -> bool {
        self.interpreter_busy[interpreter * self.slot_count + slot] == NONE
    }

    /// A free interpreter for `meeting` in `slot`, or NONE. Meetings that need none get 0.
    pub fn free_interpreter(&self, meeting: usize, slot: usize) -> Option<u32> {
        let info = &self.instance.meetings[meeting];
        if !info.needs_interpreter {
            return Some(NONE);
        }
        info.interpreters
            .iter()
            .find(|&&i| {
                self.instance.interpreters[i].available.contains(slot)
                    && self.interpreter_busy[i * self.slot_count + slot] == NONE
            })
            .map(|&i| i as u32)
    }

    /// Whether an unscheduled meeting could go into `slot` as things stand.
    pub fn fits(&self, meeting: usize, slot: usize) -> bool {
        self.has_table(slot)
            && self.people_free(meeting, slot)
            && self.under_capacity(meeting)
            && self.free_interpreter(meeting, slot).is_some()
    }

    /// The distinct meetings keeping `meeting`'s people busy in `slot`.
    pub fn blockers(&self, meeting: usize, slot: usize, out: &mut Vec<u32>) {
        out.clear();
        for &person in &self.instance.meetings[meeting].people {
            let other = self.busy_with(person, slot);
            if other != NONE && other != meeting as u32 && !out.contains(&other) {
                out.push(other);
            }
        }
    }

    /// Places an unscheduled meeting; the caller has checked people, table and capacity.
    /// Fails (changing nothing) only when no interpreter is free.
    pub fn place(&mut self, meeting: usize, slot: usize) -> bool {
        match self.free_interpreter(meeting, slot) {
            Some(interpreter) => {
                self.place_with(meeting, slot, interpreter);
                true
            }
            None => false,
        }
    }

    pub fn place_with(&mut self, meeting: usize, slot: usize, interpreter: u32) {
        debug_assert_eq!(self.slot_of[meeting], NONE);
        let info = &self.instance.meetings[meeting];
        for &person in &info.people {
            debug_assert_eq!(self.busy[person * self.slot_count + slot], NONE);
            self.busy[person * self.slot_count + slot] = meeting as u32;
            self.load[person] += 1;
            let minimum = self.instance.participants[person].min_meetings;
            if minimum > 0 && self.load[person] == minimum {
                self.reached += 1;
            }
        }
        if interpreter != NONE {
            self.interpreter_busy[interpreter as usize * self.slot_count + slot] = meeting as u32;
        }
        self.slot_of[meeting] = slot as u32;
        self.interpreter_of[meeting] = interpreter;
        self.used_tables[slot] += 1;
        self.total += info.priority;
        self.position_in_slot[meeting] = self.in_slot[slot].len() as u32;
        self.in_slot[slot].push(meeting as u32);
        self.journal.push(Change::Placed(meeting as u32));
    }

    pub fn remove(&mut self, meeting: usize) {
        let slot = self.slot_of[meeting] as usize;
        let interpreter = self.interpreter_of[meeting];
        let info = &self.instance.meetings[meeting];
        for &person in &info.people {
            self.busy[person * self.slot_count + slot] = NONE;
            let minimum = self.instance.participants[person].min_meetings;
            if minimum > 0 && self.load[person] == minimum {
                self.reached -= 1;
            }
            self.load[person] -= 1;
        }
        if interpreter != NONE {
            self.interpreter_busy[interpreter as usize * self.slot_count + slot] = NONE;
        }
        self.slot_of[meeting] = NONE;
        self.interpreter_of[meeting] = NONE;
        self.used_tables[slot] -= 1;
        self.total -= info.priority;
        let position = self.position_in_slot[meeting] as usize;
        self.in_slot[slot].swap_remove(position);
        if let Some(&moved) = self.in_slot[slot].get(position) {
            self.position_in_slot[moved as usize] = position as u32;
        }
        self.position_in_slot[meeting] = NONE;
        self.journal.push(Change::Removed { meeting: meeting as u32, slot: slot as u32, interpreter });
    }

    /// Undoes every change after `mark` (a journal length), newest first.
    pub fn rollback(&mut self, mark: usize) {
        while self.journal.len() > mark {
            match self.journal.pop().expect("journal longer than mark") {
                Change::Placed(meeting) => self.remove(meeting as usize),
                Change::Removed { meeting, slot, interpreter } => {
                    self.place_with(meeting as usize, slot as usize, interpreter)
                }
            }
            // The inverse operation journaled itself; that entry is not part of history.
            self.journal.pop();
        }
    }

    /// Forgets the journal once a move is accepted, so it does not grow without bound.
    pub fn commit(&mut self) {
        self.journal.clear();
    }
}
