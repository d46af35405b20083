//! `/staff/events/{slug}/check-in`: the desk at the door. Without JavaScript it is a form —
//! type or scan a code, see who it is. With it (static/checkin.js) the page holds the event's
//! list on the device, checks people in at once from that list, queues the scans while the
//! network is down and syncs them when it returns, showing what the server made of each:
//! counted, already checked in by another desk, unknown, not admitted.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page};

use super::view::{long_date, weekday};
use crate::model::time::Day;
use crate::model::*;
use crate::service;
use crate::store::{CheckInRow, CheckInStore, EventStore, RegistrationStore};

#[derive(Template)]
#[template(path = "events/checkin.html")]
struct CheckInPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    days: Vec<(String, String, bool)>,
    sessions: Vec<(String, String, bool)>,
    day: String,
    session: String,
    counted: usize,
    expected: usize,
    /// The answer to a typed code (the page without JavaScript).
    last: Option<(String, String)>,
}

#[derive(serde::Deserialize, Default)]
pub struct DeskQuery {
    #[serde(default)]
    day: String,
    #[serde(default)]
    session: String,
}

/// The event's days, as `(iso, label)`.
fn days(tr: &hansa_web::i18n::Tr, e: &Event) -> Vec<(String, String)> {
    let (Ok(first), Ok(last)) = (e.draft.starts_on.parse::<jiff::civil::Date>(), e.draft.ends_on.parse()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut d = first;
    loop {
        out.push((Day(d).iso(), format!("{} ({})", long_date(tr, d), weekday(tr, d))));
        match d.tomorrow() {
            Ok(next) if next <= last && out.len() < 60 => d = next,
            _ => break,
        }
    }
    out
}

/// Who is counted for a day and session: distinct people, duplicates left out.
pub fn counted(rows: &[CheckInRow], day: &str, session: &str) -> usize {
    rows.iter()
        .filter(|r| !r.duplicate && r.day == day && r.session == session)
        .map(|r| r.registration_id)
        .collect::<HashSet<_>>()
        .len()
}

fn admitted(r: &Registration) -> bool {
    matches!(r.status, RegStatus::Approved | RegStatus::Attended)
}

async fn desk(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    q: DeskQuery,
    last: Option<(String, String)>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let store = state.store.as_ref();
    let lang = ctx.lang();
    let event = store.event(slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let tr = &ctx.tr;
    let days = days(tr, &event);
    let today = Day(jiff::Zoned::now().date()).iso();
    let day = [q.day.as_str(), today.as_str()]
        .into_iter()
        .find(|d| days.iter().any(|(iso, _)| iso == d))
        .map(str::to_owned)
        .or_else(|| days.first().map(|d| d.0.clone()))
        .unwrap_or_default();
    let programme = crate::programme_cache::programme(store, event.id).await?;
    let tz = time::zone(&event.draft.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let sessions = programme
        .sessions
        .iter()
        .filter(|s| time::day_of(s.start, &tz).iso() == day)
        .map(|s| {
            let label = format!("{} {}", time::clock(s.start, &tz), Text::of(&s.draft.title, lang, None).text);
            (s.draft.slug.clone(), label, s.draft.slug == q.session)
        })
        .collect();
    let rows = store.check_ins(event.id).await?;
    let expected = store.registrations(event.id).await?.iter().filter(|r| admitted(r)).count();
    let view = CheckInPage {
        c: Chrome::new(ctx, tr.t("checkin-title")),
        slug: slug.to_owned(),
        event_title: Text::of(&event.draft.title, lang, None),
        days: days.iter().map(|(iso, label)| (iso.clone(), label.clone(), *iso == day)).collect(),
        sessions,
        counted: counted(&rows, &day, &q.session),
        day,
        session: q.session,
        expected,
        last,
    };
    Ok(page(&view).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<DeskQuery>,
) -> Result<Response, Failure> {
    desk(&state, &ctx, &slug, q, None).await
}

/// The page without JavaScript: one typed (or keyboard-scanner) code, answered in the page.
pub async fn typed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields }: StaffPost<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let scan = Scan {
        scan_id: hansa_web::auth::new_token(),
        code: get("code"),
        day: get("day"),
        session: get("session"),
        at: hansa_core::db::now(),
    };
    let results = service::check_in(state.store.as_ref(), &ctx.caller, &slug, "desk-form", &[scan])
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let last = results.first().map(|r| {
        let who = r.name.clone().unwrap_or_else(|| get("code"));
        (r.outcome.code().to_owned(), format!("{who}: {}", ctx.tr.t(&format!("checkin-{}", r.outcome.code()))))
    });
    desk(&state, &ctx, &slug, DeskQuery { day: get("day"), session: get("session") }, last).await
}

/// One person as the desk holds them offline: no contact details, nothing the door needs not.
#[derive(serde::Serialize)]
struct DeskPerson {
    code: String,
    name: String,
    native: Option<String>,
    organisation: Option<String>,
    country: Option<String>,
    category: String,
    admitted: bool,
}

#[derive(serde::Serialize)]
struct DeskList {
    event: String,
    people: Vec<DeskPerson>,
    /// Already counted: `(code, day, session)`.
    checked: Vec<(String, String, String)>,
}

/// `check-in/list.json`: what a desk keeps on the device to work offline.
pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let store = state.store.as_ref();
    let event = store.event(&slug).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    let registrations = store.registrations(event.id).await?;
    let codes: HashMap<i64, &str> = registrations.iter().map(|r| (r.id, r.code.as_str())).collect();
    let tr = &ctx.tr;
    let names = super::view::org_names(store, event.id, ctx.lang()).await?;
    let people = registrations
        .iter()
        .filter(|r| !matches!(r.status, RegStatus::Cancelled | RegStatus::Rejected))
        .map(|r| DeskPerson {
            code: r.code.clone(),
            name: r.input.display_name(),
            native: r.input.native_name.clone(),
            organisation: super::view::org_label(r, &names),
            country: r.input.country.clone(),
            category: tr.t(&format!("category-{}", r.category.code())),
            admitted: admitted(r),
        })
        .collect();
    let checked = store
        .check_ins(event.id)
        .await?
        .into_iter()
        .filter(|c| !c.duplicate)
        .filter_map(|c| Some((codes.get(&c.registration_id)?.to_string(), c.day, c.session)))
        .collect();
    let mut res = Json(DeskList { event: slug, people, checked }).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(res)
}
