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
    /// A refusal shown on someone's card, said at the top too: (their id, the sentence).
    refused_note: Option<(i64, String)>,
    /// Links to the previous and next pages of cards: (label, address).
    pager: Vec<(String, String)>,
}

/// The previous and next pages of the same search.
fn pager(
    tr: &hansa_web::i18n::Tr,
    code: &str,
    q: &HashMap<String, String>,
    page: usize,
    pages: usize,
) -> Vec<(String, String)> {
    let link = |n: usize| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for k in ["q", "theme", "lang"] {
            if let Some(v) = q.get(k).filter(|v| !v.is_empty()) {
                query.append_pair(k, v);
            }
        }
        query.append_pair("page", &n.to_string());
        format!("/registrations/{code}/matchmaking/people?{}", query.finish())
    };
    let mut out = Vec::new();
    if page > 1 {
        out.push((tr.t("match-page-previous"), link(page - 1)));
    }
    if page < pages {
        out.push((
            tr.tn("match-page-next", &[("page", (page + 1).to_string()), ("pages", pages.to_string())]),
            link(page + 1),
        ));
    }
    out
}

fn matches(p: &Participant, words: &[String], theme: &str, lang: &str, shown_org: &str) -> bool {
    let Some(profile) = p.profile.as_ref() else { return false };
    if (!theme.is_empty() && !profile.themes.iter().any(|t| t == theme))
        || (!lang.is_empty() && !profile.languages.iter().any(|l| l == lang))
    {
        return false;
    }
    // Folding every participant's texts is the page's main cost at thousands: only for a search.
    if words.is_empty() {
        return true;
    }
    let haystack = hansa_core::search::fold(&format!(
        "{} {} {} {} {}",
        p.name,
        p.native_name.as_deref().unwrap_or(""),
        shown_org,
        profile.offers,
        profile.needs
    ));
    words.iter().all(|w| haystack.contains(w.as_str()))
}

/// Cards a page shows; a search narrows a large event down.
const PER_PAGE: usize = 60;

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
    let folded: Vec<String> = hansa_core::search::fold(&words).split_whitespace().map(str::to_owned).collect();
    let found: Vec<&Participant> = board
        .participants
        .iter()
        .filter(|p| p.id != me)
        .filter(|p| matches(p, &folded, &theme, &language, p.organisation.resolve(lang, None).text))
        .collect();
    let total = found.len();
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page_no = q.get("page").and_then(|n| n.parse::<usize>().ok()).unwrap_or(1).clamp(1, pages);
    let cards: Vec<Card> = found
        .into_iter()
        .skip((page_no - 1) * PER_PAGE)
        .take(PER_PAGE)
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
    let refused_note = cards
        .iter()
        .find(|c| c.error.is_some())
        .map(|c| (c.id, tr.tn("match-request-refused", &[("name", c.name.clone())])));
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
        total,
        pager: pager(tr, code, q, page_no, pages),
        cards,
        colleagues,
        top_error,
        refused_note,
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
    let (reg, board) = service::participant_directory(state.store.as_ref(), &code)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
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
    let (reg, board) =
        service::participant_directory(store, &code).await.map_err(|e| Failure::from(e).lang(ctx.lang()))?;
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
