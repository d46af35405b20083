//! `/api/v1` writes beyond organisations: networks, offices, governance bodies, people,
//! history events and membership status changes (staff only, same services as the pages).

use crate::model::*;
use crate::service;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use hansa_web::AppState;
use hansa_web::api::extract::{Authorised, Checked, StaffJson};
use hansa_web::ctx::Ctx;
use hansa_web::error::{Failure, Problem};

/// Answers `201 Created` with what the service returned (the caller was checked on the way in).
async fn created<T: Serialize, F>(ctx: &Ctx, f: F) -> Result<Response, Failure>
where
    F: std::future::Future<Output = Result<T, hansa_core::DomainError>>,
{
    let created = f.await.map_err(|e| Failure::from(e).lang(ctx.lang()).api())?;
    Ok((StatusCode::CREATED, Json(created)).into_response())
}

#[utoipa::path(post, path = "/api/v1/networks", tag = "directory", summary = "Create a network with its membership types (staff)",
    request_body = NetworkInput, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Network), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_network(
    State(state): State<AppState>,
    Checked(Authorised { ctx, body: input }, _): StaffJson<NetworkInput>,
) -> Result<Response, Failure> {
    let store = state.store.clone();
    let caller = ctx.caller.clone();
    created(&ctx, async move { service::create_network(store.as_ref(), &caller, &input).await }).await
}

#[utoipa::path(post, path = "/api/v1/offices", tag = "directory", summary = "Record a regional office (staff)",
    request_body = OfficeInput, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = RegionalOffice), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_office(
    State(state): State<AppState>,
    Checked(Authorised { ctx, body: input }, _): StaffJson<OfficeInput>,
) -> Result<Response, Failure> {
    let store = state.store.clone();
    let caller = ctx.caller.clone();
    created(&ctx, async move { service::create_office(store.as_ref(), &caller, &input).await }).await
}

#[utoipa::path(post, path = "/api/v1/bodies", tag = "directory", summary = "Create a governance body with sessions and seats (staff)",
    request_body = BodyInput, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = GovernanceBody), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_body(
    State(state): State<AppState>,
    Checked(Authorised { ctx, body: input }, _): StaffJson<BodyInput>,
) -> Result<Response, Failure> {
    let store = state.store.clone();
    let caller = ctx.caller.clone();
    created(&ctx, async move { service::create_body(store.as_ref(), &caller, &input).await }).await
}

#[utoipa::path(post, path = "/api/v1/people", tag = "directory", summary = "Add a person with positions (staff)",
    request_body = PersonInput, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Person), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn create_person(
    State(state): State<AppState>,
    Checked(Authorised { ctx, body: input }, _): StaffJson<PersonInput>,
) -> Result<Response, Failure> {
    let store = state.store.clone();
    let caller = ctx.caller.clone();
    created(&ctx, async move { service::create_person(store.as_ref(), &caller, &input).await }).await
}

/// The recorded event.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Recorded {
    pub recorded: bool,
}

#[utoipa::path(post, path = "/api/v1/organisations/{slug}/history", tag = "directory", summary = "Add a dated history event (staff)",
    params(("slug" = String, Path, description = "The organisation's slug")),
    request_body = HistoryEntry, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Recorded), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn add_history(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Checked(Authorised { ctx, body: entry }, _): StaffJson<HistoryEntry>,
) -> Result<Response, Failure> {
    let store = state.store.clone();
    let caller = ctx.caller.clone();
    created(&ctx, async move {
        service::add_history(store.as_ref(), &caller, &slug, &entry).await.map(|()| Recorded { recorded: true })
    })
    .await
}

#[utoipa::path(post, path = "/api/v1/memberships/{id}/status", tag = "directory", summary = "Change a membership's status (staff)",
    params(("id" = i64, Path, description = "Membership id")),
    request_body = StatusChange, security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = Membership), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"), (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn change_status(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Checked(Authorised { ctx, body: change }, _): StaffJson<StatusChange>,
) -> Result<Response, Failure> {
    let store = state.store.clone();
    let caller = ctx.caller.clone();
    created(&ctx, async move { service::change_membership_status(store.as_ref(), &caller, id, &change).await }).await
}
