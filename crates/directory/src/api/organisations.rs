//! `/api/v1/organisations`: list with filters and pagination, read, create, update.

use crate::model::{Organisation, OrganisationInput};
use crate::service;
use crate::store::OrgFilter;
use crate::store::prelude::*;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use hansa_web::AppState;
use hansa_web::api::extract::{ApiQuery, Authorised, Checked, DescribeJson, StaffJson};
use hansa_web::ctx::Ctx;
use hansa_web::error::{Failure, Problem};

/// One page of organisations.
#[derive(Serialize, utoipa::ToSchema)]
pub struct OrganisationList {
    pub items: Vec<Organisation>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
}

/// Checks the CSRF header for cookie sessions (bearer tokens need none).
pub fn check_api_csrf(ctx: &Ctx, headers: &HeaderMap) -> Result<(), Failure> {
    let sent = headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
    ctx.check_csrf(sent).map_err(Failure::api)
}

#[utoipa::path(get, path = "/api/v1/organisations", tag = "directory", params(OrgFilter),
    summary = "List organisations (filters, search in any language, pagination)",
    responses((status = 200, body = OrganisationList), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn list(
    State(state): State<AppState>,
    ctx: Ctx,
    ApiQuery(mut filter): ApiQuery<OrgFilter>,
) -> Result<Json<OrganisationList>, Failure> {
    filter.staff = ctx.caller.may(hansa_core::Permission::ReadStaff);
    let page = state.store.organisations(&filter).await.map_err(|e| Failure::from(e).api())?;
    Ok(Json(OrganisationList {
        items: page.items,
        total: page.total,
        page: filter.page.unwrap_or(1).clamp(1, 1_000_000),
        per_page: filter.limit(),
    }))
}

/// An organisation with its memberships and dated history.
#[derive(Serialize, utoipa::ToSchema)]
pub struct OrganisationDetail {
    #[serde(flatten)]
    pub organisation: Organisation,
    /// Slug of the organisation it is part of.
    pub parent: Option<String>,
    pub memberships: Vec<crate::model::Membership>,
    pub history: Vec<crate::model::HistoryEntry>,
}

#[utoipa::path(get, path = "/api/v1/organisations/{slug}", tag = "directory", summary = "One organisation with memberships and history",
    params(("slug" = String, Path, description = "The organisation's slug")),
    responses((status = 200, body = OrganisationDetail), (status = 404, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<OrganisationDetail>, Failure> {
    let api = |e| Failure::from(e).api();
    let store = &state.store;
    let org = store.organisation(&slug).await.map_err(api)?.ok_or(Failure::NotFound.api())?;
    let parent = match org.parent_id {
        Some(id) => store.organisation_by_id(id).await.map_err(api)?.map(|p| p.slug),
        None => None,
    };
    let seen = crate::service::MembershipVisibility::for_caller(store.as_ref(), &ctx.caller).await.map_err(api)?;
    let memberships = seen.filter(store.memberships_of_organisation(org.id).await.map_err(api)?);
    let history = store.history(org.id).await.map_err(api)?;
    Ok(Json(OrganisationDetail { organisation: org, parent, memberships, history }))
}

#[utoipa::path(post, path = "/api/v1/organisations", tag = "directory", summary = "Create an organisation (staff)",
    request_body = OrganisationInput, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Organisation), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create(
    State(state): State<AppState>,
    Checked(Authorised { ctx, body: input }, _): StaffJson<OrganisationInput>,
) -> Result<Response, Failure> {
    let org = service::create_organisation(state.store.as_ref(), &ctx.caller, &input)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()).api())?;
    Ok((StatusCode::CREATED, Json(org)).into_response())
}

#[utoipa::path(put, path = "/api/v1/organisations/{slug}", tag = "directory", summary = "Change an organisation (staff, or its focal point)",
    params(("slug" = String, Path, description = "The organisation's slug")),
    request_body = OrganisationInput, security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Organisation), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn update(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Checked(Authorised { ctx, body: input }, _): DescribeJson<OrganisationInput>,
) -> Result<Json<Organisation>, Failure> {
    let org = service::update_organisation(state.store.as_ref(), &ctx.caller, &slug, &input)
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()).api())?;
    Ok(Json(org))
}
