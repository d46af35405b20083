//! `hansa import`: organisations from CSV (with the same preview as the web page) or a
//! whole directory bundle, showing progress as it goes.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use hansa_core::Caller;
use hansa_directory::import::{bundle, csv_organisations};
use hansa_directory::service;
use hansa_directory::store::DirectoryStore;
use hansa_directory::store::prelude::*;

use crate::config::Config;

#[derive(clap::Subcommand)]
pub enum Import {
    /// Organisations from a CSV file (header row; kind and name_en required).
    Organisations {
        file: PathBuf,
        /// Check and report only; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Write the valid rows even if some rows have problems.
        #[arg(long)]
        skip_invalid: bool,
    },
    /// A directory bundle in TOML (organisations, networks, memberships, offices, bodies, people).
    Bundle { file: PathBuf },
}

/// Prints `label done/total` on one line, rewritten as it advances.
pub fn progress(label: &str, done: usize, total: usize) {
    eprint!("\r  {label:<14} {done:>6}/{total:<6}");
    if done == total {
        eprintln!();
    }
    let _ = std::io::stderr().flush();
}

pub async fn load_bundle(store: &dyn DirectoryStore, text: &str) -> anyhow::Result<bundle::BundleCounts> {
    let parsed = bundle::parse(text).map_err(|e| anyhow::anyhow!("{e}"))?;
    bundle::load(store, &Caller::system(), &parsed, &mut progress).await.map_err(|e| anyhow::anyhow!("{e}"))
}

pub async fn run(config: &Config, cmd: Import) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    match cmd {
        Import::Bundle { file } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            let counts = load_bundle(&store, &text).await?;
            println!("Loaded {counts}.");
        }
        Import::Organisations { file, dry_run, skip_invalid } => {
            let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let started = std::time::Instant::now();
            eprintln!("  checking {} …", file.display());
            let mut rows = csv_organisations::parse(&bytes)
                .map_err(|e| anyhow::anyhow!("{}: {}", e.code, e.detail.unwrap_or_default()))?;
            let known = store.organisation_slugs().await?.into_iter().collect();
            csv_organisations::check_references(&mut rows, &known);
            let bad: Vec<_> = rows.iter().filter(|r| !r.errors.is_empty()).collect();
            for r in &bad {
                let problems: Vec<String> = r
                    .errors
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {}{}",
                            e.field,
                            e.code,
                            e.detail.as_deref().map(|d| format!(" ({d})")).unwrap_or_default()
                        )
                    })
                    .collect();
                println!("line {}: {}", r.line, problems.join("; "));
            }
            println!("{} rows ready, {} with problems.", rows.len() - bad.len(), bad.len());
            if dry_run {
                return Ok(());
            }
            if !bad.is_empty() && !skip_invalid {
                bail!("nothing imported: fix the rows above, or pass --skip-invalid");
            }
            let drafts: Vec<_> = rows.into_iter().filter_map(|r| r.draft).collect();
            eprintln!("  writing {} rows in one transaction …", drafts.len());
            let counts = service::import_organisations(&store, &Caller::system(), &drafts).await?;
            println!("{} created, {} updated in {} ms.", counts.created, counts.updated, started.elapsed().as_millis());
        }
    }
    Ok(())
}
