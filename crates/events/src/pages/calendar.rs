//! `/events/{slug}/calendar/{file}`: the programme as iCalendar — `programme.ics` (every
//! session), `<session>.ics` (one), `person-<slug>.ics` (a person's own programme).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::Text;

use crate::export::ical::{self, Entry};
use crate::model::Session;
use crate::store::Programme;

/// What a calendar file holds.
enum Wanted<'a> {
    All,
    Session(&'a str),
    Person(&'a str),
}

fn wanted(file: &str) -> Option<Wanted<'_>> {
    let stem = file.strip_suffix(".ics")?;
    Some(match stem {
        "programme" => Wanted::All,
        s => match s.strip_prefix("person-") {
            Some(p) => Wanted::Person(p),
            None => Wanted::Session(s),
        },
    })
}

fn involves(s: &Session, person: &str) -> bool {
    s.draft.participants.iter().any(|p| p.person == person)
        || s.draft.contributions.iter().any(|c| c.presenter.as_deref() == Some(person))
}

fn entry(ctx: &Ctx, base: &str, event_slug: &str, venue: &str, s: &Session, p: &Programme) -> Entry {
    let lang = ctx.lang();
    let room = s.draft.room.as_deref().and_then(|r| p.rooms.iter().find(|x| x.slug == r));
    let location = [room.map(|r| Text::of(&r.name, lang, None).text).unwrap_or_default(), venue.to_owned()]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let people: Vec<String> = s
        .draft
        .participants
        .iter()
        .filter_map(|x| p.people.iter().find(|q| q.slug == x.person))
        .map(|q| q.display_name())
        .collect();
    let mut description = ctx.tr.t(&format!("session-kind-{}", s.draft.kind.code()));
    if !people.is_empty() {
        description.push_str(&format!("\n{}", people.join(", ")));
    }
    if !s.draft.description.is_empty() {
        description.push_str(&format!("\n\n{}", Text::of(&s.draft.description, lang, None).text));
    }
    Entry {
        uid: format!("{event_slug}.{}@hansa", s.draft.slug),
        start: s.start,
        end: s.end,
        summary: Text::of(&s.draft.title, lang, None).text,
        description,
        location: if s.draft.online && location.is_empty() { ctx.tr.t("event-online") } else { location },
        url: format!("{base}/events/{event_slug}#{}", s.draft.slug),
    }
}

pub async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path((slug, file)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let want = wanted(&file).ok_or(Failure::NotFound)?;
    let event =
        crate::service::visible_event(state.store.as_ref(), &ctx.caller, &slug).await?.ok_or(Failure::NotFound)?;
    let p = crate::programme_cache::programme(state.store.as_ref(), event.id).await?;
    let base = super::schedule::base_url(&headers);
    let venue = Text::of(&event.draft.venue_name, ctx.lang(), None).text;
    let sessions: Vec<&Session> = match want {
        Wanted::All => p.sessions.iter().collect(),
        Wanted::Session(s) => p.sessions.iter().filter(|x| x.draft.slug == s).collect(),
        Wanted::Person(person) => p.sessions.iter().filter(|x| involves(x, person)).collect(),
    };
    if sessions.is_empty() && !matches!(want, Wanted::All) {
        return Err(Failure::NotFound);
    }
    let entries: Vec<Entry> = sessions.iter().map(|s| entry(&ctx, &base, &slug, &venue, s, &p)).collect();
    let title = Text::of(&event.draft.title, ctx.lang(), None).text;
    let body = ical::calendar(&title, &event.draft.time_zone, &entries, hansa_core::db::now());
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{slug}-{file}\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
