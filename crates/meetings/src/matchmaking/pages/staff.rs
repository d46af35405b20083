//! `/staff/events/{slug}/matchmaking`: staff set matchmaking up (open or closed, how long a
//! request waits, the most meetings a person, themes), its slots and tables with the spare
//! b2match advises, interpreters; see who asked whom, run the scheduler with its progress,
//! read the result (who got how many, who got none and why), place and lock meetings,
//! arrange one themselves, remind whoever has none, and print the hall's table plan.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

use super::view;
use crate::matchmaking::model::{RequestStatus, suggested_tables};
use crate::matchmaking::service::{self, Board, now};
use crate::matchmaking::staff::without_meeting;
use crate::matchmaking::store::Run;

pub struct SlotLine {
    pub id: i64,
    pub label: String,
    pub tables: i32,
    pub used: usize,
}

pub struct MeetingLine {
    pub id: i64,
    pub a: String,
    pub b: String,
    pub interpreter: Option<String>,
    /// The slot in words, or "not scheduled".
    pub when: String,
    /// For ordering: the slot's start (unscheduled last).
    pub starts_at: i64,
    pub slot: i64,
    pub table: String,
    pub locked: bool,
    pub by_staff: bool,
}

pub struct PersonLine {
    pub name: String,
    pub asked: usize,
    pub accepted: usize,
    pub placed: usize,
    pub why: String,
}

#[derive(Template)]
#[template(path = "matchmaking/staff.html")]
struct StaffPage {
    c: Chrome,
    slug: String,
    event_title: String,
    set_up: bool,
    open: bool,
    request_days: i32,
    max_meetings: String,
    themes: Vec<(String, String)>,
    days: Vec<String>,
    slots: Vec<SlotLine>,
    slot_choices: Vec<(i64, String)>,
    suggestion: String,
    interpreters: Vec<(String, String)>,
    participants: Vec<(i64, String)>,
    meetings: Vec<MeetingLine>,
    pending: usize,
    people: Vec<PersonLine>,
    run: Option<String>,
    without: Vec<String>,
    job: String,
    notice: Option<String>,
    errors: Vec<(String, String)>,
}

/// The page for `board`, with a notice or the problems of the form just refused.
pub fn render(
    ctx: &Ctx,
    board: &Board,
    last: Option<&Run>,
    notice: Option<String>,
    errors: Vec<(String, String)>,
) -> Response {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let tz = view::zone(board);
    let at = now();
    let accepted: Vec<_> = board.requests.iter().filter(|r| r.status == RequestStatus::Accepted).collect();
    let slots = board
        .slots
        .iter()
        .map(|s| SlotLine {
            id: s.id,
            label: view::slot_label(tr, s, &tz),
            tables: s.tables,
            used: accepted.iter().filter(|r| r.slot == Some(s.id)).count(),
        })
        .collect();
    let mut meetings: Vec<MeetingLine> = accepted
        .iter()
        .map(|r| (r, board.slots.iter().find(|s| Some(s.id) == r.slot)))
        .map(|(r, slot)| MeetingLine {
            when: slot.map_or_else(|| tr.t("match-unplaced"), |s| view::slot_label(tr, s, &tz)),
            starts_at: slot.map_or(i64::MAX, |s| s.starts_at),
            id: r.id,
            a: r.from_side().into_iter().map(|p| view::person_of(board, p, lang)).collect::<Vec<_>>().join(" + "),
            b: view::person_of(board, r.to, lang),
            interpreter: r
                .interpreter
                .and_then(|i| board.interpreters.iter().find(|x| x.id == i))
                .map(|i| tr.tn("match-interpreter-with", &[("name", i.name.clone())])),
            slot: r.slot.unwrap_or_default(),
            table: r.table.map(|t| t.to_string()).unwrap_or_default(),
            locked: r.locked,
            by_staff: r.by_staff,
        })
        .collect();
    // By time, then table: the order of the day in the hall.
    meetings.sort_by_key(|m| (m.starts_at, m.table.parse::<i32>().unwrap_or(0), m.id));
    let last_why = |id: i64| run_reason(board, last, id, tr);
    let people = board
        .participants
        .iter()
        .filter(|p| p.profile.is_some() || board.requests.iter().any(|r| r.involves(p.id)))
        .map(|p| {
            let mine: Vec<_> = board.requests.iter().filter(|r| r.involves(p.id)).collect();
            let placed = mine.iter().filter(|r| r.status == RequestStatus::Accepted && r.slot.is_some()).count();
            PersonLine {
                name: view::person(p, lang),
                asked: mine.iter().filter(|r| matches!(r.status_at(at), RequestStatus::Pending)).count(),
                accepted: mine.iter().filter(|r| r.status == RequestStatus::Accepted).count(),
                placed,
                why: if placed == 0 { last_why(p.id) } else { String::new() },
            }
        })
        .collect();
    let d = &board.event.draft;
    let days = day_list(&d.starts_on, &d.ends_on);
    let per_slot = suggested_tables(accepted.len(), board.slots.len());
    let view = StaffPage {
        c: Chrome::new(ctx, tr.t("match-staff-title")),
        slug: d.slug.clone(),
        event_title: d.title.resolve(lang, None).text.to_owned(),
        set_up: board.set_up,
        open: board.settings.open,
        request_days: board.settings.request_days,
        max_meetings: board.settings.max_meetings.map(|m| m.to_string()).unwrap_or_default(),
        themes: board
            .settings
            .themes
            .iter()
            .map(|t| (t.name.get("en").unwrap_or_default().to_owned(), t.name.get("ko").unwrap_or_default().to_owned()))
            .collect(),
        days,
        slots,
        slot_choices: board.slots.iter().map(|s| (s.id, view::slot_label(tr, s, &tz))).collect(),
        suggestion: tr.tn(
            "match-tables-suggestion",
            &[
                ("meetings", accepted.len().to_string()),
                ("slots", board.slots.len().to_string()),
                ("tables", per_slot.to_string()),
            ],
        ),
        interpreters: board.interpreters.iter().map(|i| (i.name.clone(), view::languages(tr, &i.languages))).collect(),
        participants: board.participants.iter().map(|p| (p.id, view::person(p, lang))).collect(),
        meetings,
        pending: board.requests.iter().filter(|r| r.status_at(at) == RequestStatus::Pending).count(),
        people,
        run: last.map(|r| run_line(tr, r)),
        without: without_meeting(board).into_iter().map(|id| view::person_of(board, id, lang)).collect(),
        job: hansa_web::auth::new_token(),
        notice,
        errors,
    };
    let status = if view.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    (status, page(&view)).into_response()
}

/// Why someone has no meeting, in words: no accepted meeting yet, not scheduled since, or
/// the last run's reason for them.
fn run_reason(board: &Board, last: Option<&Run>, id: i64, tr: &hansa_web::i18n::Tr) -> String {
    if !board.requests.iter().any(|r| r.status == RequestStatus::Accepted && r.involves(id)) {
        return tr.t("match-why-no-accepted");
    }
    match last.and_then(|run| run.shortfalls.iter().find(|s| s.registration == id)) {
        Some(s) => tr.t(&format!("match-short-{}", s.reason)),
        None => tr.t("match-why-not-run"),
    }
}

/// Every day of the event, `YYYY-MM-DD`, for the slot form's choice.
fn day_list(first: &str, last: &str) -> Vec<String> {
    let (Ok(mut d), Ok(end)) = (first.parse::<jiff::civil::Date>(), last.parse::<jiff::civil::Date>()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while d <= end && out.len() < 60 {
        out.push(d.to_string());
        let Ok(next) = d.tomorrow() else { break };
        d = next;
    }
    out
}

/// The last run's figures in words.
fn run_line(tr: &hansa_web::i18n::Tr, run: &Run) -> String {
    tr.tn(
        "match-run-line",
        &[
            ("scheduled", run.scheduled.to_string()),
            ("unscheduled", run.unscheduled.to_string()),
            ("total", run.priority_total.to_string()),
            ("bound", run.upper_bound.to_string()),
            ("ms", run.elapsed_ms.to_string()),
        ],
    )
}

/// The page as it stands, with a notice or the problems of a refused form.
pub async fn page_now(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    notice: Option<String>,
    errors: Vec<(String, String)>,
) -> Result<Response, Failure> {
    use crate::matchmaking::store::MatchStore;
    let board = service::staff_board(state.store.as_ref(), &ctx.caller, slug)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let last = state.store.last_run(board.event.id).await?;
    Ok(render(ctx, &board, last.as_ref(), notice, errors))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Result<Response, Failure> {
    // What the last form did, said once after its redirect.
    const DONE: [&str; 8] =
        ["settings", "slot", "slot-deleted", "interpreter", "meeting", "placed", "scheduled", "reminded"];
    let notice =
        q.get("done").and_then(|d| DONE.iter().find(|k| *k == d)).map(|d| ctx.tr.t(&format!("match-done-{d}")));
    page_now(&state, &ctx, &slug, notice, Vec::new()).await
}
