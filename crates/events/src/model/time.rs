//! Times as the field gets them wrong: stored as UTC instants, entered and shown in the event's
//! IANA zone (jiff with its bundled zone database, so a fresh machine needs no tzdata). A local
//! time that a DST change skips or repeats is refused with a message, never guessed.

use hansa_core::FieldError;
use hansa_core::validate::Errors;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

/// A calendar day in the event's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

impl Day {
    pub fn parse(field: &str, text: &str, e: &mut Errors) -> Option<Day> {
        match text.parse::<Date>() {
            Ok(d) if text.len() == 10 => Some(Day(d)),
            _ => {
                e.push(FieldError::with(field, "err-date", text));
                None
            }
        }
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Day) -> i64 {
        // Subtracting dates gives a span in days (its largest unit for dates).
        i64::from((other.0 - self.0).get_days())
    }

    pub fn iso(self) -> String {
        self.0.to_string()
    }
}

/// The zone named `name`, if the bundled database knows it.
pub fn zone(name: &str) -> Option<TimeZone> {
    if name.is_empty() || name.len() > 64 {
        return None;
    }
    TimeZone::get(name).ok()
}

pub fn check_zone(field: &str, name: &str, e: &mut Errors) {
    if zone(name).is_none() {
        e.push(FieldError::with(field, "err-time-zone", name));
    }
}

/// `2023-12-07T09:30` in `tz` as seconds since the epoch; a time a DST change skips or repeats
/// is an error naming it.
pub fn local_to_utc(field: &str, text: &str, tz: &TimeZone, e: &mut Errors) -> Option<i64> {
    let Ok(dt) = text.trim().replace(' ', "T").parse::<DateTime>() else {
        e.push(FieldError::with(field, "err-datetime", text));
        return None;
    };
    let ambiguous = tz.to_ambiguous_timestamp(dt);
    if ambiguous.is_ambiguous() {
        let code = if matches!(ambiguous.offset(), jiff::tz::AmbiguousOffset::Gap { .. }) {
            "err-time-skipped"
        } else {
            "err-time-repeated"
        };
        e.push(FieldError::with(field, code, text));
        return None;
    }
    match ambiguous.unambiguous() {
        Ok(ts) => Some(ts.as_second()),
        Err(_) => {
            e.push(FieldError::with(field, "err-datetime", text));
            None
        }
    }
}

/// An instant as the local date-time in `tz` (`2023-12-07T09:30`), the form's format.
pub fn utc_to_local(seconds: i64, tz: &TimeZone) -> DateTime {
    jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH).to_zoned(tz.clone()).datetime()
}

/// `HH:MM` of an instant in `tz`.
pub fn clock(seconds: i64, tz: &TimeZone) -> String {
    let t = utc_to_local(seconds, tz);
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// The day an instant falls on in `tz`.
pub fn day_of(seconds: i64, tz: &TimeZone) -> Day {
    Day(utc_to_local(seconds, tz).date())
}

/// The zone's offset at an instant, as `UTC+09:00`.
pub fn offset_label(seconds: i64, tz: &TimeZone) -> String {
    let ts = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let secs = tz.to_offset(ts).seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", a / 3600, (a % 3600) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, zone_name: &str) -> Result<i64, Vec<FieldError>> {
        let mut e = Errors::default();
        let r = local_to_utc("starts_at", text, &zone(zone_name).unwrap(), &mut e);
        e.finish(()).map(|_| r.unwrap()).map_err(|err| match err {
            hansa_core::DomainError::Invalid(v) => v,
            other => panic!("{other:?}"),
        })
    }

    #[test]
    fn seoul_is_nine_hours_ahead_all_year() {
        let t = at("2023-12-07T09:30", "Asia/Seoul").unwrap();
        assert_eq!(jiff::Timestamp::from_second(t).unwrap().to_string(), "2023-12-07T00:30:00Z");
        assert_eq!(clock(t, &zone("Asia/Seoul").unwrap()), "09:30");
        assert_eq!(offset_label(t, &zone("Asia/Seoul").unwrap()), "UTC+09:00");
    }

    #[test]
    fn a_dst_change_in_the_middle_of_an_event() {
        // Berlin, 31 March 2024: 02:00–03:00 does not exist; 27 October: 02:00–03:00 twice.
        assert_eq!(at("2024-03-31T02:30", "Europe/Berlin").unwrap_err()[0].code, "err-time-skipped");
        assert_eq!(at("2024-10-27T02:30", "Europe/Berlin").unwrap_err()[0].code, "err-time-repeated");
        // A session from 01:30 to 03:30 across the spring change lasts one hour, not two.
        let start = at("2024-03-31T01:30", "Europe/Berlin").unwrap();
        let end = at("2024-03-31T03:30", "Europe/Berlin").unwrap();
        assert_eq!(end - start, 3600);
        let tz = zone("Europe/Berlin").unwrap();
        assert_eq!((offset_label(start, &tz), offset_label(end, &tz)), ("UTC+01:00".into(), "UTC+02:00".into()));
    }

    #[test]
    fn unknown_zones_and_malformed_times_are_refused() {
        assert!(zone("Mars/Olympus").is_none());
        assert!(zone("Asia/Ulaanbaatar").is_some());
        assert_eq!(at("7 December", "Asia/Seoul").unwrap_err()[0].code, "err-datetime");
        let mut e = Errors::default();
        assert!(Day::parse("starts_on", "2023-02-30", &mut e).is_none());
    }

    #[test]
    fn days_between() {
        let mut e = Errors::default();
        let a = Day::parse("a", "2023-06-27", &mut e).unwrap();
        let b = Day::parse("b", "2023-07-17", &mut e).unwrap();
        assert_eq!(a.days_until(b), 20);
        assert_eq!(b.days_until(a), -20);
    }
}
