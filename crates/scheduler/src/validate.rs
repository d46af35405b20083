//! From [`InstanceInput`] to [`Instance`]: resolve ids, apply defaults, and refuse anything a
//! schedule could not honour, naming the item at fault.

use std::collections::{BTreeMap, HashMap};

use crate::error::InputError;
use crate::input::{InstanceInput, MeetingInput, SideInput};
use crate::model::{Instance, Interpreter, Lock, Meeting, Participant, Slot, SlotSet, match_interpreters};
use crate::time::parse_rfc3339;

/// Parses and checks an instance JSON document.
pub fn parse_instance(json: &str) -> Result<Instance, InputError> {
    let input: InstanceInput = serde_json::from_str(json)?;
    Instance::from_input(&input)
}

fn index_ids<'a>(kind: &str, ids: impl Iterator<Item = &'a String>) -> Result<HashMap<&'a str, usize>, InputError> {
    let mut index = HashMap::new();
    for (position, id) in ids.enumerate() {
        if id.is_empty() {
            return Err(InputError::invalid(format!("{kind} #{}: empty id", position + 1)));
        }
        if index.insert(id.as_str(), position).is_some() {
            return Err(InputError::invalid(format!("{kind} {id}: duplicate id")));
        }
    }
    Ok(index)
}

fn positive(owner: &str, field: &str, value: i64) -> Result<u32, InputError> {
    u32::try_from(value)
        .ok()
        .filter(|&v| v > 0)
        .ok_or_else(|| InputError::invalid(format!("{owner}: {field} must be a positive integer, got {value}")))
}

fn slot_set(
    owner: &str,
    ids: Option<&Vec<String>>,
    slot_index: &HashMap<&str, usize>,
    slot_count: usize,
) -> Result<SlotSet, InputError> {
    let Some(ids) = ids else { return Ok(SlotSet::full(slot_count)) };
    let mut set = SlotSet::empty(slot_count);
    for id in ids {
        let slot =
            slot_index.get(id.as_str()).ok_or_else(|| InputError::invalid(format!("{owner}: slot {id} is unknown")))?;
        set.insert(*slot);
    }
    Ok(set)
}

impl Instance {
    /// Checks an already deserialised instance (the generator builds these directly).
    pub fn from_input(input: &InstanceInput) -> Result<Instance, InputError> {
        let slot_index = index_ids("slot", input.slots.iter().map(|s| &s.id))?;
        let person_index = index_ids("participant", input.participants.iter().map(|p| &p.id))?;
        index_ids("meeting", input.meetings.iter().map(|m| &m.id))?;
        index_ids("interpreter", input.interpreters.iter().map(|i| &i.id))?;
        let slot_count = input.slots.len();

        let mut slots = Vec::with_capacity(slot_count);
        for slot in &input.slots {
            let owner = format!("slot {}", slot.id);
            let instant = |text: &str, field: &str| {
                parse_rfc3339(text).ok_or_else(|| {
                    InputError::invalid(format!("{owner}: {field} {text:?} is not an RFC 3339 timestamp with offset"))
                })
            };
            let (start, end) = (instant(&slot.start, "start")?, instant(&slot.end, "end")?);
            if end < start {
                return Err(InputError::invalid(format!("slot {} ends before it starts", slot.id)));
            }
            if end == start {
                return Err(InputError::invalid(format!("slot {} ends when it starts", slot.id)));
            }
            let tables = positive(&owner, "tables", slot.tables)?;
            slots.push(Slot { id: slot.id.clone(), start, end, tables });
        }
        // Overlapping slots would let one person be in two places; refuse rather than guess.
        let mut by_start: Vec<usize> = (0..slot_count).collect();
        by_start.sort_by_key(|&s| (slots[s].start, s));
        for pair in by_start.windows(2) {
            if slots[pair[1]].start < slots[pair[0]].end {
                return Err(InputError::invalid(format!(
                    "slots {} and {} overlap",
                    slots[pair[0]].id, slots[pair[1]].id
                )));
            }
        }

        let mut participants = Vec::with_capacity(input.participants.len());
        for person in &input.participants {
            let owner = format!("participant {}", person.id);
            let available = slot_set(&owner, person.available.as_ref(), &slot_index, slot_count)?;
            let max_meetings = person.max_meetings.map(|v| positive(&owner, "max_meetings", v)).transpose()?;
            let min_meetings = match person.min_meetings {
                None => 0,
                Some(v) => u32::try_from(v)
                    .map_err(|_| InputError::invalid(format!("{owner}: min_meetings must not be negative, got {v}")))?,
            };
            if let Some(max) = max_meetings.filter(|&max| min_meetings > max) {
                return Err(InputError::invalid(format!(
                    "{owner}: min_meetings {min_meetings} exceeds max_meetings {max}"
                )));
            }
            let mut languages = person.languages.clone();
            languages.sort();
            languages.dedup();
            participants.push(Participant { id: person.id.clone(), available, max_meetings, min_meetings, languages });
        }

        let mut interpreters = Vec::with_capacity(input.interpreters.len());
        for interpreter in &input.interpreters {
            let owner = format!("interpreter {}", interpreter.id);
            let available = slot_set(&owner, interpreter.available.as_ref(), &slot_index, slot_count)?;
            interpreters.push(Interpreter {
                id: interpreter.id.clone(),
                languages: interpreter.languages.clone(),
                available,
            });
        }

        let mut meetings = Vec::with_capacity(input.meetings.len());
        for meeting in &input.meetings {
            meetings.push(resolve_meeting(meeting, &person_index, &slot_index, &slots, &participants, &interpreters)?);
        }
        let mut meetings_of = vec![Vec::new(); participants.len()];
        for (index, meeting) in meetings.iter().enumerate() {
            meeting.people.iter().for_each(|&p| meetings_of[p].push(index));
        }
        let instance = Instance { slots, participants, meetings, interpreters, meetings_of };
        check_locks(&instance)?;
        Ok(instance)
    }
}

fn resolve_side(
    owner: &str,
    name: &str,
    side: &SideInput,
    person_index: &HashMap<&str, usize>,
) -> Result<Vec<usize>, InputError> {
    if side.ids().is_empty() {
        return Err(InputError::invalid(format!("{owner}: side {name} is empty")));
    }
    let mut members = Vec::new();
    for id in side.ids() {
        let person = *person_index
            .get(id.as_str())
            .ok_or_else(|| InputError::invalid(format!("{owner}: participant {id} is unknown")))?;
        if members.contains(&person) {
            return Err(InputError::invalid(format!("{owner}: participant {id} is listed twice on side {name}")));
        }
        members.push(person);
    }
    Ok(members)
}

fn side_languages(participants: &[Participant], side: &[usize]) -> Vec<String> {
    let mut languages: Vec<String> = side.iter().flat_map(|&p| participants[p].languages.iter().cloned()).collect();
    languages.sort();
    languages.dedup();
    languages
}

fn resolve_meeting(
    meeting: &MeetingInput,
    person_index: &HashMap<&str, usize>,
    slot_index: &HashMap<&str, usize>,
    slots: &[Slot],
    participants: &[Participant],
    interpreters: &[Interpreter],
) -> Result<Meeting, InputError> {
    let owner = format!("meeting {}", meeting.id);
    let a = resolve_side(&owner, "a", &meeting.a, person_index)?;
    let b = resolve_side(&owner, "b", &meeting.b, person_index)?;
    if let Some(&shared) = a.iter().find(|p| b.contains(p)) {
        let id = &participants[shared].id;
        return Err(InputError::invalid(if a.len() == 1 && b.len() == 1 {
            format!("{owner}: participant {id} cannot meet themselves")
        } else {
            format!("{owner}: participant {id} is on both sides")
        }));
    }
    let priority = u64::from(meeting.priority.map(|v| positive(&owner, "priority", v)).transpose()?.unwrap_or(1));
    let people: Vec<usize> = a.iter().chain(&b).copied().collect();

    let (languages_a, languages_b) = (side_languages(participants, &a), side_languages(participants, &b));
    let needs_interpreter =
        !languages_a.is_empty() && !languages_b.is_empty() && !languages_a.iter().any(|l| languages_b.contains(l));
    let interpreters_for: Vec<usize> = if needs_interpreter {
        let covers =
            |interpreter: &Interpreter, side: &[String]| interpreter.languages.iter().any(|l| side.contains(l));
        (0..interpreters.len())
            .filter(|&i| covers(&interpreters[i], &languages_a) && covers(&interpreters[i], &languages_b))
            .collect()
    } else {
        Vec::new()
    };
    let mut common = SlotSet::full(slots.len());
    people.iter().for_each(|&p| common.intersect_with(&participants[p].available));
    if needs_interpreter {
        let mut interpreted = SlotSet::empty(slots.len());
        interpreters_for.iter().for_each(|&i| interpreted.union_with(&interpreters[i].available));
        common.intersect_with(&interpreted);
    }

    let locked = match &meeting.locked {
        None => None,
        Some(lock) => {
            let slot = *slot_index
                .get(lock.slot.as_str())
                .ok_or_else(|| InputError::invalid(format!("{owner}: locked at unknown slot {}", lock.slot)))?;
            let tables = slots[slot].tables;
            if lock.table < 1 || lock.table > i64::from(tables) {
                return Err(InputError::invalid(format!(
                    "{owner}: locked at slot {} table {} but {} has {tables} tables",
                    lock.slot, lock.table, lock.slot
                )));
            }
            if let Some(&absent) = people.iter().find(|&&p| !participants[p].available.contains(slot)) {
                return Err(InputError::invalid(format!(
                    "{owner}: locked at slot {} but participant {} is not available then",
                    lock.slot, participants[absent].id
                )));
            }
            if needs_interpreter && !common.contains(slot) {
                return Err(InputError::invalid(format!(
                    "{owner}: locked at slot {} but no interpreter for its languages is available then",
                    lock.slot
                )));
            }
            Some(Lock { slot, table: lock.table as u32 })
        }
    };
    Ok(Meeting {
        id: meeting.id.clone(),
        a,
        b,
        priority,
        locked,
        people,
        needs_interpreter,
        interpreters: interpreters_for,
        slots: common.iter().collect(),
    })
}

/// Locked meetings must be jointly feasible: distinct tables, nobody twice in a slot, nobody
/// over their limit, and enough interpreters in each slot.
fn check_locks(instance: &Instance) -> Result<(), InputError> {
    let mut at_table: HashMap<(usize, u32), usize> = HashMap::new();
    let mut at_person: HashMap<(usize, usize), usize> = HashMap::new();
    let mut locked_count = vec![0u32; instance.participants.len()];
    let mut interpreted: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (index, meeting) in instance.meetings.iter().enumerate() {
        let Some(lock) = meeting.locked else { continue };
        let slot_id = &instance.slots[lock.slot].id;
        if let Some(other) = at_table.insert((lock.slot, lock.table), index) {
            return Err(InputError::invalid(format!(
                "meetings {} and {} are both locked at slot {slot_id} table {}",
                instance.meetings[other].id, meeting.id, lock.table
            )));
        }
        for &person in &meeting.people {
            if let Some(other) = at_person.insert((lock.slot, person), index) {
                return Err(InputError::invalid(format!(
                    "meetings {} and {} are both locked at slot {slot_id} with participant {}",
                    instance.meetings[other].id, meeting.id, instance.participants[person].id
                )));
            }
            locked_count[person] += 1;
        }
        if meeting.needs_interpreter {
            interpreted.entry(lock.slot).or_default().push(index);
        }
    }
    for (person, &count) in locked_count.iter().enumerate() {
        if let Some(max) = instance.participants[person].max_meetings.filter(|&max| count > max) {
            return Err(InputError::invalid(format!(
                "participant {}: locked into {count} meetings but max_meetings is {max}",
                instance.participants[person].id
            )));
        }
    }
    for (slot, meetings) in interpreted {
        if match_interpreters(instance, slot, &meetings).is_none() {
            return Err(InputError::invalid(format!(
                "slot {}: too few interpreters for its locked meetings ({})",
                instance.slots[slot].id,
                meetings.iter().map(|&m| instance.meetings[m].id.as_str()).collect::<Vec<_>>().join(", ")
            )));
        }
    }
    Ok(())
}
