//! A proven upper bound on the best possible priority total (see the crate docs for the
//! argument). The relaxation keeps, of all the hard constraints, only
//!
//! * each meeting at most once, and only if its sides share an available slot;
//! * each person in at most `cap(p)` meetings, where `cap(p)` is the least of their
//!   `max_meetings`, their available slots, and the slots any of their meetings could use
//!   (a delegation meeting is charged only to the member of each side with the smallest cap,
//!   which drops constraints and so keeps the bound valid);
//! * at most `T` meetings in all, where `T` sums over slots the least of its tables, half the
//!   people available then, and the meetings that could use it.
//!
//! Without the last constraint this is the fractional b-matching LP, whose optimum is half the
//! maximum-weight b-matching of the bipartite double cover (a min-cost flow). The total is
//! relaxed in Lagrangian fashion: for every λ ≥ 0, `λ·T + LP((w − λ)⁺)` bounds the optimum, so
//! any λ is safe; the function is convex in λ and we walk λ over the half-integers while it
//! falls.

use crate::flow::MinCostFlow;
use crate::model::{Instance, SlotSet};

/// The relaxation in index form, built once and solved for several λ.
struct Relaxation {
    caps: Vec<i64>,
    /// (meeting, representative of side a, representative of side b, priority) per usable
    /// meeting.
    edges: Vec<(usize, usize, usize, i64)>,
    total_tables: i64,
}

impl Relaxation {
    fn new(instance: &Instance) -> Self {
        let slot_count = instance.slots.len();
        let mut usable_slots = vec![SlotSet::empty(slot_count); instance.participants.len()];
        let mut meetings_per_slot = vec![0i64; slot_count];
        for meeting in instance.meetings.iter().filter(|m| !m.slots.is_empty()) {
            for &person in &meeting.people {
                meeting.slots.iter().for_each(|&slot| usable_slots[person].insert(slot));
            }
            meeting.slots.iter().for_each(|&slot| meetings_per_slot[slot] += 1);
        }
        let caps: Vec<i64> = (0..instance.participants.len())
            .map(|p| i64::from(instance.capacity(p)).min(usable_slots[p].len() as i64))
            .collect();
        let representative = |side: &[usize]| *side.iter().min_by_key(|&&p| (caps[p], p)).expect("sides are non-empty");
        let edges = (0..instance.meetings.len())
            .filter(|&m| !instance.meetings[m].slots.is_empty())
            .map(|m| {
                let meeting = &instance.meetings[m];
                (m, representative(&meeting.a), representative(&meeting.b), meeting.priority as i64)
            })
            .collect();
        let total_tables = (0..slot_count)
            .map(|slot| {
                let present = instance.participants.iter().filter(|p| p.available.contains(slot)).count() as i64;
                i64::from(instance.slots[slot].tables).min(present / 2).min(meetings_per_slot[slot])
            })
            .sum();
        Relaxation { caps, edges, total_tables }
    }

    /// Four times the Lagrangian bound at λ = `half_lambda` / 2, twice the number of
    /// meetings the relaxed optimum takes (to see whether the tables bind at all), and that
    /// optimum: 2·x per meeting, x ∈ {0, ½, 1}.
    fn quadruple_bound(&self, half_lambda: i64, meeting_count: usize) -> (i64, i64, Vec<u8>) {
        let people = self.caps.len();
        let (source, sink) = (2 * people, 2 * people + 1);
        let mut flow = MinCostFlow::new(2 * people + 2);
        for (person, &cap) in self.caps.iter().enumerate() {
            flow.add_arc(source, person, cap, 0);
            flow.add_arc(people + person, sink, cap, 0);
        }
        let mut arcs = Vec::new();
        for &(meeting, a, b, priority) in &self.edges {
            // Doubled so that λ on the half-integers keeps every weight integral.
            let weight = 2 * priority - half_lambda;
            if weight > 0 {
                arcs.push((meeting, flow.add_arc(a, people + b, 1, -weight), flow.add_arc(b, people + a, 1, -weight)));
            }
        }
        let (units, cost) = flow.min_cost_any_flow(source, sink);
        let mut choice = vec![0u8; meeting_count];
        for (meeting, one, other) in arcs {
            choice[meeting] = (flow.flow_on(one) + flow.flow_on(other)) as u8;
        }
        // The double cover counts each meeting twice: -cost is 2·LP(2w − 2λ) = 4·LP(w − λ).
        (2 * half_lambda * self.total_tables - cost, units, choice)
    }
}

pub(crate) struct Bound {
    /// Rounded down (every schedule's total is an integer).
    pub value: u64,
    /// The relaxed optimum at the best λ, 2·x per meeting: which meetings a schedule that
    /// ignored slots would pick. The solver uses it as guidance (never as a constraint).
    pub choice: Vec<u8>,
}

pub(crate) fn upper_bound(instance: &Instance) -> Bound {
    let relaxation = Relaxation::new(instance);
    let meetings = instance.meetings.len();
    let (mut best, twice_taken, mut choice) = relaxation.quadruple_bound(0, meetings);
    if twice_taken > 2 * relaxation.total_tables {
        let max_priority = relaxation.edges.iter().map(|e| e.3).max().unwrap_or(0);
        for half_lambda in 1..=2 * max_priority {
            let (value, _, lambda_choice) = relaxation.quadruple_bound(half_lambda, meetings);
            if value >= best {
                break; // convex: past the minimum
            }
            best = value;
            choice = lambda_choice;
        }
    }
    Bound { value: (best.max(0) / 4) as u64, choice }
}
