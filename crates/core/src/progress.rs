//! Progress of long work (an import), reported by the service as it goes and read by the page
//! that started it: `("checked", 1200, 5000)`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;

/// Where a piece of work is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct JobProgress {
    /// The step under way, a catalogue-free code: `checked`, `written`, `done`.
    pub phase: String,
    pub done: i64,
    pub total: i64,
}

/// How long a finished or abandoned job's progress stays readable.
pub const KEEP_SECONDS: i64 = 24 * 60 * 60;

/// The in-process board (SQLite: one process owns the file); bounded by sweeping old keys.
#[derive(Debug, Clone, Default)]
pub struct Board {
    entries: Arc<Mutex<HashMap<String, (JobProgress, i64)>>>,
}

/// At most this many keys are kept in memory; older ones go first.
const MAX_KEYS: usize = 1_000;

impl Board {
    pub fn set(&self, key: &str, p: JobProgress, now: i64) {
        let mut map = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, at)| now - *at < KEEP_SECONDS);
        if map.len() >= MAX_KEYS
            && !map.contains_key(key)
            && let Some(oldest) = map.iter().min_by_key(|(_, (_, at))| *at).map(|(k, _)| k.clone())
        {
            map.remove(&oldest);
        }
        map.insert(key.to_owned(), (p, now));
    }

    pub fn get(&self, key: &str) -> Option<JobProgress> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner()).get(key).map(|(p, _)| p.clone())
    }
}

/// A key the page makes up for its job: long, random, never an id of anything stored.
pub fn valid_key(key: &str) -> bool {
    (16..=64).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(done: i64) -> JobProgress {
        JobProgress { phase: "checked".into(), done, total: 10 }
    }

    #[test]
    fn the_board_keeps_the_latest_and_forgets_old_keys() {
        let b = Board::default();
        b.set("a", p(1), 0);
        b.set("a", p(2), 1);
        assert_eq!(b.get("a"), Some(p(2)));
        b.set("b", p(3), KEEP_SECONDS + 5);
        assert_eq!(b.get("a"), None, "a day later the first key is gone");
        assert_eq!(b.get("b"), Some(p(3)));
    }

    #[test]
    fn the_board_is_bounded() {
        let b = Board::default();
        for i in 0..(MAX_KEYS as i64 + 10) {
            b.set(&format!("k{i}"), p(i), i);
        }
        assert_eq!(b.entries.lock().unwrap().len(), MAX_KEYS);
        assert_eq!(b.get("k0"), None, "the oldest went first");
        assert!(b.get(&format!("k{}", MAX_KEYS + 9)).is_some());
    }

    #[test]
    fn keys_are_long_and_plain() {
        assert!(valid_key("abcdefghijklmnop"));
        assert!(!valid_key("short"));
        assert!(!valid_key("abcdefghijklmnop/../x"));
    }
}
