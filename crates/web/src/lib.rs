//! Hansa's HTTP layer: server-rendered pages, the JSON API under `/api/v1` with its OpenAPI
//! document, sessions and roles, translations, health and metrics.
//!
//! Handlers read like the user's story: parse → call the domain → render. They hold an
//! `Arc<dyn Store>` and nothing else, so any number of processes can serve one database.

pub mod api;
pub mod auth;
mod cache;
pub mod client_addr;
pub mod ctx;
pub mod error;
pub mod i18n;
pub mod limits;
pub mod map;
pub mod ops;
pub mod page_cache;
pub mod pages;
pub mod policy;
pub mod throttle;
pub mod view;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue};
use hansa_domain::Store;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

/// Settings the web layer needs from the configuration.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// Proxies whose `X-Forwarded-For` names the client (behind a load balancer); from any
    /// other peer the header is ignored.
    pub trusted_proxies: Vec<client_addr::TrustedProxy>,
    /// Bytes of rendered public pages kept in memory (0: none).
    pub page_cache_bytes: usize,
}

impl WebConfig {
    pub const DEFAULT_PAGE_CACHE_BYTES: usize = 64 * 1024 * 1024;
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: false,
            trusted_proxies: Vec::new(),
            page_cache_bytes: WebConfig::DEFAULT_PAGE_CACHE_BYTES,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub config: Arc<WebConfig>,
    pub pages: Arc<page_cache::PageCache>,
    pub throttle: Arc<throttle::Throttle>,
}

/// Every route with the permission it needs (see `policy`).
fn all_routes() -> policy::Routes {
    pages::routes().merge(api::routes()).merge(ops::routes())
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, config: WebConfig) -> AppState {
        ops::prometheus(); // before the first request, so the page cache's metrics start at zero
        let pages = Arc::new(page_cache::PageCache::new(config.page_cache_bytes));
        AppState { store, config: Arc::new(config), pages, throttle: Arc::default() }
    }
}

/// The whole application: pages, API, static files, health and metrics. Body limits are set
/// per route (`limits::BodyLimit`), not here: an outer limit would cap the larger uploads.
pub fn app(store: Arc<dyn Store>, config: WebConfig) -> Router {
    router(AppState::new(store, config))
}

/// The application on a state made beforehand (tests keep its page cache to look inside).
pub fn router(state: AppState) -> Router {
    let cache_state = state.clone();
    let request_id = HeaderName::from_static("x-request-id");
    all_routes()
        .into_parts()
        .0
        .with_state(state)
        .layer(axum::middleware::from_fn(cache::conditional_get))
        .layer(axum::middleware::from_fn_with_state(cache_state, page_cache::serve))
        .layer(axum::middleware::from_fn(ops::count_requests))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("x-content-type-options"),
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("content-security-policy"),
            HeaderValue::from_static(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
            ),
        ))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, Duration::from_secs(60)))
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(ops::span_for)
                // One line per request at INFO: status and latency, inside the span with its id.
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
}
