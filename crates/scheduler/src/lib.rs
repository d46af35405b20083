//! Scheduling for city-network events: bilateral meetings into slots and tables, and
//! participants into themed roundtables.
//!
//! # Bilateral meetings
//!
//! [`parse_instance`] reads and checks the instance JSON (see the crate README for the
//! format); [`solve`] returns a [`Solution`]; [`solution_json`] prints it. Hard constraints:
//! nobody in two meetings in one slot, only slots every member of both sides is available in,
//! at most `tables` meetings per slot on distinct tables, nobody over `max_meetings`, locked
//! meetings exactly where locked, and an interpreter (covering a language of each side, free
//! in the slot) for meetings whose sides share no language. The objective is the total
//! priority of scheduled meetings, or with [`Objective::Fair`] first the number of people
//! reaching their `min_meetings`.
//!
//! ## Algorithm
//!
//! Locked meetings are placed first. A constructive pass then takes meetings by priority,
//! scarcity of usable slots and busyness of their participants, putting each in the slot its
//! people's pending requests need least. A local search of ejection chains and kicks
//! (module `search`) then raises the objective until no move helps or its work budget is
//! spent. [`greedy_baseline`] (priority order, first free slot) is kept for comparison.
//!
//! ## Determinism
//!
//! All randomness is a seeded SplitMix64 of our own, and the search is bounded by a
//! deterministic work budget, not by the clock: the same input, seed and options give
//! byte-identical JSON except `stats.elapsed_ms`, the one field that reports wall-clock time.
//! The time limit in [`Options`] is a safety cap that only matters for inputs far larger
//! than the budget is sized for.
//!
//! ## The upper bound
//!
//! `stats.upper_bound` is proven: no schedule has a larger priority total. Take the integer
//! program with a 0/1 variable per meeting, keep only the constraints
//! (1) each meeting at most once, and only if its sides share a usable slot;
//! (2) person p in at most `cap(p)` meetings, `cap(p)` = min(max_meetings, slots p is
//! available in, slots any of p's meetings can use) — a delegation's meeting counted for one
//! member per side, the one with the smallest cap;
//! (3) at most `T` meetings in all, `T` = Σ over slots of min(tables, ⌊people present / 2⌋,
//! meetings that could use the slot).
//! Every schedule satisfies these, so the LP relaxation's optimum bounds every schedule.
//! Without (3) that LP is the fractional b-matching problem, whose optimum is half the
//! maximum-weight b-matching in the bipartite double cover (p_left → q_right and q_left →
//! p_right per meeting): a min-cost flow, solved exactly with integer costs. Constraint (3)
//! is moved into the objective with a multiplier λ ≥ 0 (Lagrangian relaxation): for every
//! λ, `λ·T + LP((w − λ)⁺)` is still an upper bound (weak duality), convex in λ; we evaluate
//! λ = 0, ½, 1, … while it decreases and round the least value down.

#![forbid(unsafe_code)]

mod bound;
mod error;
mod exact;
mod flow;
pub mod generator;
mod greedy;
mod input;
mod model;
mod rng;
pub mod roundtables;
mod search;
mod solution;
mod solve;
mod state;
mod time;
mod validate;
mod verify;

pub use error::InputError;
pub use greedy::greedy_baseline;
pub use input::{InstanceInput, InterpreterInput, LockInput, MeetingInput, ParticipantInput, SideInput, SlotInput};
pub use model::{Instance, Interpreter, Lock, Meeting, Participant, Slot, SlotSet};
pub use roundtables::{
    RoundtableInstance, RoundtableSolution, assign_roundtables, parse_roundtables, roundtables_json,
};
pub use solution::{Assignment, Shortfall, ShortfallReason, Solution, Stats, solution_json};
pub use solve::{Objective, Options, solve};
pub use validate::parse_instance;
pub use verify::verify;
