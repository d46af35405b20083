//! `/events/{slug}/people/{person}`: one person's programme at an event — each session they
//! speak, moderate or present in, with their part, in the event's time, and as a calendar.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page};

use super::view::{long_date, weekday};
use crate::model::time;

pub struct Item {
    pub slug: String,
    pub day: String,
    pub time: String,
    pub start_utc: String,
    pub title: Text,
    pub parts: String,
    pub room: Option<Text>,
}

#[derive(Template)]
#[template(path = "events/person.html")]
struct PersonProgramme {
    c: Chrome,
    event_slug: String,
    event_title: Text,
    person_slug: String,
    name: String,
    native: Option<String>,
    zone: String,
    items: Vec<Item>,
}

pub async fn person(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, person)): Path<(String, String)>,
) -> Result<Response, Failure> {
    let event =
        crate::service::visible_event(state.store.as_ref(), &ctx.caller, &slug).await?.ok_or(Failure::NotFound)?;
    let p = crate::programme_cache::programme(state.store.as_ref(), event.id).await?;
    let Some(who) = p.people.iter().find(|x| x.slug == person) else { return Err(Failure::NotFound) };
    let tr = &ctx.tr;
    let tz = time::zone(&event.draft.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let items = p
        .sessions
        .iter()
        .filter_map(|s| {
            let mut parts: Vec<String> = s
                .draft
                .participants
                .iter()
                .filter(|x| x.person == person)
                .map(|x| tr.t(&format!("participant-role-{}", x.role.code())))
                .collect();
            for c in s.draft.contributions.iter().filter(|c| c.presenter.as_deref() == Some(person.as_str())) {
                parts.push(Text::of(&c.title, tr.lang, None).text);
            }
            if parts.is_empty() {
                return None;
            }
            let day = time::day_of(s.start, &tz);
            Some(Item {
                slug: s.draft.slug.clone(),
                day: format!("{} ({})", long_date(tr, day.0), weekday(tr, day.0)),
                time: format!("{}–{}", time::clock(s.start, &tz), time::clock(s.end, &tz)),
                start_utc: jiff::Timestamp::from_second(s.start).map(|t| t.to_string()).unwrap_or_default(),
                title: Text::of(&s.draft.title, tr.lang, None),
                parts: parts.join(" · "),
                room: s
                    .draft
                    .room
                    .as_deref()
                    .and_then(|r| p.rooms.iter().find(|x| x.slug == r))
                    .map(|r| Text::of(&r.name, tr.lang, None)),
            })
        })
        .collect();
    let name = who.display_name();
    Ok(page(&PersonProgramme {
        c: Chrome::new(&ctx, name.clone()),
        event_slug: slug,
        event_title: Text::of(&event.draft.title, tr.lang, None),
        person_slug: person,
        name,
        native: who.native_name.clone(),
        zone: event.draft.time_zone.clone(),
        items,
    }))
}
