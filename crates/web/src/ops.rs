//! Operations: liveness, readiness (the database answers), Prometheus metrics, request spans.

use hansa_core::store::prelude::*;
use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::AppState;

pub fn routes() -> crate::policy::Routes {
    use hansa_core::Permission::ReadPublic;
    crate::policy::Routes::new().get("/healthz", ReadPublic, healthz).get("/readyz", ReadPublic, readyz).get(
        "/metrics",
        ReadPublic,
        metrics_text,
    )
}

/// The process-wide metrics recorder (installed once, whatever the number of apps in a test).
pub(crate) fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new().build_recorder();
        let handle = recorder.handle();
        // Another recorder may already be set (tests); then ours still renders what it has.
        let _ = metrics::set_global_recorder(recorder);
        crate::page_cache::register_metrics();
        handle
    })
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => "ready".into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response(),
    }
}

async fn metrics_text() -> Response {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], prometheus().render()).into_response()
}

/// Counts requests and their duration by method and status class.
pub async fn count_requests(req: Request, next: Next) -> Response {
    prometheus();
    let method = req.method().to_string();
    let started = Instant::now();
    let response = next.run(req).await;
    let status = format!("{}xx", response.status().as_u16() / 100);
    metrics::counter!("hansa_http_requests_total", "method" => method.clone(), "status" => status.clone()).increment(1);
    metrics::histogram!("hansa_http_request_duration_seconds", "method" => method, "status" => status)
        .record(started.elapsed().as_secs_f64());
    response
}

/// The tracing span of a request: its id, method and path — never the query string or
/// body, which may carry personal data.
pub fn span_for(req: &Request) -> tracing::Span {
    let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
    tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path())
}
