//! RFC 3339 timestamps as offset-aware instants. The scheduler only needs to order a slot's
//! start and end and to tell overlapping slots apart, so seconds since the Unix epoch suffice
//! and a date crate would be weight without use.

/// Seconds since 1970-01-01T00:00:00Z, fractional seconds truncated (slots are minutes long).
pub(crate) fn parse_rfc3339(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() < 20 {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = bytes.get(range)?;
        digits.iter().try_fold(0i64, |acc, &b| b.is_ascii_digit().then(|| acc * 10 + i64::from(b - b'0')))
    };
    let separators_ok = bytes[4] == b'-'
        && bytes[7] == b'-'
        && matches!(bytes[10], b'T' | b't' | b' ')
        && bytes[13] == b':'
        && bytes[16] == b':';
    if !separators_ok {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    // RFC 3339 allows second 60 for a leap second; treat it as the last second of the minute.
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &bytes[19..];
    if rest.first() == Some(&b'.') {
        let digits = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return None;
        }
        rest = &rest[1 + digits..];
    }
    let offset_seconds = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let two = |a: u8, b: u8| -> Option<i64> {
                (a.is_ascii_digit() && b.is_ascii_digit()).then(|| i64::from(a - b'0') * 10 + i64::from(b - b'0'))
            };
            let (hours, minutes) = (two(*h1, *h2)?, two(*m1, *m2)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let magnitude = hours * 3600 + minutes * 60;
            if *sign == b'+' { magnitude } else { -magnitude }
        }
        _ => return None,
    };
    let local = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second.min(59);
    Some(local - offset_seconds)
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's days-from-civil: days since 1970-01-01 in the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let shifted_month = (month + 9) % 12; // March = 0
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::parse_rfc3339;

    #[test]
    fn epoch_and_known_instants() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2000-03-01T00:00:00Z"), Some(951_868_800));
        assert_eq!(parse_rfc3339("2026-05-12T09:00:00+09:00"), Some(1_778_544_000));
        assert_eq!(parse_rfc3339("1969-12-31T23:59:59Z"), Some(-1));
    }

    #[test]
    fn offsets_denote_the_same_instant() {
        let seoul = parse_rfc3339("2026-05-12T09:00:00+09:00");
        assert_eq!(seoul, parse_rfc3339("2026-05-12T00:00:00Z"));
        assert_eq!(seoul, parse_rfc3339("2026-05-11T20:00:00-04:00"));
        assert_eq!(seoul, parse_rfc3339("2026-05-12t00:00:00.250z"));
    }

    #[test]
    fn leap_days_and_fractions() {
        assert!(parse_rfc3339("2024-02-29T12:00:00Z").is_some());
        assert!(parse_rfc3339("2100-02-29T12:00:00Z").is_none());
        assert_eq!(parse_rfc3339("2026-05-12T00:00:00.999999+00:00"), parse_rfc3339("2026-05-12T00:00:00Z"));
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in [
            "",
            "2026-05-12",
            "2026-05-12T09:00:00",
            "2026-13-01T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-05-12T24:00:00Z",
            "2026-05-12T09:60:00Z",
            "2026-05-12T09:00:00+9:00",
            "2026-05-12T09:00:00.Z",
            "2026/05/12T09:00:00Z",
            "2026-05-12T09:00:00+09:00 ",
            "２026-05-12T09:00:00Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad:?}");
        }
    }
}
