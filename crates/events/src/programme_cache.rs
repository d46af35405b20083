//! Decoded programmes kept in memory while the data they are made from is unchanged: a
//! 1,000-session programme costs thousands of decoded values to read, and every page, calendar
//! and export of an event starts from it. Each use asks the store for the Events and Directory
//! area versions (one tiny query, as the page cache does), so any app server sees a change
//! committed on another at once. Bounded: a few programmes, the least recently used go first.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use hansa_core::Area;
use hansa_core::error::DomainResult;
use hansa_core::store::SiteStore;

use crate::store::{EventStore, Programme};

/// Programmes kept at once (an event's pages are read in bursts around its days).
const KEPT: usize = 16;

struct Kept {
    versions: Vec<i64>,
    programme: Arc<Programme>,
    used: u64,
}

#[derive(Default)]
struct Cache {
    /// By (the store's address, event id): tests and tools may open several stores in one
    /// process, each with its own event 1.
    entries: HashMap<(usize, i64), Kept>,
    clock: u64,
}

fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The programme of `event_id`, from memory when nothing it shows has changed since.
pub async fn programme<S: EventStore + SiteStore + ?Sized>(store: &S, event_id: i64) -> DomainResult<Arc<Programme>> {
    // Read before the programme: a change committed meanwhile raises a version, so at worst
    // the next request reads again.
    let versions = store.area_versions(&[Area::Events, Area::Directory]).await?;
    let key = (std::ptr::from_ref(store).cast::<()>() as usize, event_id);
    {
        let mut c = cache().lock().unwrap_or_else(|e| e.into_inner());
        c.clock += 1;
        let now = c.clock;
        if let Some(k) = c.entries.get_mut(&key)
            && k.versions == versions
        {
            k.used = now;
            return Ok(k.programme.clone());
        }
    }
    let programme = Arc::new(store.programme(event_id).await?);
    let mut c = cache().lock().unwrap_or_else(|e| e.into_inner());
    if c.entries.len() >= KEPT
        && !c.entries.contains_key(&key)
        && let Some(oldest) = c.entries.iter().min_by_key(|(_, k)| k.used).map(|(k, _)| *k)
    {
        c.entries.remove(&oldest);
    }
    let used = c.clock;
    c.entries.insert(key, Kept { versions, programme: programme.clone(), used });
    Ok(programme)
}
