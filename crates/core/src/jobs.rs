//! Background work that every `hansa serve` runs beside the web: the outbox's runner, which
//! claims due messages in small batches, sends each, and records the outcome — sent, queued
//! again after a back-off, or failed for good. Any number of runners may share one database:
//! a claim leases its messages, so no two runners hold one at the same time, and a runner that
//! dies lets go when its lease ends. Delivery is at least once: a runner that dies after the
//! relay took a message but before recording it leaves it to be sent again (with the same
//! Message-ID, so mail programs can tell the copies apart).

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use crate::error::DomainResult;
use crate::outbox::{Claimed, Mailer, OutboxStore, SendError, next_attempt};

/// How a runner paces itself.
#[derive(Debug, Clone)]
pub struct RunnerConfig {
    /// Messages claimed at once.
    pub batch: i64,
    /// How long one message may take with the relay before it counts as a temporary failure.
    pub message_timeout: Duration,
    /// How long a claim holds its messages; see [`RunnerConfig::lease_for`].
    pub lease_seconds: i64,
    /// The pause after a pass that found less than a full batch.
    pub idle: Duration,
}

/// Time kept in hand at the end of a lease, for clocks of app servers that disagree a little.
const LEASE_MARGIN: i64 = 60;

impl RunnerConfig {
    /// A lease every message of the batch can use its whole timeout within, plus the margin:
    /// a lease that ended while its runner still worked would let another runner send the same
    /// messages. The runner also never starts a send its lease might not outlast.
    pub fn lease_for(batch: i64, message_timeout: Duration) -> i64 {
        batch * message_timeout.as_secs() as i64 + LEASE_MARGIN
    }
}

impl Default for RunnerConfig {
    fn default() -> Self {
        let (batch, message_timeout) = (10, 2 * crate::outbox::smtp::SEND_TIMEOUT);
        RunnerConfig {
            batch,
            message_timeout,
            lease_seconds: RunnerConfig::lease_for(batch, message_timeout),
            idle: Duration::from_secs(5),
        }
    }
}

/// Sends the outbox until `shutdown` completes, with the default pacing.
pub async fn run_outbox(store: &dyn OutboxStore, mailer: &dyn Mailer, shutdown: impl Future<Output = ()>) {
    run_outbox_with(store, mailer, &RunnerConfig::default(), shutdown).await
}

/// Sends the outbox until `shutdown` completes. A message being sent when it does is abandoned
/// and handed back with the rest of its batch, so stopping takes no longer than a database call.
pub async fn run_outbox_with(
    store: &dyn OutboxStore,
    mailer: &dyn Mailer,
    config: &RunnerConfig,
    shutdown: impl Future<Output = ()>,
) {
    let mut shutdown = std::pin::pin!(shutdown);
    tracing::info!(batch = config.batch, lease_seconds = config.lease_seconds, "outbox runner started");
    loop {
        let idle = match pass(store, mailer, config, crate::db::now(), &mut shutdown).await {
            Ok(Pass::Stopped) => break,
            Ok(Pass::Claimed(n)) => (n as i64) < config.batch,
            // The database is away: try again after the pause (the error is logged where it arose).
            Err(_) => true,
        };
        if idle {
            tokio::select! {
                biased;
                _ = shutdown.as_mut() => break,
                _ = tokio::time::sleep(config.idle) => {}
            }
        }
    }
    tracing::info!("outbox runner stopped");
}

/// One pass as if it were `now`: claims a batch of what is due and sends it; answers how many
/// were claimed. Tests step through back-offs with it.
pub async fn send_due(
    store: &dyn OutboxStore,
    mailer: &dyn Mailer,
    config: &RunnerConfig,
    now: i64,
) -> DomainResult<usize> {
    let mut never = std::pin::pin!(std::future::pending::<()>());
    match pass(store, mailer, config, now, &mut never).await? {
        Pass::Claimed(n) => Ok(n),
        Pass::Stopped => Ok(0),
    }
}

enum Pass {
    Claimed(usize),
    Stopped,
}

async fn pass<F: Future<Output = ()>>(
    store: &dyn OutboxStore,
    mailer: &dyn Mailer,
    config: &RunnerConfig,
    now: i64,
    shutdown: &mut Pin<&mut F>,
) -> DomainResult<Pass> {
    let started = Instant::now();
    let claimed = store.claim(config.batch, now, config.lease_seconds).await?;
    let count = claimed.len();
    let mut batch = claimed.into_iter();
    while let Some(message) = batch.next() {
        let elapsed = started.elapsed().as_secs() as i64;
        if elapsed + config.message_timeout.as_secs() as i64 + LEASE_MARGIN > config.lease_seconds {
            // The relay is slow today: the next pass takes the rest under a fresh lease.
            release(store, std::iter::once(message).chain(batch)).await;
            break;
        }
        let outcome = tokio::select! {
            biased;
            _ = shutdown.as_mut() => {
                release(store, std::iter::once(message).chain(batch)).await;
                return Ok(Pass::Stopped);
            }
            sent = tokio::time::timeout(config.message_timeout, mailer.send(&message)) => {
                sent.unwrap_or_else(|_| Err(SendError::Temporary("the mail relay did not answer in time".into())))
            }
        };
        settle(store, &message, outcome, now + elapsed).await?;
    }
    Ok(Pass::Claimed(count))
}

/// Records what became of one message. Log lines name it by id and kind: never its address,
/// subject or the relay's answer (which may quote the address) — those are on the staff's page.
async fn settle(store: &dyn OutboxStore, m: &Claimed, outcome: Result<(), SendError>, now: i64) -> DomainResult<()> {
    match outcome {
        Ok(()) => {
            store.mark_sent(m.id, now).await?;
            tracing::info!(message = m.id, kind = %m.kind, attempt = m.attempts, "message sent");
        }
        Err(e) => {
            let retry_at = if e.is_permanent() { None } else { next_attempt(m.attempts, now) };
            store.mark_failed(m, e.detail(), retry_at).await?;
            tracing::warn!(
                message = m.id,
                kind = %m.kind,
                attempt = m.attempts,
                permanent = e.is_permanent(),
                retry_at,
                "message not sent"
            );
        }
    }
    Ok(())
}

/// Hands claimed messages back untried; one that cannot be is taken again when its lease ends.
async fn release(store: &dyn OutboxStore, messages: impl Iterator<Item = Claimed>) {
    for m in messages {
        if store.release(&m).await.is_err() {
            tracing::warn!(message = m.id, "message left to its lease");
        }
    }
}
