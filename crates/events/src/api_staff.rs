//! The staff's part of the events API: an event's registrations (personal data, so staff
//! only) and the check-in desks' sync. Cookie sessions send their CSRF token in
//! `X-CSRF-Token`; API tokens (`Authorization: Bearer`) need none.

use axum::Json;
use axum::extract::{Path, State};
use hansa_web::AppState;
use hansa_web::api::extract::{Checked, EventsJson};
use hansa_web::ctx::Ctx;
use hansa_web::error::{Failure, Problem};

use crate::model::{Registration, Scan, ScanResult};
use crate::store::{EventStore, RegistrationStore};

fn api(e: hansa_core::DomainError) -> Failure {
    Failure::from(e).api()
}

#[utoipa::path(get, path = "/api/v1/events/{slug}/registrations", tag = "events",
    summary = "An event's registrations, oldest first (staff; personal data)",
    params(("slug" = String, Path, description = "The event's slug")),
    responses((status = 200, body = Vec<Registration>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn registrations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<Vec<Registration>>, Failure> {
    ctx.caller.require(hansa_core::Permission::EditEvents).map_err(api)?;
    let store = state.store.as_ref();
    let event = store.event(&slug).await.map_err(api)?.ok_or(Failure::NotFound.api())?;
    Ok(Json(store.registrations(event.id).await.map_err(api)?))
}

/// A desk's queued scans.
#[derive(serde::Deserialize, utoipa::ToSchema)]
pub struct CheckInSync {
    /// The desk's own name for itself (`desk-3f9a…`), shown beside duplicates.
    pub device: String,
    pub scans: Vec<Scan>,
}

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct CheckInSynced {
    /// One per scan, in order.
    pub results: Vec<ScanResult>,
}

#[utoipa::path(post, path = "/api/v1/events/{slug}/check-ins", tag = "events",
    summary = "Record a check-in desk's scans (staff); replaying a sync changes nothing",
    params(("slug" = String, Path, description = "The event's slug")),
    request_body = CheckInSync,
    responses((status = 200, body = CheckInSynced),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json")))]
pub async fn check_ins(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    json: EventsJson<CheckInSync>,
) -> Result<Json<CheckInSynced>, Failure> {
    let Checked(auth, _) = json;
    let results =
        crate::service::check_in(state.store.as_ref(), &auth.ctx.caller, &slug, &auth.body.device, &auth.body.scans)
            .await
            .map_err(|e| Failure::from(e).lang(auth.ctx.lang()).api())?;
    Ok(Json(CheckInSynced { results }))
}
