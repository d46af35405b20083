//! What the events tests share: the demo directory and the four seed events, loaded through
//! the same services as `hansa demo`.

use hansa_core::{Caller, SqlStore};
use hansa_directory::import::bundle;
use hansa_events::service;

pub const EVENTS: &str = include_str!("../../../../demo/events.toml");
const DIRECTORY: &str = include_str!("../../../../demo/directory.toml");

/// Loads the demo directory and events into `store`.
pub async fn load_demo(store: &SqlStore) {
    let parsed = bundle::parse(DIRECTORY).unwrap();
    bundle::load(store, &Caller::system(), &parsed, &mut |_, _, _| {}).await.unwrap();
    service::load_events_file(store, &Caller::system(), EVENTS).await.unwrap();
}
