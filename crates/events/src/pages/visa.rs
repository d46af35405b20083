//! Visa invitation letters: staff review the requests (`/staff/events/{slug}/visa-letters`),
//! issue or refuse each, and preview the letter; the registrant downloads an issued letter
//! from their own page (`/registrations/{code}/visa-letter.pdf`).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_badges::{Letter, render_letter};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, Text, page};

use super::view::{date_range, long_date};
use crate::model::*;
use crate::service;
use crate::store::{EventStore, RegistrationStore};
use hansa_directory::store::prelude::*;

#[derive(Template)]
#[template(path = "events/visa_letters.html")]
struct VisaPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    /// Registration, its status and its letter's state, in words.
    rows: Vec<(Registration, String, String)>,
    actions: Vec<(&'static str, String)>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let store = state.store.as_ref();
    let event = store.event(&slug).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    let tr = &ctx.tr;
    let rows = store
        .registrations(event.id)
        .await?
        .into_iter()
        .filter(|r| r.input.visa_letter)
        .map(|r| {
            let status = tr.t(&format!("regstatus-{}", r.status.code()));
            let letter = tr.t(&format!("visa-{}", r.visa_letter_status.map_or("requested", |v| v.code())));
            (r, status, letter)
        })
        .collect();
    let view = VisaPage {
        c: Chrome::new(&ctx, tr.t("visa-title")),
        slug: slug.clone(),
        event_title: Text::of(&event.draft.title, ctx.lang(), None),
        rows,
        actions: vec![("issued", tr.t("visa-issue")), ("refused", tr.t("visa-refuse"))],
    };
    Ok(page(&view).into_response())
}

pub async fn review(
    State(state): State<AppState>,
    Path(code): Path<String>,
    StaffPost { ctx, fields }: StaffPost<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let review = fields
        .get("review")
        .and_then(|v| VisaLetter::parse(v))
        .ok_or_else(|| Failure::BadRequest(hansa_core::FieldError::new("review", "err-choice")).lang(lang))?;
    let r = service::review_visa_letter(state.store.as_ref(), &ctx.caller, &code, review)
        .await
        .map_err(|e| Failure::from(e).lang(lang))?;
    let event = state.store.events(true).await?.into_iter().find(|e| e.id == r.event_id).ok_or(Failure::NotFound)?;
    Ok(Redirect::to(&format!("/staff/events/{}/visa-letters", event.draft.slug)).into_response())
}

/// The letter of a registration, written in the reader's language.
async fn letter(state: &AppState, tr: &Tr, r: &Registration) -> Result<Vec<u8>, Failure> {
    let store = state.store.as_ref();
    let event = store.events(true).await?.into_iter().find(|e| e.id == r.event_id).ok_or(Failure::NotFound)?;
    let d = &event.draft;
    let organiser = match d.organisations.iter().find(|o| o.role == OrgRole::Organiser) {
        Some(o) => {
            store.organisation(&o.organisation).await?.map(|o| Text::of(&o.name, tr.lang, Some(&o.default_lang)).text)
        }
        None => None,
    }
    .unwrap_or_else(|| tr.t("visa-secretariat"));
    let title = Text::of(&d.title, tr.lang, None).text;
    let venue = d.venue_name.resolve(tr.lang, None).text.to_owned();
    let dates = match (d.starts_on.parse(), d.ends_on.parse()) {
        (Ok(a), Ok(b)) => date_range(tr, a, b),
        _ => String::new(),
    };
    let passport = r.input.passport_name.clone().unwrap_or_else(|| r.input.display_name());
    let country = r.input.country.as_deref().and_then(hansa_core::country::country).map(|c| c.name(tr.lang).to_owned());
    let vars = [
        ("name", passport.clone()),
        ("event", title.clone()),
        ("dates", dates),
        ("venue", venue.clone()),
        ("organiser", organiser.clone()),
    ];
    let letter = Letter {
        letterhead: organiser.clone(),
        letterhead_lines: [Some(venue), d.venue_address.clone()]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect(),
        place_date: long_date(tr, jiff::Zoned::now().date()),
        reference: tr.t1("visa-reference", "code", format!("{}-{}", d.slug, r.code)),
        addressee: [Some(passport), r.input.position.clone(), r.input.organisation_name.clone(), country]
            .into_iter()
            .flatten()
            .collect(),
        title: tr.t("visa-letter-title"),
        paragraphs: vec![
            tr.tn("visa-letter-p1", &vars),
            tr.tn("visa-letter-p2", &vars),
            tr.tn("visa-letter-p3", &vars),
        ],
        signature: vec![tr.t("visa-signature"), organiser],
    };
    render_letter(&letter).map_err(|e| Failure::from(hansa_core::DomainError::Storage(e.to_string())))
}

fn pdf(bytes: Vec<u8>, name: &str) -> Response {
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// The registrant's letter: only once issued.
pub async fn download(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, Failure> {
    let r = state.store.registration(&code).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    if r.visa_letter_status != Some(VisaLetter::Issued)
        || !matches!(r.status, RegStatus::Approved | RegStatus::Attended)
    {
        return Err(Failure::NotFound.lang(ctx.lang()));
    }
    Ok(pdf(letter(&state, &ctx.tr, &r).await?, "visa-invitation-letter.pdf"))
}

/// Staff preview the letter before they issue it.
pub async fn preview(State(state): State<AppState>, ctx: Ctx, Path(code): Path<String>) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let r = state.store.registration(&code).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    if !r.input.visa_letter {
        return Err(Failure::NotFound.lang(ctx.lang()));
    }
    Ok(pdf(letter(&state, &ctx.tr, &r).await?, "visa-invitation-letter-preview.pdf"))
}
