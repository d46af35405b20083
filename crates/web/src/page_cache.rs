//! Rendered public pages, kept per language and URL and reused while the database's data
//! version is unchanged. Every audited change bumps that version in its own transaction, so
//! one tiny query per request tells any app server — wherever the change was made — whether
//! its copy is current. Only visitors are served from it: a signed-in reader sees pages made
//! for them, and nothing with a per-visitor cookie is ever stored.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::BodyExt;

use crate::AppState;
use crate::i18n;

/// Pages kept at most; the cache starts afresh when full (cheap, and bounded in memory).
const MAX_ENTRIES: usize = 2_000;
/// Larger bodies are not kept (exports, unusual pages).
const MAX_BODY: usize = 1024 * 1024;

struct Entry {
    version: i64,
    headers: HeaderMap,
    body: Bytes,
}

/// The pages of one application (one per app, so apps on different databases never mix).
#[derive(Default)]
pub struct PageCache(Mutex<HashMap<String, Entry>>);

/// Public, read-only pages whose content depends only on data, language and URL.
fn cacheable(path: &str) -> bool {
    matches!(path, "/" | "/directory" | "/map" | "/networks" | "/api")
        || ["/organisations/", "/networks/", "/people/", "/api/v1/"].iter().any(|p| path.starts_with(p))
}

/// A visitor: no credentials and no cookie other than the language choice.
fn is_visitor(headers: &HeaderMap) -> bool {
    !headers.contains_key(header::AUTHORIZATION)
        && headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).all(|kv| {
            let name = kv.trim().split('=').next().unwrap_or("");
            name.is_empty() || name == i18n::LANG_COOKIE
        })
}

pub async fn serve(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::GET || !cacheable(req.uri().path()) || !is_visitor(req.headers()) {
        return next.run(req).await;
    }
    let h = req.headers();
    let lang = i18n::negotiate(
        crate::ctx::cookie(h, i18n::LANG_COOKIE),
        h.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    let key = format!("{lang} {}", req.uri().path_and_query().map_or("/", |p| p.as_str()));
    let Ok(version) = state.store.data_version().await else { return next.run(req).await };
    let if_none_match = h.get(header::IF_NONE_MATCH).cloned();
    let hit = state.pages.0.lock().ok().and_then(|pages| {
        pages.get(&key).filter(|e| e.version == version).map(|e| (e.headers.clone(), e.body.clone()))
    });
    if let Some((headers, body)) = hit {
        let etag = headers.get(header::ETAG);
        let not_modified = matches!((&if_none_match, etag), (Some(a), Some(b)) if a == b);
        let mut res = Response::new(if not_modified { Body::empty() } else { Body::from(body) });
        *res.status_mut() = if not_modified { StatusCode::NOT_MODIFIED } else { StatusCode::OK };
        *res.headers_mut() = headers;
        if not_modified {
            res.headers_mut().remove(header::CONTENT_LENGTH);
        }
        return res;
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK || res.headers().contains_key(header::SET_COOKIE) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(collected) = body.collect().await else { return Response::from_parts(parts, Body::empty()) };
    let bytes = collected.to_bytes();
    parts.headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    if bytes.len() <= MAX_BODY
        && let Ok(mut pages) = state.pages.0.lock()
    {
        if pages.len() >= MAX_ENTRIES {
            pages.clear();
        }
        pages.insert(key, Entry { version, headers: parts.headers.clone(), body: bytes.clone() });
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_visitors_and_public_pages() {
        let mut h = HeaderMap::new();
        assert!(is_visitor(&h));
        h.insert(header::COOKIE, HeaderValue::from_static("hansa_lang=ko"));
        assert!(is_visitor(&h));
        h.insert(header::COOKIE, HeaderValue::from_static("hansa_lang=ko; hansa_csrf=abc"));
        assert!(!is_visitor(&h), "a form token is per visitor");
        let mut bearer = HeaderMap::new();
        bearer.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert!(!is_visitor(&bearer));
        assert!(cacheable("/directory") && cacheable("/organisations/seoul") && cacheable("/api/v1/organisations"));
        for private in
            ["/login", "/staff", "/admin/audit", "/metrics", "/healthz", "/readyz", "/account/password", "/lang/ko"]
        {
            assert!(!cacheable(private), "{private}");
        }
    }
}
