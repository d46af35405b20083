//! Rendered public pages, kept per language and normalised URL, and reused while the data
//! versions of the areas they are made from are unchanged. Every audited change bumps its
//! area's version in its own transaction, so one tiny query per request tells any app server
//! — wherever the change was made — whether its copy is current, and a directory change
//! leaves pages of other areas alone. Memory is bounded in bytes, least recently used out
//! first. Only visitors are served from it: a signed-in reader sees pages made for them, and
//! nothing with a per-visitor cookie is ever stored.

pub mod keys;
mod lru;

use hansa_core::store::prelude::*;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::uri::PathAndQuery;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::BodyExt;

use crate::AppState;
use crate::i18n;

/// Larger bodies are not kept (exports, unusual pages).
const MAX_BODY: usize = 1024 * 1024;
/// Roughly what one header costs beyond its name and value.
const PER_HEADER: usize = 32;

struct Entry {
    /// The versions of the route's areas when the page was made, in the route's order.
    versions: Vec<i64>,
    headers: HeaderMap,
    body: Bytes,
}

/// What one cache has done, for tests and `/metrics`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageCacheStats {
    pub hits: u64,
    pub misses: u64,
    /// Entries forgotten to make room (not those found stale).
    pub evictions: u64,
    /// Requests with a parameter the page does not know: neither served nor kept.
    pub bypassed: u64,
    pub bytes: u64,
    pub entries: u64,
}

/// The pages of one application (one per app, so apps on different databases never mix).
pub struct PageCache {
    pages: Mutex<lru::Lru<Entry>>,
    capacity: usize,
    hits: AtomicU64,
    misses: AtomicU64,
    evictions: AtomicU64,
    bypassed: AtomicU64,
}

impl PageCache {
    /// A cache holding at most `capacity` bytes of pages; 0 turns it off.
    pub fn new(capacity: usize) -> PageCache {
        PageCache {
            pages: Mutex::new(lru::Lru::new(capacity)),
            capacity,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            evictions: AtomicU64::new(0),
            bypassed: AtomicU64::new(0),
        }
    }

    pub fn stats(&self) -> PageCacheStats {
        let (bytes, entries) = self.pages.lock().map_or((0, 0), |p| (p.bytes() as u64, p.len() as u64));
        let n = |c: &AtomicU64| c.load(Ordering::Relaxed);
        PageCacheStats {
            hits: n(&self.hits),
            misses: n(&self.misses),
            evictions: n(&self.evictions),
            bypassed: n(&self.bypassed),
            bytes,
            entries,
        }
    }

    /// The kept page under `key` if it was made at `versions`; a stale one is dropped.
    fn get(&self, key: &str, versions: &[i64]) -> Option<(HeaderMap, Bytes)> {
        let mut pages = self.pages.lock().ok()?;
        let found = match pages.get(key) {
            Some(e) if e.versions == versions => Some((e.headers.clone(), e.body.clone())),
            Some(_) => {
                pages.remove(key);
                None
            }
            None => None,
        };
        metrics::gauge!("hansa_page_cache_bytes").set(pages.bytes() as f64);
        found
    }

    fn put(&self, key: String, entry: Entry) {
        let size = entry.body.len()
            + entry.headers.iter().map(|(n, v)| n.as_str().len() + v.len() + PER_HEADER).sum::<usize>()
            + 8 * entry.versions.len();
        let Ok(mut pages) = self.pages.lock() else { return };
        let evicted = pages.insert(key, entry, size) as u64;
        self.evictions.fetch_add(evicted, Ordering::Relaxed);
        metrics::counter!("hansa_page_cache_evictions_total").increment(evicted);
        metrics::gauge!("hansa_page_cache_bytes").set(pages.bytes() as f64);
    }

    fn count(&self, counter: &AtomicU64, name: &'static str) {
        counter.fetch_add(1, Ordering::Relaxed);
        metrics::counter!(name).increment(1);
    }
}

/// Help texts in `/metrics`, and zeros from the start so that rates work at once.
pub(crate) fn register_metrics() {
    metrics::describe_counter!("hansa_page_cache_hits_total", "Public pages served from the page cache");
    metrics::describe_counter!("hansa_page_cache_misses_total", "Cacheable public pages rendered afresh");
    metrics::describe_counter!("hansa_page_cache_evictions_total", "Kept pages forgotten to stay within the bound");
    metrics::describe_counter!("hansa_page_cache_bypassed_total", "Requests with unknown query parameters");
    metrics::describe_gauge!("hansa_page_cache_bytes", "Bytes of public pages kept in memory");
    for name in [
        "hansa_page_cache_hits_total",
        "hansa_page_cache_misses_total",
        "hansa_page_cache_evictions_total",
        "hansa_page_cache_bypassed_total",
    ] {
        metrics::counter!(name).increment(0);
    }
    metrics::gauge!("hansa_page_cache_bytes").set(0.0);
}

/// A visitor: no credentials and no cookie other than the language choice.
fn is_visitor(headers: &HeaderMap) -> bool {
    !headers.contains_key(header::AUTHORIZATION)
        && headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).all(|kv| {
            let name = kv.trim().split('=').next().unwrap_or("");
            name.is_empty() || name == i18n::LANG_COOKIE
        })
}

pub async fn serve(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let pages = &state.pages;
    if pages.capacity == 0 || req.method() != Method::GET || !is_visitor(req.headers()) {
        return next.run(req).await;
    }
    let Some(route) = keys::route(req.uri().path(), &state.kept_routes) else { return next.run(req).await };
    let Some(query) = keys::normalise(&route, req.uri().query()) else {
        pages.count(&pages.bypassed, "hansa_page_cache_bypassed_total");
        let mut res = next.run(req).await;
        // Made for a language like any public page, though not kept.
        res.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
        return res;
    };
    let path = req.uri().path();
    let target = if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") };
    let h = req.headers();
    let lang = i18n::negotiate(
        crate::ctx::cookie(h, i18n::LANG_COOKIE),
        h.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    let key = format!("{lang} {target}");
    // Read before rendering: a change committed meanwhile raises the version, so the page
    // kept under this one is never taken for current afterwards.
    let Ok(versions) = state.store.area_versions(route.areas).await else { return next.run(req).await };
    if let Some((headers, body)) = pages.get(&key, &versions) {
        pages.count(&pages.hits, "hansa_page_cache_hits_total");
        let etag = headers.get(header::ETAG);
        let not_modified = matches!((h.get(header::IF_NONE_MATCH), etag), (Some(a), Some(b)) if a == b);
        let mut res = Response::new(if not_modified { Body::empty() } else { Body::from(body) });
        *res.status_mut() = if not_modified { StatusCode::NOT_MODIFIED } else { StatusCode::OK };
        *res.headers_mut() = headers;
        if not_modified {
            res.headers_mut().remove(header::CONTENT_LENGTH);
        }
        return res;
    }
    pages.count(&pages.misses, "hansa_page_cache_misses_total");
    // Render the normalised URL, so the kept page is the same whichever spelling came first.
    if req.uri().path_and_query().map(PathAndQuery::as_str) != Some(target.as_str()) {
        let mut parts = req.uri().clone().into_parts();
        parts.path_and_query = PathAndQuery::try_from(target).ok();
        if let Ok(uri) = Uri::from_parts(parts) {
            *req.uri_mut() = uri;
        }
    }
    let res = next.run(req).await;
    if res.status() != StatusCode::OK || res.headers().contains_key(header::SET_COOKIE) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(collected) = body.collect().await else { return Response::from_parts(parts, Body::empty()) };
    let bytes = collected.to_bytes();
    parts.headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    if bytes.len() <= MAX_BODY {
        pages.put(key, Entry { versions, headers: parts.headers.clone(), body: bytes.clone() });
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_visitors() {
        let mut h = HeaderMap::new();
        assert!(is_visitor(&h));
        h.insert(header::COOKIE, HeaderValue::from_static("hansa_lang=ko"));
        assert!(is_visitor(&h));
        h.insert(header::COOKIE, HeaderValue::from_static("hansa_lang=ko; hansa_csrf=abc"));
        assert!(!is_visitor(&h), "a form token is per visitor");
        let mut bearer = HeaderMap::new();
        bearer.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert!(!is_visitor(&bearer));
    }

    #[test]
    fn stale_pages_are_dropped_and_the_bound_holds() {
        let cache = PageCache::new(4_096);
        let entry =
            |v: i64| Entry { versions: vec![v], headers: HeaderMap::new(), body: Bytes::from(vec![b'x'; 1_000]) };
        cache.put("en /".into(), entry(1));
        assert!(cache.get("en /", &[1]).is_some());
        assert!(cache.get("en /", &[2]).is_none(), "another version: stale");
        assert_eq!(cache.stats().entries, 0, "and no longer held");
        for i in 0..10 {
            cache.put(format!("en /{i}"), entry(1));
        }
        let s = cache.stats();
        assert!(s.bytes <= 4_096 && s.entries == 3 && s.evictions == 7, "{s:?}");
        assert!(cache.get("en /9", &[1]).is_some() && cache.get("en /0", &[1]).is_none());
    }
}
