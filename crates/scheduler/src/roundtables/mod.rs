//! Roundtables: over several rounds, every participant sits at a table of some theme, each
//! theme having `tables` tables of `capacity` seats per round.
//!
//! * Satisfaction: a theme ranked `r` (1 = best) scores `#themes − r + 1`; a theme the
//!   participant did not rank scores 0. Unranked themes are allowed, so that everyone gets
//!   a seat when their favourites are full.
//! * Objective, lexicographic: seat as many (participant, round) pairs as possible, then
//!   maximise total satisfaction. It is solved *exactly* by min-cost max-flow (module
//!   `assign`); `stats.exact` says whether the result is proven optimal.
//! * `no_repeat`: nobody sits at the same theme twice. The flow gives each participant up to
//!   `rounds` distinct themes; a bipartite edge colouring then splits them into rounds
//!   without losing anything (see `assign`).
//! * `mix_countries`: at most ⌈size/2⌉ people of one country at any table. A heuristic
//!   (module `mix`) after the exact assignment; the gap to the unmixed optimum is reported.

mod assign;
mod input;
mod mix;

pub use assign::assign_roundtables;
pub use input::{RoundtableInstance, RoundtableOptions, parse_roundtables};

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundtableSolution {
    /// By participant (instance order), then round.
    pub assignments: Vec<Seat>,
    /// (participant, round) pairs without a seat.
    pub unassigned: Vec<Unseated>,
    pub stats: RoundtableStats,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seat {
    pub participant: String,
    /// 1-based.
    pub round: u32,
    pub theme: String,
    /// 1-based within the theme.
    pub table: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unseated {
    pub participant: String,
    pub round: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundtableStats {
    pub satisfaction: u64,
    /// The optimum without `mix_countries` (proven by the flow); equal to `satisfaction`
    /// when mixing is off or cost nothing.
    pub optimum_bound: u64,
    /// `satisfaction == optimum_bound`: this assignment is proven optimal.
    pub exact: bool,
    /// With `mix_countries`: tables still over the country limit (0 when mixing succeeded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mix_violations: Option<u32>,
}

/// Compact JSON, keys in declaration order.
pub fn roundtables_json(solution: &RoundtableSolution) -> String {
    serde_json::to_string(solution).expect("a roundtable solution always serialises")
}
