//! Network pages (members by status, offices, governance bodies) and people's pages.

use crate::store::prelude::*;
use crate::store::{BodyScope, SeatScope};
use std::collections::HashMap;

use crate::model::{MembershipStatus, SeatRole};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use super::directory::{NetworkCard, OfficeView, network_cards, office_view};
use super::organisation::period;
use crate::view::OrgView;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, escape, page};

#[derive(Template)]
#[template(path = "networks.html")]
struct NetworkList {
    c: Chrome,
    networks: Vec<NetworkCard>,
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let stats = state.store.directory_stats().await?;
    let networks = network_cards(&state, &ctx, &stats).await?;
    Ok(page(&NetworkList { c: Chrome::new(&ctx, ctx.tr.t("nav-networks")), networks }))
}

pub struct BodyView {
    pub slug: String,
    pub name: Text,
    pub kind: String,
    pub sessions: Vec<(i64, String, String)>,
    /// (holder link HTML, role, period)
    pub seats: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "network.html")]
struct NetworkPage {
    c: Chrome,
    name: Text,
    runner: Option<OrgView>,
    groups: Vec<(String, Vec<OrgView>)>,
    offices: Vec<OfficeView>,
    bodies: Vec<BodyView>,
    roles: Vec<(String, String)>,
    today: String,
    slug: String,
    /// Every status with whether the public sees it (the staff form).
    public: Vec<(String, String, bool)>,
}

pub async fn show(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let store = &state.store;
    let (lang, tr) = (ctx.lang(), &ctx.tr);
    let network = store.network(&slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let seen = crate::service::MembershipVisibility::from_networks(&ctx.caller, std::slice::from_ref(&network));
    let members = seen.filter(store.memberships_of_network(network.id).await?);
    let mut org_ids: Vec<i64> = members.iter().map(|m| m.organisation_id).collect();
    // Only this network's bodies, and only their seats and sessions.
    let bodies = store.bodies(BodyScope::Network(network.id)).await?;
    let body_ids: Vec<i64> = bodies.iter().map(|b| b.id).collect();
    let seats = store.seats(SeatScope::Bodies(&body_ids)).await?;
    let sessions = store.body_sessions(Some(&body_ids)).await?;
    org_ids.extend(seats.iter().filter_map(|s| s.organisation_id));
    org_ids.extend(network.organisation_id);
    let orgs: HashMap<i64, OrgView> =
        store.organisations_by_ids(&org_ids).await?.iter().map(|o| (o.id, OrgView::new(o, tr))).collect();
    let person_ids: Vec<i64> = seats.iter().filter_map(|s| s.person_id).collect();
    let people: HashMap<i64, _> = store.people_by_ids(&person_ids).await?.into_iter().map(|p| (p.id, p)).collect();
    let mut groups = Vec::new();
    for status in MembershipStatus::ALL {
        let mut list: Vec<OrgView> = members
            .iter()
            .filter(|m| m.status == *status)
            .filter_map(|m| orgs.get(&m.organisation_id).cloned())
            .collect();
        if !list.is_empty() {
            list.sort_by(|a, b| a.name.text.cmp(&b.name.text));
            groups.push((tr.t(&format!("status-{}", status.code())), list));
        }
    }
    let bodies = bodies
        .iter()
        .map(|b| BodyView {
            slug: b.slug.clone(),
            name: Text::of(&b.name, lang, None),
            kind: tr.t(&format!("body-{}", b.kind.code())),
            sessions: sessions
                .iter()
                .filter(|s| s.body_id == b.id)
                .map(|s| {
                    (
                        s.number,
                        s.date.clone(),
                        if s.place.is_empty() { String::new() } else { Text::of(&s.place, lang, None).text },
                    )
                })
                .collect(),
            seats: seats
                .iter()
                .filter(|s| s.body_id == b.id)
                .filter_map(|s| {
                    let holder = match (
                        s.organisation_id.and_then(|id| orgs.get(&id)),
                        s.person_id.and_then(|id| people.get(&id)),
                    ) {
                        (Some(o), _) => format!(
                            "<a href=\"/organisations/{}\" lang=\"{}\">{}</a>",
                            o.slug,
                            o.name.lang,
                            escape(&o.name.text)
                        ),
                        (None, Some(p)) => format!("<a href=\"/people/{}\">{}</a>", p.slug, escape(&p.display_name())),
                        _ => return None,
                    };
                    Some((holder, tr.t(&format!("role-{}", s.role.code())), period(&s.since, &s.until)))
                })
                .collect(),
        })
        .collect();
    let offices = store
        .offices(None)
        .await?
        .iter()
        .filter(|o| o.network_id == network.id)
        .map(|o| office_view(o, lang))
        .collect();
    let name = Text::of(&network.name, lang, None);
    Ok(page(&NetworkPage {
        c: Chrome::new(&ctx, name.text.clone()),
        runner: network.organisation_id.and_then(|id| orgs.get(&id).cloned()),
        name,
        groups,
        offices,
        bodies,
        roles: SeatRole::ALL.iter().map(|r| (r.code().to_owned(), tr.t(&format!("role-{}", r.code())))).collect(),
        today: super::organisation::today(),
        public: MembershipStatus::ALL
            .iter()
            .map(|s| (s.code().to_owned(), tr.t(&format!("status-{}", s.code())), network.shows_publicly(*s)))
            .collect(),
        slug: network.slug.clone(),
    }))
}

/// Staff choose which membership statuses of the network the public sees.
pub async fn set_public(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    hansa_web::ctx::StaffPost { ctx, fields }: hansa_web::ctx::StaffPost,
) -> Result<Response, Failure> {
    let statuses: Vec<MembershipStatus> = MembershipStatus::ALL
        .iter()
        .copied()
        .filter(|s| fields.get(&format!("show_{}", s.code())).is_some_and(|v| v == "on"))
        .collect();
    crate::service::set_public_statuses(state.store.as_ref(), &ctx.caller, &slug, &statuses).await?;
    Ok(axum::response::Redirect::to(&format!("/networks/{slug}")).into_response())
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    c: Chrome,
    is_admin: bool,
    slug: String,
    name: String,
    native: Option<String>,
    honorific: Option<String>,
    positions: Vec<(OrgView, Text, String)>,
    focal: Option<OrgView>,
    contact: Option<String>,
}

pub async fn person(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    let store = &state.store;
    let (lang, tr) = (ctx.lang(), &ctx.tr);
    let p = store.person(&slug).await?.ok_or(Failure::NotFound.lang(lang))?;
    let positions = store.positions_of(p.id).await?;
    let ids: Vec<i64> = positions.iter().map(|x| x.organisation_id).chain(p.focal_point_for).collect();
    let orgs: HashMap<i64, OrgView> =
        store.organisations_by_ids(&ids).await?.iter().map(|o| (o.id, OrgView::new(o, tr))).collect();
    let contact = ctx
        .is_staff()
        .then(|| [p.email.clone(), p.phone.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · "))
        .filter(|c| !c.is_empty());
    Ok(page(&PersonPage {
        c: Chrome::new(&ctx, p.display_name()),
        slug: p.slug.clone(),
        is_admin: ctx.user.as_ref().is_some_and(|u| u.role == hansa_core::account::Role::Admin),
        name: p.display_name(),
        native: p.native_name.clone(),
        honorific: p.honorific.clone(),
        positions: positions
            .iter()
            .filter_map(|x| {
                Some((
                    orgs.get(&x.organisation_id)?.clone(),
                    Text::of(&x.title, lang, None),
                    period(&x.since, &x.until),
                ))
            })
            .collect(),
        focal: p.focal_point_for.and_then(|id| orgs.get(&id).cloned()),
        contact,
    }))
}
