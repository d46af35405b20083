//! Small validated value checks shared by every form: slugs, dates, URLs, lengths.

use crate::error::FieldError;

pub const MAX_NAME: usize = 300;
pub const MAX_TEXT: usize = 5_000;

/// Collects field errors while a draft is checked, so a form shows every problem at once.
#[derive(Debug, Default)]
pub struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }
    pub fn finish<T>(self, value: T) -> Result<T, crate::DomainError> {
        if self.0.is_empty() { Ok(value) } else { Err(crate::DomainError::Invalid(self.0)) }
    }
}

/// A slug: 2–64 characters of `a-z`, `0-9` and inner hyphens.
pub fn check_slug(field: &str, slug: &str, errors: &mut Errors) {
    let ok_chars = slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if slug.is_empty() {
        errors.push(FieldError::new(field, "err-required"));
    } else if !(2..=64).contains(&slug.len()) || !ok_chars || slug.starts_with('-') || slug.ends_with('-') {
        errors.push(FieldError::new(field, "err-slug"));
    }
}

/// Turns a name into a slug candidate: `"City of Ryde"` → `"city-of-ryde"`.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    // Transliterated first, so every script gives a readable slug: Kraków → krakow,
    // San José → san-jose, 北京 → bei-jing.
    for c in crate::search::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(64).collect()
}

/// A calendar date `YYYY-MM-DD`.
pub fn check_date(field: &str, value: &str, errors: &mut Errors) {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    if time::Date::parse(value, &fmt).is_err() {
        errors.push(FieldError::with(field, "err-date", value));
    }
}

/// `since` must not come after `until`; both are ISO dates so they compare as strings.
pub fn check_period(since: Option<&str>, until: Option<&str>, errors: &mut Errors) {
    if let Some(s) = since {
        check_date("since", s, errors);
    }
    if let Some(u) = until {
        check_date("until", u, errors);
    }
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        errors.push(FieldError::new("until", "err-period"));
    }
}

/// A web address people can click: http(s), a host, no spaces.
pub fn check_url(field: &str, value: &str, errors: &mut Errors) {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    let ok = rest.is_some_and(|r| {
        let host = r.split('/').next().unwrap_or("");
        host.contains('.') && !r.chars().any(|c| c.is_whitespace() || c.is_control()) && value.len() <= 500
    });
    if !ok {
        errors.push(FieldError::with(field, "err-url", value.chars().take(80).collect::<String>()));
    }
}

/// A plain single-line text with a length limit.
pub fn check_len(field: &str, value: &str, max: usize, errors: &mut Errors) {
    if value.chars().count() > max {
        errors.push(FieldError::with(field, "err-too-long", max));
    }
}

/// Trims a form value and turns an empty one into `None`.
pub fn non_empty(value: Option<&str>) -> Option<String> {
    value.map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
}

/// A plausible e-mail address: something@domain.tld, no spaces, at most 254 characters.
pub fn is_email(m: &str) -> bool {
    m.len() <= 254
        && !m.contains(char::is_whitespace)
        && m.split_once('@').is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        let mut e = Errors::default();
        check_slug("slug", "city-of-ryde", &mut e);
        assert!(e.0.is_empty());
        for bad in ["", "a", "Upper", "-lead", "trail-", "sp ace", &"x".repeat(65)] {
            let mut e = Errors::default();
            check_slug("slug", bad, &mut e);
            assert_eq!(e.0.len(), 1, "{bad:?} should be refused");
        }
        assert_eq!(slugify("City of Ryde"), "city-of-ryde");
        assert_eq!(slugify("São Paulo"), "sao-paulo");
        assert_eq!(slugify("San José"), "san-jose");
        assert_eq!(slugify("Kraków"), "krakow");
        assert_eq!(slugify("Gold Coast"), "gold-coast");
        assert_eq!(slugify("北京"), "bei-jing");
        assert_eq!(slugify("Łódź"), "lodz");
    }

    #[test]
    fn periods_and_urls() {
        let mut e = Errors::default();
        check_period(Some("2020-01-01"), Some("2019-01-01"), &mut e);
        check_date("d", "2020-02-30", &mut e);
        check_url("website", "javascript:alert(1)", &mut e);
        let codes: Vec<_> = e.0.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["err-period", "err-date", "err-url"]);
        let mut ok = Errors::default();
        check_url("website", "https://www.seoul.go.kr/main", &mut ok);
        assert!(ok.0.is_empty());
    }
}
