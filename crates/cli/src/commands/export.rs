//! `hansa export organisations`: the CSV that `hansa import organisations` reads.

use std::collections::HashMap;
use std::io::Write;

use hansa_domain::import::csv_organisations;
use hansa_domain::store::OrgFilter;
use hansa_domain::store::OrganisationStore;

use crate::config::Config;

#[derive(clap::Args)]
pub struct Args {
    /// What to export (only `organisations` for now).
    #[arg(value_parser = ["organisations"])]
    what: String,
}

pub async fn run(config: &Config, _args: Args) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    let mut all = Vec::new();
    let mut filter = OrgFilter { per_page: Some(500), page: Some(1), ..Default::default() };
    loop {
        let page = store.organisations(&filter).await?;
        let n = page.items.len();
        all.extend(page.items);
        if n < 500 {
            break;
        }
        filter.page = filter.page.map(|p| p + 1);
    }
    let slugs: HashMap<i64, String> = all.iter().map(|o| (o.id, o.slug.clone())).collect();
    let bytes = csv_organisations::export(&all, |id| slugs.get(&id).cloned())?;
    std::io::stdout().write_all(&bytes)?;
    Ok(())
}
