//! `/registrations/{code}/matchmaking/people`: everyone who takes part, searchable by words
//! (name, organisation, offers, needs) and filtered by theme, language and category, each
//! with what they offer and need and a form to ask them for a meeting — or where the
//! request to them stands.

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
use hansa_web::view::{Chrome, page};

use super::private;
use super::view;
use crate::matchmaking::model::RequestInput;
use crate::matchmaking::service::{self, Board, now};
use crate::matchmaking::store::Participant;

pub struct Card {
    pub id: i64,
    pub name: String,
    pub native_name: String,
    pub position: String,
    pub organisation: String,
    pub country: String,
    pub category: String,
    pub offers: String,
    pub needs: String,
    pub themes: Vec<String>,
    pub languages: String,
    /// Where a live request with them stands, if there is one.
    pub request: Option<String>,
    pub message: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "matchmaking/people.html")]
struct PeoplePage {
    c: Chrome,
    code: String,
    event_line: String,
    open: bool,
    q: String,
    theme: String,
    lang: String,
    themes: Vec<(String, String)>,
    languages: Vec<(String, String)>,
    cards: Vec<Card>,
    /// Colleagues who may come along: (registration id, name).
    colleagues: Vec<(i64, String)>,
    total: usize,
    /// A refusal about nobody on the list (oneself, someone not taking part).
    top_error: Option<String>,
}

fn matches(p: &Participant, q: &str, theme: &str, lang: &str, shown_org: &str) -> bool {
    let profile = p.profile.as_ref();
    let words = hansa_core::search::fold(q);
    let haystack = hansa_core::search::fold(&format!(
        "{} {} {} {} {}",
        p.name,
        p.native_name.as_deref().unwrap_or(""),
        shown_org,
        profile.map_or("", |x| x.offers.as_str()),
        profile.map_or("", |x| x.needs.as_str())
    ));
    words.split_whitespace().all(|w| haystack.contains(w))
        && (theme.is_empty() || profile.is_some_and(|x| x.themes.iter().any(|t| t == theme)))
        && (lang.is_empty() || profile.is_some_and(|x| x.languages.iter().any(|l| l == lang)))
}

fn render(
    state: &AppState,
    ctx: &Ctx,
    code: &str,
    me: i64,
    board: &Board,
    q: &HashMap<String, String>,
    refused: Option<(i64, String, FieldError)>,
) -> Response {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let get = |k: &str| q.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let (words, theme, language) = (get("q"), get("theme"), get("lang"));
    let at = now();
    let theme_name = |code: &str| {
        board
            .settings
            .themes
            .iter()
            .find(|t| t.code == code)
            .map_or(code.to_owned(), |t| t.name.resolve(lang, None).text.to_owned())
    };
    let mine = board.participant(me);
    let my_org = mine.map(|p| p.organisation.resolve("en", None).text.to_owned()).unwrap_or_default();
    let colleagues = board
        .participants
        .iter()
        .filter(|p| p.id != me && !my_org.is_empty() && p.organisation.resolve("en", None).text == my_org)
        .map(|p| (p.id, p.name.clone()))
        .collect();
    let cards: Vec<Card> = board
        .participants
        .iter()
        .filter(|p| p.id != me && p.profile.is_some())
        .filter(|p| matches(p, &words, &theme, &language, p.organisation.resolve(lang, None).text))
        .map(|p| {
            let profile = p.profile.clone().unwrap_or_default();
            let live = board.requests.iter().find(|r| {
                (r.involves(me) && r.involves(p.id)) && matches!(r.status_at(at).code(), "pending" | "accepted")
            });
            let error = refused.as_ref().filter(|(to, _, _)| *to == p.id).map(|(_, _, e)| tr.error(e));
            Card {
                id: p.id,
                name: p.name.clone(),
                native_name: p.native_name.clone().unwrap_or_default(),
                position: p.position.clone().unwrap_or_default(),
                organisation: p.organisation.resolve(lang, None).text.to_owned(),
                country: p
                    .country
                    .as_deref()
                    .and_then(hansa_core::country::country)
                    .map(|c| c.name(lang).to_owned())
                    .unwrap_or_default(),
                category: tr.t(&format!("category-{}", p.category)),
                offers: profile.offers.clone(),
                needs: profile.needs.clone(),
                themes: profile.themes.iter().map(|t| theme_name(t)).collect(),
                languages: view::languages(tr, &profile.languages),
                request: live.map(|r| tr.t(&format!("match-status-{}", r.status_at(at).code()))),
                message: refused
                    .as_ref()
                    .filter(|(to, _, _)| *to == p.id)
                    .map(|(_, m, _)| m.clone())
                    .unwrap_or_default(),
                error,
            }
        })
        .collect();
    let mut langs: Vec<String> =
        board.participants.iter().filter_map(|p| p.profile.as_ref()).flat_map(|x| x.languages.clone()).collect();
    langs.sort();
    langs.dedup();
    let top_error =
        refused.as_ref().filter(|(to, _, _)| !cards.iter().any(|c| c.id == *to)).map(|(_, _, e)| tr.error(e));
    let token = ctx.form_token();
    let mut c = Chrome::new(ctx, tr.t("match-people-title"));
    c.csrf = token.token.clone();
    let view = PeoplePage {
        c,
        code: code.to_owned(),
        event_line: board.event.draft.title.resolve(lang, None).text.to_owned(),
        open: board.settings.open,
        q: words,
        theme,
        lang: language,
        themes: board
            .settings
            .themes
            .iter()
            .map(|t| (t.code.clone(), t.name.resolve(lang, None).text.to_owned()))
            .collect(),
        languages: langs.iter().map(|l| (l.clone(), hansa_events::pages::view::language_name(tr, l))).collect(),
        total: cards.len(),
        cards,
        colleagues,
        top_error,
    };
    let status = if refused.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
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
    Ok(render(&state, &ctx, &code, reg.id, &board, &q, None))
}

/// Sends a request: `to`, `message`, and `companion-{id}` checkboxes for colleagues.
pub async fn request(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    Form(f): Form<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let (reg, board) = service::participant_board(store, &code).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    ctx.check_csrf(f.get("csrf").map_or("", String::as_str))?;
    let to = f.get("to").and_then(|t| t.trim().parse::<i64>().ok()).unwrap_or_default();
    let message = f.get("message").cloned().unwrap_or_default();
    let companions = f
        .iter()
        .filter(|(k, v)| k.starts_with("companion-") && !v.is_empty())
        .filter_map(|(k, _)| k["companion-".len()..].parse().ok())
        .collect();
    let input = RequestInput { to, message: message.clone(), companions };
    let refused = match service::request(store, &code, input).await {
        Ok(_) => {
            return Ok(Redirect::to(&format!("/registrations/{code}/matchmaking?saved=sent#outgoing")).into_response());
        }
        Err(DomainError::Invalid(list)) => list.into_iter().next(),
        Err(DomainError::Conflict(e)) => Some(e),
        Err(e) => return Err(Failure::from(e).lang(ctx.lang())),
    };
    let refused = refused.unwrap_or_else(|| FieldError::new("to", "err-required"));
    // The page again with the message kept and the problem on that person's card (or at
    // the top, when the person is not on the list at all).
    Ok(render(&state, &ctx, &code, reg.id, &board, &HashMap::new(), Some((to, message, refused))))
}
