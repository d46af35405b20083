//! Seeded instances that look like a real partnering event, for the benchmark and for
//! CP-SAT comparisons (`cargo run --release -p hansa-scheduler --example write_instances`).
//!
//! What makes real events hard, reproduced here:
//! * very unequal popularity: half the requests target participants drawn from a Zipf law,
//!   so a development bank or a capital city gets hundreds while most delegates get a few;
//! * availability in blocks: a third of the people arrive late and/or leave early;
//! * about one in five caps their meetings (3–10);
//! * tables per slot sized so that they are the binding limit in much of the event, with
//!   fewer in the first and last slot of each day (the hall is being set up or cleared) and
//!   in a few random slots (a plenary next door takes part of the hall);
//! * priorities 1–5, low ones commonest.

use std::collections::HashSet;

use crate::input::{InstanceInput, MeetingInput, ParticipantInput, SideInput, SlotInput};
use crate::rng::SplitMix64;

#[derive(Debug, Clone, PartialEq)]
pub struct GeneratorConfig {
    pub participants: usize,
    pub slots: usize,
    pub requests: usize,
    /// Tables in a full slot.
    pub tables: u32,
    /// Exponent of the popularity law (1 is classic Zipf).
    pub zipf_exponent: f64,
    pub seed: u64,
}

/// Tables in slot `index`: the configured number, less at the edges of a day and in about
/// one slot in six.
fn tables_in(index: usize, per_day: usize, config: &GeneratorConfig, rng: &mut SplitMix64) -> u32 {
    let within = index % per_day;
    let edge = within == 0 || within + 1 == per_day;
    let plenary = rng.below(6) == 0;
    let share = if edge {
        0.6
    } else if plenary {
        0.75
    } else {
        1.0
    };
    ((f64::from(config.tables) * share) as u32).max(1)
}

impl GeneratorConfig {
    /// 3,000 participants, 24 slots over two days, 30,000 requests.
    pub fn large(seed: u64) -> Self {
        GeneratorConfig { participants: 3_000, slots: 24, requests: 30_000, tables: 800, zipf_exponent: 0.9, seed }
    }

    /// 10,000 participants, 32 slots over two days, 100,000 requests.
    pub fn huge(seed: u64) -> Self {
        GeneratorConfig { participants: 10_000, slots: 32, requests: 100_000, tables: 2_000, zipf_exponent: 0.9, seed }
    }
}

/// Slot times: two days of 30-minute slots (25 minutes of meeting, 5 to change tables) from
/// 09:00 Seoul time, with an hour for lunch after the morning's first half.
fn slot_times(index: usize, per_day: usize) -> (String, String) {
    let (day, within) = (index / per_day, index % per_day);
    let lunch = if within >= per_day / 2 { 60 } else { 0 };
    let start = 9 * 60 + within * 30 + lunch;
    let stamp = |minutes: usize| format!("2026-05-{:02}T{:02}:{:02}:00+09:00", 12 + day, minutes / 60, minutes % 60);
    (stamp(start), stamp(start + 25))
}

/// Samples an index with probability proportional to its weight, by binary search.
fn sample(cumulative: &[f64], rng: &mut SplitMix64) -> usize {
    let target = rng.unit() * cumulative.last().copied().unwrap_or(0.0);
    cumulative.partition_point(|&c| c <= target).min(cumulative.len() - 1)
}

pub fn generate(config: &GeneratorConfig) -> InstanceInput {
    let mut rng = SplitMix64::new(config.seed ^ 0x5CED_u64);
    let per_day = config.slots.div_ceil(2);
    let slots: Vec<SlotInput> = (0..config.slots)
        .map(|index| {
            let (start, end) = slot_times(index, per_day);
            let tables = tables_in(index, per_day, config, &mut rng);
            SlotInput { id: format!("s{}", index + 1), start, end, tables: i64::from(tables) }
        })
        .collect();

    let participants: Vec<ParticipantInput> = (0..config.participants)
        .map(|index| {
            let available = (rng.unit() < 0.35).then(|| {
                let late = if rng.unit() < 0.6 { rng.below(config.slots / 3 + 1) } else { 0 };
                let early = if rng.unit() < 0.6 { rng.below(config.slots / 3 + 1) } else { 0 };
                let end = (config.slots - early).max(late + 2).min(config.slots);
                (late..end).map(|s| format!("s{}", s + 1)).collect()
            });
            let max_meetings = (rng.unit() < 0.2).then(|| 3 + rng.below(8) as i64);
            ParticipantInput {
                id: format!("p{}", index + 1),
                available,
                max_meetings,
                min_meetings: None,
                languages: vec![],
            }
        })
        .collect();

    let mut cumulative = Vec::with_capacity(config.participants);
    let mut running = 0.0;
    for rank in 0..config.participants {
        running += 1.0 / ((rank + 1) as f64).powf(config.zipf_exponent);
        cumulative.push(running);
    }
    let mut pairs = HashSet::new();
    let mut meetings = Vec::with_capacity(config.requests);
    while meetings.len() < config.requests && pairs.len() < config.participants * (config.participants - 1) / 2 {
        let requester = rng.below(config.participants);
        let target = if rng.unit() < 0.5 { sample(&cumulative, &mut rng) } else { rng.below(config.participants) };
        if requester == target || !pairs.insert((requester.min(target), requester.max(target))) {
            continue;
        }
        let priority = match rng.below(100) {
            0..35 => 1,
            35..60 => 2,
            60..80 => 3,
            80..92 => 4,
            _ => 5,
        };
        meetings.push(MeetingInput {
            id: format!("m{}", meetings.len() + 1),
            a: SideInput::One(format!("p{}", requester + 1)),
            b: SideInput::One(format!("p{}", target + 1)),
            priority: Some(priority),
            locked: None,
        });
    }
    InstanceInput { slots, participants, meetings, interpreters: vec![] }
}
