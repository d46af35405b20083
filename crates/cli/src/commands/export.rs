//! `hansa export`: organisations, memberships or people as CSV or XLSX (what
//! `hansa import organisations` reads back).

use std::io::Write;

use hansa_core::Caller;
use hansa_directory::import::export::{Format, What};
use hansa_directory::service;

use crate::config::Config;

#[derive(clap::Args)]
pub struct Args {
    /// What to export.
    #[arg(value_parser = ["organisations", "memberships", "people"])]
    what: String,
    /// csv or xlsx.
    #[arg(long, value_parser = ["csv", "xlsx"], default_value = "csv")]
    format: String,
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    let what = What::parse(&args.what).unwrap_or(What::Organisations);
    let format = Format::parse(&args.format).unwrap_or(Format::Csv);
    let bytes = service::export_sheet(&store, &Caller::system(), what, format).await?;
    std::io::stdout().write_all(&bytes)?;
    Ok(())
}
