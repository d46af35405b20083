//! The frab / c3voc conference schedule (`schedule.xml` and `schedule.json`, the schemas in
//! `shared/specs/frab`): what conference apps (Giggity, EventFahrplan), video crews and signage
//! read. One plan is built from the programme and written both ways, so the two documents
//! cannot drift apart.
//!
//! Conventions, as frab and pretalx export them: days split at the event's local midnight,
//! times in the event's zone with their offset, GUIDs that stay the same from one export to the
//! next (UUID v5 of the session's public address), English texts. People appear by their
//! display name and public page only: never an e-mail address or a phone number.

use std::collections::HashMap;

use hansa_core::Localized;
use hansa_web::i18n::Tr;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use uuid::Uuid;

use crate::model::time::{self, Day};
use crate::model::{Event, Session};
use crate::store::Programme;

mod json;
mod talk;
mod xml;

use talk::Talk;

/// `schedule.xml`. `base_url` is the site's absolute address (`https://hansa.example.org`);
/// the schema wants absolute `http(s)` URLs, and the GUIDs are derived from it.
pub fn schedule_xml(event: &Event, p: &Programme, base_url: &str) -> String {
    xml::write(&plan(event, p, base_url))
}

/// `schedule.json` (version 1, as frab and pretalx emit it).
pub fn schedule_json(event: &Event, p: &Programme, base_url: &str) -> serde_json::Value {
    json::write(&plan(event, p, base_url))
}

/// The schedule, format-neutral.
struct Plan {
    version: String,
    acronym: String,
    title: String,
    description: String,
    first: String,
    last: String,
    timeslot: String,
    base_url: String,
    /// The event's page, and where the XML is served (the pages wire that route).
    url: String,
    schedule_url: String,
    time_zone: String,
    /// (label, slug): session kinds are the tracks apps colour by.
    tracks: Vec<(String, String)>,
    rooms: Vec<RoomPlan>,
    days: Vec<DayPlan>,
}

struct RoomPlan {
    name: String,
    guid: String,
    /// Only real rooms have a slug; the two stand-ins have a c3voc room type instead.
    slug: Option<String>,
    kind: Option<&'static str>,
    capacity: Option<i32>,
    used: bool,
}

struct DayPlan {
    index: usize,
    date: String,
    start: String,
    end: String,
    /// Parallel to `Plan::rooms`: the sessions starting this day in each room.
    rooms: Vec<Vec<Talk>>,
}

/// English, else the first language there is: each field of the format holds one text.
fn en(t: &Localized) -> &str {
    t.resolve("en", None).text
}

fn uuid5(name: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes()).to_string()
}

fn at(seconds: i64, tz: &TimeZone) -> jiff::Zoned {
    Timestamp::from_second(seconds).unwrap_or(Timestamp::UNIX_EPOCH).to_zoned(tz.clone())
}

/// `2023-12-07T09:30:00+09:00`: the schemas insist on an explicit offset.
fn iso(z: &jiff::Zoned) -> String {
    z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// The acronym pattern (`^[a-z0-9_-][a-z0-9_]{3,}…$`) allows no hyphen after the first
/// character, and our slugs are hyphenated: `near-forum-2023` → `near_forum_2023`. A slug
/// shorter than four characters takes the year, so `ga` becomes `ga_2023`, not an invalid `ga`.
fn acronym(slug: &str, first: Date) -> String {
    let a: String = slug.chars().map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() { c } else { '_' }).collect();
    if a.len() < 4 { format!("{a}_{}", first.year()) } else { a }
}

/// The grid apps draw: the largest step (≤ 1 h) every start and end falls on, at least 5 min.
fn timeslot(sessions: &[Session], tz: &TimeZone) -> String {
    fn gcd(a: i64, b: i64) -> i64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let step =
        sessions.iter().flat_map(|s| [s.start, s.end]).fold(60, |g, t| gcd(g, i64::from(at(t, tz).minute()))).max(5);
    format!("{:02}:{:02}", step / 60, step % 60)
}

/// Rooms apps tell apart by name (the JSON keys a day's sessions by it): a repeated name
/// takes its slug.
fn unique_names(rooms: &mut [RoomPlan]) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for r in rooms.iter() {
        *count.entry(r.name.clone()).or_default() += 1;
    }
    for r in rooms.iter_mut() {
        if count[&r.name] > 1 {
            r.name = format!("{} ({})", r.name, r.slug.as_deref().or(r.kind).unwrap_or_default());
        }
    }
}

fn plan(event: &Event, p: &Programme, base_url: &str) -> Plan {
    let d = &event.draft;
    let tr = Tr::new("en");
    let base = base_url.trim_end_matches('/').to_owned();
    let event_url = format!("{base}/events/{}", d.slug);
    let tz = time::zone(&d.time_zone).unwrap_or(TimeZone::UTC);
    let day = |t: i64| time::day_of(t, &tz).0;
    // The event's days, widened to any session outside them so that none is dropped.
    let session_days = p.sessions.iter().map(|s| day(s.start));
    let first = d.starts_on.parse::<Date>().ok().into_iter().chain(session_days.clone()).min();
    let last = d.ends_on.parse::<Date>().ok().into_iter().chain(session_days).max();
    let (first, last) = match (first, last) {
        (Some(a), Some(b)) => (a, b),
        _ => (Date::constant(1970, 1, 1), Date::constant(1970, 1, 1)),
    };
    let acronym = acronym(&d.slug, first);

    let mut rooms: Vec<RoomPlan> = p
        .rooms
        .iter()
        .map(|r| RoomPlan {
            name: en(&r.name).to_owned(),
            guid: uuid5(&format!("{event_url}/rooms/{}", r.slug)),
            slug: Some(r.slug.clone()),
            kind: None,
            capacity: r.capacity,
            used: true,
        })
        .collect();
    // A session in no room still needs one in the format: online ones in "Online", the rest
    // (a coffee break, a tour of the city) in "Other". `~` keeps their GUIDs off any room slug.
    let (other, online) = (rooms.len(), rooms.len() + 1);
    for (name, kind) in [("Other", "other"), ("Online", "online")] {
        let guid = uuid5(&format!("{event_url}/rooms/~{kind}"));
        rooms.push(RoomPlan { name: name.into(), guid, slug: None, kind: Some(kind), capacity: None, used: false });
    }
    unique_names(&mut rooms);
    let by_slug: HashMap<&str, usize> = p.rooms.iter().enumerate().map(|(i, r)| (r.slug.as_str(), i)).collect();

    let count = usize::try_from(Day(first).days_until(Day(last)) + 1).unwrap_or(1);
    let mut days: Vec<DayPlan> = (0..count)
        .map(|i| {
            let date = first.checked_add(jiff::Span::new().days(i as i64)).unwrap_or(first);
            let midnight = |d: Date| d.to_zoned(tz.clone()).map(|z| iso(&z)).unwrap_or_default();
            DayPlan {
                index: i + 1,
                date: date.to_string(),
                start: midnight(date),
                // Half-open, like the programme's own days: the next day's midnight.
                end: midnight(date.tomorrow().unwrap_or(date)),
                rooms: rooms.iter().map(|_| Vec::new()).collect(),
            }
        })
        .collect();

    let cx = talk::Context {
        tr: &tr,
        tz: &tz,
        event_url: &event_url,
        base: &base,
        acronym: &acronym,
        people: p.people.iter().map(|x| (x.slug.as_str(), x)).collect(),
    };
    let mut tracks: Vec<(String, String)> = Vec::new();
    for s in &p.sessions {
        let r = match s.draft.room.as_deref().and_then(|r| by_slug.get(r)) {
            Some(i) => *i,
            None if s.draft.online => online,
            None => other,
        };
        rooms[r].used = true;
        let talk = talk::talk(&cx, s, &rooms[r].name);
        let slug = talk.kind.replace('_', "-");
        if !tracks.iter().any(|(_, t)| *t == slug) {
            tracks.push((talk.track.clone(), slug));
        }
        let i = usize::try_from(Day(first).days_until(Day(day(s.start)))).unwrap_or(0).min(count - 1);
        days[i].rooms[r].push(talk);
    }

    // Apps compare versions to tell a changed schedule: a digest of what is exported changes
    // exactly when the programme does.
    let digest = serde_json::to_vec(&(event, p)).unwrap_or_default();
    let version = Uuid::new_v5(&Uuid::NAMESPACE_OID, &digest).simple().to_string()[..8].to_owned();
    Plan {
        version,
        acronym,
        title: en(&d.title).to_owned(),
        description: en(&d.description).to_owned(),
        first: first.to_string(),
        last: last.to_string(),
        timeslot: timeslot(&p.sessions, &tz),
        schedule_url: format!("{event_url}/schedule.xml"),
        url: event_url,
        base_url: base,
        time_zone: d.time_zone.clone(),
        tracks,
        rooms,
        days,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_fit_the_pattern_and_the_grid_the_times() {
        let year = Date::constant(2023, 12, 6);
        assert_eq!(acronym("near-forum-2023", year), "near_forum_2023");
        assert_eq!(acronym("ga", year), "ga_2023");
        let tz = time::zone("Asia/Seoul").unwrap();
        // 09:30 in Seoul is 00:30 UTC; sessions at :30 and :50 share a 10-minute grid.
        let s = |start: i64, end: i64| Session { id: 1, start, end, draft: serde_json::from_value(draft()).unwrap() };
        let t0 = 1_701_909_000;
        assert_eq!(timeslot(&[s(t0, t0 + 50 * 60)], &tz), "00:10");
        assert_eq!(timeslot(&[s(t0 + 1800, t0 + 5400)], &tz), "01:00");
        assert_eq!(timeslot(&[], &tz), "01:00");
    }

    fn draft() -> serde_json::Value {
        serde_json::json!({ "slug": "s", "kind": "panel", "title": { "en": "S" }, "starts_at": "", "ends_at": "", "room": null })
    }
}
