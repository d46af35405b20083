//! The validated instance: ids resolved to indices, defaults filled in, and what every solver
//! needs precomputed once (who takes part in a meeting, which slots it may use, whether it
//! needs an interpreter and who could interpret).

/// A set of slot indices as a bitset; events have tens of slots, so a few words per person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotSet {
    words: Vec<u64>,
}

impl SlotSet {
    pub fn empty(slot_count: usize) -> Self {
        SlotSet { words: vec![0; slot_count.div_ceil(64)] }
    }

    pub fn full(slot_count: usize) -> Self {
        let mut set = SlotSet::empty(slot_count);
        (0..slot_count).for_each(|slot| set.insert(slot));
        set
    }

    pub fn insert(&mut self, slot: usize) {
        self.words[slot / 64] |= 1 << (slot % 64);
    }

    pub fn contains(&self, slot: usize) -> bool {
        self.words.get(slot / 64).is_some_and(|word| word >> (slot % 64) & 1 == 1)
    }

    pub fn intersect_with(&mut self, other: &SlotSet) {
        self.words.iter_mut().zip(&other.words).for_each(|(word, o)| *word &= o);
    }

    pub fn union_with(&mut self, other: &SlotSet) {
        self.words.iter_mut().zip(&other.words).for_each(|(word, o)| *word |= o);
    }

    pub fn len(&self) -> usize {
        self.words.iter().map(|word| word.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&word| word == 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .enumerate()
            .flat_map(|(index, &word)| (0..64).filter(move |bit| word >> bit & 1 == 1).map(move |bit| index * 64 + bit))
    }
}

#[derive(Debug, Clone)]
pub struct Slot {
    pub id: String,
    /// Seconds since the Unix epoch, offsets applied.
    pub start: i64,
    pub end: i64,
    pub tables: u32,
}

#[derive(Debug, Clone)]
pub struct Participant {
    pub id: String,
    pub available: SlotSet,
    pub max_meetings: Option<u32>,
    /// 0 when not given.
    pub min_meetings: u32,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lock {
    pub slot: usize,
    /// 1-based, as in the JSON.
    pub table: u32,
}

#[derive(Debug, Clone)]
pub struct Meeting {
    pub id: String,
    pub a: Vec<usize>,
    pub b: Vec<usize>,
    pub priority: u64,
    pub locked: Option<Lock>,
    /// Everyone on either side, a's first.
    pub people: Vec<usize>,
    /// Both sides list languages and share none.
    pub needs_interpreter: bool,
    /// Interpreters covering a language of each side (empty unless `needs_interpreter`).
    pub interpreters: Vec<usize>,
    /// Slots every member is available in (and, when needed, some candidate interpreter too),
    /// ascending.
    pub slots: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Interpreter {
    pub id: String,
    pub languages: Vec<String>,
    pub available: SlotSet,
}

/// A checked instance; build it with [`crate::parse_instance`] or [`Instance::from_input`].
#[derive(Debug, Clone)]
pub struct Instance {
    pub(crate) slots: Vec<Slot>,
    pub(crate) participants: Vec<Participant>,
    pub(crate) meetings: Vec<Meeting>,
    pub(crate) interpreters: Vec<Interpreter>,
    /// For each participant, the meetings they would attend, ascending.
    pub(crate) meetings_of: Vec<Vec<usize>>,
}

impl Instance {
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    pub fn participants(&self) -> &[Participant] {
        &self.participants
    }

    pub fn meetings(&self) -> &[Meeting] {
        &self.meetings
    }

    pub fn interpreters(&self) -> &[Interpreter] {
        &self.interpreters
    }

    pub fn meetings_of(&self, participant: usize) -> &[usize] {
        &self.meetings_of[participant]
    }

    /// How many meetings a participant can possibly attend: their limit, and never more than
    /// the slots they are available in.
    pub fn capacity(&self, participant: usize) -> u32 {
        let person = &self.participants[participant];
        let available = person.available.len() as u32;
        person.max_meetings.map_or(available, |limit| limit.min(available))
    }

    pub fn can_interpret(&self, interpreter: usize, meeting: usize, slot: usize) -> bool {
        self.meetings[meeting].interpreters.contains(&interpreter)
            && self.interpreters[interpreter].available.contains(slot)
    }
}

/// Interpreters for `meetings` that all sit in `slot`, one each, by augmenting paths (Kuhn);
/// `None` when no such assignment exists. Used for locked meetings and the final check.
pub(crate) fn match_interpreters(instance: &Instance, slot: usize, meetings: &[usize]) -> Option<Vec<usize>> {
    let mut holder: Vec<Option<usize>> = vec![None; instance.interpreters.len()];
    fn augment(
        instance: &Instance,
        slot: usize,
        meetings: &[usize],
        at: usize,
        seen: &mut [bool],
        holder: &mut [Option<usize>],
    ) -> bool {
        for &interpreter in &instance.meetings[meetings[at]].interpreters {
            if seen[interpreter] || !instance.interpreters[interpreter].available.contains(slot) {
                continue;
            }
            seen[interpreter] = true;
            let free = match holder[interpreter] {
                None => true,
                Some(other) => augment(instance, slot, meetings, other, seen, holder),
            };
            if free {
                holder[interpreter] = Some(at);
                return true;
            }
        }
        false
    }
    for at in 0..meetings.len() {
        let mut seen = vec![false; instance.interpreters.len()];
        if !augment(instance, slot, meetings, at, &mut seen, &mut holder) {
            return None;
        }
    }
    let mut assignment = vec![usize::MAX; meetings.len()];
    for (interpreter, at) in holder.iter().enumerate() {
        if let Some(at) = at {
            assignment[*at] = interpreter;
        }
    }
    Some(assignment)
}
