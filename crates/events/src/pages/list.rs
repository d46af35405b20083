//! `/events`: the calendar, upcoming first then past; staff also see drafts and archived ones.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page};

use super::view::{date_range, some_text};
use crate::model::Event;
use crate::store::EventStore;

pub struct EventCard {
    pub slug: String,
    pub title: Text,
    pub theme: Option<Text>,
    pub kind: String,
    pub dates: String,
    pub place: Option<Text>,
    pub online: bool,
    /// Shown to staff for events the public does not see.
    pub status: Option<String>,
}

#[derive(Template)]
#[template(path = "events/list.html")]
struct EventsPage {
    c: Chrome,
    /// (heading, events): upcoming, then past; empty groups are left out.
    sections: Vec<(String, Vec<EventCard>)>,
}

pub fn card(ctx: &Ctx, e: &Event) -> EventCard {
    let tr = &ctx.tr;
    let d = &e.draft;
    let dates = match (d.starts_on.parse(), d.ends_on.parse()) {
        (Ok(a), Ok(b)) => date_range(tr, a, b),
        _ => format!("{} – {}", d.starts_on, d.ends_on),
    };
    EventCard {
        slug: d.slug.clone(),
        title: Text::of(&d.title, tr.lang, None),
        theme: some_text(&d.theme, tr.lang),
        kind: tr.t(&format!("event-kind-{}", d.kind.code())),
        dates,
        place: some_text(&d.venue_name, tr.lang),
        online: d.online_url.is_some(),
        status: (!d.status.is_public()).then(|| tr.t(&format!("event-status-{}", d.status.code()))),
    }
}

pub async fn events(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let staff = ctx.caller.may(hansa_core::Permission::EditEvents);
    let all = state.store.events(staff).await?;
    let today = jiff::Zoned::now().date().to_string();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for e in &all {
        if e.draft.ends_on >= today { upcoming.push(card(&ctx, e)) } else { past.push(card(&ctx, e)) }
    }
    // Upcoming soonest first; past newest first (the store's order).
    upcoming.reverse();
    let sections = [(ctx.tr.t("events-upcoming"), upcoming), (ctx.tr.t("events-past"), past)]
        .into_iter()
        .filter(|(_, cards)| !cards.is_empty())
        .collect();
    Ok(page(&EventsPage { c: Chrome::new(&ctx, ctx.tr.t("events-title")), sections }))
}
