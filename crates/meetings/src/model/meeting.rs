//! A bilateral meeting of the secretariat with one or more organisations: when, where (a
//! place, an event of the calendar, or both), who sat on each side, what was talked about
//! (topics as tags), the staff's notes and the outcome.

use std::collections::HashSet;

use hansa_core::code_enum;
use hansa_core::error::{DomainError, FieldError};
use hansa_core::validate::{self, Errors};

code_enum!(
    /// Which side of the table a person sat on.
    Side {
        /// The secretariat's people (the Secretary General, staff).
        Ours = "ours",
        /// The delegation met.
        Theirs = "theirs",
    }
);

/// Longest free text kept for notes and outcomes: a page of minutes, not a report.
pub const MAX_NOTES: usize = 10_000;
/// Topic tags per meeting: enough for a long meeting, few enough to stay a filter.
pub const MAX_TOPICS: usize = 20;

/// A meeting as a form, the demo file or an import gives it: records named by slug.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingDraft {
    /// The day it took place (YYYY-MM-DD).
    pub met_on: String,
    #[serde(default)]
    pub place: Option<String>,
    /// The event it took place at, by slug.
    #[serde(default)]
    pub event: Option<String>,
    /// Directory people of the secretariat, by slug.
    #[serde(default)]
    pub ours: Vec<String>,
    /// Directory people of the delegation, by slug.
    #[serde(default)]
    pub theirs: Vec<String>,
    /// The organisations met, by slug: at least one.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Lower-case tags: `electric-buses`, `hydrogen`.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Staff only, never on a public page.
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub outcome: String,
}

/// A tag as people type it (`Electric buses`) made into the stored form (`electric-buses`).
pub fn tag_of(text: &str) -> String {
    validate::slugify(text)
}

impl MeetingDraft {
    /// Field-level checks; every problem is reported at once, each with a translation key.
    /// References (slugs) are checked for existence by the store, in the write's transaction.
    pub fn validate(mut self) -> Result<MeetingDraft, DomainError> {
        let mut e = Errors::default();
        if self.met_on.trim().is_empty() {
            e.push(FieldError::new("met_on", "err-required"));
        } else {
            validate::check_date("met_on", &self.met_on, &mut e);
        }
        self.place = validate::non_empty(self.place.as_deref());
        self.event = validate::non_empty(self.event.as_deref());
        if let Some(p) = &self.place {
            validate::check_len("place", p, validate::MAX_NAME, &mut e);
        }
        if self.place.is_none() && self.event.is_none() {
            e.push(FieldError::new("place", "err-outreach-place-or-event"));
        }
        if let Some(ev) = &self.event {
            validate::check_slug("event", ev, &mut e);
        }
        for (name, list) in
            [("ours", &mut self.ours), ("theirs", &mut self.theirs), ("organisations", &mut self.organisations)]
        {
            list.iter_mut().for_each(|s| *s = s.trim().to_owned());
            list.retain(|s| !s.is_empty());
            let mut seen = HashSet::new();
            for (i, slug) in list.iter().enumerate() {
                validate::check_slug(&format!("{name}.{i}"), slug, &mut e);
                if !seen.insert(slug.clone()) {
                    e.push(FieldError::with(format!("{name}.{i}"), "err-duplicate", slug));
                }
            }
        }
        if self.organisations.is_empty() {
            e.push(FieldError::new("organisations", "err-outreach-no-organisation"));
        }
        let mut topics: Vec<String> = Vec::new();
        for t in &self.topics {
            let tag = tag_of(t);
            if !tag.is_empty() && !topics.contains(&tag) {
                topics.push(tag);
            }
        }
        if topics.len() > MAX_TOPICS {
            e.push(FieldError::with("topics", "err-outreach-too-many-topics", MAX_TOPICS));
        }
        self.topics = topics;
        self.notes = self.notes.trim().to_owned();
        self.outcome = self.outcome.trim().to_owned();
        validate::check_len("notes", &self.notes, MAX_NOTES, &mut e);
        validate::check_len("outcome", &self.outcome, MAX_NOTES, &mut e);
        e.finish(self)
    }
}

/// A record named for people to read: its slug and its name in the reader's terms.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Named {
    pub slug: String,
    /// Organisations' and events' names in every language; people's one display name under "en".
    pub name: hansa_core::Localized,
}

/// A stored meeting with the names of what it links to.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BilateralMeeting {
    pub id: i64,
    pub draft: MeetingDraft,
    pub event: Option<Named>,
    pub ours: Vec<Named>,
    pub theirs: Vec<Named>,
    pub organisations: Vec<Named>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> MeetingDraft {
        MeetingDraft {
            met_on: "2023-03-28".into(),
            place: Some("Taipei".into()),
            organisations: vec!["lublin".into()],
            topics: vec!["Electric buses".into(), "hydrogen".into(), "HYDROGEN".into()],
            ..Default::default()
        }
    }

    #[test]
    fn topics_become_lower_case_tags_once() {
        let d = draft().validate().unwrap();
        assert_eq!(d.topics, ["electric-buses", "hydrogen"]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = MeetingDraft { met_on: "2023-02-30".into(), place: None, organisations: vec![], ..draft() };
        let Err(DomainError::Invalid(errors)) = bad.validate() else { panic!("refused") };
        let fields: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(
            fields,
            [
                ("met_on", "err-date"),
                ("place", "err-outreach-place-or-event"),
                ("organisations", "err-outreach-no-organisation")
            ]
        );
    }
}
