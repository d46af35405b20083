//! What matchmaking's pages, calendar and PDFs show, resolved into the reader's language:
//! people as name and organisation, slots as day and clock times in the event's zone, and a
//! person's agenda — the same rows for the page, the iCalendar file and the PDF.

use hansa_events::model::time;
use hansa_events::pages::view::{language_name, long_date, weekday};
use hansa_web::i18n::Tr;
use jiff::tz::TimeZone;

use crate::matchmaking::model::{RequestStatus, Slot};
use crate::matchmaking::service::Board;
use crate::matchmaking::store::{MatchRequest, Participant};

pub fn zone(board: &Board) -> TimeZone {
    time::zone(&board.event.draft.time_zone).unwrap_or(TimeZone::UTC)
}

/// `Ms. KIM Min-ji (Seoul Metropolitan Government)`.
pub fn person(p: &Participant, lang: &str) -> String {
    let org = p.organisation.resolve(lang, None).text;
    if org.is_empty() { p.name.clone() } else { format!("{} ({org})", p.name) }
}

pub fn person_of(board: &Board, id: i64, lang: &str) -> String {
    board.participant(id).map_or_else(|| format!("#{id}"), |p| person(p, lang))
}

/// `Thursday 21 November 2019`.
pub fn day_heading(tr: &Tr, seconds: i64, tz: &TimeZone) -> String {
    let d = time::utc_to_local(seconds, tz).date();
    format!("{} {}", weekday(tr, d), long_date(tr, d))
}

/// `14:00–14:25`.
pub fn clock_range(s: &Slot, tz: &TimeZone) -> String {
    format!("{}–{}", time::clock(s.starts_at, tz), time::clock(s.ends_at, tz))
}

/// `Thursday 21 November 2019, 14:00–14:25`: a slot in full, for choices and the plan.
pub fn slot_label(tr: &Tr, s: &Slot, tz: &TimeZone) -> String {
    format!("{}, {}", day_heading(tr, s.starts_at, tz), clock_range(s, tz))
}

pub fn languages(tr: &Tr, codes: &[String]) -> String {
    codes.iter().map(|c| language_name(tr, c)).collect::<Vec<_>>().join(", ")
}

/// One meeting on someone's agenda.
pub struct AgendaItem {
    pub request: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time: String,
    pub table: String,
    /// Everyone on the other side (and colleagues on one's own), name and organisation.
    pub with: Vec<String>,
    pub interpreter: Option<String>,
    pub locked: bool,
}

pub struct AgendaDay {
    pub heading: String,
    pub items: Vec<AgendaItem>,
}

/// Who else sits at `r` for `me`: the other side, then colleagues who came along.
pub fn others(board: &Board, r: &MatchRequest, me: i64, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    if r.to == me {
        out.extend(r.from_side().into_iter().map(|p| person_of(board, p, lang)));
    } else {
        out.push(person_of(board, r.to, lang));
        out.extend(r.from_side().into_iter().filter(|p| *p != me).map(|p| person_of(board, p, lang)));
    }
    out
}

/// `me`'s placed meetings by day and time.
pub fn agenda(board: &Board, me: i64, tr: &Tr) -> Vec<AgendaDay> {
    let tz = zone(board);
    let mut items: Vec<AgendaItem> = board
        .requests
        .iter()
        .filter(|r| r.status == RequestStatus::Accepted && r.involves(me))
        .filter_map(|r| {
            let slot = board.slots.iter().find(|s| Some(s.id) == r.slot)?;
            let interpreter = r
                .interpreter
                .and_then(|i| board.interpreters.iter().find(|x| x.id == i))
                .map(|i| format!("{} ({})", i.name, languages(tr, &i.languages)));
            Some(AgendaItem {
                request: r.id,
                starts_at: slot.starts_at,
                ends_at: slot.ends_at,
                time: clock_range(slot, &tz),
                table: r.table.map(|t| t.to_string()).unwrap_or_default(),
                with: others(board, r, me, tr.lang),
                interpreter,
                locked: r.locked,
            })
        })
        .collect();
    items.sort_by_key(|i| (i.starts_at, i.request));
    let mut days: Vec<AgendaDay> = Vec::new();
    for item in items {
        let heading = day_heading(tr, item.starts_at, &tz);
        match days.last_mut() {
            Some(d) if d.heading == heading => d.items.push(item),
            _ => days.push(AgendaDay { heading, items: vec![item] }),
        }
    }
    days
}

/// The event's title in the reader's language and its days and zone, for headers.
pub fn event_line(board: &Board, tr: &Tr) -> String {
    let d = &board.event.draft;
    let first = d.starts_on.parse::<jiff::civil::Date>().ok();
    let last = d.ends_on.parse::<jiff::civil::Date>().ok();
    let days = match (first, last) {
        (Some(a), Some(b)) => hansa_events::pages::view::date_range(tr, a, b),
        _ => String::new(),
    };
    let now = board.slots.first().map_or(0, |s| s.starts_at);
    let zone = format!("{} ({})", d.time_zone, time::offset_label(now, &zone(board)));
    tr.tn("match-event-line", &[("days", days), ("zone", zone)])
}
