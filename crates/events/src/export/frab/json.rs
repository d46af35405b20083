//! `schedule.json`, shaped by `schedule.schema.json`: no key beyond those it lists (most of its
//! objects forbid others), every key it requires, `null` where we know nothing.

use serde_json::{Map, Value, json};

use super::{Plan, Talk};

/// The schema's `time_zone_name` pattern, `^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$`, searched the way
/// JSON Schema does: it fits `Asia/Seoul` and `Etc/UTC` but not `Etc/GMT-9` or `US/Pacific`,
/// which are valid IANA names. The field is optional, so such a zone is left out rather than
/// the document made invalid; the offsets in every time still carry it.
fn fits_zone_pattern(name: &str) -> bool {
    let word = |s: &str| {
        let mut c = s.chars();
        c.next().is_some_and(|f| f.is_ascii_uppercase()) && c.next().is_some_and(|l| l.is_ascii_lowercase())
    };
    let whole_word = |s: &str| word(s) && s[1..].chars().all(|c| c.is_ascii_lowercase());
    name.ends_with("UTC") || name.split_once('/').is_some_and(|(area, place)| whole_word(area) && word(place))
}

pub(super) fn write(plan: &Plan) -> Value {
    let rooms: Vec<Value> = plan
        .rooms
        .iter()
        .filter(|r| r.used)
        .map(|r| {
            let mut room = json!({ "name": r.name, "guid": r.guid, "capacity": r.capacity });
            if let Some(slug) = &r.slug {
                room["slug"] = json!(slug);
            }
            if let Some(kind) = r.kind {
                room["type"] = json!(kind);
            }
            room
        })
        .collect();
    let days: Vec<Value> = plan
        .days
        .iter()
        .map(|d| {
            // Keyed by room name, as frab does; rooms without a session that day are left out.
            let by_room: Map<String, Value> = plan
                .rooms
                .iter()
                .zip(&d.rooms)
                .filter(|(_, talks)| !talks.is_empty())
                .map(|(r, talks)| (r.name.clone(), talks.iter().map(talk).collect()))
                .collect();
            json!({ "index": d.index, "date": d.date, "day_start": d.start, "day_end": d.end, "rooms": by_room })
        })
        .collect();
    let mut conference = json!({
        "acronym": plan.acronym,
        "title": plan.title,
        "start": plan.first,
        "end": plan.last,
        "daysCount": plan.days.len(),
        "timeslot_duration": plan.timeslot,
        "url": plan.url,
        "rooms": rooms,
        "tracks": plan.tracks.iter().map(|(name, slug)| json!({ "name": name, "slug": slug })).collect::<Vec<_>>(),
        "days": days,
    });
    if !plan.description.is_empty() {
        conference["description"] = json!(plan.description);
    }
    if fits_zone_pattern(&plan.time_zone) {
        conference["time_zone_name"] = json!(plan.time_zone);
    }
    json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": { "name": "hansa", "version": env!("CARGO_PKG_VERSION") },
        "schedule": { "version": plan.version, "base_url": plan.base_url, "conference": conference },
    })
}

fn talk(t: &Talk) -> Value {
    json!({
        "id": t.id,
        "guid": t.guid,
        "date": t.date,
        "end": t.end,
        "start": t.start,
        "duration": format!("{:02}:{:02}", t.minutes / 60, t.minutes % 60),
        "room": t.room,
        "slug": t.slug,
        "url": t.url,
        "title": t.title,
        "subtitle": "",
        "track": t.track,
        "type": t.kind,
        "language": t.language,
        "abstract": t.abstract_,
        "description": t.description,
        // `name` without `public_name`: the schema's `oneOf` takes a person as pretalx's or
        // as frab's kind, never both.
        "persons": t.persons.iter().map(|p| json!({ "id": p.id, "guid": p.guid, "name": p.name, "url": p.url })).collect::<Vec<_>>(),
        "links": t.links.iter().map(|(url, title)| json!({ "type": "slides", "url": url, "title": title })).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::fits_zone_pattern;

    #[test]
    fn zone_names_as_the_schema_reads_them() {
        for ok in ["Asia/Seoul", "America/Argentina/Buenos_Aires", "Asia/Ho_Chi_Minh", "UTC", "Etc/UTC"] {
            assert!(fits_zone_pattern(ok), "{ok}");
        }
        for no in ["Etc/GMT-9", "US/Pacific", "EST5EDT", "asia/seoul"] {
            assert!(!fits_zone_pattern(no), "{no}");
        }
    }
}
