//! Mini roundtables on the event's themes (the five SCAP themes at WeGO-ASCN): participants
//! rank the themes on their profile; staff set the rounds, tables per theme and seats per
//! table, and `hansa_scheduler`'s assignment seats everyone for the highest total
//! satisfaction — proven optimal by min-cost flow, also with "nobody at the same theme twice"
//! (König edge colouring keeps it exact); "each table mixes countries" is a heuristic whose
//! gap to the proven optimum is reported. The seats replace the last assignment whole.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::{DomainError, DomainResult};
use hansa_core::validate::Errors;
use hansa_core::{Caller, FieldError};
use serde_json::json;

use super::service::{Board, MatchmakingStore, staff_board};

/// How staff want the roundtables run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundtableSetup {
    pub rounds: i32,
    pub tables_per_theme: i32,
    pub seats: i32,
    pub no_repeat: bool,
    pub mix_countries: bool,
}

impl Default for RoundtableSetup {
    fn default() -> Self {
        RoundtableSetup { rounds: 2, tables_per_theme: 1, seats: 6, no_repeat: true, mix_countries: false }
    }
}

impl RoundtableSetup {
    pub fn validate(self) -> Result<Self, DomainError> {
        let mut e = Errors::default();
        let range = |field: &str, v: i32, max: i32, e: &mut Errors| {
            if !(1..=max).contains(&v) {
                e.push(FieldError::with(field, "err-match-range", format!("1–{max}")));
            }
        };
        range("rounds", self.rounds, 5, &mut e);
        range("tables_per_theme", self.tables_per_theme, 50, &mut e);
        range("seats", self.seats, 30, &mut e);
        e.finish(self)
    }
}

/// One seat: who sits at which theme's table in which round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub round: i32,
    pub theme: String,
    pub table: i32,
    pub registration: i64,
}

/// The last assignment: its setup, its figures and its seats.
#[derive(Debug, Clone, PartialEq)]
pub struct Roundtables {
    pub setup: RoundtableSetup,
    pub satisfaction: i64,
    pub optimum_bound: i64,
    pub exact: bool,
    pub mix_violations: Option<i32>,
    pub seats: Vec<Seat>,
}

#[async_trait]
pub trait RoundtableStore: Send + Sync {
    async fn roundtables(&self, event_id: i64) -> DomainResult<Option<Roundtables>>;
    /// Replaces the event's seats and figures in one transaction.
    async fn save_roundtables(&self, event_id: i64, r: &Roundtables, audit: AuditNote) -> DomainResult<()>;
}

/// The assignment's instance: every participant who ranked at least one theme.
fn instance_json(board: &Board, setup: &RoundtableSetup) -> serde_json::Value {
    let themes: Vec<_> = board
        .settings
        .themes
        .iter()
        .map(|t| json!({"id": t.code, "tables": setup.tables_per_theme, "capacity": setup.seats}))
        .collect();
    let participants: Vec<_> = board
        .participants
        .iter()
        .filter_map(|p| {
            let ranking = &p.profile.as_ref()?.ranking;
            (!ranking.is_empty()).then(|| {
                json!({"id": format!("r{}", p.id), "country": p.country.clone().unwrap_or_default(), "ranking": ranking})
            })
        })
        .collect();
    json!({
        "rounds": setup.rounds,
        "themes": themes,
        "participants": participants,
        "options": {"no_repeat": setup.no_repeat, "mix_countries": setup.mix_countries},
    })
}

/// Seats everyone who ranked themes, optimally, and keeps the result.
pub async fn assign(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    slug: &str,
    setup: RoundtableSetup,
) -> DomainResult<Roundtables> {
    let board = staff_board(store, caller, slug).await?;
    let setup = setup.validate()?;
    if board.settings.themes.is_empty() {
        return Err(DomainError::Conflict(FieldError::new("rounds", "err-match-no-themes")));
    }
    let text = instance_json(&board, &setup).to_string();
    let instance = hansa_scheduler::parse_roundtables(&text)
        .map_err(|e| DomainError::Conflict(FieldError::with("rounds", "err-match-instance", e)))?;
    let solution = tokio::task::spawn_blocking(move || hansa_scheduler::assign_roundtables(&instance))
        .await
        .map_err(|e| DomainError::Storage(format!("roundtable assignment stopped: {e}")))?;
    let id = |p: &str| p.get(1..).and_then(|n| n.parse().ok()).unwrap_or_default();
    let result = Roundtables {
        setup,
        satisfaction: solution.stats.satisfaction as i64,
        optimum_bound: solution.stats.optimum_bound as i64,
        exact: solution.stats.exact,
        mix_violations: solution.stats.mix_violations.map(|v| v as i32),
        seats: solution
            .assignments
            .iter()
            .map(|s| Seat {
                round: s.round as i32,
                theme: s.theme.clone(),
                table: s.table as i32,
                registration: id(&s.participant),
            })
            .collect(),
    };
    let audit = caller.audit(
        "roundtables",
        &format!("matchmaking:{}", board.event.id),
        json!({"seats": result.seats.len(), "exact": result.exact}),
    );
    store.save_roundtables(board.event.id, &result, audit).await?;
    Ok(result)
}
