//! `schedule.xml`, element by element in the order of `schedule.xml.xsd`. quick-xml escapes
//! every text and attribute; what it cannot escape (control characters XML 1.0 forbids) is
//! dropped here, so a stray character in a description cannot make the document unreadable.

use std::borrow::Cow;
use std::io;

use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::writer::{ElementWriter, Writer};

use super::{Plan, Talk};

type W = Writer<Vec<u8>>;

/// XML 1.0 allows tab, newline and carriage return below U+0020, and neither U+FFFE nor U+FFFF.
fn clean(s: &str) -> Cow<'_, str> {
    let bad = |c: char| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}');
    if s.chars().any(bad) { Cow::Owned(s.chars().filter(|c| !bad(*c)).collect()) } else { Cow::Borrowed(s) }
}

/// Text content escapes only what text must (`&`, `<`, `>`): quotes in a description stay
/// readable. Attributes are escaped fully by quick-xml.
fn body(value: &str) -> BytesText<'static> {
    BytesText::from_escaped(partial_escape(clean(value)).into_owned())
}

fn text(w: &mut W, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name).write_text_content(body(value))?;
    Ok(())
}

/// `<name …/>` when there is nothing inside, so an empty day or list reads as one.
fn container(
    el: ElementWriter<'_, Vec<u8>>,
    empty: bool,
    inner: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    if empty {
        el.write_empty()?;
    } else {
        el.write_inner_content(inner)?;
    }
    Ok(())
}

/// `HH:MM` with at most two digits of hours, the schema's limit: a session longer than
/// 99:59 (a self-paced training module over days) is capped here. The JSON, which allows
/// more digits, carries the true duration and its end.
fn duration(minutes: i64) -> String {
    let m = minutes.min(99 * 60 + 59);
    format!("{:02}:{:02}", m / 60, m % 60)
}

pub(super) fn write(plan: &Plan) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    document(&mut w, plan).expect("writing XML to memory does not fail");
    String::from_utf8(w.into_inner()).expect("quick-xml writes the UTF-8 it is given")
}

fn document(w: &mut W, plan: &Plan) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("schedule").write_inner_content(|w| {
        w.create_element("generator")
            .with_attributes([("name", "hansa"), ("version", env!("CARGO_PKG_VERSION"))])
            .write_empty()?;
        text(w, "url", &plan.schedule_url)?;
        text(w, "version", &plan.version)?;
        w.create_element("conference").write_inner_content(|w| {
            text(w, "acronym", &plan.acronym)?;
            text(w, "title", &plan.title)?;
            text(w, "start", &plan.first)?;
            text(w, "end", &plan.last)?;
            text(w, "days", &plan.days.len().to_string())?;
            text(w, "timeslot_duration", &plan.timeslot)?;
            text(w, "base_url", &plan.base_url)?;
            text(w, "url", &plan.url)?;
            text(w, "time_zone_name", &plan.time_zone)?;
            for (name, slug) in &plan.tracks {
                w.create_element("track")
                    .with_attributes([("name", clean(name).as_ref()), ("slug", slug.as_str())])
                    .write_empty()?;
            }
            Ok(())
        })?;
        for day in &plan.days {
            let index = day.index.to_string();
            let el = w.create_element("day").with_attributes([
                ("index", index.as_str()),
                ("date", &day.date),
                ("start", &day.start),
                ("end", &day.end),
            ]);
            container(el, day.rooms.iter().all(Vec::is_empty), |w| {
                for (room, talks) in plan.rooms.iter().zip(&day.rooms).filter(|(_, t)| !t.is_empty()) {
                    w.create_element("room")
                        .with_attributes([("name", clean(&room.name).as_ref()), ("guid", &room.guid)])
                        .write_inner_content(|w| talks.iter().try_for_each(|t| talk(w, t)))?;
                }
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn talk(w: &mut W, t: &Talk) -> io::Result<()> {
    let id = t.id.to_string();
    w.create_element("event").with_attributes([("guid", t.guid.as_str()), ("id", &id)]).write_inner_content(|w| {
        text(w, "date", &t.date)?;
        text(w, "start", &t.start)?;
        text(w, "duration", &duration(t.minutes))?;
        text(w, "room", &t.room)?;
        text(w, "slug", &t.slug)?;
        text(w, "url", &t.url)?;
        text(w, "title", &t.title)?;
        text(w, "subtitle", "")?;
        text(w, "track", &t.track)?;
        text(w, "type", &t.kind)?;
        if let Some(lang) = &t.language {
            text(w, "language", lang)?;
        }
        text(w, "abstract", &t.abstract_)?;
        text(w, "description", &t.description)?;
        container(w.create_element("persons"), t.persons.is_empty(), |w| {
            for p in &t.persons {
                let id = p.id.to_string();
                w.create_element("person")
                    .with_attributes([("id", id.as_str()), ("guid", &p.guid)])
                    .write_text_content(body(&p.name))?;
            }
            Ok(())
        })?;
        container(w.create_element("links"), t.links.is_empty(), |w| {
            for (url, title) in &t.links {
                w.create_element("link")
                    .with_attribute(("href", clean(url).as_ref()))
                    .write_text_content(body(title))?;
            }
            Ok(())
        })
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_go_and_durations_fit_the_schema() {
        assert_eq!(clean("a\u{1}b\tc\u{FFFF}"), "ab\tc");
        assert!(matches!(clean("개회식 & <b>"), Cow::Borrowed(_)));
        assert_eq!(duration(50), "00:50");
        assert_eq!(duration(105 * 60), "99:59");
    }
}
