//! `/staff/events/{slug}/privacy`: what the event still holds on whom — registrations,
//! passport names, dietary and access needs, answers, check-ins, messages — and, for the
//! administrator, erasing one person's registrations everywhere on request.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::{Ctx, StaffPost};
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page};

use crate::service;
use crate::store::{EventStore, HeldData};

#[derive(Template)]
#[template(path = "events/privacy.html")]
struct PrivacyPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    rows: Vec<(HeldData, String)>,
    totals: Vec<(String, usize)>,
    admin: bool,
    notice: Option<String>,
}

async fn render(state: &AppState, ctx: &Ctx, slug: &str, notice: Option<String>) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let held = service::privacy_report(state.store.as_ref(), &ctx.caller, slug)
        .await
        .map_err(|e| Failure::from(e).lang(lang))?;
    let event = state.store.event(slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let tr = &ctx.tr;
    let count = |f: &dyn Fn(&HeldData) -> bool| held.iter().filter(|h| f(h)).count();
    let totals = vec![
        (tr.t("privacy-registrations"), held.len()),
        (tr.t("register-passport-name"), count(&|h| h.passport_name)),
        (tr.t("register-dietary"), count(&|h| h.dietary)),
        (tr.t("register-accessibility"), count(&|h| h.accessibility)),
        (tr.t("register-visa-letter"), count(&|h| h.visa_letter)),
        (tr.t("privacy-check-ins"), held.iter().map(|h| h.check_ins as usize).sum()),
        (tr.t("privacy-messages"), held.iter().map(|h| h.messages as usize).sum()),
    ];
    let rows = held.into_iter().map(|h| {
        let status = tr.t(&format!("regstatus-{}", h.status.code()));
        (h, status)
    });
    let view = PrivacyPage {
        c: Chrome::new(ctx, tr.t("privacy-title")),
        slug: slug.to_owned(),
        event_title: Text::of(&event.draft.title, lang, None),
        rows: rows.collect(),
        totals,
        admin: ctx.caller.may(hansa_core::Permission::Administer),
        notice,
    };
    Ok(page(&view).into_response())
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    render(&state, &ctx, &slug, None).await
}

/// The administrator erases one person's registrations (every event) by their e-mail.
pub async fn erase(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    StaffPost { ctx, fields }: StaffPost<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let email = fields.get("email").cloned().unwrap_or_default();
    let lang = ctx.lang();
    let n = service::erase_registrations(state.store.as_ref(), &ctx.caller, &email)
        .await
        .map_err(|e| Failure::from(e).lang(lang))?;
    render(&state, &ctx, &slug, Some(ctx.tr.t1("privacy-erased", "count", n))).await
}
