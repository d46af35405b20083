//! Decoded programmes kept in memory while the data they are made from is unchanged: a
//! 1,000-session programme costs thousands of decoded values to read, and every page, calendar
//! and export of an event starts from it. Each use asks the store for the Events and Directory
//! area versions (one tiny query, as the page cache does), so any app server sees a change
//! committed on another at once. Bounded: a few programmes, the least recently used go first.

use std::any::Any;
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

/// What is made from a programme (its sessions rendered in one language), kept with the
/// versions it was made at.
struct Derived {
    versions: Vec<i64>,
    value: Arc<dyn Any + Send + Sync>,
    used: u64,
}

#[derive(Default)]
struct Cache {
    /// By (the store's address, event id): tests and tools may open several stores in one
    /// process, each with its own event 1.
    entries: HashMap<(usize, i64), Kept>,
    derived: HashMap<(usize, i64, String), Derived>,
    clock: u64,
}

fn store_key<S: ?Sized>(store: &S) -> usize {
    std::ptr::from_ref(store).cast::<()>() as usize
}

fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The programme of `event_id`, from memory when nothing it shows has changed since.
pub async fn programme<S: EventStore + SiteStore + ?Sized>(store: &S, event_id: i64) -> DomainResult<Arc<Programme>> {
    Ok(programme_at(store, event_id).await?.0)
}

/// The programme and the data versions it stands for (for [`derived`]).
pub async fn programme_at<S: EventStore + SiteStore + ?Sized>(
    store: &S,
    event_id: i64,
) -> DomainResult<(Arc<Programme>, Vec<i64>)> {
    // Read before the programme: a change committed meanwhile raises a version, so at worst
    // the next request reads again.
    let versions = store.area_versions(&[Area::Events, Area::Directory]).await?;
    let key = (store_key(store), event_id);
    {
        let mut c = cache().lock().unwrap_or_else(|e| e.into_inner());
        c.clock += 1;
        let now = c.clock;
        if let Some(k) = c.entries.get_mut(&key)
            && k.versions == versions
        {
            k.used = now;
            return Ok((k.programme.clone(), versions));
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
    c.entries.insert(key, Kept { versions: versions.clone(), programme: programme.clone(), used });
    Ok((programme, versions))
}

/// Something made from an event's programme — `variant` names it, e.g. its sessions rendered
/// in Korean — kept while the `versions` it was made at (from [`programme_at`]) hold: a
/// rendered programme page then costs the page around it, not a thousand sessions.
pub fn derived<S: ?Sized, T: Send + Sync + 'static>(
    store: &S,
    event_id: i64,
    versions: &[i64],
    variant: &str,
    make: impl FnOnce() -> T,
) -> Arc<T> {
    let key = (store_key(store), event_id, variant.to_owned());
    {
        let mut c = cache().lock().unwrap_or_else(|e| e.into_inner());
        c.clock += 1;
        let now = c.clock;
        if let Some(d) = c.derived.get_mut(&key)
            && d.versions == versions
            && let Ok(value) = d.value.clone().downcast::<T>()
        {
            d.used = now;
            return value;
        }
    }
    // Made outside the lock: two requests may both make it once; neither waits on the other.
    let value = Arc::new(make());
    let mut c = cache().lock().unwrap_or_else(|e| e.into_inner());
    if c.derived.len() >= KEPT * 6
        && !c.derived.contains_key(&key)
        && let Some(oldest) = c.derived.iter().min_by_key(|(_, d)| d.used).map(|(k, _)| k.clone())
    {
        c.derived.remove(&oldest);
    }
    let used = c.clock;
    let erased: Arc<dyn Any + Send + Sync> = value.clone();
    c.derived.insert(key, Derived { versions: versions.to_vec(), value: erased, used });
    value
}
