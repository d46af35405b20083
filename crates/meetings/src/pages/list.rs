//! `/staff/outreach`: the meetings newest first with the organisations met and the topics,
//! filtered by tag (and organisation, year); beside them the signed-in staff member's open
//! follow-ups, the overdue ones marked in words as well as colour.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, page};

use super::name_of;
use crate::model::{BilateralMeeting, FollowUp, today};
use crate::service;
use crate::store::MeetingFilter;

/// A meeting as a line of the log.
pub struct MeetingLine {
    pub id: i64,
    pub met_on: String,
    pub place: String,
    /// `(slug, name)` of each organisation.
    pub organisations: Vec<(String, String)>,
    pub topics: Vec<String>,
}

impl MeetingLine {
    pub fn of(m: &BilateralMeeting, lang: &str) -> MeetingLine {
        let event = m.event.as_ref().map(|e| name_of(&e.name, lang));
        let place = [m.draft.place.clone(), event].into_iter().flatten().collect::<Vec<_>>().join(" · ");
        MeetingLine {
            id: m.id,
            met_on: m.draft.met_on.clone(),
            place,
            organisations: m.organisations.iter().map(|o| (o.slug.clone(), name_of(&o.name, lang))).collect(),
            topics: m.draft.topics.clone(),
        }
    }
}

/// A follow-up as a line of a list.
pub struct FollowUpLine {
    pub id: i64,
    pub title: String,
    pub organisation: (String, String),
    pub due_on: String,
    pub overdue: bool,
    pub open: bool,
    pub status: String,
    pub leads_to: String,
    pub reference: String,
    pub owner: String,
    pub meeting: Option<i64>,
}

impl FollowUpLine {
    pub fn of(f: &FollowUp, tr: &Tr, lang: &str, today: &str) -> FollowUpLine {
        let status = match &f.closed_on {
            Some(on) => format!("{} ({on})", tr.t(&format!("outreach-status-{}", f.status.code()))),
            None => tr.t(&format!("outreach-status-{}", f.status.code())),
        };
        FollowUpLine {
            id: f.id,
            title: f.draft.title.clone(),
            organisation: (f.draft.organisation.clone(), name_of(&f.organisation_name, lang)),
            due_on: f.draft.due_on.clone(),
            overdue: f.is_overdue(today),
            open: f.status == crate::model::FollowUpStatus::Open,
            status,
            leads_to: tr.t(&format!("outreach-leads-{}", f.draft.leads_to.code())),
            reference: f.draft.reference.clone().unwrap_or_default(),
            owner: f.owner_name.clone(),
            meeting: f.draft.meeting,
        }
    }
}

#[derive(Template)]
#[template(path = "outreach/log.html")]
struct LogPage {
    c: Chrome,
    meetings: Vec<MeetingLine>,
    mine: Vec<FollowUpLine>,
    tag: String,
    /// Every tag of the meetings shown, for the filter's links.
    tags: Vec<String>,
    /// The organisation and year the log is narrowed to (from a timeline's link), kept by the
    /// tag filter and said in words, so a narrowed log never passes for the whole one.
    organisation: String,
    year: String,
    narrowed: Option<String>,
    /// What was just saved, in words: a follow-up without a meeting comes back here.
    saved: Option<String>,
}

pub async fn log(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let fail = |e| Failure::from(e).lang(lang);
    let store = state.store.as_ref();
    let filter = MeetingFilter {
        organisation: q.get("organisation").filter(|x| !x.is_empty()).cloned(),
        tag: q.get("tag").filter(|x| !x.is_empty()).cloned(),
        year: q.get("year").and_then(|y| y.parse().ok()),
    };
    let found = service::meetings(store, &ctx.caller, &filter).await.map_err(fail)?;
    let mine = match ctx.caller.account {
        Some(me) => service::open_follow_ups_of(store, &ctx.caller, me).await.map_err(fail)?,
        None => Vec::new(),
    };
    let mut tags: Vec<String> = found.iter().flat_map(|m| m.draft.topics.clone()).collect();
    tags.sort();
    tags.dedup();
    let today = today();
    let organisation = filter.organisation.clone().unwrap_or_default();
    let org_name = found
        .iter()
        .flat_map(|m| &m.organisations)
        .find(|o| o.slug == organisation)
        .map_or_else(|| organisation.clone(), |o| name_of(&o.name, lang));
    let year = filter.year.map(|y| y.to_string()).unwrap_or_default();
    let narrowed = match (organisation.is_empty(), year.is_empty()) {
        (true, true) => None,
        (false, true) => Some(ctx.tr.t1("outreach-narrowed-organisation", "organisation", &org_name)),
        (true, false) => Some(ctx.tr.t1("outreach-narrowed-year", "year", &year)),
        (false, false) => {
            Some(ctx.tr.tn("outreach-narrowed-both", &[("organisation", org_name), ("year", year.clone())]))
        }
    };
    let page_data = LogPage {
        c: Chrome::new(&ctx, ctx.tr.t("outreach-title")),
        meetings: found.iter().map(|m| MeetingLine::of(m, lang)).collect(),
        mine: mine.iter().map(|f| FollowUpLine::of(f, &ctx.tr, lang, &today)).collect(),
        tag: filter.tag.unwrap_or_default(),
        tags,
        organisation,
        year,
        narrowed,
        saved: q.get("saved").filter(|s| *s == "follow-up-edited").map(|s| ctx.tr.t(&format!("outreach-saved-{s}"))),
    };
    Ok(page(&page_data).into_response())
}
