//! The public face of the directory: home page, searchable list, world map.

use crate::store::prelude::*;
use crate::store::{DirectoryStats, OrgFilter};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use hansa_core::country::{Region, country};

use super::lookups::{self, Choice};
use crate::map;
use crate::view::OrgView;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, Text, page, url_encode};

pub struct NetworkCard {
    pub slug: String,
    pub name: Text,
    pub active: i64,
}

pub struct OfficeView {
    pub id: i64,
    pub city: Text,
    pub region: Text,
    pub since: String,
    pub until: String,
    pub closed: bool,
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    c: Chrome,
    organisations: i64,
    active_members: i64,
    countries: usize,
    networks: Vec<NetworkCard>,
    offices: Vec<OfficeView>,
    map_svg: std::sync::Arc<str>,
}

pub async fn network_cards(state: &AppState, ctx: &Ctx, stats: &DirectoryStats) -> Result<Vec<NetworkCard>, Failure> {
    let active = |id: i64| stats.active_by_network.iter().find(|(n, _)| *n == id).map_or(0, |(_, c)| *c);
    let networks = state.store.networks().await?;
    Ok(networks
        .iter()
        .map(|n| NetworkCard { slug: n.slug.clone(), name: Text::of(&n.name, ctx.lang(), None), active: active(n.id) })
        .collect())
}

pub fn office_view(o: &crate::model::RegionalOffice, lang: &str) -> OfficeView {
    OfficeView {
        id: o.id,
        city: Text::of(&o.city, lang, None),
        region: Text::of(&o.region_covered, lang, None),
        since: o.since.as_deref().map(|d| d[..4.min(d.len())].to_owned()).unwrap_or_default(),
        until: o.until.as_deref().map(|d| d[..4.min(d.len())].to_owned()).unwrap_or_default(),
        closed: !o.is_open(),
    }
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    let store = &state.store;
    let stats = store.directory_stats().await?;
    let by_country = store.member_counts_by_country(None).await?;
    let offices = store.offices(None).await?.iter().map(|o| office_view(o, ctx.lang())).collect();
    let c = Chrome::new(&ctx, ctx.tr.t("home-title"));
    let map_svg = map::render(&by_country, &ctx.tr);
    Ok(page(&Home {
        c,
        organisations: stats.organisations,
        active_members: stats.active_members,
        countries: by_country.len(),
        networks: network_cards(&state, &ctx, &stats).await?,
        offices,
        map_svg,
    }))
}

#[derive(Template)]
#[template(path = "directory.html")]
struct Directory {
    c: Chrome,
    q: String,
    kinds: Vec<Choice>,
    countries: Vec<Choice>,
    regions: Vec<Choice>,
    networks: Vec<Choice>,
    statuses: Vec<Choice>,
    items: Vec<OrgView>,
    /// Per row: (network name, status label, status code) of its memberships.
    badges: Vec<Vec<(String, String, String)>>,
    total: i64,
    page: i64,
    prev: Option<String>,
    next: Option<String>,
}

/// The query string of a filter, for pagination links.
fn query_of(f: &OrgFilter, page: i64) -> String {
    let pairs = [
        ("q", &f.q),
        ("kind", &f.kind),
        ("country", &f.country),
        ("region", &f.region),
        ("network", &f.network),
        ("status", &f.status),
    ];
    let mut parts: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.as_deref().filter(|v| !v.is_empty()).map(|v| format!("{k}={}", url_encode(v))))
        .collect();
    parts.push(format!("page={page}"));
    format!("/directory?{}", parts.join("&"))
}

pub async fn directory(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(mut filter): Query<OrgFilter>,
) -> Result<Response, Failure> {
    // Readers see names in their language, so the list is sorted by them too.
    filter.lang = Some(ctx.lang().to_owned());
    filter.staff = ctx.caller.may(hansa_core::Permission::ReadStaff);
    let listing = state.store.listing(&filter).await?;
    let (result, nets) = (&listing.page, &listing.networks);
    let seen = crate::service::MembershipVisibility::from_networks(&ctx.caller, nets);
    let tr = &ctx.tr;
    let page_no = filter.page.unwrap_or(1).max(1);
    let sel = |v: &Option<String>| v.clone().unwrap_or_default();
    let view = Directory {
        c: Chrome::new(&ctx, tr.t("dir-title")),
        q: sel(&filter.q),
        kinds: lookups::kinds(tr, &sel(&filter.kind)),
        countries: lookups::countries_sorted(tr, &sel(&filter.country).to_ascii_uppercase()),
        regions: lookups::regions(tr, &sel(&filter.region)),
        networks: lookups::networks(tr, nets, &sel(&filter.network)),
        statuses: lookups::statuses(tr, &sel(&filter.status), |s| seen.shows_status_anywhere(s)),
        badges: {
            let memberships = seen.filter(listing.memberships.clone());
            result
                .items
                .iter()
                .map(|o| {
                    memberships
                        .iter()
                        .filter(|m| m.organisation_id == o.id)
                        .filter_map(|m| {
                            let n = nets.iter().find(|n| n.id == m.network_id)?;
                            let status = m.status.code();
                            Some((
                                Text::of(&n.name, tr.lang, None).text,
                                tr.t(&format!("status-{status}")),
                                status.to_owned(),
                            ))
                        })
                        .collect()
                })
                .collect()
        },
        items: result.items.iter().map(|o| OrgView::new(o, tr)).collect(),
        total: result.total,
        page: page_no,
        prev: (page_no > 1).then(|| query_of(&filter, page_no - 1)),
        next: (filter.offset() + filter.limit() < result.total).then(|| query_of(&filter, page_no + 1)),
    };
    Ok(page(&view))
}

#[derive(Template)]
#[template(path = "map.html")]
struct MapPage {
    c: Chrome,
    networks: Vec<Choice>,
    map_svg: std::sync::Arc<str>,
    regions: Vec<(String, String, i64)>,
    countries: Vec<(String, String, i64)>,
}

#[derive(serde::Deserialize)]
pub struct MapQuery {
    network: Option<String>,
}

pub async fn map_page(State(state): State<AppState>, ctx: Ctx, Query(q): Query<MapQuery>) -> Result<Response, Failure> {
    let nets = state.store.networks().await?;
    let selected = q.network.unwrap_or_default();
    let network_id = nets.iter().find(|n| n.slug == selected).map(|n| n.id);
    let counts = state.store.member_counts_by_country(network_id).await?;
    let tr = &ctx.tr;
    let mut regions: Vec<(String, String, i64)> = Region::ALL
        .iter()
        .map(|r| {
            let n = counts.iter().filter(|(c, _)| country(c).is_some_and(|c| c.region == *r)).map(|(_, n)| n).sum();
            (r.code().to_owned(), tr.t(&format!("region-{}", r.code())), n)
        })
        .filter(|r| r.2 > 0)
        .collect();
    regions.sort_by_key(|r| std::cmp::Reverse(r.2));
    let countries = counts
        .iter()
        .map(|(c, n)| (c.clone(), country(c).map_or(c.as_str(), |x| x.name(tr.lang)).to_owned(), *n))
        .collect();
    Ok(page(&MapPage {
        c: Chrome::new(&ctx, tr.t("map-title")),
        networks: lookups::networks(tr, &nets, &selected),
        map_svg: map::render(&counts, tr),
        regions,
        countries,
    }))
}
