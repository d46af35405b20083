//! Governance bodies: General Assembly with numbered sessions, Executive Committee,
//! subcommittees; organisations and people hold seats in them with roles, over time.

use serde::{Deserialize, Serialize};

use super::code_enum;
use hansa_core::error::FieldError;
use hansa_core::text::Localized;
use hansa_core::validate::{self, Errors, MAX_NAME};

code_enum!(
    BodyKind {
        GeneralAssembly = "general_assembly",
        ExecutiveCommittee = "executive_committee",
        Subcommittee = "subcommittee",
        WorkingGroup = "working_group",
    }
);

code_enum!(
    SeatRole {
        Chair = "chair",
        ViceChair = "vice_chair",
        Member = "member",
        Secretariat = "secretariat",
    }
);

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct GovernanceBody {
    pub id: i64,
    pub network_id: i64,
    pub slug: String,
    pub kind: BodyKind,
    pub name: Localized,
}

/// A numbered meeting of a body (the 6th General Assembly, 2023, Seoul).
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct BodySession {
    pub number: i64,
    pub date: String,
    #[serde(default)]
    pub host: Option<String>,
    #[serde(default)]
    pub place: Localized,
}

/// A seat: an organisation or a person in a body, with a role, for a period.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Seat {
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub person: Option<String>,
    pub role: SeatRole,
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct BodyInput {
    pub network: String,
    pub slug: String,
    pub kind: BodyKind,
    pub name: Localized,
    #[serde(default, alias = "session", skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<BodySession>,
    #[serde(default, alias = "seat", skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<Seat>,
}

impl BodyInput {
    pub fn validate(&self) -> Result<BodyInput, hansa_core::DomainError> {
        let mut e = Errors::default();
        validate::check_slug("slug", &self.slug, &mut e);
        let name = self.name.clean("name", MAX_NAME, true, &mut e);
        let mut sessions = Vec::new();
        for (i, s) in self.sessions.iter().enumerate() {
            if !(1..=10_000).contains(&s.number) {
                e.push(FieldError::new(format!("sessions[{i}].number"), "err-number"));
            }
            if sessions.iter().any(|x: &BodySession| x.number == s.number) {
                e.push(FieldError::with(format!("sessions[{i}].number"), "err-duplicate", s.number));
            }
            validate::check_date(&format!("sessions[{i}].date"), &s.date, &mut e);
            let place = s.place.clean(&format!("sessions[{i}].place"), MAX_NAME, false, &mut e);
            sessions.push(BodySession { place, ..s.clone() });
        }
        for (i, seat) in self.seats.iter().enumerate() {
            if seat.organisation.is_some() == seat.person.is_some() {
                e.push(FieldError::new(format!("seats[{i}]"), "err-seat-holder"));
            }
            validate::check_period(seat.since.as_deref(), seat.until.as_deref(), &mut e);
        }
        e.finish(BodyInput { name, sessions, ..self.clone() })
    }
}
