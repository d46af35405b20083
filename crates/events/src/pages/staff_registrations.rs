//! `/staff/events/{slug}/registrations`: the secretariat's list of an event's registrations —
//! places held and waiting per category, filters by status, category and name, pages of 50,
//! approve / reject / mark attended in one click, and the list as CSV (personal data: staff only).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page, url_encode};

use super::my_registration::display_name;
use crate::model::*;
use crate::service;
use crate::store::{EventStore, FormStore, RegistrationStore};

const PAGE: usize = 50;

pub struct Row {
    pub code: String,
    pub name: String,
    pub native: Option<String>,
    pub organisation: String,
    pub country: String,
    pub category: String,
    pub status: String,
    pub waiting: Option<i64>,
    /// `(target status, button label)` the row offers.
    pub actions: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "events/staff_registrations.html")]
struct ListPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    /// Per category: name, held, capacity (or "—"), waiting.
    counts: Vec<(String, i64, String, usize)>,
    statuses: Vec<(String, String, bool)>,
    categories: Vec<(String, String, bool)>,
    q: String,
    /// This list with its filters, for the decision buttons to come back to.
    back: String,
    rows: Vec<Row>,
    shown: String,
    prev: Option<String>,
    next: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    status: String,
    #[serde(default)]
    category: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: usize,
}

fn matches(r: &Registration, f: &Filter) -> bool {
    let q = f.q.trim().to_lowercase();
    (f.status.is_empty() || r.status.code() == f.status)
        && (f.category.is_empty() || r.category.code() == f.category)
        && (q.is_empty()
            || [&r.input.given_name, &r.input.family_name, &r.input.email, &r.code]
                .into_iter()
                .chain(r.input.native_name.iter())
                .chain(r.input.organisation_name.iter())
                .any(|v| v.to_lowercase().contains(&q)))
}

fn actions(tr: &hansa_web::i18n::Tr, s: RegStatus) -> Vec<(&'static str, String)> {
    [RegStatus::Approved, RegStatus::Rejected, RegStatus::Attended]
        .into_iter()
        .filter(|to| s.can_move_to(*to))
        .map(|to| (to.code(), tr.t(&format!("registration-action-{}", to.code()))))
        .collect()
}

pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(f): Query<Filter>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let store = state.store.as_ref();
    let lang = ctx.lang();
    let event = store.event(&slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let tr = &ctx.tr;
    let all = store.registrations(event.id).await?;
    let places = store.places(event.id).await?;
    let counts = places
        .iter()
        .map(|p| {
            let waiting =
                all.iter().filter(|r| r.category == p.places.category && r.status == RegStatus::Waitlisted).count();
            let cap = p.places.capacity.map_or_else(|| "—".to_owned(), |c| c.to_string());
            (tr.t(&format!("category-{}", p.places.category.code())), p.held, cap, waiting)
        })
        .collect();
    let hits: Vec<&Registration> = all.iter().filter(|r| matches(r, &f)).collect();
    let names = super::view::org_names(store, event.id, lang).await?;
    let total = hits.len();
    let pages = total.div_ceil(PAGE).max(1);
    let at = f.page.min(pages - 1);
    let rows = hits
        .iter()
        .skip(at * PAGE)
        .take(PAGE)
        .map(|r| Row {
            code: r.code.clone(),
            name: display_name(&r.input),
            native: r.input.native_name.clone(),
            organisation: super::view::org_label(r, &names).unwrap_or_default(),
            country: r.input.country.clone().unwrap_or_default(),
            category: tr.t(&format!("category-{}", r.category.code())),
            status: tr.t(&format!("regstatus-{}", r.status.code())),
            waiting: r.waitlist_position,
            actions: actions(tr, r.status),
        })
        .collect();
    let link = |page: usize| {
        format!(
            "/staff/events/{slug}/registrations?status={}&category={}&q={}&page={page}",
            url_encode(&f.status),
            url_encode(&f.category),
            url_encode(&f.q)
        )
    };
    let first_shown = if total == 0 { 0 } else { at * PAGE + 1 };
    let view = ListPage {
        c: Chrome::new(&ctx, tr.t("staff-registrations-title")),
        slug: slug.clone(),
        event_title: Text::of(&event.draft.title, lang, None),
        counts,
        statuses: RegStatus::ALL
            .iter()
            .map(|s| (s.code().to_owned(), tr.t(&format!("regstatus-{}", s.code())), s.code() == f.status))
            .collect(),
        categories: places
            .iter()
            .map(|p| {
                let c = p.places.category.code();
                (c.to_owned(), tr.t(&format!("category-{c}")), c == f.category)
            })
            .collect(),
        q: f.q.clone(),
        back: ctx.path.clone(),
        rows,
        shown: tr.tn(
            "list-showing",
            &[
                ("first", first_shown.to_string()),
                ("last", (at * PAGE + PAGE).min(total).to_string()),
                ("total", total.to_string()),
            ],
        ),
        prev: (at > 0).then(|| link(at - 1)),
        next: (at + 1 < pages).then(|| link(at + 1)),
    };
    Ok(page(&view).into_response())
}

/// A staff decision from the list: approve, reject or mark attended, then back to the list.
pub async fn decide(
    State(state): State<AppState>,
    Path(code): Path<String>,
    StaffPost { ctx, fields }: StaffPost<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let to = fields
        .get("to")
        .and_then(|t| RegStatus::parse(t))
        .ok_or_else(|| Failure::BadRequest(hansa_core::FieldError::new("to", "err-choice")).lang(lang))?;
    let changed =
        service::decide(state.store.as_ref(), &ctx.caller, &code, to).await.map_err(|e| Failure::from(e).lang(lang))?;
    let event = state.store.events(true).await?.into_iter().find(|e| e.id == changed.registration.event_id);
    let back = fields
        .get("back")
        .filter(|b| b.starts_with("/staff/"))
        .cloned()
        .or(event.map(|e| format!("/staff/events/{}/registrations", e.draft.slug)))
        .unwrap_or_else(|| "/staff".into());
    Ok(Redirect::to(&back).into_response())
}

/// The event's registrations as CSV or XLSX (`registrations.csv` / `.xlsx`), for the
/// secretariat's own spreadsheets.
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, file)): Path<(String, String)>,
) -> Result<Response, Failure> {
    use hansa_directory::import::export::Format;
    ctx.require(hansa_core::Permission::EditEvents)?;
    let lang = ctx.lang();
    let format = match file.as_str() {
        "registrations.csv" => Format::Csv,
        "registrations.xlsx" => Format::Xlsx,
        _ => return Err(Failure::NotFound.lang(lang)),
    };
    let store = state.store.as_ref();
    let event = store.event(&slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let all = store.registrations(event.id).await?;
    let form = store.form(event.id).await?;
    let bytes = crate::export::registrations::export(&all, &form.questions, format)?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{slug}-{file}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
