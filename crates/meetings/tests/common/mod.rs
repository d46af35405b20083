//! What the meetings tests share: the demo directory, events and outreach log loaded through
//! the same services as `hansa demo`, and signed-in sessions for HTTP tests.
#![allow(dead_code)]

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, header};
use hansa_core::account::{NewUser, Role, Session, User};
use hansa_core::audit::AuditNote;
use hansa_core::store::prelude::*;
use hansa_core::{Caller, SqlStore};
use hansa_directory::import::bundle;
use http_body_util::BodyExt;
use tower::ServiceExt;

const DIRECTORY: &str = include_str!("../../../../demo/directory.toml");
const EVENTS: &str = include_str!("../../../../demo/events.toml");

/// A new account with `role` (e-mail `{role}-{n}@example.org` unless given).
pub async fn account(store: &SqlStore, role: Role, email: Option<&str>) -> User {
    let new = NewUser {
        email: email
            .map_or_else(|| format!("{}-{}@example.org", role.code(), hansa_web::auth::new_token()), str::to_owned),
        display_name: format!("Demo {}", role.code()),
        role,
        organisation_id: None,
        password_hash: "x".into(),
    };
    store.create_user(&new, AuditNote::new(None, "create", "user", serde_json::json!({}))).await.unwrap()
}

/// The demo directory and events, and the demo staff account the outreach log's follow-ups
/// belong to.
pub async fn load_directory(store: &SqlStore) -> User {
    let parsed = bundle::parse(DIRECTORY).unwrap();
    bundle::load(store, &Caller::system(), &parsed, &mut |_, _, _| {}).await.unwrap();
    hansa_events::service::load_events_file(store, &Caller::system(), EVENTS).await.unwrap();
    account(store, Role::Staff, Some("staff@example.org")).await
}

/// [`load_directory`] and the demo outreach log.
pub async fn load_demo(store: &SqlStore) -> User {
    let staff = load_directory(store).await;
    let text = hansa_meetings::demo::DEMO_OUTREACH;
    hansa_meetings::demo::load_outreach(store, &Caller::system(), text).await.unwrap();
    staff
}

/// A signed-in session of `user`: the cookie to send and the CSRF token.
pub async fn session(store: &SqlStore, user: &User) -> (String, String) {
    let (token, csrf) = (hansa_web::auth::new_token(), hansa_web::auth::new_token());
    let session = Session {
        token_hash: hansa_web::auth::hash_token(&token),
        user_id: user.id,
        csrf: csrf.clone(),
        expires_at: hansa_web::auth::now() + 3600,
    };
    store.create_session(&session).await.unwrap();
    (format!("{}={token}", hansa_web::auth::SESSION_COOKIE), csrf)
}

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

pub async fn get(app: &axum::Router, uri: &str, cookie: &str) -> Reply {
    let req =
        Request::get(uri).header(header::COOKIE, cookie).header(header::ACCEPT_LANGUAGE, "en").body(Body::empty());
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

/// The whole application as `hansa serve` composes it.
pub fn app(store: &Arc<SqlStore>) -> axum::Router {
    hansa_web::app(
        store.clone(),
        hansa_web::WebConfig::default(),
        vec![hansa_directory::feature(), hansa_events::feature(), hansa_meetings::feature()],
    )
}

/// Someone registered for the demo's upcoming NEAR forum, an event without matchmaking: a
/// registration that is no participant of the WeGO-ASCN conference's matchmaking.
pub async fn register_elsewhere(store: &SqlStore, email: &str) -> hansa_events::model::Registration {
    let input = hansa_events::model::RegistrationInput {
        category: "delegate".into(),
        given_name: "Other".into(),
        family_name: "Person".into(),
        email: email.into(),
        answers: [("local-tour".to_owned(), "no".to_owned())].into(),
        ..Default::default()
    };
    hansa_events::service::register(store, &Caller::system(), "near-forum-2027", &input).await.unwrap()
}
