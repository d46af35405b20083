//! Matchmaking's rules, free of SQL and HTTP: an event's settings and themes, its meeting
//! slots, a participant's profile and availability, and what makes a meeting request valid.
//! Every check collects its problems field by field, so a form shows them all at once.

use hansa_core::validate::{self, Errors};
use hansa_core::{FieldError, Localized, code_enum};
use hansa_events::model::time;

code_enum!(
    /// Pending → accepted / declined / withdrawn (by its sender) / expired (unanswered in
    /// time); an accepted meeting may still be cancelled by either side or by staff.
    RequestStatus {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
        Withdrawn = "withdrawn",
        Expired = "expired",
        Cancelled = "cancelled",
    }
);

/// A theme delegates pick (the five Smart City Action Plan themes at WeGO-ASCN).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Theme {
    pub code: String,
    pub name: Localized,
}

/// How an event's matchmaking runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Requests may be sent and answered.
    pub open: bool,
    /// A pending request expires after so many days, so it does not block a slot forever.
    pub request_days: i32,
    /// The most meetings anyone gets unless their profile asks for fewer.
    pub max_meetings: Option<i32>,
    pub themes: Vec<Theme>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { open: false, request_days: 3, max_meetings: Some(8), themes: Vec::new() }
    }
}

impl Settings {
    /// Checks numbers and themes; theme codes come from their English names.
    pub fn validate(mut self) -> Result<Settings, hansa_core::DomainError> {
        let mut e = Errors::default();
        if !(1..=60).contains(&self.request_days) {
            e.push(FieldError::with("request_days", "err-match-range", "1–60"));
        }
        if self.max_meetings.is_some_and(|m| !(1..=100).contains(&m)) {
            e.push(FieldError::with("max_meetings", "err-match-range", "1–100"));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, theme) in self.themes.iter_mut().enumerate() {
            let field = format!("themes[{i}].name");
            theme.name = theme.name.clean(&field, 120, true, &mut e);
            if theme.code.is_empty() {
                theme.code = validate::slugify(theme.name.get("en").unwrap_or_default());
            }
            if !theme.code.is_empty() && !seen.insert(theme.code.clone()) {
                e.push(FieldError::with(format!("{field}.en"), "err-duplicate", &theme.code));
            }
        }
        e.finish(self)
    }
}

/// A meeting slot: an interval with a number of tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub tables: i32,
}

/// A slot as a form gives it: a day of the event and local clock times.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SlotInput {
    pub day: String,
    pub start: String,
    pub end: String,
    pub tables: String,
}

/// Where and when an event happens, as the slot checks need it.
pub struct EventFrame<'a> {
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub time_zone: &'a str,
}

impl SlotInput {
    /// A slot inside the event's days, ending after it starts, with 1–2,000 tables (online meetings too), and not
    /// overlapping another slot (a person cannot be at two tables at once).
    pub fn validate(&self, frame: &EventFrame, others: &[Slot]) -> Result<Slot, hansa_core::DomainError> {
        let mut e = Errors::default();
        let tz = time::zone(frame.time_zone);
        let day = self.day.trim();
        if day.is_empty() {
            e.push(FieldError::new("day", "err-required"));
        } else if day < frame.starts_on || day > frame.ends_on || day.len() != 10 {
            e.push(FieldError::with(
                "day",
                "err-match-slot-outside",
                format!("{} – {}", frame.starts_on, frame.ends_on),
            ));
        }
        let at = |field: &str, clock: &str, e: &mut Errors| match (&tz, clock.trim()) {
            (_, "") => {
                e.push(FieldError::new(field, "err-required"));
                None
            }
            (Some(tz), clock) => time::local_to_utc(field, &format!("{day}T{clock}"), tz, e),
            (None, _) => None,
        };
        let starts_at = at("start", &self.start, &mut e);
        let ends_at = at("end", &self.end, &mut e);
        if let (Some(s), Some(t)) = (starts_at, ends_at)
            && t <= s
        {
            e.push(FieldError::new("end", "err-ends-before-start"));
        }
        let tables = match self.tables.trim().parse::<i32>() {
            Ok(n) if (1..=2_000).contains(&n) => n,
            _ => {
                e.push(FieldError::with("tables", "err-match-range", "1–2,000"));
                0
            }
        };
        let slot = Slot { id: 0, starts_at: starts_at.unwrap_or(0), ends_at: ends_at.unwrap_or(0), tables };
        if e.0.is_empty()
            && let Some(other) = others.iter().find(|o| o.starts_at < slot.ends_at && slot.starts_at < o.ends_at)
        {
            e.push(FieldError::with("start", "err-match-slot-overlap", other.id));
        }
        e.finish(slot)
    }
}

/// Tables to set per slot for `meetings` accepted meetings over `slots` slots: the busiest
/// slot's share plus the spare b2match advises (15 %, at least one table), so the scheduler
/// has room to move meetings around people's availability.
pub fn suggested_tables(meetings: usize, slots: usize) -> usize {
    if slots == 0 || meetings == 0 {
        return 0;
    }
    let per_slot = meetings.div_ceil(slots);
    per_slot + (per_slot * 15).div_ceil(100).max(1)
}

/// What a participant says of themselves and when they are free.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile {
    pub offers: String,
    pub needs: String,
    pub themes: Vec<String>,
    /// Roundtable themes in order of preference, first choice first.
    pub ranking: Vec<String>,
    pub languages: Vec<String>,
    pub max_meetings: Option<i32>,
    /// Slot ids; empty means every slot.
    pub available: Vec<i64>,
}

impl Profile {
    /// Checks against the event's themes and slots. `every_slot` false with no slot chosen
    /// is refused: someone available nowhere cannot be met, so the form says so.
    pub fn validate(
        mut self,
        every_slot: bool,
        themes: &[Theme],
        slots: &[Slot],
    ) -> Result<Profile, hansa_core::DomainError> {
        let mut e = Errors::default();
        self.offers = self.offers.trim().to_owned();
        self.needs = self.needs.trim().to_owned();
        validate::check_len("offers", &self.offers, 2_000, &mut e);
        validate::check_len("needs", &self.needs, 2_000, &mut e);
        for t in &self.themes {
            if !themes.iter().any(|x| &x.code == t) {
                e.push(FieldError::with("themes", "err-unknown", t));
            }
        }
        self.themes.sort();
        self.themes.dedup();
        // Empty choices are left out (a form's "no second choice"); a theme twice is a mistake.
        self.ranking.retain(|t| !t.is_empty());
        for (i, t) in self.ranking.iter().enumerate() {
            if !themes.iter().any(|x| &x.code == t) {
                e.push(FieldError::with("ranking", "err-unknown", t));
            } else if self.ranking[..i].contains(t) {
                e.push(FieldError::with("ranking", "err-duplicate", t));
            }
        }
        self.languages =
            self.languages.iter().map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty()).collect();
        for l in &self.languages {
            if !hansa_core::text::is_language_tag(l) {
                e.push(FieldError::with("languages", "err-language", l));
            }
        }
        self.languages.sort();
        self.languages.dedup();
        if self.max_meetings.is_some_and(|m| !(1..=100).contains(&m)) {
            e.push(FieldError::with("max_meetings", "err-match-range", "1–100"));
        }
        if every_slot {
            self.available.clear();
        } else {
            for s in &self.available {
                if !slots.iter().any(|x| x.id == *s) {
                    e.push(FieldError::with("available", "err-unknown", s));
                }
            }
            self.available.sort_unstable();
            self.available.dedup();
            if self.available.is_empty() {
                e.push(FieldError::new("available", "err-match-no-slot"));
            }
        }
        e.finish(self)
    }

    /// Whether they are free in `slot`.
    pub fn free_in(&self, slot: i64) -> bool {
        self.available.is_empty() || self.available.contains(&slot)
    }
}

/// A meeting request as the sender writes it.
#[derive(Debug, Clone, Default)]
pub struct RequestInput {
    /// The registration they want to meet.
    pub to: i64,
    pub message: String,
    /// Colleagues of the sender who come along (their side is then a delegation).
    pub companions: Vec<i64>,
}

impl RequestInput {
    /// A request to someone else who takes part in the event's matchmaking, with companions
    /// who take part too and are neither the sender nor the other side.
    pub fn validate(mut self, from: i64, participants: &[i64]) -> Result<RequestInput, hansa_core::DomainError> {
        let mut e = Errors::default();
        self.message = self.message.trim().to_owned();
        validate::check_len("message", &self.message, 1_000, &mut e);
        if self.to == from {
            e.push(FieldError::new("to", "err-match-self"));
        } else if !participants.contains(&self.to) {
            e.push(FieldError::with("to", "err-match-not-participant", self.to));
        }
        self.companions.sort_unstable();
        self.companions.dedup();
        self.companions.retain(|c| *c != from);
        for c in &self.companions {
            if *c == self.to {
                e.push(FieldError::new("companions", "err-match-delegation-other-side"));
            } else if !participants.contains(c) {
                e.push(FieldError::with("companions", "err-match-not-participant", c));
            }
        }
        if self.companions.len() > 5 {
            e.push(FieldError::with("companions", "err-match-range", "0–5"));
        }
        e.finish(self)
    }
}
