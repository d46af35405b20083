//! A map bounded in bytes that forgets the least recently used entries first.
//!
//! Small and hand-written: a `HashMap` for lookups plus a `BTreeMap` from a use counter to
//! the key for the order of use, both O(log n) — no linked list, no `unsafe`. Sizes are what
//! the caller says a value costs plus the key (held twice) and a fixed cost per entry, so the
//! bound holds for the memory the entries really take, roughly.

use std::collections::{BTreeMap, HashMap};

/// What an entry costs beyond its key and value: the two map slots and their bookkeeping.
const PER_ENTRY: usize = 96;

struct Slot<V> {
    value: V,
    size: usize,
    used: u64,
}

pub(super) struct Lru<V> {
    slots: HashMap<String, Slot<V>>,
    /// Use counter → key; the first is the least recently used.
    order: BTreeMap<u64, String>,
    clock: u64,
    bytes: usize,
    capacity: usize,
}

impl<V> Lru<V> {
    pub fn new(capacity: usize) -> Self {
        Lru { slots: HashMap::new(), order: BTreeMap::new(), clock: 0, bytes: 0, capacity }
    }

    /// Bytes held: never more than the capacity.
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    fn cost(key: &str, value_size: usize) -> usize {
        2 * key.len() + value_size + PER_ENTRY
    }

    /// The value under `key`, now the most recently used.
    pub fn get(&mut self, key: &str) -> Option<&V> {
        self.clock += 1;
        let slot = self.slots.get_mut(key)?;
        if let Some(k) = self.order.remove(&slot.used) {
            self.order.insert(self.clock, k);
        }
        slot.used = self.clock;
        Some(&slot.value)
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        let slot = self.slots.remove(key)?;
        self.order.remove(&slot.used);
        self.bytes -= slot.size;
        Some(slot.value)
    }

    /// Keeps `value` (costing `value_size` bytes) under `key`, forgetting the least recently
    /// used entries until it fits; answers how many were forgotten. A value that could never
    /// fit is not kept (and nothing is forgotten for it).
    pub fn insert(&mut self, key: String, value: V, value_size: usize) -> usize {
        self.remove(&key);
        let size = Self::cost(&key, value_size);
        if size > self.capacity {
            return 0;
        }
        let mut evicted = 0;
        while self.bytes + size > self.capacity {
            let Some((_, oldest)) = self.order.pop_first() else { break };
            if let Some(slot) = self.slots.remove(&oldest) {
                self.bytes -= slot.size;
                evicted += 1;
            }
        }
        self.clock += 1;
        self.order.insert(self.clock, key.clone());
        self.slots.insert(key, Slot { value, size, used: self.clock });
        self.bytes += size;
        evicted
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::{Lru, PER_ENTRY};

    #[test]
    fn least_recently_used_goes_first() {
        let size = |k: &str| 2 * k.len() + 10 + PER_ENTRY;
        let mut lru = Lru::new(3 * size("a"));
        for k in ["a", "b", "c"] {
            assert_eq!(lru.insert(k.into(), k.to_owned(), 10), 0);
        }
        assert_eq!(lru.get("a").map(String::as_str), Some("a"), "a is now the most recent");
        assert_eq!(lru.insert("d".into(), "d".into(), 10), 1);
        assert!(lru.get("b").is_none(), "b was the least recently used");
        assert!(lru.get("a").is_some() && lru.get("c").is_some() && lru.get("d").is_some());
        assert_eq!(lru.bytes(), 3 * size("a"));
        assert_eq!(lru.insert("huge".into(), String::new(), 10_000), 0, "never fits: not kept");
        assert_eq!((lru.len(), lru.get("huge").is_none()), (3, true), "and nothing forgotten for it");
        assert_eq!(lru.insert("c".into(), "c2".into(), 10), 0, "replacing frees the old value first");
        assert_eq!(lru.remove("c").as_deref(), Some("c2"));
        assert_eq!(lru.bytes(), 2 * size("a"));
        assert_eq!(Lru::<()>::new(0).insert("x".into(), (), 0), 0, "capacity 0 keeps nothing");
    }

    #[derive(Debug, Clone)]
    enum Op {
        Insert(u8, usize),
        Get(u8),
        Remove(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0..24u8, 0..400usize).prop_map(|(k, s)| Op::Insert(k, s)),
            (0..24u8).prop_map(Op::Get),
            (0..24u8).prop_map(Op::Remove),
        ]
    }

    proptest! {
        /// Against a plain list kept in order of use: same entries, same bytes, within bound.
        #[test]
        fn behaves_like_a_list_in_order_of_use(capacity in 0..2_000usize, ops in prop::collection::vec(op(), 0..200)) {
            let mut lru = Lru::new(capacity);
            let mut model: Vec<(String, usize)> = Vec::new(); // least recently used first
            for op in ops {
                match op {
                    Op::Insert(k, s) => {
                        let key = format!("k{k}");
                        let cost = 2 * key.len() + s + PER_ENTRY;
                        model.retain(|(m, _)| *m != key);
                        let mut evicted = 0;
                        if cost <= capacity {
                            while model.iter().map(|m| m.1).sum::<usize>() + cost > capacity {
                                model.remove(0);
                                evicted += 1;
                            }
                            model.push((key.clone(), cost));
                        }
                        prop_assert_eq!(lru.insert(key, s, s), evicted);
                    }
                    Op::Get(k) => {
                        let key = format!("k{k}");
                        let found = model.iter().position(|(m, _)| *m == key);
                        if let Some(i) = found {
                            let entry = model.remove(i);
                            model.push(entry);
                        }
                        prop_assert_eq!(lru.get(&key).is_some(), found.is_some());
                    }
                    Op::Remove(k) => {
                        let key = format!("k{k}");
                        let found = model.iter().position(|(m, _)| *m == key);
                        if let Some(i) = found {
                            model.remove(i);
                        }
                        prop_assert_eq!(lru.remove(&key).is_some(), found.is_some());
                    }
                }
                let bytes: usize = model.iter().map(|m| m.1).sum();
                prop_assert_eq!(lru.bytes(), bytes);
                prop_assert!(lru.bytes() <= capacity);
                prop_assert_eq!(lru.len(), model.len());
            }
        }
    }
}
