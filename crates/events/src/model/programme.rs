//! The programme: rooms, sessions of many kinds, the people in them with their part and the
//! title they held then, ordered contributions, and interpretation channels as data.

use hansa_core::Localized;
use hansa_core::code_enum;

code_enum!(
    /// What happens in a session.
    SessionKind {
        OpeningCeremony = "opening_ceremony",
        Keynote = "keynote",
        Plenary = "plenary",
        ExpertSession = "expert_session",
        Panel = "panel",
        SpecialLecture = "special_lecture",
        LocalGovernmentSession = "local_government_session",
        Roundtable = "roundtable",
        Breakout = "breakout",
        SiteVisit = "site_visit",
        SideMeeting = "side_meeting",
        Orientation = "orientation",
        Module = "module",
        Ceremony = "ceremony",
        Networking = "networking",
        Registration = "registration",
        Break = "break",
    }
);

code_enum!(
    /// The part a person plays in a session.
    ParticipantRole {
        Speaker = "speaker",
        Moderator = "moderator",
        Panelist = "panelist",
        Presenter = "presenter",
        Chair = "chair",
        Rapporteur = "rapporteur",
        Remarks = "remarks",
    }
);

/// A room of the venue (or a named online channel).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Room {
    pub slug: String,
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub name: Localized,
    pub capacity: Option<i32>,
}

/// Interpretation into `language` on receiver channel `channel` (the booth).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Interpretation {
    pub language: String,
    pub channel: String,
}

/// A directory person in a session, with the title they held at the time (as printed then).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Participant {
    pub person: String,
    pub role: ParticipantRole,
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub title: Localized,
    pub organisation: Option<String>,
}

/// A presentation inside a session, in order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Contribution {
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub title: Localized,
    pub presenter: Option<String>,
    pub organisation: Option<String>,
    pub slides_url: Option<String>,
}

/// A session as entered: local times in the event's zone.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct SessionDraft {
    pub slug: String,
    pub kind: SessionKind,
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub title: Localized,
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub description: Localized,
    /// `2023-12-07T09:30`, in the event's zone.
    pub starts_at: String,
    pub ends_at: String,
    pub room: Option<String>,
    #[serde(default)]
    pub online: bool,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub interpretation: Vec<Interpretation>,
    #[serde(default, alias = "participant")]
    pub participants: Vec<Participant>,
    #[serde(default, alias = "contribution")]
    pub contributions: Vec<Contribution>,
}

/// A stored session: its instants in UTC beside what was entered.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Session {
    pub id: i64,
    /// Seconds since the epoch (UTC).
    pub start: i64,
    pub end: i64,
    #[serde(flatten)]
    pub draft: SessionDraft,
}

impl Session {
    pub fn overlaps(&self, other: &Session) -> bool {
        self.start < other.end && other.start < self.end
    }
}
