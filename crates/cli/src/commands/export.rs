//! `hansa export organisations`: the CSV that `hansa import organisations` reads.
//! `hansa export bundle`: the whole directory as the TOML that `hansa import bundle` reads
//! (archived organisations, every language, histories, people with contact details).

use std::io::Write;

use hansa_directory::import::{bundle_export, csv_organisations};

use crate::config::Config;

#[derive(clap::Args)]
pub struct Args {
    /// What to export: `organisations` (CSV of the current ones) or `bundle` (everything, TOML;
    /// it holds people's contact details, so keep the file as you keep the database).
    #[arg(value_parser = ["organisations", "bundle"])]
    what: String,
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    let bytes = match args.what.as_str() {
        "bundle" => bundle_export::export_bundle(&store).await?.into_bytes(),
        _ => csv_organisations::export_all(&store).await?,
    };
    std::io::stdout().write_all(&bytes)?;
    Ok(())
}
