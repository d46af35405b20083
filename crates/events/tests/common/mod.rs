//! What the events tests share: the demo directory and the four seed events, loaded through
//! the same services as `hansa demo`.

use hansa_core::{Caller, SqlStore};
use hansa_directory::import::bundle;
use hansa_events::service;

pub mod http;

pub const EVENTS: &str = include_str!("../../../../demo/events.toml");
const DIRECTORY: &str = include_str!("../../../../demo/directory.toml");

/// Loads the demo directory and events into `store`.
pub async fn load_demo(store: &SqlStore) {
    let parsed = bundle::parse(DIRECTORY).unwrap();
    bundle::load(store, &Caller::system(), &parsed, &mut |_, _, _| {}).await.unwrap();
    service::load_events_file(store, &Caller::system(), EVENTS).await.unwrap();
}

/// The demo with the NEAR forum's delegates imported and checked in, as `hansa demo` has it.
#[allow(dead_code)]
pub async fn load_demo_with_attendance(store: &SqlStore) {
    load_demo(store).await;
    let csv = hansa_events::demo::NEAR_FORUM_DELEGATES;
    hansa_events::demo::load_attendance(store, "near-forum-2023", csv, &["2023-12-07", "2023-12-08"]).await.unwrap();
}

/// A signed-in session of a new account with `role` (and the organisation a focal point acts
/// for): the cookie to send and the session's CSRF token.
#[allow(dead_code)]
pub async fn session(
    store: &SqlStore,
    role: hansa_core::account::Role,
    organisation: Option<&str>,
) -> (String, String) {
    use hansa_directory::store::prelude::*;
    let organisation_id = match organisation {
        Some(slug) => Some(store.organisation(slug).await.unwrap().unwrap().id),
        None => None,
    };
    let new = hansa_core::account::NewUser {
        email: format!("{}-{}@example.org", role.code(), hansa_web::auth::new_token()),
        display_name: role.code().into(),
        role,
        organisation_id,
        password_hash: "x".into(),
    };
    let note = hansa_core::audit::AuditNote::new(None, "create", "user", serde_json::json!({}));
    let user = store.create_user(&new, note).await.unwrap();
    let (token, csrf) = (hansa_web::auth::new_token(), hansa_web::auth::new_token());
    let session = hansa_core::account::Session {
        token_hash: hansa_web::auth::hash_token(&token),
        user_id: user.id,
        csrf: csrf.clone(),
        expires_at: hansa_web::auth::now() + 3600,
    };
    store.create_session(&session).await.unwrap();
    (format!("{}={token}", hansa_web::auth::SESSION_COOKIE), csrf)
}
