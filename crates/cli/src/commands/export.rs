//! `hansa export`: organisations, memberships or people as CSV or XLSX (what
//! `hansa import organisations` reads back), or `bundle`: the whole directory as the TOML
//! that `hansa import bundle` reads (archived organisations, every language, histories,
//! people with contact details).

use std::io::Write;

use hansa_core::Caller;
use hansa_directory::import::bundle_export;
use hansa_directory::import::export::{Format, What};
use hansa_directory::service;

use crate::config::Config;

#[derive(clap::Args)]
pub struct Args {
    /// What to export. `bundle` holds people's contact details: keep the file as you keep
    /// the database.
    #[arg(value_parser = ["organisations", "memberships", "people", "bundle"])]
    what: String,
    /// csv or xlsx (spreadsheets only; a bundle is TOML).
    #[arg(long, value_parser = ["csv", "xlsx"], default_value = "csv")]
    format: String,
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    let bytes = if args.what == "bundle" {
        bundle_export::export_bundle(&store).await?.into_bytes()
    } else {
        let what = What::parse(&args.what).unwrap_or(What::Organisations);
        let format = Format::parse(&args.format).unwrap_or(Format::Csv);
        service::export_sheet(&store, &Caller::system(), what, format).await?
    };
    std::io::stdout().write_all(&bytes)?;
    Ok(())
}
