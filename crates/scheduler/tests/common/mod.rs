//! Random small instances and an exhaustive solver for the property tests.

#![allow(dead_code)] // each test file uses a different part

use hansa_scheduler::{
    Instance, InstanceInput, InterpreterInput, LockInput, MeetingInput, ParticipantInput, SideInput, SlotInput,
};

/// A throwaway generator for test shapes (the product's PRNG is private on purpose).
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Self {
        Dice(seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407))
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const LANGUAGES: [&str; 3] = ["ko", "en", "zh"];

fn some_languages(dice: &mut Dice) -> Vec<String> {
    let chosen: Vec<String> = LANGUAGES.iter().filter(|_| dice.chance(40)).map(|l| l.to_string()).collect();
    if chosen.is_empty() { vec![LANGUAGES[dice.below(3)].to_string()] } else { chosen }
}

/// Shape of a random instance; `protocol` adds delegations, languages and interpreters.
pub struct Shape {
    pub slots: usize,
    pub people: usize,
    pub meetings: usize,
    pub protocol: bool,
    pub locks: bool,
}

pub fn random_instance(seed: u64, shape: &Shape) -> (InstanceInput, Instance) {
    let mut dice = Dice::new(seed);
    let slot_ids: Vec<String> = (1..=shape.slots).map(|s| format!("s{s}")).collect();
    let slots = (0..shape.slots)
        .map(|s| SlotInput {
            id: slot_ids[s].clone(),
            start: format!("2026-05-12T{:02}:00:00+09:00", 9 + s),
            end: format!("2026-05-12T{:02}:30:00+09:00", 9 + s),
            tables: 1 + dice.below(3) as i64,
        })
        .collect();
    let participants = (1..=shape.people)
        .map(|p| {
            let available =
                dice.chance(50).then(|| slot_ids.iter().filter(|_| dice.chance(75)).cloned().collect::<Vec<_>>());
            let max_meetings = dice.chance(30).then(|| 1 + dice.below(3) as i64);
            let min_meetings = dice.chance(30).then(|| (dice.below(3) as i64).min(max_meetings.unwrap_or(9)));
            let languages = if shape.protocol && dice.chance(60) { some_languages(&mut dice) } else { vec![] };
            ParticipantInput { id: format!("p{p}"), available, max_meetings, min_meetings, languages }
        })
        .collect();
    let interpreters = if shape.protocol {
        (1..=dice.below(3))
            .map(|i| InterpreterInput {
                id: format!("i{i}"),
                languages: some_languages(&mut dice),
                available: dice.chance(50).then(|| slot_ids.iter().filter(|_| dice.chance(60)).cloned().collect()),
            })
            .collect()
    } else {
        vec![]
    };
    let mut meetings = Vec::new();
    for m in 1..=shape.meetings {
        let pick = |taken: &[usize], dice: &mut Dice| loop {
            let p = dice.below(shape.people);
            if !taken.contains(&p) {
                return p;
            }
        };
        let mut taken = vec![];
        let side = |taken: &mut Vec<usize>, dice: &mut Dice| {
            let size = if shape.protocol && shape.people >= 4 && dice.chance(20) { 2 } else { 1 };
            let mut members = Vec::new();
            for _ in 0..size {
                let p = pick(taken, dice);
                taken.push(p);
                members.push(p);
            }
            match members.as_slice() {
                [one] => SideInput::One(format!("p{}", one + 1)),
                many => SideInput::Delegation(many.iter().map(|p| format!("p{}", p + 1)).collect()),
            }
        };
        let a = side(&mut taken, &mut dice);
        let b = side(&mut taken, &mut dice);
        let priority = dice.chance(80).then(|| 1 + dice.below(5) as i64);
        let locked = (shape.locks && dice.chance(25))
            .then(|| LockInput { slot: slot_ids[dice.below(shape.slots)].clone(), table: 1 + dice.below(3) as i64 });
        meetings.push(MeetingInput { id: format!("m{m}"), a, b, priority, locked });
    }
    let mut input = InstanceInput { slots, participants, meetings, interpreters };
    // Keep a lock only if the instance with it is still valid.
    for m in 0..input.meetings.len() {
        if input.meetings[m].locked.is_some() && Instance::from_input(&input).is_err() {
            input.meetings[m].locked = None;
        }
    }
    let instance = Instance::from_input(&input).expect("the instance is valid once bad locks are dropped");
    (input, instance)
}

/// The best priority total over every schedule, by exhaustive search.
pub fn brute_force_optimum(instance: &Instance) -> u64 {
    let mut choice = vec![None; instance.meetings().len()];
    let mut best = 0;
    search(instance, 0, &mut choice, &mut best);
    best
}

fn search(instance: &Instance, at: usize, choice: &mut Vec<Option<usize>>, best: &mut u64) {
    if at == instance.meetings().len() {
        if feasible(instance, choice) {
            let total = (0..at).filter(|&m| choice[m].is_some()).map(|m| instance.meetings()[m].priority).sum();
            *best = (*best).max(total);
        }
        return;
    }
    let meeting = &instance.meetings()[at];
    let options: Vec<Option<usize>> = match meeting.locked {
        Some(lock) => vec![Some(lock.slot)],
        None => std::iter::once(None).chain(meeting.slots.iter().map(|&s| Some(s))).collect(),
    };
    for option in options {
        choice[at] = option;
        search(instance, at + 1, choice, best);
    }
    choice[at] = None;
}

fn feasible(instance: &Instance, choice: &[Option<usize>]) -> bool {
    let mut load = vec![0u32; instance.participants().len()];
    for (slot, info) in instance.slots().iter().enumerate() {
        let here: Vec<usize> = (0..choice.len()).filter(|&m| choice[m] == Some(slot)).collect();
        if here.len() > info.tables as usize {
            return false;
        }
        let mut busy = vec![false; instance.participants().len()];
        for &m in &here {
            for &p in &instance.meetings()[m].people {
                if busy[p] {
                    return false;
                }
                busy[p] = true;
                load[p] += 1;
            }
        }
        let interpreted: Vec<usize> = here.into_iter().filter(|&m| instance.meetings()[m].needs_interpreter).collect();
        if !interpreters_suffice(instance, slot, &interpreted, 0, &mut vec![false; instance.interpreters().len()]) {
            return false;
        }
    }
    (0..load.len()).all(|p| instance.participants()[p].max_meetings.is_none_or(|max| load[p] <= max))
}

fn interpreters_suffice(instance: &Instance, slot: usize, meetings: &[usize], at: usize, used: &mut Vec<bool>) -> bool {
    if at == meetings.len() {
        return true;
    }
    for i in 0..instance.interpreters().len() {
        if !used[i] && instance.can_interpret(i, meetings[at], slot) {
            used[i] = true;
            let ok = interpreters_suffice(instance, slot, meetings, at + 1, used);
            used[i] = false;
            if ok {
                return true;
            }
        }
    }
    false
}
