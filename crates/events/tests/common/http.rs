//! Requests as a browser sends them, to the app on a fresh database with the demo loaded.
#![allow(dead_code)]

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, header};
use hansa_core::SqlStore;
use http_body_util::BodyExt;
use tower::ServiceExt;

pub struct Reply {
    pub status: u16,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

pub async fn send(app: &axum::Router, req: Request<Body>) -> Reply {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let body = String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned();
    Reply { status, headers, body }
}

pub async fn get(app: &axum::Router, uri: &str, cookie: &str, lang: &str) -> Reply {
    let req =
        Request::get(uri).header(header::COOKIE, cookie).header(header::ACCEPT_LANGUAGE, lang).body(Body::empty());
    send(app, req.unwrap()).await
}

pub async fn post(app: &axum::Router, uri: &str, cookie: &str, fields: &[(&str, &str)]) -> Reply {
    let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
    let req = Request::post(uri)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body));
    send(app, req.unwrap()).await
}

pub async fn app(store: &Arc<SqlStore>) -> axum::Router {
    super::load_demo(store.as_ref()).await;
    hansa_web::app(
        store.clone(),
        hansa_web::WebConfig::default(),
        vec![hansa_directory::feature(), hansa_events::feature()],
    )
}
