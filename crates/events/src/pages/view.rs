//! What the events' templates show, resolved into the reader's language: dates from the
//! catalogue (date libraries lack Mongolian), times in the event's zone.

use hansa_core::Localized;
use hansa_web::i18n::Tr;
use hansa_web::view::Text;
use jiff::civil::Date;

/// `7 December 2023` / `2023년 12월 7일`, from the catalogue's pattern and month names.
pub fn long_date(tr: &Tr, d: Date) -> String {
    tr.tn(
        "date-long",
        &[
            ("day", d.day().to_string()),
            ("month", tr.t(&format!("month-{}", d.month()))),
            ("year", d.year().to_string()),
        ],
    )
}

/// `Thursday`, from the catalogue.
pub fn weekday(tr: &Tr, d: Date) -> String {
    tr.t(&format!("weekday-{}", d.weekday().to_monday_one_offset()))
}

/// The event's days as one line: `6–8 December 2023` is left to the catalogue's two dates.
pub fn date_range(tr: &Tr, first: Date, last: Date) -> String {
    if first == last {
        long_date(tr, first)
    } else {
        tr.tn("date-range", &[("first", long_date(tr, first)), ("last", long_date(tr, last))])
    }
}

/// A text in the reader's language if there is one at all.
pub fn some_text(l: &Localized, lang: &str) -> Option<Text> {
    (!l.is_empty()).then(|| Text::of(l, lang, None))
}

/// Language codes as their names in the reader's language (`ko` → 한국어 for a Korean reader).
pub fn language_name(tr: &Tr, code: &str) -> String {
    let key = format!("lang-{code}");
    let name = tr.t(&key);
    if name == key { code.to_owned() } else { name }
}

/// `30 November 2023, 18:00 (UTC+09:00)`: an instant as the event's zone shows it.
pub fn long_date_time(tr: &Tr, seconds: i64, tz: &jiff::tz::TimeZone) -> String {
    let local = crate::model::time::utc_to_local(seconds, tz);
    format!(
        "{}, {} ({})",
        long_date(tr, local.date()),
        crate::model::time::clock(seconds, tz),
        crate::model::time::offset_label(seconds, tz)
    )
}

/// The directory names of the organisations an event's registrations stand for, by slug, in
/// the reader's language: one statement, however long the list.
pub async fn org_names(
    store: &dyn crate::store::EventsStore,
    event_id: i64,
    lang: &str,
) -> hansa_core::error::DomainResult<std::collections::HashMap<String, String>> {
    Ok(store
        .registration_organisations(event_id)
        .await?
        .into_iter()
        .map(|o| {
            let name = Text::of(&o.name, lang, Some(&o.default_lang)).text;
            (o.slug, name)
        })
        .collect())
}

/// The organisation a registration shows: as written, else the directory's name.
pub fn org_label(r: &crate::model::Registration, names: &std::collections::HashMap<String, String>) -> Option<String> {
    r.input
        .organisation_name
        .clone()
        .or_else(|| r.input.organisation.as_ref().map(|s| names.get(s).cloned().unwrap_or(s.clone())))
}
