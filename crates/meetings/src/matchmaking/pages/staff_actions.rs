//! The staff matchmaking page's forms. Each goes through the service with the staff member's
//! Caller; a refusal shows the page again with every problem named, and nothing written; a
//! success returns to the page (POST → redirect → GET) saying what was done.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError, Localized};
use hansa_web::AppState;
use hansa_web::ctx::StaffPost;
use hansa_web::error::Failure;
use hansa_web::progress::Reporter;

use super::staff::page_now;
use crate::matchmaking::model::{Settings, SlotInput, Theme};
use crate::matchmaking::staff::{self, StaffMeeting};
use crate::matchmaking::{schedule, service};

type Fields = HashMap<String, String>;

fn get(f: &Fields, k: &str) -> String {
    f.get(k).map(|v| v.trim().to_owned()).unwrap_or_default()
}

fn back(slug: &str, done: &str) -> Response {
    Redirect::to(&format!("/staff/events/{slug}/matchmaking?done={done}")).into_response()
}

/// A write's outcome as a response: back to the page, or the page with what was refused.
async fn outcome<T>(
    state: &AppState,
    post: &StaffPost<Fields>,
    slug: &str,
    done: &str,
    result: Result<T, DomainError>,
) -> Result<Response, Failure> {
    let ctx = &post.ctx;
    let errors = match result {
        Ok(_) => return Ok(back(slug, done)),
        Err(DomainError::Invalid(list)) => list,
        Err(DomainError::Conflict(e)) => vec![e],
        Err(e) => return Err(Failure::from(e).lang(ctx.lang())),
    };
    let shown = errors.iter().map(|e| (e.field.clone(), ctx.tr.error(e))).collect();
    page_now(state, ctx, slug, None, shown).await
}

/// A number field; text that is not one stays out of range so the form names it.
fn number(f: &Fields, k: &str) -> Option<i32> {
    let v = get(f, k);
    if v.is_empty() { None } else { Some(v.parse().unwrap_or(-1)) }
}

pub async fn settings(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let f = &post.fields;
    // Themes as rows: theme-en-{i} and theme-ko-{i}; an empty row is no theme.
    let themes = (0..20)
        .filter_map(|i| {
            let mut name = Localized::default();
            for lang in ["en", "ko"] {
                let v = get(f, &format!("theme-{lang}-{i}"));
                if !v.is_empty() {
                    name.0.insert(lang.into(), v);
                }
            }
            (!name.is_empty()).then_some(Theme { code: String::new(), name })
        })
        .collect();
    let settings = Settings {
        open: f.get("open").is_some_and(|v| !v.is_empty()),
        request_days: number(f, "request_days").unwrap_or(-1),
        max_meetings: number(f, "max_meetings"),
        themes,
    };
    let done = service::save_settings(state.store.as_ref(), &post.ctx.caller, &slug, settings).await;
    outcome(&state, &post, &slug, "settings", done).await
}

pub async fn add_slot(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let f = &post.fields;
    let input = SlotInput { day: get(f, "day"), start: get(f, "start"), end: get(f, "end"), tables: get(f, "tables") };
    let done = service::add_slot(state.store.as_ref(), &post.ctx.caller, &slug, &input).await;
    outcome(&state, &post, &slug, "slot", done).await
}

pub async fn delete_slot(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i64)>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let done = service::delete_slot(state.store.as_ref(), &post.ctx.caller, &slug, id).await;
    outcome(&state, &post, &slug, "slot-deleted", done).await
}

pub async fn add_interpreter(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let f = &post.fields;
    let done =
        service::add_interpreter(state.store.as_ref(), &post.ctx.caller, &slug, &get(f, "name"), &get(f, "languages"))
            .await;
    outcome(&state, &post, &slug, "interpreter", done).await
}

/// `slot` and `table` fields as a place; none when the slot is left empty.
fn place_of(f: &Fields) -> Result<Option<(i64, i32)>, DomainError> {
    let slot = get(f, "slot");
    if slot.is_empty() {
        return Ok(None);
    }
    let slot = slot.parse().map_err(|_| DomainError::invalid("slot", "err-choice"))?;
    let table =
        number(f, "table").ok_or_else(|| DomainError::Invalid(vec![FieldError::new("table", "err-required")]))?;
    Ok(Some((slot, table)))
}

pub async fn create_meeting(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let f = &post.fields;
    let id = |k: &str| get(f, k).parse::<i64>().unwrap_or_default();
    let done = match place_of(f) {
        Ok(place) => {
            let m = StaffMeeting {
                a: id("a"),
                b: id("b"),
                companions: f
                    .iter()
                    .filter(|(k, v)| k.starts_with("companion-") && !v.is_empty())
                    .filter_map(|(k, _)| k["companion-".len()..].parse().ok())
                    .collect(),
                priority: number(f, "priority").unwrap_or(1),
                place,
                lock: f.get("lock").is_some_and(|v| !v.is_empty()),
            };
            staff::create_meeting(state.store.as_ref(), &post.ctx.caller, &slug, m).await
        }
        Err(e) => Err(e),
    };
    outcome(&state, &post, &slug, "meeting", done).await
}

/// One meeting's buttons: `place` (with slot, table and lock), `unlock`, `cancel`.
pub async fn meeting_action(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i64)>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let f = &post.fields;
    let store = state.store.as_ref();
    let caller = &post.ctx.caller;
    let done = match get(f, "action").as_str() {
        "place" => match place_of(f) {
            Ok(place) => {
                staff::place(store, caller, &slug, id, place, f.get("lock").is_some_and(|v| !v.is_empty())).await
            }
            Err(e) => Err(e),
        },
        "lock" | "unlock" => {
            let board = service::staff_board(store, caller, &slug).await?;
            let r = board.requests.iter().find(|r| r.id == id).ok_or(Failure::NotFound)?;
            let place = r.slot.zip(r.table);
            staff::place(store, caller, &slug, id, place, get(f, "action") == "lock").await
        }
        "cancel" => staff::cancel(store, caller, &slug, id).await,
        _ => Err(DomainError::invalid("action", "err-choice")),
    };
    outcome(&state, &post, &slug, "placed", done).await
}

/// Runs the scheduler, reporting its phases to the page's progress line.
pub async fn run(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let reporter = Reporter::start(state.store.clone(), post.fields.get("job").map(String::as_str));
    let handle = reporter.handle();
    let report = move |phase: &str, done: usize, total: usize| handle.report(phase, done, total);
    let done = schedule::run(state.store.as_ref(), &post.ctx.caller, &slug, &report).await;
    // The closure holds a sender of the progress channel: until it goes, `finish` would wait
    // for a channel that never closes (and the page for an answer that never comes).
    drop(report);
    reporter.finish().await;
    outcome(&state, &post, &slug, "scheduled", done).await
}

pub async fn remind(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<Fields>,
) -> Result<Response, Failure> {
    let done = staff::remind_without_meeting(state.store.as_ref(), &post.ctx.caller, &slug).await;
    outcome(&state, &post, &slug, "reminded", done).await
}
