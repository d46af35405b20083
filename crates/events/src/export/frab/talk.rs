//! One session as the format has it: its times in the event's zone, its GUID and slug, English
//! texts, the people in it by display name, and its slides as links.

use std::collections::HashMap;

use hansa_directory::model::Person;
use hansa_web::i18n::Tr;
use jiff::tz::TimeZone;

use super::{at, en, iso, uuid5};
use crate::model::Session;

/// What every session of one event shares.
pub(super) struct Context<'a> {
    pub tr: &'a Tr,
    pub tz: &'a TimeZone,
    pub event_url: &'a str,
    pub base: &'a str,
    pub acronym: &'a str,
    pub people: HashMap<&'a str, &'a Person>,
}

pub(super) struct Talk {
    pub id: i64,
    pub guid: String,
    pub date: String,
    pub end: String,
    pub start: String,
    pub minutes: i64,
    pub room: String,
    pub slug: String,
    pub url: String,
    pub title: String,
    pub kind: String,
    pub track: String,
    pub language: Option<String>,
    pub abstract_: String,
    pub description: String,
    pub persons: Vec<PersonRef>,
    /// (url, title): the contributions' slides.
    pub links: Vec<(String, String)>,
}

pub(super) struct PersonRef {
    pub id: i64,
    pub guid: String,
    pub name: String,
    pub url: String,
}

pub(super) fn talk(cx: &Context, s: &Session, room: &str) -> Talk {
    let (start, end) = (at(s.start, cx.tz), at(s.end, cx.tz));
    let code = s.draft.kind.code();
    Talk {
        id: s.id,
        guid: uuid5(&format!("{}/sessions/{}", cx.event_url, s.draft.slug)),
        date: iso(&start),
        end: iso(&end),
        start: format!("{:02}:{:02}", start.hour(), start.minute()),
        minutes: (s.end - s.start).max(0) / 60,
        room: room.to_owned(),
        // frab's `acronym-id-title`; the session slug is ours and stays unique per event.
        slug: format!("{}-{}-{}", cx.acronym, s.id, s.draft.slug),
        url: format!("{}#{}", cx.event_url, s.draft.slug),
        title: en(&s.draft.title).to_owned(),
        kind: code.to_owned(),
        track: cx.tr.t(&format!("session-kind-{code}")),
        language: s.draft.languages.first().cloned(),
        abstract_: en(&s.draft.description).to_owned(),
        description: description(cx, s),
        persons: persons(cx, s),
        links: s
            .draft
            .contributions
            .iter()
            .filter_map(|c| c.slides_url.clone().map(|u| (u, en(&c.title).to_owned())))
            .collect(),
    }
}

/// The participants in the programme's order, then presenters not already named.
fn persons(cx: &Context, s: &Session) -> Vec<PersonRef> {
    let mut slugs: Vec<&str> = s.draft.participants.iter().map(|x| x.person.as_str()).collect();
    slugs.extend(s.draft.contributions.iter().filter_map(|c| c.presenter.as_deref()));
    let mut seen = std::collections::HashSet::new();
    slugs
        .into_iter()
        .filter(|slug| seen.insert(*slug))
        .filter_map(|slug| cx.people.get(slug))
        .map(|x| {
            let url = format!("{}/people/{}", cx.base, x.slug);
            PersonRef { id: x.id, guid: uuid5(&url), name: x.display_name(), url }
        })
        .collect()
}

/// The session's description, then what the format has no field for: the presentations in
/// order and the interpretation channels.
fn description(cx: &Context, s: &Session) -> String {
    let mut out = en(&s.draft.description).to_owned();
    if !s.draft.contributions.is_empty() {
        out.push_str("\n\nPresentations:");
        for (i, c) in s.draft.contributions.iter().enumerate() {
            out.push_str(&format!("\n{}. {}", i + 1, en(&c.title)));
            if let Some(who) = c.presenter.as_deref().and_then(|x| cx.people.get(x)) {
                out.push_str(&format!(" ({})", who.display_name()));
            }
        }
    }
    if !s.draft.interpretation.is_empty() {
        let channels: Vec<String> = s
            .draft
            .interpretation
            .iter()
            .map(|i| {
                let key = format!("lang-{}", i.language);
                let name = cx.tr.t(&key);
                format!("{} on channel {}", if name == key { i.language.clone() } else { name }, i.channel)
            })
            .collect();
        out.push_str(&format!("\n\nInterpretation: {}.", channels.join(", ")));
    }
    out.trim().to_owned()
}
