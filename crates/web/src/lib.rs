//! Hansa's web shell: router composition, sessions and sign-in, the request context (`Ctx`),
//! the extractors, one error mapping, the layout chrome, translations, static assets, the
//! page cache, health and metrics, accounts' own pages, and the merged OpenAPI document.
//!
//! Features (`hansa-directory`, …) bring their pages and API as a [`Feature`]; the binary
//! hands them to [`app`]. Handlers hold the store and nothing else, so any number of
//! processes can serve one database.

pub mod api;
pub mod auth;
mod cache;
pub mod client_addr;
pub mod ctx;
pub mod error;
pub mod form_view;
pub mod i18n;
pub mod limits;
pub mod ops;
pub mod page_cache;
pub mod pages;
pub mod policy;
pub mod progress;
pub mod registration_panel;
pub mod staff_panel;
pub mod throttle;
pub mod view;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue};
use hansa_core::SqlStore;
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
    /// The mail relay the outbox sends through, as staff may read it (no password); `None`:
    /// no relay is configured and messages wait in the outbox.
    pub mail_relay: Option<String>,
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
            mail_relay: None,
        }
    }
}

/// A feature of the product: its routes, each with the permission it needs; its part of
/// the OpenAPI document; which of its pages the page cache may keep; and what it shows on the
/// staff start page, if anything.
pub struct Feature {
    pub routes: policy::Routes,
    pub openapi: utoipa::openapi::OpenApi,
    pub kept: page_cache::keys::KeptRoutes,
    pub staff_panel: Option<staff_panel::StaffPanel>,
    /// What it shows on a registration's own page, if anything.
    pub registration_panel: Option<registration_panel::RegistrationPanel>,
}

#[derive(Clone)]
pub struct AppState {
    /// The one store: it implements every feature's storage traits, on either backend.
    pub store: Arc<SqlStore>,
    pub config: Arc<WebConfig>,
    pub pages: Arc<page_cache::PageCache>,
    pub throttle: Arc<throttle::Throttle>,
    /// The whole API's description: the shell's and every feature's parts.
    pub openapi: Arc<utoipa::openapi::OpenApi>,
    pub kept_routes: Arc<Vec<page_cache::keys::KeptRoutes>>,
    /// The features' parts of the staff start page ([`staff_panel::render_all`]).
    pub staff_panels: Arc<Vec<staff_panel::StaffPanel>>,
    /// The features' parts of a registration's page ([`registration_panel::render_all`]).
    pub registration_panels: Arc<Vec<registration_panel::RegistrationPanel>>,
}

/// The shell's own routes (accounts, admin, static files, operations) with their permissions.
pub fn shell_routes() -> policy::Routes {
    pages::routes().merge(api::routes()).merge(ops::routes())
}

impl AppState {
    /// The state for these features, and every route (the shell's and theirs) to serve.
    pub fn new(store: Arc<SqlStore>, config: WebConfig, features: Vec<Feature>) -> (AppState, policy::Routes) {
        ops::prometheus(); // before the first request, so the page cache's metrics start at zero
        let pages = Arc::new(page_cache::PageCache::new(config.page_cache_bytes));
        let mut routes = shell_routes();
        let mut openapi = api::openapi();
        let mut kept = Vec::new();
        let mut staff_panels = Vec::new();
        let mut registration_panels = Vec::new();
        for f in features {
            routes = routes.merge(f.routes);
            openapi.merge(f.openapi);
            kept.push(f.kept);
            staff_panels.extend(f.staff_panel);
            registration_panels.extend(f.registration_panel);
        }
        let state = AppState {
            store,
            config: Arc::new(config),
            pages,
            throttle: Arc::default(),
            openapi: Arc::new(openapi),
            kept_routes: Arc::new(kept),
            staff_panels: Arc::new(staff_panels),
            registration_panels: Arc::new(registration_panels),
        };
        (state, routes)
    }
}

/// The whole application: the shell and these features. Body limits are set per route
/// (`limits::BodyLimit`), not here: an outer limit would cap the larger uploads.
pub fn app(store: Arc<SqlStore>, config: WebConfig, features: Vec<Feature>) -> Router {
    let (state, routes) = AppState::new(store, config, features);
    router(state, routes)
}

/// The application on a state made beforehand (tests keep its page cache to look inside).
pub fn router(state: AppState, routes: policy::Routes) -> Router {
    let cache_state = state.clone();
    let request_id = HeaderName::from_static("x-request-id");
    routes
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
