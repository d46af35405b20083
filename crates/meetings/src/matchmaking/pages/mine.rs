//! `/registrations/{code}/matchmaking`: a participant's own matchmaking — their agenda with
//! table numbers (and its iCalendar and PDF), the requests sent to them to accept or decline,
//! the ones they sent, and their profile with the slots they are free in.

use std::collections::HashMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::form_view::{Control, Field, Section, place_errors};
use hansa_web::view::{Chrome, page};

use super::private;
use super::view::{self, AgendaDay};
use crate::matchmaking::model::{Profile, RequestStatus};
use crate::matchmaking::service::{self, Board, now};

/// A request as a line: who, their message, its state, what one may do with it.
pub struct RequestLine {
    pub id: i64,
    pub who: Vec<String>,
    pub message: String,
    pub status: String,
    pub status_code: &'static str,
    pub can_answer: bool,
    pub can_withdraw: bool,
}

#[derive(Template)]
#[template(path = "matchmaking/mine.html")]
struct MinePage {
    c: Chrome,
    code: String,
    event_line: String,
    name: String,
    open: bool,
    notice: Option<String>,
    agenda: Vec<AgendaDay>,
    incoming: Vec<RequestLine>,
    outgoing: Vec<RequestLine>,
    errors: Vec<(String, String)>,
    profile: Section,
    /// "Round 1: Buildings, table 2" for each round they are seated in.
    roundtables: Vec<String>,
}

fn lines(board: &Board, me: i64, incoming: bool, ctx: &Ctx) -> Vec<RequestLine> {
    let at = now();
    board
        .requests
        .iter()
        .filter(|r| if incoming { r.to == me } else { r.from_side().contains(&me) })
        .filter(|r| !r.by_staff || r.status != RequestStatus::Accepted || r.slot.is_none())
        .map(|r| {
            let status = r.status_at(at);
            RequestLine {
                id: r.id,
                who: view::others(board, r, me, ctx.lang()),
                message: r.message.clone(),
                status: ctx.tr.t(&format!("match-status-{}", status.code())),
                status_code: status.code(),
                can_answer: incoming && status == RequestStatus::Pending && board.settings.open,
                can_withdraw: !r.locked
                    && ((status == RequestStatus::Pending && r.from == me) || status == RequestStatus::Accepted),
            }
        })
        .collect()
}

/// The profile form's fields, showing `p` (what was saved, or what was just refused).
fn profile_section(ctx: &Ctx, board: &Board, p: &Profile, every_slot: bool) -> Section {
    let tr = &ctx.tr;
    let tz = view::zone(board);
    let themes = board
        .settings
        .themes
        .iter()
        .map(|t| (t.code.clone(), t.name.resolve(ctx.lang(), None).text.to_owned(), p.themes.contains(&t.code)))
        .collect();
    let slots = board
        .slots
        .iter()
        .map(|s| (s.id.to_string(), view::slot_label(tr, s, &tz), every_slot || p.available.contains(&s.id)))
        .collect();
    let choices: Vec<(String, String)> = std::iter::once((String::new(), tr.t("match-rank-none")))
        .chain(board.settings.themes.iter().map(|t| (t.code.clone(), t.name.resolve(ctx.lang(), None).text.to_owned())))
        .collect();
    let mut f = vec![
        Field::new("offers", tr.t("match-offers"), Control::TextArea).hint(tr.t("match-offers-hint")),
        Field::new("needs", tr.t("match-needs"), Control::TextArea).hint(tr.t("match-needs-hint")),
        Field::new("themes", tr.t("match-themes"), Control::Checks(themes)),
        Field::new("languages", tr.t("match-languages"), Control::Text).hint(tr.t("match-languages-hint")),
        Field::new("max_meetings", tr.t("match-max-meetings"), Control::Number),
        Field::new("available", tr.t("match-available"), Control::Checks(slots)).hint(tr.t("match-available-hint")),
    ];
    // Roundtable choices, first to third, when the event has themes.
    for (i, key) in
        ["match-rank-1", "match-rank-2", "match-rank-3"].iter().enumerate().take(board.settings.themes.len())
    {
        let mut field = Field::new(&format!("rank-{}", i + 1), tr.t(key), Control::Select(choices.clone()));
        field.value = p.ranking.get(i).cloned().unwrap_or_default();
        if i == 0 {
            field = field.hint(tr.t("match-rank-hint"));
        }
        f.push(field);
    }
    f[0].value = p.offers.clone();
    f[1].value = p.needs.clone();
    f[3].value = p.languages.join(", ");
    f[4].value = p.max_meetings.map(|m| m.to_string()).unwrap_or_default();
    Section { title: tr.t("match-profile"), fields: f }
}

#[allow(clippy::too_many_arguments)]
fn render(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    me: i64,
    board: &Board,
    notice: Option<String>,
    draft: Option<(Profile, bool)>,
    errors: &[FieldError],
) -> Response {
    let tr = &ctx.tr;
    let saved = board.participant(me).and_then(|p| p.profile.clone());
    let (profile, every) = draft.unwrap_or_else(|| {
        let p = saved.unwrap_or_default();
        let every = p.available.is_empty();
        (p, every)
    });
    let mut section = profile_section(ctx, board, &profile, every);
    let errors = place_errors(tr, std::slice::from_mut(&mut section), errors);
    let token = ctx.form_token();
    let mut c = Chrome::new(ctx, tr.t("match-mine-title"));
    c.csrf = token.token.clone();
    let name = board.participant(me).map(|p| view::person(p, ctx.lang())).unwrap_or_default();
    let view = MinePage {
        c,
        code: code.to_owned(),
        event_line: format!(
            "{} · {}",
            board.event.draft.title.resolve(ctx.lang(), None).text,
            view::event_line(board, tr)
        ),
        name,
        open: board.settings.open,
        notice,
        agenda: view::agenda(board, me, tr),
        incoming: lines(board, me, true, ctx),
        outgoing: lines(board, me, false, ctx),
        errors,
        profile: section,
        roundtables: roundtable_lines(board, me, ctx),
    };
    let status = if view.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    private(token.attach(state, (status, page(&view)).into_response()))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let (reg, board) =
        service::participant_board(state.store.as_ref(), &code).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    // Said after the redirect that follows a save, so a reload does not post again.
    let notice = match q.get("saved").map(String::as_str) {
        Some("profile") => Some(ctx.tr.t("match-saved-profile")),
        Some("request") => Some(ctx.tr.t("match-saved-request")),
        Some("sent") => Some(ctx.tr.t("match-saved-sent")),
        _ => None,
    };
    Ok(render(&state, &ctx, &code, reg.id, &board, notice, None, &[]))
}

/// The profile as the form sends it: checkboxes `themes-{code}` and `available-{slot}`.
fn profile_of(f: &HashMap<String, String>, board: &Board) -> (Profile, bool) {
    let get = |k: &str| f.get(k).cloned().unwrap_or_default();
    let on = |k: String| f.get(&k).is_some_and(|v| !v.is_empty());
    let available: Vec<i64> = board.slots.iter().filter(|s| on(format!("available-{}", s.id))).map(|s| s.id).collect();
    let every = !board.slots.is_empty() && available.len() == board.slots.len();
    let max = get("max_meetings");
    let profile = Profile {
        offers: get("offers"),
        needs: get("needs"),
        themes: board
            .settings
            .themes
            .iter()
            .filter(|t| on(format!("themes-{}", t.code)))
            .map(|t| t.code.clone())
            .collect(),
        ranking: (1..=3).map(|i| get(&format!("rank-{i}"))).collect(),
        languages: get("languages").split([',', ' ']).map(str::to_owned).collect(),
        // Not a number is kept as out of range, so the form says so rather than ignoring it.
        max_meetings: if max.trim().is_empty() { None } else { Some(max.trim().parse().unwrap_or(0)) },
        available,
    };
    (profile, every)
}

async fn participant(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    f: &HashMap<String, String>,
) -> Result<(i64, Board), Failure> {
    let (reg, board) =
        service::participant_board(state.store.as_ref(), code).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    ctx.check_csrf(f.get("csrf").map_or("", String::as_str))?;
    Ok((reg.id, board))
}

pub async fn save_profile(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let (me, board) = participant(&state, &ctx, &code, &f).await?;
    let (profile, every) = profile_of(&f, &board);
    match service::save_profile(state.store.as_ref(), &code, profile.clone(), every).await {
        Ok(()) => Ok(Redirect::to(&format!("/registrations/{code}/matchmaking?saved=profile")).into_response()),
        Err(DomainError::Invalid(errors)) => {
            Ok(render(&state, &ctx, &code, me, &board, None, Some((profile, every)), &errors))
        }
        Err(e) => Err(Failure::from(e).lang(ctx.lang())),
    }
}

/// `action`: accept, decline or withdraw (which also cancels an accepted meeting).
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let (me, _) = participant(&state, &ctx, &code, &f).await?;
    let store = state.store.as_ref();
    let done = match f.get("action").map(String::as_str) {
        Some("accept") => service::answer(store, &code, id, true).await,
        Some("decline") => service::answer(store, &code, id, false).await,
        Some("withdraw") => service::withdraw(store, &code, id).await,
        _ => Err(DomainError::invalid("action", "err-choice")),
    };
    let shown = match done {
        Ok(()) => return Ok(Redirect::to(&format!("/registrations/{code}/matchmaking?saved=request")).into_response()),
        Err(DomainError::Conflict(e)) => e,
        Err(DomainError::Invalid(list)) if !list.is_empty() => list[0].clone(),
        Err(e) => return Err(Failure::from(e).lang(ctx.lang())),
    };
    // A request that changed meanwhile (expired, withdrawn, answered elsewhere): the page
    // again, saying what happened.
    let (_, board) = service::participant_board(store, &code).await?;
    let mut res = render(&state, &ctx, &code, me, &board, Some(ctx.tr.error(&shown)), None, &[]);
    *res.status_mut() = StatusCode::CONFLICT;
    Ok(res)
}

/// Where `me` sits at the mini roundtables, round by round.
fn roundtable_lines(board: &Board, me: i64, ctx: &Ctx) -> Vec<String> {
    let Some(r) = &board.roundtables else { return Vec::new() };
    r.seats
        .iter()
        .filter(|s| s.registration == me)
        .map(|s| {
            let theme = board
                .settings
                .themes
                .iter()
                .find(|t| t.code == s.theme)
                .map_or(s.theme.clone(), |t| t.name.resolve(ctx.lang(), None).text.to_owned());
            ctx.tr.tn(
                "match-roundtable-line",
                &[("round", s.round.to_string()), ("theme", theme), ("table", s.table.to_string())],
            )
        })
        .collect()
}
