//! `/api/v1`: networks, memberships, offices, people, and member counts.

use crate::model::{GovernanceBody, Membership, MembershipInput, Network, Person, RegionalOffice, SeatRole};
use crate::service;
use crate::store::prelude::*;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use hansa_web::AppState;
use hansa_web::api::extract::{ApiQuery, Authorised, Checked, StaffJson};
use hansa_web::ctx::Ctx;
use hansa_web::error::{Failure, Problem};

fn api(e: hansa_core::DomainError) -> Failure {
    Failure::from(e).api()
}

#[utoipa::path(get, path = "/api/v1/networks", tag = "directory", summary = "Networks and their membership types",
    responses((status = 200, body = Vec<Network>)))]
pub async fn networks(State(state): State<AppState>) -> Result<Json<Vec<Network>>, Failure> {
    Ok(Json(state.store.networks().await.map_err(api)?))
}

#[utoipa::path(get, path = "/api/v1/networks/{slug}/memberships", tag = "directory", summary = "Memberships of a network",
    params(("slug" = String, Path, description = "The network's slug")),
    responses((status = 200, body = Vec<Membership>), (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn memberships(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Membership>>, Failure> {
    let network = state.store.network(&slug).await.map_err(api)?.ok_or(Failure::NotFound.api())?;
    let seen = service::MembershipVisibility::for_caller(state.store.as_ref(), &ctx.caller).await.map_err(api)?;
    Ok(Json(seen.filter(state.store.memberships_of_network(network.id).await.map_err(api)?)))
}

#[utoipa::path(post, path = "/api/v1/memberships", tag = "directory", summary = "Record a membership with its status history (staff)",
    request_body = MembershipInput, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Membership), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_membership(
    State(state): State<AppState>,
    Checked(Authorised { ctx, body: input }, _): StaffJson<MembershipInput>,
) -> Result<Response, Failure> {
    let m = service::create_membership(state.store.as_ref(), &ctx.caller, &input).await.map_err(api)?;
    Ok((StatusCode::CREATED, Json(m)).into_response())
}

#[utoipa::path(get, path = "/api/v1/offices", tag = "directory", summary = "Regional offices, open and closed",
    responses((status = 200, body = Vec<RegionalOffice>)))]
pub async fn offices(State(state): State<AppState>) -> Result<Json<Vec<RegionalOffice>>, Failure> {
    Ok(Json(state.store.offices(None).await.map_err(api)?))
}

/// A governance body with its numbered sessions and seats.
#[derive(Serialize, utoipa::ToSchema)]
pub struct BodyDetail {
    #[serde(flatten)]
    pub body: GovernanceBody,
    pub sessions: Vec<SessionOut>,
    pub seats: Vec<SeatOut>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SessionOut {
    pub number: i64,
    pub date: String,
    pub host_id: Option<i64>,
    pub place: hansa_core::Localized,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct SeatOut {
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    pub role: SeatRole,
    pub since: Option<String>,
    pub until: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/bodies", tag = "directory", summary = "Governance bodies with sessions and seats",
    responses((status = 200, body = Vec<BodyDetail>)))]
pub async fn bodies(State(state): State<AppState>) -> Result<Json<Vec<BodyDetail>>, Failure> {
    let (bodies, sessions, seats) = (
        state.store.bodies(crate::store::BodyScope::All).await.map_err(api)?,
        state.store.body_sessions(None).await.map_err(api)?,
        state.store.seats(crate::store::SeatScope::All).await.map_err(api)?,
    );
    Ok(Json(
        bodies
            .into_iter()
            .map(|b| BodyDetail {
                sessions: sessions
                    .iter()
                    .filter(|s| s.body_id == b.id)
                    .map(|s| SessionOut {
                        number: s.number,
                        date: s.date.clone(),
                        host_id: s.host_id,
                        place: s.place.clone(),
                    })
                    .collect(),
                seats: seats
                    .iter()
                    .filter(|s| s.body_id == b.id)
                    .map(|s| SeatOut {
                        organisation_id: s.organisation_id,
                        person_id: s.person_id,
                        role: s.role,
                        since: s.since.clone(),
                        until: s.until.clone(),
                    })
                    .collect(),
                body: b,
            })
            .collect(),
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// 1-based.
    page: Option<i64>,
    per_page: Option<i64>,
}

/// People without contact details (public).
#[derive(Serialize, utoipa::ToSchema)]
pub struct PeopleList {
    pub items: Vec<Person>,
    pub total: i64,
}

#[utoipa::path(get, path = "/api/v1/people", tag = "directory", summary = "People (public fields only)", params(PageParams),
    responses((status = 200, body = PeopleList), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn people(
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<PageParams>,
) -> Result<Json<PeopleList>, Failure> {
    let limit = p.per_page.unwrap_or(50).clamp(1, 500);
    let offset = (p.page.unwrap_or(1).clamp(1, 1_000_000) - 1) * limit;
    let page = state.store.people(limit, offset).await.map_err(api)?;
    Ok(Json(PeopleList { items: page.items, total: page.total }))
}

/// A person; `contact` is only present for staff.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PersonDetail {
    #[serde(flatten)]
    pub person: Person,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/people/{slug}", tag = "directory", summary = "One person (contact details for staff only)",
    params(("slug" = String, Path, description = "The person's slug")),
    responses((status = 200, body = PersonDetail), (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn person(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<PersonDetail>, Failure> {
    let p = state.store.person(&slug).await.map_err(api)?.ok_or(Failure::NotFound.api())?;
    let contact = ctx.is_staff().then(|| Contact { email: p.email.clone(), phone: p.phone.clone() });
    Ok(Json(PersonDetail { person: p, contact }))
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct CountryCount {
    pub country: String,
    pub members: i64,
}

#[utoipa::path(get, path = "/api/v1/stats/countries", tag = "directory", summary = "Active members per country",
    responses((status = 200, body = Vec<CountryCount>)))]
pub async fn country_counts(State(state): State<AppState>) -> Result<Json<Vec<CountryCount>>, Failure> {
    let counts = state.store.member_counts_by_country(None).await.map_err(api)?;
    Ok(Json(counts.into_iter().map(|(country, members)| CountryCount { country, members }).collect()))
}
