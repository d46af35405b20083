//! `hansa serve`: the web application on one address. Holds no state of its own, so several
//! can run against one PostgreSQL database behind a load balancer.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;

use crate::config::Config;

pub async fn run(config: &Config) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    serve(config, Arc::new(store)).await
}

pub async fn serve(config: &Config, store: Arc<hansa_core::db::SqlStore>) -> anyhow::Result<()> {
    let web = hansa_web::WebConfig {
        secure_cookies: config.secure_cookies,
        trusted_proxies: config.trusted_proxies.clone(),
        page_cache_bytes: config.page_cache_bytes,
    };
    let app = hansa_web::app(store, web, vec![hansa_directory::feature(), hansa_events::feature()]);
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
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .context("serving")
}
