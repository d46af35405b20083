//! `/staff/events/{slug}/roundtables`: the mini roundtables on the event's themes — how many
//! rounds, tables a theme and seats a table, the two options — and the last assignment, round
//! by round and table by table, with its satisfaction against the proven optimum.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::DomainError;
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

use super::view;
use crate::matchmaking::roundtables::{self, RoundtableSetup};
use crate::matchmaking::service::{self, Board};

pub struct TableView {
    pub theme: String,
    pub table: i32,
    pub people: Vec<String>,
}

pub struct RoundView {
    pub round: i32,
    pub tables: Vec<TableView>,
}

#[derive(Template)]
#[template(path = "matchmaking/roundtables.html")]
struct RoundtablesPage {
    c: Chrome,
    slug: String,
    event_title: String,
    setup: RoundtableSetup,
    ranked: usize,
    figures: Option<String>,
    rounds: Vec<RoundView>,
    errors: Vec<(String, String)>,
}

fn render(ctx: &Ctx, board: &Board, setup: RoundtableSetup, errors: Vec<(String, String)>) -> Response {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let theme_name = |code: &str| {
        board
            .settings
            .themes
            .iter()
            .find(|t| t.code == code)
            .map_or(code.to_owned(), |t| t.name.resolve(lang, None).text.to_owned())
    };
    let mut rounds: Vec<RoundView> = Vec::new();
    let mut figures = None;
    if let Some(r) = &board.roundtables {
        let gap = (r.optimum_bound - r.satisfaction).max(0);
        let key = if r.exact { "match-roundtables-exact" } else { "match-roundtables-gap" };
        figures = Some(tr.tn(
            key,
            &[("total", r.satisfaction.to_string()), ("bound", r.optimum_bound.to_string()), ("gap", gap.to_string())],
        ));
        for s in &r.seats {
            if rounds.last().is_none_or(|x| x.round != s.round) {
                rounds.push(RoundView { round: s.round, tables: Vec::new() });
            }
            let Some(round) = rounds.last_mut() else { continue };
            let name = theme_name(&s.theme);
            if round.tables.last().is_none_or(|t| t.theme != name || t.table != s.table) {
                round.tables.push(TableView { theme: name, table: s.table, people: Vec::new() });
            }
            if let Some(t) = round.tables.last_mut() {
                t.people.push(view::person_of(board, s.registration, lang));
            }
        }
    }
    let view = RoundtablesPage {
        c: Chrome::new(ctx, tr.t("match-roundtables-title")),
        slug: board.event.draft.slug.clone(),
        event_title: board.event.draft.title.resolve(lang, None).text.to_owned(),
        setup,
        ranked: board.participants.iter().filter(|p| p.profile.as_ref().is_some_and(|x| !x.ranking.is_empty())).count(),
        figures,
        rounds,
        errors,
    };
    let status = if view.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    (status, page(&view)).into_response()
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let board = service::staff_board(state.store.as_ref(), &ctx.caller, &slug)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    let setup = board.roundtables.as_ref().map(|r| r.setup).unwrap_or_default();
    Ok(render(&ctx, &board, setup, Vec::new()))
}

pub async fn assign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    post: StaffPost<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let f = &post.fields;
    let number = |k: &str| f.get(k).and_then(|v| v.trim().parse().ok()).unwrap_or(0);
    let on = |k: &str| f.get(k).is_some_and(|v| !v.is_empty());
    let setup = RoundtableSetup {
        rounds: number("rounds"),
        tables_per_theme: number("tables_per_theme"),
        seats: number("seats"),
        no_repeat: on("no_repeat"),
        mix_countries: on("mix_countries"),
    };
    let ctx = &post.ctx;
    let errors = match roundtables::assign(state.store.as_ref(), &ctx.caller, &slug, setup).await {
        Ok(_) => return Ok(Redirect::to(&format!("/staff/events/{slug}/roundtables")).into_response()),
        Err(DomainError::Invalid(list)) => list,
        Err(DomainError::Conflict(e)) => vec![e],
        Err(e) => return Err(Failure::from(e).lang(ctx.lang())),
    };
    let board = service::staff_board(state.store.as_ref(), &ctx.caller, &slug).await?;
    let shown = errors.iter().map(|e| (e.field.clone(), ctx.tr.error(e))).collect();
    Ok(render(ctx, &board, setup, shown))
}
