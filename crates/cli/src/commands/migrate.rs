//! `hansa migrate`: bring the schema up to date and stop.

use crate::config::Config;

pub async fn run(config: &Config) -> anyhow::Result<()> {
    config.open_store().await?;
    println!("{}", crate::say::t1("cli-migrated", "detail", config.database_label()));
    Ok(())
}
