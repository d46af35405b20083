//! `hansa remind`: queues today's reminders of overdue follow-ups — one message per staff
//! member who owns any, listing them, at most one a day each. `hansa serve` also checks every
//! hour ([`hourly`]); the database remembers the day each owner was reminded, so running it
//! from cron as well, or on several servers, never sends twice on one day.

use std::sync::Arc;
use std::time::Duration;

use hansa_core::Caller;
use hansa_core::db::SqlStore;
use hansa_meetings::service::{RemindersRun, remind_overdue};

use crate::config::Config;

/// How often a server looks for owners to remind: a new day's reminders go out within the hour.
const EVERY: Duration = Duration::from_secs(3600);

pub async fn run(config: &Config) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    let run = remind_now(&store, config.public_url.as_deref().unwrap_or("")).await?;
    let counts = [("queued", run.queued.to_string()), ("already", run.already_reminded.to_string())];
    println!("{}", crate::say::tn("cli-remind-done", &counts));
    Ok(())
}

/// One run for today (UTC), as the command line and the server's loop make it.
async fn remind_now(store: &SqlStore, site: &str) -> Result<RemindersRun, hansa_core::DomainError> {
    remind_overdue(store, &Caller::system(), &hansa_meetings::model::today(), site).await
}

/// Reminds now, then every hour, until `stop` changes (or its sender is gone). A failed run
/// is logged and tried again at the next hour: the database may be away for a moment.
pub async fn hourly(store: Arc<SqlStore>, site: String, mut stop: tokio::sync::watch::Receiver<()>) {
    loop {
        match remind_now(&store, &site).await {
            Ok(run) if run.queued > 0 => tracing::info!(queued = run.queued, "overdue follow-ups reminded"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "reminding overdue follow-ups failed"),
        }
        tokio::select! {
            _ = stop.changed() => break,
            _ = tokio::time::sleep(EVERY) => {}
        }
    }
}
