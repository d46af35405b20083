//! Conditional GET for pages and API reads: an ETag computed from the response body, `304 Not
//! Modified` when the client already has it, and `Cache-Control: no-cache` so browsers and
//! proxies revalidate instead of showing stale directory data.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;

/// Bodies larger than this are passed through without an ETag (exports, big pages).
const MAX_TAGGED: usize = 4 * 1024 * 1024;

pub async fn conditional_get(req: Request, next: Next) -> Response {
    let is_get = req.method() == Method::GET;
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let signed_in =
        req.headers().get(header::COOKIE).and_then(|v| v.to_str().ok()).is_some_and(|c| c.contains("hansa_session="))
            || req.headers().contains_key(header::AUTHORIZATION);
    let res = next.run(req).await;
    if !is_get
        || res.status() != StatusCode::OK
        || res.headers().contains_key(header::ETAG)
        || res.headers().contains_key(header::SET_COOKIE)
    {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(collected) = body.collect().await else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    let bytes = collected.to_bytes();
    if bytes.len() > MAX_TAGGED {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let tag = crate::pages::etag(&bytes);
    // Signed-in pages differ per person: only the browser itself may keep them.
    let cache = if signed_in { "private, no-cache" } else { "public, no-cache" };
    parts.headers.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, v);
    }
    if if_none_match.as_ref().and_then(|v| v.to_str().ok()).is_some_and(|v| v.split(',').any(|t| t.trim() == tag)) {
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.status = StatusCode::NOT_MODIFIED;
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}
