//! Memberships of organisations in networks and their status lifecycle:
//! prospect → applicant → active → lapsed / suspended → withdrawn, each change dated and kept.

use serde::{Deserialize, Serialize};

use super::code_enum;
use hansa_core::error::FieldError;
use hansa_core::validate::{self, Errors};

code_enum!(
    MembershipStatus {
        Prospect = "prospect",
        Applicant = "applicant",
        Active = "active",
        Lapsed = "lapsed",
        Suspended = "suspended",
        Withdrawn = "withdrawn",
    }
);

impl MembershipStatus {
    /// The moves a secretariat makes. Anything else is a data-entry mistake worth stopping:
    /// a prospect does not lapse, a withdrawn member re-applies rather than becoming active.
    pub fn can_move_to(self, next: MembershipStatus) -> bool {
        use MembershipStatus::*;
        matches!(
            (self, next),
            (Prospect, Applicant | Active | Withdrawn)
                | (Applicant, Prospect | Active | Withdrawn)
                | (Active, Lapsed | Suspended | Withdrawn)
                | (Lapsed, Active | Withdrawn)
                | (Suspended, Active | Withdrawn)
                | (Withdrawn, Prospect | Applicant)
        )
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Membership {
    pub id: i64,
    pub network_id: i64,
    pub organisation_id: i64,
    pub type_code: String,
    pub status: MembershipStatus,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// One dated step in a membership's life.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StatusChange {
    pub date: String,
    pub status: MembershipStatus,
    #[serde(default)]
    pub note: Option<String>,
}

impl StatusChange {
    pub fn validate(&self) -> Result<StatusChange, hansa_core::DomainError> {
        let mut e = Errors::default();
        validate::check_date("date", &self.date, &mut e);
        let note = validate::non_empty(self.note.as_deref());
        if let Some(n) = &note {
            validate::check_len("note", n, 1_000, &mut e);
        }
        e.finish(StatusChange { date: self.date.clone(), status: self.status, note })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MembershipInput {
    pub network: String,
    pub organisation: String,
    #[serde(rename = "type")]
    pub type_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// The current status; when given it must equal the last step of `history`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MembershipStatus>,
    /// Oldest first; the last entry is the current status. At least one.
    pub history: Vec<StatusChange>,
}

impl MembershipInput {
    /// Checks dates and that each step follows the lifecycle.
    pub fn validate(&self) -> Result<MembershipInput, hansa_core::DomainError> {
        let mut e = Errors::default();
        validate::check_period(self.since.as_deref(), self.until.as_deref(), &mut e);
        if self.history.is_empty() {
            e.push(FieldError::new("history", "err-required"));
        }
        let mut history = Vec::new();
        for (i, step) in self.history.iter().enumerate() {
            match step.validate() {
                Ok(s) => history.push(s),
                Err(_) => e.push(FieldError::with(format!("history[{i}].date"), "err-date", &step.date)),
            }
        }
        for (i, pair) in history.windows(2).enumerate() {
            if !pair[0].status.can_move_to(pair[1].status) {
                e.push(FieldError::with(
                    format!("history[{}].status", i + 1),
                    "err-status-move",
                    pair[1].status.code(),
                ));
            }
            if pair[1].date < pair[0].date {
                e.push(FieldError::new(format!("history[{}].date", i + 1), "err-period"));
            }
        }
        if let (Some(s), Some(last)) = (self.status, history.last())
            && s != last.status
        {
            e.push(FieldError::with("status", "err-status-history", s.code()));
        }
        e.finish(MembershipInput { history, ..self.clone() })
    }

    pub fn status(&self) -> MembershipStatus {
        self.history.last().map_or(MembershipStatus::Prospect, |s| s.status)
    }
}

#[cfg(test)]
mod tests {
    use super::MembershipStatus::*;
    use super::*;

    #[test]
    fn lifecycle() {
        assert!(Prospect.can_move_to(Applicant));
        assert!(Active.can_move_to(Lapsed));
        assert!(!Prospect.can_move_to(Lapsed));
        assert!(!Withdrawn.can_move_to(Active));
        for s in MembershipStatus::ALL {
            assert!(!s.can_move_to(*s), "{s:?} to itself is no change");
        }
    }

    #[test]
    fn history_must_follow_lifecycle() {
        let input = MembershipInput {
            network: "wego".into(),
            organisation: "lublin".into(),
            type_code: "full".into(),
            since: None,
            until: None,
            status: None,
            history: vec![
                StatusChange { date: "2023-03-01".into(), status: Prospect, note: None },
                StatusChange { date: "2023-04-01".into(), status: Lapsed, note: None },
            ],
        };
        let Err(hansa_core::DomainError::Invalid(errs)) = input.validate() else { panic!() };
        assert_eq!(errs[0].field, "history[1].status");
    }
}
