//! `/staff/organisations/{slug}/timeline`: everything the secretariat did with one
//! organisation — meetings, follow-ups, membership steps — newest first, for staff.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

use super::name_of;
use crate::model::TimelineKind;
use crate::service;

/// A line of the timeline: its day, what kind of thing it is, a text, and a link if any.
struct Line {
    date: String,
    kind: String,
    text: String,
    href: Option<String>,
}

#[derive(Template)]
#[template(path = "outreach/timeline.html")]
struct TimelinePage {
    c: Chrome,
    slug: String,
    lines: Vec<Line>,
}

pub async fn timeline(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let lang = ctx.lang();
    let tr = &ctx.tr;
    let t =
        service::timeline(state.store.as_ref(), &ctx.caller, &slug).await.map_err(|e| Failure::from(e).lang(lang))?;
    let lines = t
        .entries
        .iter()
        .map(|e| match &e.kind {
            TimelineKind::Meeting { id, topics } => {
                let m = t.meetings.iter().find(|m| m.id == *id);
                let place =
                    m.and_then(|m| m.draft.place.clone().or_else(|| m.event.as_ref().map(|e| name_of(&e.name, lang))));
                let text = [place.unwrap_or_default(), topics.join(", ")]
                    .into_iter()
                    .filter(|x| !x.is_empty())
                    .collect::<Vec<_>>()
                    .join(" — ");
                Line {
                    date: e.date.clone(),
                    kind: tr.t("outreach-kind-meeting"),
                    text,
                    href: Some(format!("/staff/outreach/{id}")),
                }
            }
            TimelineKind::FollowUp { id, title, status } => {
                let meeting = t.follow_ups.iter().find(|f| f.id == *id).and_then(|f| f.draft.meeting);
                Line {
                    date: e.date.clone(),
                    kind: tr.t("outreach-kind-follow-up"),
                    text: format!("{title} ({})", tr.t(&format!("outreach-status-{}", status.code()))),
                    href: meeting.map(|m| format!("/staff/outreach/{m}")),
                }
            }
            TimelineKind::Membership { network, status } => {
                let name = t
                    .networks
                    .iter()
                    .find(|n| &n.0 == network)
                    .map_or_else(|| network.clone(), |n| name_of(&n.1, lang));
                Line {
                    date: e.date.clone(),
                    kind: tr.t("outreach-kind-membership"),
                    text: format!("{name}: {}", tr.t(&format!("status-{status}"))),
                    href: None,
                }
            }
        })
        .collect();
    let title = tr.t1("outreach-timeline-of", "name", name_of(&t.organisation.name, lang));
    Ok(page(&TimelinePage { c: Chrome::new(&ctx, title), slug, lines }).into_response())
}
