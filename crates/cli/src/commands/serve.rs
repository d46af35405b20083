//! `hansa serve`: the web application on one address, and the outbox's runner beside it when a
//! mail relay is configured. Holds no state of its own, so several can run against one
//! PostgreSQL database behind a load balancer (their runners share the outbox).

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use hansa_core::outbox::smtp::SmtpMailer;

use crate::config::Config;

pub async fn run(config: &Config) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    serve(config, Arc::new(store)).await
}

pub async fn serve(config: &Config, store: Arc<hansa_core::db::SqlStore>) -> anyhow::Result<()> {
    // Built before listening, so a relay that cannot be set up stops start-up with its reason.
    let mailer = config.mail.as_ref().map(SmtpMailer::new).transpose().map_err(anyhow::Error::msg)?;
    let web = hansa_web::WebConfig {
        secure_cookies: config.secure_cookies,
        trusted_proxies: config.trusted_proxies.clone(),
        page_cache_bytes: config.page_cache_bytes,
        mail_relay: config.mail.as_ref().map(|m| m.label()),
    };
    let app = hansa_web::app(
        store.clone(),
        web,
        vec![hansa_directory::feature(), hansa_events::feature(), hansa_meetings::feature()],
    );
    // Links in messages (a registration's own page) point at the public address.
    hansa_events::service::set_public_url(config.public_url.as_deref().unwrap_or(""));
    let listener =
        tokio::net::TcpListener::bind(&config.bind).await.with_context(|| format!("listening on {}", config.bind))?;
    let addr = listener.local_addr()?;
    let public = config.public_url.as_deref().unwrap_or("");
    let database = config.database_label();
    tracing::info!(%addr, public_url = public, secure_cookies = config.secure_cookies, %database, "serving");
    println!("{}", crate::say::tn("cli-running", &[("addr", addr.to_string()), ("database", database.to_string())]));
    if !public.is_empty() {
        println!("{}", crate::say::t1("cli-public-url", "detail", public));
    }
    // One signal stops both: the web finishes its requests, the runner hands back its batch.
    let (stop, _) = tokio::sync::watch::channel(());
    let runner = match (mailer, &config.mail) {
        (Some(mailer), Some(settings)) => {
            println!("{}", crate::say::t1("cli-mail-relay", "relay", settings.label()));
            let mut stopped = stop.subscribe();
            let store = store.clone();
            Some(tokio::spawn(async move {
                let shutdown = async move {
                    let _ = stopped.changed().await;
                };
                hansa_core::jobs::run_outbox(store.as_ref(), &mailer, shutdown).await;
            }))
        }
        _ => {
            println!("{}", crate::say::t("cli-mail-none"));
            None
        }
    };
    // Reminders of overdue follow-ups, checked hourly; the database keeps them to one a day.
    let reminders = tokio::spawn(super::remind::hourly(store.clone(), public.to_owned(), stop.subscribe()));
    let served = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async move {
            let _ = tokio::signal::ctrl_c().await;
            let _ = stop.send(());
        })
        .await
        .context("serving");
    if let Some(runner) = runner {
        // The runner only stops between database calls; a panic in it is reported, not hidden.
        runner.await.context("the outbox runner")?;
    }
    reminders.await.context("the reminders of overdue follow-ups")?;
    served
}
