//! The staff's side of events: `/staff/events` (every event, drafts too, and a new one),
//! `/staff/events/{slug}/programme` (the sessions by day with what to fix, and the way to
//! each editor) and `/staff/events/{slug}/rooms` (the rooms, a row each).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError, Localized};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page};

use super::editor::*;
use super::view::date_range;
use crate::model::*;
use crate::service::{self, Editable};
use crate::store::EventStore;
use hansa_web::form_view::RowsTable;

#[derive(Template)]
#[template(path = "events/staff_events.html")]
struct EventsPage {
    c: Chrome,
    /// Slug, title, dates, status in words.
    rows: Vec<(String, Text, String, String)>,
}

pub async fn events(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let tr = &ctx.tr;
    let rows = state
        .store
        .events(true)
        .await?
        .into_iter()
        .map(|e| {
            let d = e.draft;
            let dates = match (d.starts_on.parse(), d.ends_on.parse()) {
                (Ok(f), Ok(l)) => date_range(tr, f, l),
                _ => format!("{} – {}", d.starts_on, d.ends_on),
            };
            (d.slug, Text::of(&d.title, ctx.lang(), None), dates, tr.t(&format!("event-status-{}", d.status.code())))
        })
        .collect();
    Ok(page(&EventsPage { c: Chrome::new(&ctx, tr.t("editor-events-title")), rows }).into_response())
}

/// A session as the staff list shows it.
struct SessionLine {
    slug: String,
    when: String,
    title: Text,
    kind: String,
    room: String,
    people: usize,
}

#[derive(Template)]
#[template(path = "events/staff_programme.html")]
struct ProgrammePage {
    c: Chrome,
    slug: String,
    title: Text,
    status: String,
    zone: String,
    saved: Option<String>,
    conflicts: Vec<String>,
    /// Day in words with its sessions.
    days: Vec<(String, Vec<SessionLine>)>,
    rooms: Vec<String>,
}

#[derive(serde::Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

pub async fn programme(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<Saved>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let store = state.store.as_ref();
    // The programme is read once, with its sessions' instants (the editor's view has drafts only).
    ctx.require(hansa_core::Permission::EditEvents)?;
    let event = store.event(&slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let tr = &ctx.tr;
    let p = store.programme(event.id).await?;
    let room_name = |slug: &Option<String>| {
        slug.as_ref()
            .and_then(|s| p.rooms.iter().find(|r| &r.slug == s))
            .map(|r| Text::of(&r.name, lang, None).text)
            .unwrap_or_default()
    };
    let tz = time::zone(&event.draft.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let mut days: Vec<(String, Vec<SessionLine>)> = Vec::new();
    for s in &p.sessions {
        let day = super::view::long_date(tr, time::day_of(s.start, &tz).0);
        let line = SessionLine {
            slug: s.draft.slug.clone(),
            when: format!("{}–{}", clock(&s.draft.starts_at), clock(&s.draft.ends_at)),
            title: Text::of(&s.draft.title, lang, None),
            kind: tr.t(&format!("session-kind-{}", s.draft.kind.code())),
            room: room_name(&s.draft.room),
            people: s.draft.participants.len(),
        };
        match days.last_mut() {
            Some((d, lines)) if *d == day => lines.push(line),
            _ => days.push((day, vec![line])),
        }
    }
    let first = Day::parse("starts_on", &event.draft.starts_on, &mut Default::default());
    let last = Day::parse("ends_on", &event.draft.ends_on, &mut Default::default());
    let conflicts = match (first, last) {
        (Some(f), Some(l)) => {
            conflicts(&p.sessions, f, l, |t| time::day_of(t, &tz)).iter().map(|c| super::conflict_text(tr, c)).collect()
        }
        _ => Vec::new(),
    };
    let saved =
        q.saved.filter(|s| ["created", "event", "session", "deleted", "rooms", "changed"].contains(&s.as_str()));
    let view = ProgrammePage {
        c: Chrome::new(&ctx, tr.t("editor-programme-title")),
        slug: slug.clone(),
        title: Text::of(&event.draft.title, lang, None),
        status: tr.t(&format!("event-status-{}", event.draft.status.code())),
        zone: event.draft.time_zone.clone(),
        saved: saved.map(|s| tr.t(&format!("editor-saved-{s}"))),
        conflicts,
        days,
        rooms: p.rooms.iter().map(|r| Text::of(&r.name, lang, None).text).collect(),
    };
    Ok(page(&view).into_response())
}

/// `2023-12-07T09:30` → `09:30`.
fn clock(local: &str) -> &str {
    local.split_once('T').map_or(local, |(_, t)| t)
}

const ROOM_COLUMNS: [&str; 4] = ["slug", "name_en", "name_ko", "capacity"];

fn rooms_values(rooms: &[Room]) -> Values {
    let mut v = Values::new();
    for (i, r) in rooms.iter().enumerate() {
        let name = |l: &str| r.name.0.get(l).cloned().unwrap_or_default();
        for (c, x) in [("slug", r.slug.clone()), ("name_en", name("en")), ("name_ko", name("ko"))] {
            v.insert(format!("rooms-{i}-{c}"), x);
        }
        v.insert(format!("rooms-{i}-capacity"), r.capacity.map(|c| c.to_string()).unwrap_or_default());
    }
    v
}

fn rooms_from(v: &Values, stored: &[Room]) -> Result<Vec<Room>, DomainError> {
    let mut errors = Vec::new();
    let mut rooms = Vec::new();
    for r in filled_rows(v, "rooms") {
        let get = |c: &str| value(v, &format!("rooms-{r}-{c}"));
        let slug = get("slug").unwrap_or_default();
        // Other languages of a room's name stay with the room of that slug.
        let mut name = stored.iter().find(|x| x.slug == slug).map(|x| x.name.clone()).unwrap_or_default();
        for l in ["en", "ko"] {
            match get(&format!("name_{l}")) {
                Some(t) => name.0.insert(l.into(), t),
                None => name.0.remove(l),
            };
        }
        let capacity = number::<i32>(v, &format!("rooms-{r}-capacity"), &mut Vec::new());
        if get("capacity").is_some() && capacity.is_none_or(|c| c < 0) {
            errors.push(FieldError::new(format!("rooms.{r}"), "err-room-capacity"));
        }
        rooms.push(Room { slug, name: Localized(name.0), capacity });
    }
    if errors.is_empty() { Ok(rooms) } else { Err(DomainError::Invalid(errors)) }
}

fn rooms_page(ctx: &Ctx, ed: &Editable, v: &Values) -> EditPage {
    let tr = &ctx.tr;
    let slug = &ed.event.draft.slug;
    let label = |c: &str| tr.t(&format!("editor-col-{c}"));
    let rows = (0..row_count(v, "rooms"))
        .map(|i| ROOM_COLUMNS.iter().map(|c| cell(tr, v, "rooms", i, c, &label(c))).collect())
        .collect();
    let table = RowsTable {
        name: "rooms".into(),
        title: tr.t("editor-rooms"),
        hint: Some(tr.t("hint-editor-rooms")),
        columns: ROOM_COLUMNS.iter().map(|c| label(c)).collect(),
        rows,
        errors: Vec::new(),
        problem: None,
    };
    let programme = format!("/staff/events/{slug}/programme");
    EditPage {
        c: Chrome::new(ctx, tr.t("editor-rooms")),
        back: Some((programme.clone(), Text::of(&ed.event.draft.title, ctx.lang(), None).text)),
        action: format!("/staff/events/{slug}/rooms"),
        cancel: programme,
        revision: ed.event.revision,
        sections: Vec::new(),
        tables: vec![table],
        errors: Vec::new(),
        warnings: Vec::new(),
        delete: None,
        current: None,
    }
}

pub async fn rooms_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let ed = service::editable(state.store.as_ref(), &ctx.caller, &slug)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(rooms_page(&ctx, &ed, &rooms_values(&ed.input.rooms)).respond(&ctx.tr, &[]))
}

pub async fn save_rooms(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields }: StaffPost<Values>,
) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let ed = service::editable(store, &ctx.caller, &slug).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let saved = match (rooms_from(&fields, &ed.input.rooms), revision(&fields)) {
        (Ok(rooms), Ok(rev)) => service::save_rooms(store, &ctx.caller, &slug, rev, rooms).await,
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    match saved {
        Ok(_) => Ok(Redirect::to(&format!("/staff/events/{slug}/programme?saved=rooms")).into_response()),
        Err(DomainError::Invalid(errors)) => Ok(rooms_page(&ctx, &ed, &fields).respond(&ctx.tr, &errors)),
        Err(DomainError::Conflict(f)) => Ok(rooms_page(&ctx, &ed, &fields).respond(&ctx.tr, &[f])),
        Err(other) => Err(Failure::from(other).lang(ctx.lang())),
    }
}
