//! An organisation's page: names in every script, memberships with their history, offices,
//! seats in governance bodies, people, children and dated history.

use crate::store::prelude::*;
use crate::store::{BodyScope, SeatScope};
use std::collections::HashMap;

use crate::model::{HistoryEvent, MembershipStatus, Organisation};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::directory::{OfficeView, office_view};
use super::lookups::{self, Choice};
use crate::view::OrgView;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page};

pub struct MembershipView {
    pub id: i64,
    pub network: Text,
    pub network_slug: String,
    pub type_name: String,
    pub status: String,
    pub status_code: String,
    pub since: Option<String>,
    pub until: Option<String>,
    pub history: Vec<(String, String, Option<String>)>,
    /// Statuses this membership may move to (staff form).
    pub next: Vec<(String, String)>,
}

pub struct SeatView {
    pub body: Text,
    pub role: String,
    pub period: String,
}

pub struct PersonLine {
    pub slug: String,
    pub name: String,
    pub native: Option<String>,
    pub title: Text,
    pub period: String,
    pub focal: bool,
    /// Contact details: only filled for staff.
    pub contact: Option<String>,
}

pub struct HistoryView {
    pub date: String,
    pub event: String,
    pub name: Option<Text>,
    pub note: Option<Text>,
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage {
    c: Chrome,
    archived: bool,
    /// Networks this organisation runs: (slug, name).
    runs: Vec<(String, Text)>,
    org: OrgView,
    can_edit: bool,
    description: Option<Text>,
    parent: Option<OrgView>,
    website: Option<String>,
    /// (language code, name, language name)
    names: Vec<(String, String, String)>,
    memberships: Vec<MembershipView>,
    offices: Vec<OfficeView>,
    seats: Vec<SeatView>,
    people: Vec<PersonLine>,
    children: Vec<OrgView>,
    history: Vec<HistoryView>,
    events: Vec<(String, String)>,
    network_types: Vec<(String, String)>,
    statuses: Vec<Choice>,
    today: String,
}

pub fn period(since: &Option<String>, until: &Option<String>) -> String {
    match (since, until) {
        (Some(s), Some(u)) => format!("{s} – {u}"),
        (Some(s), None) => format!("{s} –"),
        (None, Some(u)) => format!("– {u}"),
        (None, None) => String::new(),
    }
}

/// A language's name in the reader's language when the catalogue has it, else its code.
fn language_name(tr: &hansa_web::i18n::Tr, code: &str) -> String {
    let key = format!("lang-{code}");
    let name = tr.t(&key);
    if name == key { code.to_owned() } else { name }
}

pub fn today() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!("{:04}-{:02}-{:02}", now.year(), u8::from(now.month()), now.day())
}

/// Whether the reader may edit this organisation: staff, or its own focal point.
pub fn can_edit(ctx: &Ctx, org: &Organisation) -> bool {
    ctx.caller.may_describe(org.id)
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let store = &state.store;
    let lang = ctx.lang();
    let tr = &ctx.tr;
    let org = store.organisation(&slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let parent = match org.parent_id {
        Some(id) => store.organisation_by_id(id).await?.map(|p| OrgView::new(&p, tr)),
        None => None,
    };
    let networks = store.networks().await?;
    let net_by_id: HashMap<i64, _> = networks.iter().map(|n| (n.id, n)).collect();
    let mut memberships = Vec::new();
    let seen = crate::service::MembershipVisibility::from_networks(&ctx.caller, &networks);
    let held = seen.filter(store.memberships_of_organisation(org.id).await?);
    // Every membership's history in one query, not one per membership.
    let ids: Vec<i64> = held.iter().map(|m| m.id).collect();
    let mut histories: HashMap<i64, Vec<crate::model::StatusChange>> = HashMap::new();
    for (id, step) in store.membership_histories(&ids).await? {
        histories.entry(id).or_default().push(step);
    }
    for m in held {
        let Some(n) = net_by_id.get(&m.network_id) else { continue };
        let history = histories.remove(&m.id).unwrap_or_default();
        memberships.push(MembershipView {
            id: m.id,
            network: Text::of(&n.name, lang, None),
            network_slug: n.slug.clone(),
            type_name: n
                .membership_types
                .iter()
                .find(|t| t.code == m.type_code)
                .map_or(m.type_code.clone(), |t| Text::of(&t.name, lang, None).text),
            status: tr.t(&format!("status-{}", m.status.code())),
            status_code: m.status.code().to_owned(),
            since: m.since.clone(),
            until: m.until.clone(),
            history: history
                .iter()
                .map(|h| (h.date.clone(), tr.t(&format!("status-{}", h.status.code())), h.note.clone()))
                .collect(),
            next: MembershipStatus::ALL
                .iter()
                .filter(|s| m.status.can_move_to(**s))
                .map(|s| (s.code().to_owned(), tr.t(&format!("status-{}", s.code()))))
                .collect(),
        });
    }
    let offices = store.offices(Some(org.id)).await?.iter().map(|o| office_view(o, lang)).collect();
    let held_seats = store.seats(SeatScope::Holder(org.id)).await?;
    let body_ids: Vec<i64> = held_seats.iter().map(|s| s.body_id).collect();
    let bodies = store.bodies(BodyScope::Ids(&body_ids)).await?;
    let seats = held_seats
        .into_iter()
        .filter_map(|s| {
            let b = bodies.iter().find(|b| b.id == s.body_id)?;
            Some(SeatView {
                body: Text::of(&b.name, lang, None),
                role: tr.t(&format!("role-{}", s.role.code())),
                period: period(&s.since, &s.until),
            })
        })
        .collect();
    let positions = store.positions_at(org.id).await?;
    let focal = store.focal_points(org.id).await?;
    let mut person_ids: Vec<i64> = positions.iter().map(|p| p.person_id).chain(focal.iter().map(|p| p.id)).collect();
    person_ids.sort_unstable();
    person_ids.dedup();
    let people_by_id: HashMap<i64, _> =
        store.people_by_ids(&person_ids).await?.into_iter().map(|p| (p.id, p)).collect();
    let staff = ctx.is_staff();
    let contact_of = |p: &crate::model::Person| {
        staff
            .then(|| [p.email.clone(), p.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · "))
            .filter(|s| !s.is_empty())
    };
    let mut people: Vec<PersonLine> = positions
        .iter()
        .filter_map(|pos| {
            let p = people_by_id.get(&pos.person_id)?;
            Some(PersonLine {
                slug: p.slug.clone(),
                name: p.display_name(),
                native: p.native_name.clone(),
                title: Text::of(&pos.title, lang, None),
                period: period(&pos.since, &pos.until),
                focal: p.focal_point_for == Some(org.id),
                contact: contact_of(p),
            })
        })
        .collect();
    for p in &focal {
        if !people.iter().any(|l| l.slug == p.slug) {
            let title = hansa_core::Localized::en(&tr.t("person-focal-point"));
            people.push(PersonLine {
                slug: p.slug.clone(),
                name: p.display_name(),
                native: p.native_name.clone(),
                title: Text::of(&title, "en", None),
                period: String::new(),
                focal: true,
                contact: contact_of(p),
            });
        }
    }
    let children = store.children(org.id).await?.iter().map(|o| OrgView::new(o, tr)).collect();
    let history = store
        .history(org.id)
        .await?
        .iter()
        .map(|h| HistoryView {
            date: h.date.clone(),
            event: tr.t(&format!("event-{}", h.event.code())),
            name: (!h.name.is_empty()).then(|| Text::of(&h.name, lang, None)),
            note: (!h.note.is_empty()).then(|| Text::of(&h.note, lang, None)),
        })
        .collect();
    let view = OrgView::new(&org, tr);
    let network_types = networks
        .iter()
        .flat_map(|n| n.membership_types.iter().map(move |t| (n, t)))
        .map(|(n, t)| {
            (
                format!("{}/{}", n.slug, t.code),
                format!("{} — {}", Text::of(&n.name, lang, None).text, Text::of(&t.name, lang, None).text),
            )
        })
        .collect();
    Ok(page(&OrganisationPage {
        c: Chrome::new(&ctx, view.name.text.clone()),
        can_edit: can_edit(&ctx, &org),
        archived: org.archived,
        runs: networks
            .iter()
            .filter(|n| n.organisation_id == Some(org.id))
            .map(|n| (n.slug.clone(), Text::of(&n.name, lang, None)))
            .collect(),
        description: (!org.description.is_empty()).then(|| Text::of(&org.description, lang, Some(&org.default_lang))),
        website: org.website.clone(),
        names: org.name.0.iter().map(|(l, n)| (l.clone(), n.clone(), language_name(tr, l))).collect(),
        org: view,
        parent,
        memberships,
        offices,
        seats,
        people,
        children,
        history,
        events: HistoryEvent::ALL.iter().map(|e| (e.code().to_owned(), tr.t(&format!("event-{}", e.code())))).collect(),
        network_types,
        statuses: lookups::statuses(tr, "prospect", |_| true),
        today: today(),
    }))
}

pub async fn logo(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Failure> {
    let org = state.store.organisation(&slug).await?.ok_or(Failure::NotFound)?;
    let Some((mime, bytes)) = state.store.logo(org.id).await? else { return Err(Failure::NotFound) };
    let tag = hansa_web::pages::etag(&bytes);
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(tag.as_str()) {
        return Ok(StatusCode::NOT_MODIFIED.into_response());
    }
    Ok((
        [(header::CONTENT_TYPE, mime), (header::ETAG, tag), (header::CACHE_CONTROL, "public, max-age=300".into())],
        bytes,
    )
        .into_response())
}
