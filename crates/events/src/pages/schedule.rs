//! `/events/{slug}/schedule.xml` and `schedule.json`: the programme in the frab / c3voc format
//! that video teams and conference apps read (as pretalx exports it).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;

use crate::export::frab;
use crate::model::Event;
use crate::store::Programme;

/// The site's address as the request names it (the GUIDs and links are made from it).
pub fn base_url(headers: &HeaderMap) -> String {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).filter(|h| !h.is_empty()).unwrap_or("localhost");
    format!("http://{host}")
}

async fn load(state: &AppState, ctx: &Ctx, slug: &str) -> Result<(Event, std::sync::Arc<Programme>), Failure> {
    let event =
        crate::service::visible_event(state.store.as_ref(), &ctx.caller, slug).await?.ok_or(Failure::NotFound)?;
    let p = crate::programme_cache::programme(state.store.as_ref(), event.id).await?;
    Ok((event, p))
}

pub async fn xml(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (event, p) = load(&state, &ctx, &slug).await?;
    let mut res = frab::schedule_xml(&event, &p, &base_url(&headers)).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/xml; charset=utf-8"));
    Ok(res)
}

pub async fn json(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, Failure> {
    let (event, p) = load(&state, &ctx, &slug).await?;
    Ok(Json(frab::schedule_json(&event, &p, &base_url(&headers))).into_response())
}
