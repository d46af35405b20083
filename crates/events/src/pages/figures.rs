//! `/events/{slug}/figures`: who came — delegates, organisations, countries — by country,
//! category and day, as a sentence, a chart drawn on the server (SVG, no script), the same
//! numbers in tables for screen readers, and a CSV. Public once the event has run; staff see
//! them live during it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, Text, escape, page};

use super::view::long_date;
use crate::model::figures::{Attendance, Figures, figures, more_than};
use crate::model::*;
use crate::service;
use crate::store::EventsStore;

#[derive(Template)]
#[template(path = "events/figures.html")]
struct FiguresPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    headline: String,
    chart: String,
    by_country: Vec<(String, usize)>,
    by_category: Vec<(String, usize)>,
    by_day: Vec<(String, usize)>,
    registered: usize,
}

/// Whether the public may see the figures: once the event has run.
pub fn has_run(e: &Event) -> bool {
    let today = jiff::Zoned::now().date();
    matches!(e.draft.status, EventStatus::Closed | EventStatus::Archived)
        || e.draft.ends_on.parse::<jiff::civil::Date>().is_ok_and(|end| end < today)
}

/// The figures of an event, if the caller may see them.
pub async fn event_figures(store: &dyn EventsStore, e: &Event) -> Result<Figures, Failure> {
    let regs = store.registrations(e.id).await?;
    let att: Vec<Attendance> = store
        .check_ins(e.id)
        .await?
        .into_iter()
        .filter(|c| !c.duplicate)
        .map(|c| Attendance { registration_id: c.registration_id, day: c.day })
        .collect();
    Ok(figures(&regs, &att))
}

pub fn headline(tr: &Tr, f: &Figures) -> String {
    let delegates = more_than(f.delegates)
        .map_or_else(|| f.delegates.to_string(), |n| tr.tn("figures-more-than", &[("count", n.to_string())]));
    let line = tr.tn(
        "figures-headline",
        &[
            ("delegates", delegates),
            ("people", f.delegates.to_string()),
            ("organisations", f.organisations.to_string()),
            ("countries", f.countries.to_string()),
        ],
    );
    // "more than 200 …" may open the sentence.
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

fn country_name(tr: &Tr, code: &str) -> String {
    hansa_core::country::country(code).map_or_else(|| code.to_owned(), |c| c.name(tr.lang).to_owned())
}

/// Horizontal bars, one per row, labelled with their numbers (the table below repeats them).
fn bars(title_id: &str, rows: &[(String, usize)]) -> String {
    const ROW: usize = 28;
    const LABEL: usize = 190;
    const BAR: usize = 330;
    let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
    let height = rows.len() * ROW + 8;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{title_id}\" viewBox=\"0 0 {} {height}\" width=\"100%\">",
        LABEL + BAR + 60
    );
    for (i, (label, n)) in rows.iter().enumerate() {
        let y = i * ROW + 4;
        let w = (n * BAR).div_ceil(max).max(2);
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{}\" y=\"{y}\" width=\"{w}\" height=\"{}\" rx=\"3\"></rect><text x=\"{}\" y=\"{}\">{n}</text>",
            LABEL - 8,
            y + 15,
            escape(label),
            LABEL,
            ROW - 8,
            LABEL + w + 6,
            y + 15
        ));
    }
    svg.push_str("</svg>");
    svg
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let lang = ctx.lang();
    let e = service::visible_event(store, &ctx.caller, &slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    if !has_run(&e) && !ctx.caller.may(hansa_core::Permission::EditEvents) {
        return Err(Failure::NotFound.lang(lang));
    }
    let f = event_figures(store, &e).await?;
    let tr = &ctx.tr;
    let by_country: Vec<(String, usize)> = f.by_country.iter().map(|(c, n)| (country_name(tr, c), *n)).collect();
    let view = FiguresPage {
        c: Chrome::new(&ctx, tr.t("figures-title")),
        slug: slug.clone(),
        event_title: Text::of(&e.draft.title, lang, None),
        headline: headline(tr, &f),
        chart: bars("chart-countries", &by_country),
        by_category: f.by_category.iter().map(|(c, n)| (tr.t(&format!("category-{}", c.code())), *n)).collect(),
        by_day: f
            .by_day
            .iter()
            .map(|(d, n)| (d.parse().map_or_else(|_| d.clone(), |d| long_date(tr, d)), *n))
            .collect(),
        by_country,
        registered: f.registered,
    };
    Ok(page(&view).into_response())
}

/// The figures as CSV: one line per measure and value.
pub async fn csv(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let store = state.store.as_ref();
    let lang = ctx.lang();
    let e = service::visible_event(store, &ctx.caller, &slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    if !has_run(&e) && !ctx.caller.may(hansa_core::Permission::EditEvents) {
        return Err(Failure::NotFound.lang(lang));
    }
    let f = event_figures(store, &e).await?;
    let mut out = String::from("measure,value,count\n");
    for (m, n) in [("delegates", f.delegates), ("organisations", f.organisations), ("countries", f.countries)] {
        out.push_str(&format!("{m},,{n}\n"));
    }
    for (c, n) in &f.by_category {
        out.push_str(&format!("category,{},{n}\n", c.code()));
    }
    for (c, n) in &f.by_country {
        out.push_str(&format!("country,{c},{n}\n"));
    }
    for (d, n) in &f.by_day {
        out.push_str(&format!("day,{d},{n}\n"));
    }
    let mut res = out.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{slug}-figures.csv\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
