//! `/events/{slug}`: the event and its programme by day — each session's time in the event's
//! zone, its room, languages and interpretation channels, the people in it with the title they
//! held then, and its contributions in order. `?room=` keeps one room (a phone's view of a
//! seven-room day). Staff also see the programme's conflicts.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, Text, page};

use super::view::{date_range, language_name, long_date, some_text, weekday};
use crate::model::time::{self, Day};
use crate::model::*;
use crate::store::{OrgName, Programme};

pub struct Link {
    pub href: String,
    pub name: Text,
    pub native: Option<String>,
}

pub struct PersonView {
    pub link: Link,
    pub title: Option<Text>,
    pub organisation: Option<Link>,
}

pub struct ContributionView {
    pub title: Text,
    pub presenter: Option<Link>,
    pub slides_url: Option<String>,
}

pub struct SessionView {
    pub slug: String,
    pub room_slug: String,
    pub time: String,
    pub start_utc: String,
    pub end_utc: String,
    pub kind: String,
    pub title: Text,
    pub description: Option<Text>,
    pub room: Option<Text>,
    pub online: bool,
    pub languages: String,
    pub interpretation: Vec<String>,
    /// (role label, people) in the order the programme lists them.
    pub roles: Vec<(String, Vec<PersonView>)>,
    pub contributions: Vec<ContributionView>,
}

pub struct DayView {
    pub iso: String,
    pub label: String,
    /// Indexes into the page's rendered sessions.
    pub sessions: Vec<usize>,
}

/// The words every session shows, looked up once per rendering.
struct Labels {
    online: String,
    slides: String,
    calendar: String,
    languages: String,
    interpretation: String,
}

#[derive(Template)]
#[template(path = "events/session_item.html")]
struct SessionItem<'a> {
    s: &'a SessionView,
    event: &'a str,
    l: &'a Labels,
}

/// A session rendered once per language and kept with the programme: its day and room, for
/// the page to group and filter, and its HTML.
pub struct Fragment {
    pub day: Day,
    pub room: Option<String>,
    pub html: String,
}

fn render_sessions(tr: &Tr, event: &str, p: &Programme, tz: &jiff::tz::TimeZone) -> Vec<Fragment> {
    let lookups = Lookups::new(tr, p);
    let labels = Labels {
        online: tr.t("event-online"),
        slides: tr.t("programme-slides"),
        calendar: tr.t("session-calendar"),
        languages: tr.t("programme-languages"),
        interpretation: tr.t("programme-interpretation"),
    };
    p.sessions
        .iter()
        .map(|s| {
            let view = session_view(tr, event, s, p, &lookups, tz);
            let html = SessionItem { s: &view, event, l: &labels }.render().unwrap_or_default();
            Fragment { day: time::day_of(s.start, tz), room: s.draft.room.clone(), html }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "events/event.html")]
struct EventPage {
    c: Chrome,
    slug: String,
    title: Text,
    theme: Option<Text>,
    description: Option<Text>,
    series: Option<String>,
    kind: String,
    status: Option<String>,
    dates: String,
    zone: String,
    /// The IANA name, for the script that adds the viewer's own time to online sessions.
    zone_name: String,
    venue: Option<Text>,
    address: Option<String>,
    online_url: Option<String>,
    website: Option<String>,
    organisations: Vec<(String, Vec<Link>)>,
    rooms: Vec<(String, String, bool)>,
    days: Vec<DayView>,
    fragments: std::sync::Arc<Vec<Fragment>>,
    /// The timetable grid, rendered, when asked for.
    grid: Option<std::sync::Arc<String>>,
    conflicts: Vec<String>,
    /// The event takes registrations: `Some(deadline line, possibly empty)`.
    registration: Option<String>,
    staff: bool,
    /// Once the event has run: who came, in one sentence.
    figures: Option<String>,
}

impl EventPage {
    fn html(&self, i: usize) -> &str {
        self.fragments.get(i).map_or("", |f| f.html.as_str())
    }
}

#[derive(serde::Deserialize)]
pub struct EventQuery {
    room: Option<String>,
    /// `grid`: the timetable, rooms across and time down.
    view: Option<String>,
}

#[derive(Template)]
#[template(path = "events/timetable.html")]
struct Timetable<'a> {
    slug: &'a str,
    time_label: String,
    grids: Vec<super::timetable::DayGrid>,
}

fn org_link(orgs: &HashMap<&str, &OrgName>, slug: &str, lang: &str) -> Option<Link> {
    let o = orgs.get(slug)?;
    Some(Link {
        href: format!("/organisations/{slug}"),
        name: Text::of(&o.name, lang, Some(&o.default_lang)),
        native: None,
    })
}

/// What every session of a page looks up, made once per page (a 1,000-session programme
/// would otherwise ask the catalogue and build these maps a thousand times).
struct Lookups<'a> {
    people: HashMap<&'a str, &'a hansa_directory::model::Person>,
    orgs: HashMap<&'a str, &'a OrgName>,
    kinds: HashMap<SessionKind, String>,
    roles: HashMap<ParticipantRole, String>,
    languages: HashMap<String, String>,
}

impl<'a> Lookups<'a> {
    fn new(tr: &Tr, p: &'a Programme) -> Lookups<'a> {
        let mut languages = HashMap::new();
        for s in &p.sessions {
            for l in s.draft.languages.iter().chain(s.draft.interpretation.iter().map(|i| &i.language)) {
                if !languages.contains_key(l) {
                    languages.insert(l.clone(), language_name(tr, l));
                }
            }
        }
        Lookups {
            people: p.people.iter().map(|x| (x.slug.as_str(), x)).collect(),
            orgs: p.organisations.iter().map(|o| (o.slug.as_str(), o)).collect(),
            kinds: SessionKind::ALL.iter().map(|k| (*k, tr.t(&format!("session-kind-{}", k.code())))).collect(),
            roles: ParticipantRole::ALL.iter().map(|r| (*r, tr.t(&format!("participant-role-{}", r.code())))).collect(),
            languages,
        }
    }

    fn language(&self, code: &str) -> String {
        self.languages.get(code).cloned().unwrap_or_else(|| code.to_owned())
    }
}

fn session_view(tr: &Tr, event: &str, s: &Session, p: &Programme, l: &Lookups, tz: &jiff::tz::TimeZone) -> SessionView {
    let lang = tr.lang;
    let (people, orgs) = (&l.people, &l.orgs);
    let person_link = |slug: &str| {
        people.get(slug).map(|x| Link {
            href: format!("/events/{event}/people/{slug}"),
            name: Text { text: x.display_name(), lang: "en".into(), fallback: None },
            native: x.native_name.clone(),
        })
    };
    let mut roles: Vec<(String, Vec<PersonView>)> = Vec::new();
    for part in &s.draft.participants {
        let label = l.roles.get(&part.role).cloned().unwrap_or_default();
        let Some(link) = person_link(&part.person) else { continue };
        let view = PersonView {
            link,
            title: some_text(&part.title, lang),
            organisation: part.organisation.as_deref().and_then(|o| org_link(orgs, o, lang)),
        };
        match roles.iter_mut().find(|(l, _)| *l == label) {
            Some((_, list)) => list.push(view),
            None => roles.push((label, vec![view])),
        }
    }
    let room = s
        .draft
        .room
        .as_deref()
        .and_then(|r| p.rooms.iter().find(|x| x.slug == r))
        .map(|r| Text::of(&r.name, lang, None));
    SessionView {
        slug: s.draft.slug.clone(),
        room_slug: s.draft.room.clone().unwrap_or_default(),
        time: format!("{}–{}", time::clock(s.start, tz), time::clock(s.end, tz)),
        start_utc: utc(s.start),
        end_utc: utc(s.end),
        kind: l.kinds.get(&s.draft.kind).cloned().unwrap_or_default(),
        title: Text::of(&s.draft.title, lang, None),
        description: some_text(&s.draft.description, lang),
        room,
        online: s.draft.online,
        languages: s.draft.languages.iter().map(|x| l.language(x)).collect::<Vec<_>>().join(", "),
        interpretation: s
            .draft
            .interpretation
            .iter()
            .map(|i| {
                tr.tn(
                    "session-channel",
                    &[("language", language_name(tr, &i.language)), ("channel", i.channel.clone())],
                )
            })
            .collect(),
        roles,
        contributions: s
            .draft
            .contributions
            .iter()
            .map(|c| ContributionView {
                title: Text::of(&c.title, lang, None),
                presenter: c.presenter.as_deref().and_then(person_link),
                slides_url: c.slides_url.clone(),
            })
            .collect(),
    }
}

fn utc(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds).map(|t| t.to_string()).unwrap_or_default()
}

/// A conflict in words (the page's staff box and the command line).
pub fn conflict_text(tr: &Tr, c: &Conflict) -> String {
    match c {
        Conflict::PersonDoubleBooked { person, first, second } => tr
            .tn("conflict-person", &[("person", person.clone()), ("first", first.clone()), ("second", second.clone())]),
        Conflict::RoomDoubleBooked { room, first, second } => {
            tr.tn("conflict-room", &[("room", room.clone()), ("first", first.clone()), ("second", second.clone())])
        }
        Conflict::OutsideEvent { session } => tr.t1("conflict-outside", "session", session),
        Conflict::EndsBeforeStart { session } => tr.t1("conflict-ends-before", "session", session),
    }
}

pub async fn event(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<EventQuery>,
) -> Result<Response, Failure> {
    let staff = ctx.caller.may(hansa_core::Permission::EditEvents);
    let event =
        crate::service::visible_event(state.store.as_ref(), &ctx.caller, &slug).await?.ok_or(Failure::NotFound)?;
    let d = &event.draft;
    let (programme, versions) = crate::programme_cache::programme_at(state.store.as_ref(), event.id).await?;
    let tr = &ctx.tr;
    let tz = time::zone(&d.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let form = crate::store::FormStore::form(state.store.as_ref(), event.id).await?;
    let figures = if super::figures::has_run(&event) || staff {
        let f = super::figures::event_figures(state.store.as_ref(), &event).await?;
        (f.delegates > 0).then(|| super::figures::headline(tr, &f))
    } else {
        None
    };
    let registration = (d.status == EventStatus::Published && !form.places.is_empty()).then(|| {
        form.deadline.map_or_else(String::new, |at| {
            tr.tn("register-deadline", &[("deadline", super::view::long_date_time(tr, at, &tz))])
        })
    });
    let room = q.room.unwrap_or_default();
    let orgs: HashMap<&str, &OrgName> = programme.organisations.iter().map(|o| (o.slug.as_str(), o)).collect();
    let mut organisations: Vec<(String, Vec<Link>)> = Vec::new();
    for role in OrgRole::ALL {
        let links: Vec<Link> = d
            .organisations
            .iter()
            .filter(|o| o.role == *role)
            .filter_map(|o| org_link(&orgs, &o.organisation, tr.lang))
            .collect();
        if !links.is_empty() {
            organisations.push((tr.t(&format!("event-role-{}", role.code())), links));
        }
    }
    let fragments = crate::programme_cache::derived(
        state.store.as_ref(),
        event.id,
        &versions,
        &format!("sessions:{}", tr.lang),
        || render_sessions(tr, &d.slug, &programme, &tz),
    );
    let grid = (q.view.as_deref() == Some("grid")).then(|| {
        crate::programme_cache::derived(state.store.as_ref(), event.id, &versions, &format!("grid:{}", tr.lang), || {
            let kinds = |code: &str| tr.t(&format!("session-kind-{code}"));
            let grids = super::timetable::grid(tr, &programme, &tz, kinds);
            Timetable { slug: &d.slug, time_label: tr.t("programme-time"), grids }.render().unwrap_or_default()
        })
    });
    let mut days: Vec<DayView> = Vec::new();
    for (i, f) in fragments.iter().enumerate().filter(|_| grid.is_none()) {
        if !room.is_empty() && f.room.as_deref() != Some(room.as_str()) {
            continue;
        }
        if days.last().is_none_or(|x| x.iso != f.day.iso()) {
            days.push(DayView {
                iso: f.day.iso(),
                label: format!("{} ({})", long_date(tr, f.day.0), weekday(tr, f.day.0)),
                sessions: Vec::new(),
            });
        }
        if let Some(last) = days.last_mut() {
            last.sessions.push(i);
        }
    }
    let (first, last) = (d.starts_on.parse().ok().map(Day), d.ends_on.parse().ok().map(Day));
    let conflicts = match (staff, first, last) {
        (true, Some(a), Some(b)) => conflicts(&programme.sessions, a, b, |t| time::day_of(t, &tz))
            .iter()
            .map(|c| conflict_text(tr, c))
            .collect(),
        _ => Vec::new(),
    };
    let series = some_text(&d.series, tr.lang).map(|s| match d.edition {
        Some(n) => tr.tn("event-edition", &[("number", n.to_string()), ("series", s.text)]),
        None => s.text,
    });
    let start_instant = programme.sessions.first().map_or(0, |s| s.start);
    let view = EventPage {
        c: Chrome::new(&ctx, Text::of(&d.title, tr.lang, None).text),
        slug: d.slug.clone(),
        title: Text::of(&d.title, tr.lang, None),
        theme: some_text(&d.theme, tr.lang),
        description: some_text(&d.description, tr.lang),
        series,
        kind: tr.t(&format!("event-kind-{}", d.kind.code())),
        status: (!d.status.is_public() || staff).then(|| tr.t(&format!("event-status-{}", d.status.code()))),
        dates: match (first, last) {
            (Some(a), Some(b)) => date_range(tr, a.0, b.0),
            _ => String::new(),
        },
        zone: tr.tn("event-zone", &[("zone", d.time_zone.clone()), ("offset", time::offset_label(start_instant, &tz))]),
        zone_name: d.time_zone.clone(),
        venue: some_text(&d.venue_name, tr.lang),
        address: d.venue_address.clone(),
        online_url: d.online_url.clone(),
        website: d.website.clone(),
        organisations,
        rooms: programme
            .rooms
            .iter()
            .map(|r| (r.slug.clone(), Text::of(&r.name, tr.lang, None).text, r.slug == room))
            .collect(),
        days,
        fragments,
        grid,
        conflicts,
        registration,
        staff,
        figures,
    };
    Ok(page(&view))
}
