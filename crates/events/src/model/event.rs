//! An event: what it is, when and where, who hosts it, and where it stands.

use hansa_core::code_enum;
use hansa_core::validate::Errors;
use hansa_core::{Localized, validate};

use super::time::{Day, check_zone};

code_enum!(
    /// What kind of gathering it is.
    EventKind {
        Forum = "forum",
        GeneralAssembly = "general_assembly",
        MayoralConference = "mayoral_conference",
        SubcommitteeMeeting = "subcommittee_meeting",
        SideEvent = "side_event",
        Workshop = "workshop",
        Training = "training",
    }
);

code_enum!(
    /// Draft → published → closed → archived. Only published and closed events are public.
    EventStatus {
        Draft = "draft",
        Published = "published",
        Closed = "closed",
        Archived = "archived",
    }
);

impl EventStatus {
    pub fn is_public(self) -> bool {
        matches!(self, EventStatus::Published | EventStatus::Closed)
    }

    /// The lifecycle moves forward only (an archived event is not reopened).
    pub fn can_move_to(self, next: EventStatus) -> bool {
        use EventStatus::*;
        matches!((self, next), (Draft, Published) | (Published, Closed) | (Published, Draft) | (Closed, Archived))
    }
}

code_enum!(
    /// The part a directory organisation plays in an event.
    OrgRole {
        Host = "host",
        Organiser = "organiser",
        CoOrganiser = "co_organiser",
        Sponsor = "sponsor",
        Partner = "partner",
    }
);

/// An organisation of the directory with its role in the event (by slug, as people link it).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct EventOrganisation {
    pub organisation: String,
    pub role: OrgRole,
}

/// The descriptive fields of an event, as a form, an import or the demo gives them.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct EventDraft {
    pub slug: String,
    pub kind: EventKind,
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub title: Localized,
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub theme: Localized,
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub description: Localized,
    /// The series it belongs to ("NEAR Subcommittee on Economy and Humanities Exchange").
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub series: Localized,
    /// Its ordinal in the series: the 14th, the 6th.
    pub edition: Option<i32>,
    /// First and last day, in the event's zone (YYYY-MM-DD).
    pub starts_on: String,
    pub ends_on: String,
    /// IANA time zone the event is run in and shown in.
    pub time_zone: String,
    pub status: EventStatus,
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub venue_name: Localized,
    pub venue_address: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub online_url: Option<String>,
    pub website: Option<String>,
    /// `[[event.organisation]]` in a file.
    #[serde(default, alias = "organisation")]
    pub organisations: Vec<EventOrganisation>,
}

/// Longest event: a three-week training fits, a year-long "event" is a typo.
pub const MAX_DAYS: i64 = 62;

impl EventDraft {
    /// Field-level checks; every problem is reported, nothing is half-accepted.
    pub fn validate(mut self) -> Result<EventDraft, hansa_core::DomainError> {
        let mut e = Errors::default();
        validate::check_slug("slug", &self.slug, &mut e);
        self.title = self.title.clean("title", 300, true, &mut e);
        self.theme = self.theme.clean("theme", 500, false, &mut e);
        self.description = self.description.clean("description", 10_000, false, &mut e);
        self.series = self.series.clean("series", 300, false, &mut e);
        self.venue_name = self.venue_name.clean("venue_name", 300, false, &mut e);
        if self.edition.is_some_and(|n| !(1..=1000).contains(&n)) {
            e.push(hansa_core::FieldError::new("edition", "err-range"));
        }
        check_zone("time_zone", &self.time_zone, &mut e);
        let first = Day::parse("starts_on", &self.starts_on, &mut e);
        let last = Day::parse("ends_on", &self.ends_on, &mut e);
        if let (Some(first), Some(last)) = (first, last) {
            let days = first.days_until(last);
            if days < 0 {
                e.push(hansa_core::FieldError::new("ends_on", "err-period"));
            } else if days >= MAX_DAYS {
                e.push(hansa_core::FieldError::with("ends_on", "err-event-too-long", MAX_DAYS));
            }
        }
        if let Some(a) = &self.venue_address {
            validate::check_len("venue_address", a, 500, &mut e);
        }
        match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {}
            (None, None) => {}
            _ => e.push(hansa_core::FieldError::new("latitude", "err-coordinates")),
        }
        for (field, url) in [("online_url", &self.online_url), ("website", &self.website)] {
            if let Some(u) = url {
                validate::check_url(field, u, &mut e);
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (i, o) in self.organisations.iter().enumerate() {
            if !seen.insert((o.organisation.as_str(), o.role)) {
                e.push(hansa_core::FieldError::with(format!("organisations.{i}"), "err-duplicate", &o.organisation));
            }
        }
        e.finish(self)
    }
}

/// A stored event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Event {
    pub id: i64,
    /// Raised by every save: an editor's save names the revision it started from.
    pub revision: i64,
    #[serde(flatten)]
    pub draft: EventDraft,
}
