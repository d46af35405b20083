//! The solver's entry point: construct, improve, bound, report.
//!
//! Determinism: every choice is made by the seeded [`SplitMix64`] and the search stops when
//! a *work budget* (counted placement attempts, by default proportional to the number of
//! meetings) is spent, never because the clock says so. The same instance, seed and options
//! therefore give the same schedule on any machine; only `stats.elapsed_ms` differs. The
//! time limit is a safety cap for inputs far beyond what the budget was sized for: if it
//! strikes first the result depends on the machine's speed (the default of 60 s is many
//! times what the budget needs on the largest benchmark).

use std::time::{Duration, Instant};

use crate::bound::upper_bound;
use crate::exact::improve_exactly;
use crate::greedy::{baseline_schedule, construct, place_locked};
use crate::model::Instance;
use crate::rng::SplitMix64;
use crate::search::Search;
use crate::solution::{Solution, finish};
use crate::state::Schedule;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Objective {
    /// Maximise the total priority of scheduled meetings.
    #[default]
    Priority,
    /// First maximise how many participants reach their `min_meetings`, then priority.
    Fair,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Safety cap on the search (see the module docs: not what normally stops it).
    pub time_limit_ms: u64,
    pub seed: u64,
    pub objective: Objective,
    /// Placement attempts the search may make; `None` sizes it from the instance.
    pub work_budget: Option<u64>,
}

impl Default for Options {
    fn default() -> Self {
        Options { time_limit_ms: 60_000, seed: 0, objective: Objective::Priority, work_budget: None }
    }
}

/// Attempts per meeting: enough for the search to converge on the benchmark instances.
const WORK_PER_MEETING: u64 = 400;

/// Schedules the meetings of a validated instance.
pub fn solve(instance: &Instance, options: &Options) -> Solution {
    let started = Instant::now();
    let fair = options.objective == Objective::Fair;
    let bound = upper_bound(instance);
    let mut schedule = Schedule::new(instance);
    place_locked(&mut schedule);
    let wants_minimum =
        |m: usize| fair && instance.meetings[m].people.iter().any(|&p| instance.participants[p].min_meetings > 0);
    construct(&mut schedule, &wants_minimum, &bound.choice);

    let budget = options.work_budget.unwrap_or(WORK_PER_MEETING * instance.meetings.len() as u64 + 10_000);
    let mut search = Search {
        schedule: &mut schedule,
        rng: SplitMix64::new(options.seed),
        fair,
        budget,
        lp_choice: &bound.choice,
        deadline: started.checked_add(Duration::from_millis(options.time_limit_ms)),
        out_of_time: false,
    };
    loop {
        if search.schedule.total >= bound.value && !fair {
            break; // proven optimal
        }
        let mut pending: Vec<usize> = (0..instance.meetings.len())
            .filter(|&m| !search.schedule.is_scheduled(m) && !instance.meetings[m].slots.is_empty())
            .collect();
        search.rng.shuffle(&mut pending);
        let below_minimum = |schedule: &Schedule, m: usize| {
            fair && instance.meetings[m]
                .people
                .iter()
                .any(|&p| schedule.load[p] < instance.participants[p].min_meetings)
        };
        pending.sort_by_key(|&m| {
            let rank = (std::cmp::Reverse(bound.choice[m]), std::cmp::Reverse(instance.meetings[m].priority));
            (!below_minimum(search.schedule, m), rank)
        });
        let mut improved = false;
        for meeting in pending {
            if search.budget == 0 || search.out_of_time {
                break;
            }
            if search.schedule.is_scheduled(meeting) {
                continue;
            }
            let favoured = below_minimum(search.schedule, meeting);
            improved |= search.improve(meeting, favoured).is_some();
        }
        if !improved || search.budget == 0 || search.out_of_time {
            break;
        }
    }
    // The local search can strand itself where the naive order would not; never do worse.
    let baseline = baseline_schedule(instance);
    let score = |s: &Schedule| (if fair { s.reached } else { 0 }, s.total);
    if score(&baseline) > score(&schedule) {
        schedule = baseline;
    }
    improve_exactly(&mut schedule, fair);
    let with_shortfalls = fair || instance.participants.iter().any(|p| p.min_meetings > 0);
    finish(&schedule, bound.value, started.elapsed().as_millis() as u64, with_shortfalls)
}
