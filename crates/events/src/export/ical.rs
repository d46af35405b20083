//! iCalendar (RFC 5545) for an event, a session and a person's programme. Written here rather
//! than with a crate because the one well-kept writer (icalendar) has no VTIMEZONE: sessions
//! carry `TZID` of the event's zone, described by a VTIMEZONE built from the zone database's
//! own transitions over the programme's span, so calendars show Seoul times as Seoul times.
//! Each session is its own VEVENT: a three-day forum does not become one bar over every day.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// One calendar entry.
pub struct Entry {
    /// Unique and stable: the same session exported twice updates, not duplicates.
    pub uid: String,
    pub start: i64,
    pub end: i64,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += n;
    }
    out.push_str("\r\n");
}

fn utc_stamp(seconds: i64) -> String {
    Timestamp::from_second(seconds).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

fn local_stamp(seconds: i64, tz: &TimeZone) -> String {
    Timestamp::from_second(seconds)
        .map(|t| t.to_zoned(tz.clone()).strftime("%Y%m%dT%H%M%S").to_string())
        .unwrap_or_default()
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let a = seconds.unsigned_abs();
    format!("{sign}{:02}{:02}", a / 3600, (a % 3600) / 60)
}

/// The zone's observances from a day before `from` to `to`: the one in force first, then one
/// per transition, each DTSTART in the local time of the offset it leaves (§3.6.5).
fn vtimezone(name: &str, tz: &TimeZone, from: i64, to: i64, lines: &mut Vec<String>) {
    let first = Timestamp::from_second(from - 86_400).unwrap_or(Timestamp::UNIX_EPOCH);
    let info = tz.to_offset_info(first);
    lines.push("BEGIN:VTIMEZONE".into());
    lines.push(format!("TZID:{name}"));
    let mut offset = info.offset().seconds();
    let kind = |dst: bool| if dst { "DAYLIGHT" } else { "STANDARD" };
    lines.push(format!("BEGIN:{}", kind(info.dst().is_dst())));
    lines.push(format!("DTSTART:{}", first.to_zoned(tz.clone()).strftime("%Y%m%dT%H%M%S")));
    lines.push(format!("TZOFFSETFROM:{}", offset_text(offset)));
    lines.push(format!("TZOFFSETTO:{}", offset_text(offset)));
    lines.push(format!("TZNAME:{}", info.abbreviation()));
    lines.push(format!("END:{}", kind(info.dst().is_dst())));
    for t in tz.following(first).take_while(|t| t.timestamp().as_second() <= to) {
        let dst = t.dst().is_dst();
        let before = jiff::tz::Offset::from_seconds(offset).unwrap_or(jiff::tz::Offset::UTC);
        lines.push(format!("BEGIN:{}", kind(dst)));
        lines.push(format!("DTSTART:{}", before.to_datetime(t.timestamp()).strftime("%Y%m%dT%H%M%S")));
        lines.push(format!("TZOFFSETFROM:{}", offset_text(offset)));
        offset = t.offset().seconds();
        lines.push(format!("TZOFFSETTO:{}", offset_text(offset)));
        lines.push(format!("TZNAME:{}", t.abbreviation()));
        lines.push(format!("END:{}", kind(dst)));
    }
    lines.push("END:VTIMEZONE".into());
}

/// A calendar of `entries` in the zone `zone_name`, stamped at `now`.
pub fn calendar(title: &str, zone_name: &str, entries: &[Entry], now: i64) -> String {
    let tz = crate::model::time::zone(zone_name).unwrap_or(TimeZone::UTC);
    let zone_name = if crate::model::time::zone(zone_name).is_some() { zone_name } else { "UTC" };
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Hansa//Events//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(title)),
        format!("X-WR-TIMEZONE:{zone_name}"),
    ];
    let from = entries.iter().map(|e| e.start).min().unwrap_or(now);
    let to = entries.iter().map(|e| e.end).max().unwrap_or(now);
    vtimezone(zone_name, &tz, from, to, &mut lines);
    for e in entries {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", text(&e.uid)));
        lines.push(format!("DTSTAMP:{}", utc_stamp(now)));
        lines.push(format!("DTSTART;TZID={zone_name}:{}", local_stamp(e.start, &tz)));
        lines.push(format!("DTEND;TZID={zone_name}:{}", local_stamp(e.end, &tz)));
        lines.push(format!("SUMMARY:{}", text(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", text(&e.description)));
        }
        if !e.location.is_empty() {
            lines.push(format!("LOCATION:{}", text(&e.location)));
        }
        if !e.url.is_empty() {
            lines.push(format!("URL:{}", e.url));
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in &lines {
        fold(l, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "경주".repeat(40)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), format!("SUMMARY:{}", "경주".repeat(40)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn a_zone_with_summer_time_lists_its_changes() {
        // A Berlin session on each side of the spring change of 2024.
        let e = |s: i64| Entry {
            uid: format!("u{s}"),
            start: s,
            end: s + 3600,
            summary: "x".into(),
            description: String::new(),
            location: String::new(),
            url: String::new(),
        };
        let before = 1_711_800_000; // 2024-03-30T12:00Z
        let after = 1_711_900_000; // 2024-03-31T15:46Z
        let cal = calendar("t", "Europe/Berlin", &[e(before), e(after)], before);
        assert!(
            cal.contains("BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"),
            "{cal}"
        );
        assert!(cal.contains("DTSTART;TZID=Europe/Berlin:20240330T130000"));
        assert!(cal.contains("DTSTART;TZID=Europe/Berlin:20240331T174640"));
    }
}
