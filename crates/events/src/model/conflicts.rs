//! What staff must see before delegates do: a person in two sessions at once, a room booked
//! twice, a session outside the event's days. Pure: sessions in, conflicts out.

use std::collections::HashMap;

use super::programme::Session;
use super::time::Day;

/// One conflict, naming the sessions (by slug) it is between.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Conflict {
    PersonDoubleBooked { person: String, first: String, second: String },
    RoomDoubleBooked { room: String, first: String, second: String },
    OutsideEvent { session: String },
    EndsBeforeStart { session: String },
}

/// Every conflict of a programme, sorted. `day_of` maps an instant to its day in the event's
/// zone; `first..=last` are the event's days. Sorting by start makes this O(n log n + k).
pub fn conflicts(sessions: &[Session], first: Day, last: Day, day_of: impl Fn(i64) -> Day) -> Vec<Conflict> {
    let mut out = Vec::new();
    for s in sessions {
        if s.end <= s.start {
            out.push(Conflict::EndsBeforeStart { session: s.draft.slug.clone() });
        }
        // An end exactly at midnight belongs to the day before.
        let (d0, d1) = (day_of(s.start), day_of(s.end.max(s.start + 1) - 1));
        if d0 < first || d1 > last {
            out.push(Conflict::OutsideEvent { session: s.draft.slug.clone() });
        }
    }
    let mut by_start: Vec<&Session> = sessions.iter().filter(|s| s.end > s.start).collect();
    by_start.sort_by_key(|s| (s.start, s.end));
    // Per key (a room or a person), the sessions still running as the sweep moves on.
    let mut rooms: HashMap<&str, Vec<&Session>> = HashMap::new();
    let mut people: HashMap<&str, Vec<&Session>> = HashMap::new();
    for s in by_start {
        if let Some(room) = s.draft.room.as_deref() {
            let open = rooms.entry(room).or_default();
            open.retain(|o| o.end > s.start);
            for o in open.iter() {
                out.push(Conflict::RoomDoubleBooked {
                    room: room.to_owned(),
                    first: o.draft.slug.clone(),
                    second: s.draft.slug.clone(),
                });
            }
            open.push(s);
        }
        let mut persons: Vec<&str> = s.draft.participants.iter().map(|p| p.person.as_str()).collect();
        persons.extend(s.draft.contributions.iter().filter_map(|c| c.presenter.as_deref()));
        persons.sort_unstable();
        persons.dedup();
        for person in persons {
            let open = people.entry(person).or_default();
            open.retain(|o| o.end > s.start);
            for o in open.iter() {
                out.push(Conflict::PersonDoubleBooked {
                    person: person.to_owned(),
                    first: o.draft.slug.clone(),
                    second: s.draft.slug.clone(),
                });
            }
            open.push(s);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::programme::{Participant, ParticipantRole, SessionDraft, SessionKind};
    use hansa_core::Localized;
    use proptest::prelude::*;

    fn day(n: i64) -> Day {
        Day(jiff::civil::date(2023, 12, 6).checked_add(jiff::Span::new().days(n)).unwrap())
    }

    /// Sessions on a 3-day event in UTC; day n starts at n * 86,400.
    fn s(slug: &str, start: i64, end: i64, room: Option<&str>, people: &[&str]) -> Session {
        Session {
            id: 0,
            start,
            end,
            draft: SessionDraft {
                slug: slug.into(),
                kind: SessionKind::Panel,
                title: Localized::en(slug),
                description: Localized::default(),
                starts_at: String::new(),
                ends_at: String::new(),
                room: room.map(str::to_owned),
                online: false,
                languages: vec![],
                interpretation: vec![],
                participants: people
                    .iter()
                    .map(|p| Participant {
                        person: (*p).into(),
                        role: ParticipantRole::Speaker,
                        title: Localized::default(),
                        organisation: None,
                    })
                    .collect(),
                contributions: vec![],
            },
        }
    }

    fn run(sessions: &[Session]) -> Vec<Conflict> {
        conflicts(sessions, day(0), day(2), |t| day(t.div_euclid(86_400)))
    }

    #[test]
    fn finds_each_kind_of_conflict() {
        let h = 3600;
        let c = run(&[
            s("opening", 9 * h, 10 * h, Some("hall"), &["lim"]),
            s("panel", 9 * h + 1800, 11 * h, Some("hall"), &["shin"]),
            s("side", 9 * h + 900, 9 * h + 1000, Some("room-b"), &["lim"]),
            s("tour", 3 * 86_400 + h, 3 * 86_400 + 2 * h, None, &[]),
            s("broken", 5 * h, 4 * h, None, &[]),
            // Back to back is no conflict.
            s("after", 11 * h, 12 * h, Some("hall"), &["shin"]),
        ]);
        assert_eq!(
            c,
            vec![
                Conflict::PersonDoubleBooked { person: "lim".into(), first: "opening".into(), second: "side".into() },
                Conflict::RoomDoubleBooked { room: "hall".into(), first: "opening".into(), second: "panel".into() },
                Conflict::OutsideEvent { session: "tour".into() },
                Conflict::EndsBeforeStart { session: "broken".into() },
            ]
            .into_iter()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
        );
    }

    proptest! {
        /// The sweep finds exactly the overlapping pairs that a comparison of every pair finds.
        #[test]
        fn the_sweep_agrees_with_every_pair(spans in proptest::collection::vec((0i64..40, 1i64..8, 0usize..3, 0usize..4), 0..30)) {
            let rooms = ["a", "b", "c"];
            let people = ["p", "q", "r", "t"];
            let sessions: Vec<Session> = spans.iter().enumerate().map(|(i, (start, len, room, person))| {
                s(&format!("s{i:02}"), start * 900, (start + len) * 900, Some(rooms[*room]), &[people[*person]])
            }).collect();
            let found = run(&sessions);
            let mut expected = Vec::new();
            for (i, a) in sessions.iter().enumerate() {
                for b in &sessions[i + 1..] {
                    if !a.overlaps(b) { continue; }
                    // The sweep names the earlier-starting session first (by start, then end).
                    let (x, y) = if (a.start, a.end) <= (b.start, b.end) { (a, b) } else { (b, a) };
                    if x.draft.room == y.draft.room {
                        expected.push(Conflict::RoomDoubleBooked { room: x.draft.room.clone().unwrap(), first: x.draft.slug.clone(), second: y.draft.slug.clone() });
                    }
                    if x.draft.participants[0].person == y.draft.participants[0].person {
                        expected.push(Conflict::PersonDoubleBooked { person: x.draft.participants[0].person.clone(), first: x.draft.slug.clone(), second: y.draft.slug.clone() });
                    }
                }
            }
            expected.sort();
            prop_assert_eq!(found, expected);
        }
    }
}
