//! Sign-in throttling without lock-outs. Failures are counted per (account, client) pair
//! and per client, never per account alone: a stranger hammering the admin's e-mail slows
//! down only themselves, and the admin signs in at once from anywhere else.
//!
//! A pair gets `FREE_FAILURES` tries, then waits 1 s, 2 s, 4 s … (at most 15 min) after each
//! further failure; a client with too many failures over all accounts waits for them to age
//! out. A waiting attempt is refused before its password is even checked — nothing sleeps,
//! so an attacker cannot tie up the server. Counts live in the database (every app server
//! sees them); only "is an attempt being checked right now" is kept in the process, so a
//! burst of parallel requests cannot all slip past the count before any failure is noted.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Mutex, PoisonError};

use hansa_core::Store;
use hansa_core::account::LoginFailures;
use hansa_core::error::DomainResult;

/// Failures a pair may make before it has to wait.
pub const FREE_FAILURES: i64 = 5;
/// The longest a pair waits between two attempts.
pub const MAX_DELAY_SECONDS: i64 = 15 * 60;
/// How long a pair's failures count: longer than the longest delay, so a pair that sits one
/// out comes back still slowed down rather than with fresh free tries.
pub const PAIR_WINDOW_SECONDS: i64 = 60 * 60;
/// Failures one client may make over all accounts within `CLIENT_WINDOW_SECONDS`.
pub const MAX_FAILURES_PER_CLIENT: i64 = 50;
pub const CLIENT_WINDOW_SECONDS: i64 = 15 * 60;
/// How often, at most, one app server sweeps every key's expired failures.
const SWEEP_EVERY_SECONDS: i64 = 60;
/// Attempts of one client checked at once: a few, since an office shares one address.
const CLIENT_IN_FLIGHT: usize = 4;

/// The throttling keys of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    pub pair: String,
    pub client: String,
}

impl Keys {
    pub fn new(email: &str, client: &str) -> Keys {
        let client = client_key(client);
        Keys { pair: format!("pair:{client} {email}"), client: format!("client:{client}") }
    }
}

/// An IPv6 client is its /64: one subscriber usually holds a whole /64 and could otherwise
/// change address for every attempt.
fn client_key(client: &str) -> String {
    match client.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => format!("{}/64", std::net::Ipv6Addr::from_bits(v6.to_bits() & !(u128::MAX >> 64))),
        _ => client.to_owned(),
    }
}

/// The wait, in seconds, after a pair's `failures`-th failure.
pub fn delay_after(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    // 2^10 already passes the cap; the bound keeps the shift in range.
    (1i64 << (failures - FREE_FAILURES).min(20)).min(MAX_DELAY_SECONDS)
}

/// How many seconds an attempt must still wait, given its pair's and its client's failures
/// within their windows (as counted by `Throttle::admit`).
pub fn wait(pair: LoginFailures, client: LoginFailures, now: i64) -> Option<i64> {
    let pair_ready = pair.last.map_or(now, |last| last + delay_after(pair.count));
    // Over the limit until the earliest counted failure leaves the window.
    let client_ready = match client.first {
        Some(first) if client.count >= MAX_FAILURES_PER_CLIENT => first + CLIENT_WINDOW_SECONDS,
        _ => now,
    };
    let ready = pair_ready.max(client_ready);
    (ready > now).then_some(ready - now)
}

/// The first moment still inside a window ending now: a failure at `now - window` has
/// left it, so waits computed as `failure + window` end exactly when it stops counting.
fn window_start(now: i64, window: i64) -> i64 {
    now - window + 1
}

#[derive(Debug, Default)]
pub struct Throttle {
    last_sweep: AtomicI64,
    in_flight: Mutex<HashMap<String, usize>>,
}

impl Throttle {
    /// Lets the attempt be checked, or answers for how many seconds it must wait.
    pub async fn admit<'a>(
        &'a self,
        store: &dyn Store,
        keys: &'a Keys,
        now: i64,
    ) -> DomainResult<Result<Attempt<'a>, i64>> {
        let Some(attempt) = self.begin(keys) else { return Ok(Err(1)) };
        let pair = store.login_failures(&keys.pair, window_start(now, PAIR_WINDOW_SECONDS)).await?;
        let client = store.login_failures(&keys.client, window_start(now, CLIENT_WINDOW_SECONDS)).await?;
        Ok(wait(pair, client, now).map_or(Ok(attempt), Err))
    }

    /// Marks the attempt as being checked, unless its pair already has one being checked or
    /// its client has too many.
    fn begin<'a>(&'a self, keys: &'a Keys) -> Option<Attempt<'a>> {
        let mut busy = self.in_flight.lock().unwrap_or_else(PoisonError::into_inner);
        if busy.contains_key(&keys.pair) || busy.get(&keys.client).is_some_and(|n| *n >= CLIENT_IN_FLIGHT) {
            return None;
        }
        busy.insert(keys.pair.clone(), 1);
        *busy.entry(keys.client.clone()).or_default() += 1;
        Some(Attempt { throttle: self, keys })
    }

    /// Deletes every key's expired failures, at most once a minute per server.
    async fn sweep(&self, store: &dyn Store, now: i64) -> DomainResult<()> {
        let last = self.last_sweep.load(Ordering::Relaxed);
        if now - last < SWEEP_EVERY_SECONDS
            || self.last_sweep.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_err()
        {
            return Ok(());
        }
        let gone =
            store.forget_login_failures(window_start(now, PAIR_WINDOW_SECONDS.max(CLIENT_WINDOW_SECONDS))).await?;
        tracing::debug!(gone, "expired sign-in failures swept");
        Ok(())
    }
}

/// An attempt being checked. Dropping it — also when the client hangs up mid-check — lets
/// the next attempt of its pair in.
pub struct Attempt<'a> {
    throttle: &'a Throttle,
    keys: &'a Keys,
}

impl Attempt<'_> {
    /// Counts the failure for the pair and the client, forgetting their expired ones.
    pub async fn failed(self, store: &dyn Store, now: i64) -> DomainResult<()> {
        let Keys { pair, client } = self.keys;
        store.note_login_failure(pair, now, window_start(now, PAIR_WINDOW_SECONDS)).await?;
        store.note_login_failure(client, now, window_start(now, CLIENT_WINDOW_SECONDS)).await?;
        self.throttle.sweep(store, now).await
    }

    /// The right password: the pair starts afresh. The client's count stays, or one valid
    /// account would let its holder guess at everybody else's.
    pub async fn succeeded(self, store: &dyn Store) -> DomainResult<()> {
        store.clear_login_failures(&self.keys.pair).await
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        let mut busy = self.throttle.in_flight.lock().unwrap_or_else(PoisonError::into_inner);
        busy.remove(&self.keys.pair);
        if let Some(n) = busy.get_mut(&self.keys.client) {
            *n -= 1;
            if *n == 0 {
                busy.remove(&self.keys.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(count: i64, first: i64, last: i64) -> LoginFailures {
        LoginFailures { count, first: Some(first), last: Some(last) }
    }

    #[test]
    fn delays_double_up_to_the_cap() {
        let delays: Vec<i64> = (0..18).map(delay_after).collect();
        assert_eq!(&delays[..FREE_FAILURES as usize], [0; FREE_FAILURES as usize]);
        assert_eq!(&delays[5..12], [1, 2, 4, 8, 16, 32, 64]);
        assert_eq!(delays[15], MAX_DELAY_SECONDS);
        assert_eq!(delay_after(1_000_000), MAX_DELAY_SECONDS);
    }

    #[test]
    fn waits_follow_the_pair_and_the_client() {
        let none = LoginFailures::default();
        assert_eq!(wait(none, none, 1000), None);
        assert_eq!(wait(seen(4, 900, 999), seen(4, 900, 999), 1000), None, "free tries");
        assert_eq!(wait(seen(7, 900, 999), none, 1000), Some(3), "4 s after the 7th failure");
        assert_eq!(wait(seen(7, 900, 996), none, 1000), None, "waited long enough");
        let busy = seen(MAX_FAILURES_PER_CLIENT, 400, 999);
        assert_eq!(wait(none, busy, 1000), Some(400 + CLIENT_WINDOW_SECONDS - 1000), "any account");
        assert_eq!(wait(none, seen(MAX_FAILURES_PER_CLIENT - 1, 400, 999), 1000), None);
    }

    #[test]
    fn clients_are_addresses_and_ipv6_clients_their_slash_64() {
        assert_eq!(Keys::new("a@x.org", "203.0.113.9").pair, "pair:203.0.113.9 a@x.org");
        let k = Keys::new("a@x.org", "2001:db8:1:2:aaaa::9");
        assert_eq!(k.client, "client:2001:db8:1:2::/64");
        assert_eq!(k, Keys::new("a@x.org", "2001:db8:1:2:bbbb::1"));
        assert_eq!(Keys::new("a@x.org", "local").client, "client:local");
    }

    #[test]
    fn one_attempt_per_pair_is_checked_at_a_time() {
        let t = Throttle::default();
        let (a, b) = (Keys::new("a@x.org", "1.2.3.4"), Keys::new("b@x.org", "1.2.3.4"));
        let first = t.begin(&a).unwrap();
        assert!(t.begin(&a).is_none(), "the same pair waits for the first check");
        let others: Vec<_> = (0..3).map(|i| Keys::new(&format!("{i}@x.org"), "1.2.3.4")).collect();
        let held: Vec<_> = others.iter().map(|k| t.begin(k).unwrap()).collect();
        assert!(t.begin(&b).is_none(), "the client already has four being checked");
        drop(first);
        drop(held);
        assert!(t.in_flight.lock().unwrap().is_empty(), "finished attempts leave nothing behind");
        assert!(t.begin(&a).is_some());
    }
}
