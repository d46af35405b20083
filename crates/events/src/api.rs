//! `/api/v1/events`: the calendar and each event with its programme, for conference apps and
//! integrations (the frab export serves video teams; this is the full model).

use axum::Json;
use axum::extract::{Path, State};
use hansa_directory::model::Person;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::{Failure, Problem};
use hansa_web::policy::Routes;
use utoipa::OpenApi;

use crate::model::{Event, Room, Session};
use crate::store::{EventStore, OrgName};

/// An event with its whole programme. Session times are UTC seconds (`start`, `end`) beside the
/// local times they were entered as, in the event's `time_zone`.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct EventProgramme {
    pub event: Event,
    pub rooms: Vec<Room>,
    pub sessions: Vec<Session>,
    /// The people the programme names, without contact details.
    pub people: Vec<Person>,
    pub organisations: Vec<OrgName>,
}

fn api(e: hansa_core::DomainError) -> Failure {
    Failure::from(e).api()
}

#[utoipa::path(get, path = "/api/v1/events", tag = "events", summary = "Events, newest first (the public sees published and closed ones)",
    responses((status = 200, body = Vec<Event>)))]
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Json<Vec<Event>>, Failure> {
    let staff = ctx.caller.may(hansa_core::Permission::EditEvents);
    Ok(Json(state.store.events(staff).await.map_err(api)?))
}

#[utoipa::path(get, path = "/api/v1/events/{slug}", tag = "events", summary = "An event with its programme",
    params(("slug" = String, Path, description = "The event's slug")),
    responses((status = 200, body = EventProgramme), (status = 404, body = Problem, content_type = "application/problem+json")))]
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> Result<Json<EventProgramme>, Failure> {
    let event = crate::service::visible_event(state.store.as_ref(), &ctx.caller, &slug)
        .await
        .map_err(api)?
        .ok_or(Failure::NotFound.api())?;
    let p = crate::programme_cache::programme(state.store.as_ref(), event.id).await.map_err(api)?;
    Ok(Json(EventProgramme {
        event,
        rooms: p.rooms.clone(),
        sessions: p.sessions.clone(),
        people: p.people.clone(),
        organisations: p.organisations.clone(),
    }))
}

#[derive(OpenApi)]
#[openapi(paths(list, show, crate::api_staff::registrations, crate::api_staff::check_ins), tags((name = "events", description = "Events and their programmes")))]
struct ApiDoc;

pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub fn routes() -> Routes {
    use hansa_core::Permission::*;
    Routes::new()
        .get("/api/v1/events", ReadPublic, list)
        .get("/api/v1/events/{slug}", ReadPublic, show)
        .get("/api/v1/events/{slug}/registrations", EditEvents, crate::api_staff::registrations)
        .post("/api/v1/events/{slug}/check-ins", EditEvents, crate::api_staff::check_ins)
}
