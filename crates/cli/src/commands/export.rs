//! `hansa export organisations`: the CSV that `hansa import organisations` reads.

use std::io::Write;

use hansa_directory::import::csv_organisations;

use crate::config::Config;

#[derive(clap::Args)]
pub struct Args {
    /// What to export (only `organisations` for now).
    #[arg(value_parser = ["organisations"])]
    what: String,
}

pub async fn run(config: &Config, _args: Args) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    let bytes = csv_organisations::export_all(&store).await?;
    std::io::stdout().write_all(&bytes)?;
    Ok(())
}
