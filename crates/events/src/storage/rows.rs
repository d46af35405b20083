//! Rows as the database gives them, and their conversion to the model.

use hansa_core::Localized;

use crate::model::*;

pub(crate) fn text(json: &str) -> Localized {
    serde_json::from_str(json).unwrap_or_default()
}

pub(crate) const EVENT_COLUMNS: &str = "e.id, e.slug, e.kind, e.title_json, e.theme_json, e.description_json, e.series_json, \
     e.edition, e.starts_on, e.ends_on, e.time_zone, e.status, e.venue_name_json, e.venue_address, e.latitude, \
     e.longitude, e.online_url, e.website, e.revision";

#[derive(sqlx::FromRow)]
pub(crate) struct EventRow {
    id: i64,
    slug: String,
    kind: String,
    title_json: String,
    theme_json: String,
    description_json: String,
    series_json: String,
    edition: Option<i32>,
    starts_on: String,
    ends_on: String,
    time_zone: String,
    status: String,
    venue_name_json: String,
    venue_address: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    online_url: Option<String>,
    website: Option<String>,
    revision: i64,
}

impl EventRow {
    pub(crate) fn id(&self) -> i64 {
        self.id
    }

    pub(crate) fn into_event(self, organisations: Vec<EventOrganisation>) -> Event {
        Event {
            id: self.id,
            revision: self.revision,
            draft: EventDraft {
                slug: self.slug,
                kind: EventKind::parse(&self.kind).unwrap_or(EventKind::Forum),
                title: text(&self.title_json),
                theme: text(&self.theme_json),
                description: text(&self.description_json),
                series: text(&self.series_json),
                edition: self.edition,
                starts_on: self.starts_on,
                ends_on: self.ends_on,
                time_zone: self.time_zone,
                status: EventStatus::parse(&self.status).unwrap_or(EventStatus::Draft),
                venue_name: text(&self.venue_name_json),
                venue_address: self.venue_address,
                latitude: self.latitude,
                longitude: self.longitude,
                online_url: self.online_url,
                website: self.website,
                organisations,
            },
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SessionRow {
    pub id: i64,
    pub slug: String,
    pub kind: String,
    pub title_json: String,
    pub description_json: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub local_start: String,
    pub local_end: String,
    pub room: Option<String>,
    pub online: bool,
    pub languages_json: String,
    pub interpretation_json: String,
}

impl From<SessionRow> for Session {
    fn from(r: SessionRow) -> Session {
        Session {
            id: r.id,
            start: r.starts_at,
            end: r.ends_at,
            draft: SessionDraft {
                slug: r.slug,
                kind: SessionKind::parse(&r.kind).unwrap_or(SessionKind::Plenary),
                title: text(&r.title_json),
                description: text(&r.description_json),
                starts_at: r.local_start,
                ends_at: r.local_end,
                room: r.room,
                online: r.online,
                languages: serde_json::from_str(&r.languages_json).unwrap_or_default(),
                interpretation: serde_json::from_str(&r.interpretation_json).unwrap_or_default(),
                participants: vec![],
                contributions: vec![],
            },
        }
    }
}
