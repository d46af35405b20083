//! `hansa import`: organisations from a spreadsheet (CSV, XLSX, ODS — the same preview,
//! duplicate rules and undo as the web page) or a whole directory bundle, with progress.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;
use hansa_core::Caller;
use hansa_directory::import::bundle;
use hansa_directory::import::columns::{self, MappingSpec, Unknown};
use hansa_directory::import::plan::{ImportOptions, MatchBy, OnMatch, Outcome, Plan};
use hansa_directory::import::table::TextEncoding;
use hansa_directory::pages;
use hansa_directory::service::{self, ImportRequest};
use hansa_directory::store::DirectoryStore;

use crate::config::Config;
use crate::say;

#[derive(clap::Subcommand)]
pub enum Import {
    /// Organisations from a spreadsheet: CSV (UTF-8, UTF-16 or Windows-1252), XLSX or ODS.
    Organisations(OrganisationArgs),
    /// A directory bundle in TOML (organisations, networks, memberships, offices, bodies, people).
    Bundle { file: PathBuf },
    /// Undo an import: archive what it created, restore what it changed.
    Undo { id: i64 },
    /// Events with their programmes from a TOML file (the format of demo/events.toml); an
    /// event whose slug exists is replaced whole. Example: hansa import events forum.toml
    Events { file: PathBuf },
    /// A delegate list for an event, from a spreadsheet (CSV, XLSX, ODS), checked row by row
    /// and written all or nothing. Example: hansa import delegates near-forum-2027 delegates.xlsx
    Delegates {
        event: String,
        file: PathBuf,
        /// Check every row and show the problems; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(clap::Args)]
pub struct OrganisationArgs {
    file: PathBuf,
    /// Check and show what would happen (field by field); write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Write the new and changed rows even if some rows have problems.
    #[arg(long)]
    skip_invalid: bool,
    /// How rows find stored records.
    #[arg(long, value_enum, default_value = "auto")]
    r#match: MatchArg,
    /// What a row that matches a stored record does.
    #[arg(long, value_enum, default_value = "skip")]
    on_match: OnMatchArg,
    /// With --on-match update: an empty cell clears the stored value.
    #[arg(long)]
    empty_clears: bool,
    /// A TOML or JSON file mapping headers to fields: `"Population" = "ignore"`, `"이름" = "name_ko"`.
    #[arg(long)]
    mapping: Option<PathBuf>,
    /// Ignore columns that are neither known nor mapped (otherwise they refuse the file).
    #[arg(long)]
    ignore_unknown: bool,
    /// auto, utf-8, utf-16 or windows-1252.
    #[arg(long, default_value = "auto")]
    encoding: String,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum MatchArg {
    Auto,
    Key,
    NameCountry,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum OnMatchArg {
    Skip,
    Update,
    Fill,
    Create,
}

/// Progress: a bar on a terminal, one line per phase in a log (never `\r` fragments).
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    phase: String,
}

impl Progress {
    pub fn new() -> Self {
        Progress { bar: None, phase: String::new() }
    }

    pub fn step(&mut self, phase: &str, done: usize, total: usize) {
        let label = say::t(&format!("cli-phase-{phase}"));
        if !std::io::stderr().is_terminal() {
            if done == total {
                eprintln!("{}", say::tn("cli-progress-line", &[("phase", label), ("done", done.to_string())]));
            }
            return;
        }
        if self.phase != phase {
            if let Some(bar) = self.bar.take() {
                bar.finish();
            }
            let bar = indicatif::ProgressBar::new(total as u64);
            let style = indicatif::ProgressStyle::with_template("  {msg:<16} [{bar:30}] {pos}/{len}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            bar.set_message(label);
            self.bar = Some(bar);
            self.phase = phase.to_owned();
        }
        if let Some(bar) = &self.bar {
            bar.set_position(done as u64);
            if done == total {
                bar.finish();
            }
        }
    }
}

pub async fn load_bundle(store: &dyn DirectoryStore, text: &str) -> anyhow::Result<bundle::BundleCounts> {
    let parsed = bundle::parse(text)?;
    let mut progress = Progress::new();
    Ok(bundle::load(store, &Caller::system(), &parsed, &mut |p, d, t| progress.step(p, d, t)).await?)
}

fn read_mapping(path: &PathBuf) -> anyhow::Result<MappingSpec> {
    let text = std::fs::read_to_string(path).with_context(|| say::t1("cli-reading", "detail", path.display()))?;
    let spec = if text.trim_start().starts_with('{') {
        serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", say::t("err-import-mapping")))?
    } else {
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", say::t("err-import-mapping")))?
    };
    Ok(spec)
}

/// The preview as text: one line per row that does something (the page's words), the diff
/// or the problems under it.
pub fn print_plan(plan: &Plan) {
    let tr = say::tr();
    for r in &plan.rows {
        if matches!(r.outcome, Outcome::Unchanged { .. }) {
            continue;
        }
        let v = pages::row_view(&tr, r);
        println!("{} {:>5}  {}: {}", tr.t("import-line"), v.line, v.name, v.action);
        for d in v.details {
            println!("           {d}");
        }
    }
    println!("{}", pages::counts_text(&tr, &plan.counts));
}

async fn organisations(store: &dyn DirectoryStore, a: OrganisationArgs) -> anyhow::Result<()> {
    let bytes = std::fs::read(&a.file).with_context(|| say::t1("cli-reading", "detail", a.file.display()))?;
    let encoding = TextEncoding::parse(&a.encoding)
        .ok_or_else(|| anyhow::anyhow!("{}", say::t1("err-choice", "detail", &a.encoding)))?;
    let req = ImportRequest {
        bytes: &bytes,
        encoding,
        mapping: a.mapping.as_ref().map(read_mapping).transpose()?.unwrap_or_default(),
        unknown: if a.ignore_unknown { Unknown::Ignore } else { Unknown::Refuse },
        options: ImportOptions {
            match_by: match a.r#match {
                MatchArg::Auto => MatchBy::Auto,
                MatchArg::Key => MatchBy::Key,
                MatchArg::NameCountry => MatchBy::NameCountry,
            },
            on_match: match a.on_match {
                OnMatchArg::Skip => OnMatch::Skip,
                OnMatchArg::Update => OnMatch::Update,
                OnMatchArg::Fill => OnMatch::Fill,
                OnMatchArg::Create => OnMatch::Create,
            },
            empty_clears: a.empty_clears,
        },
    };
    let started = std::time::Instant::now();
    let mut progress = Progress::new();
    let caller = Caller::system();
    let preview = match service::preview_import(store, &caller, &req, &mut |p, d, t| progress.step(p, d, t)).await {
        Ok(p) => p,
        Err(hansa_core::DomainError::Invalid(e)) if e.iter().any(|e| e.code == "err-csv-unknown-column") => {
            let first = e.iter().map(say::field_error).collect::<Vec<_>>().join("; ");
            anyhow::bail!("{first}\n  {}", say::t1("cli-accepted-columns", "detail", columns::accepted_codes()));
        }
        Err(e) => return Err(e.into()),
    };
    println!("{}", say::t1("import-read-as", "detail", &preview.plan.read_as));
    print_plan(&preview.plan);
    if a.dry_run {
        return Ok(());
    }
    if preview.plan.counts.problems > 0 && !a.skip_invalid {
        anyhow::bail!("{}", say::t("cli-import-refused"));
    }
    let name = a.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let done = service::commit_import(store, &caller, &req, &name, &mut |p, d, t| progress.step(p, d, t)).await?;
    let ms = started.elapsed().as_millis().to_string();
    match done.import_id {
        Some(id) => println!("{}", say::tn("cli-import-done", &[("id", id.to_string()), ("ms", ms)])),
        None => println!("{}", say::t("import-nothing-written")),
    }
    Ok(())
}

pub async fn run(config: &Config, cmd: Import) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    match cmd {
        Import::Bundle { file } => {
            let text =
                std::fs::read_to_string(&file).with_context(|| say::t1("cli-reading", "detail", file.display()))?;
            let c = load_bundle(&store, &text).await?;
            println!("{}", bundle_counts(&c));
        }
        Import::Organisations(args) => organisations(&store, args).await?,
        Import::Events { file } => {
            let text =
                std::fs::read_to_string(&file).with_context(|| say::t1("cli-reading", "detail", file.display()))?;
            let saved = hansa_events::service::load_events_file(&store, &Caller::system(), &text).await?;
            let tr = say::tr();
            for s in &saved {
                for w in &s.warnings {
                    eprintln!("{}: {}", s.event.draft.slug, hansa_events::pages::conflict_text(&tr, w));
                }
            }
            println!("{}", say::t1("cli-demo-events", "count", saved.len()));
        }
        Import::Delegates { event, file, dry_run } => {
            let bytes = std::fs::read(&file).with_context(|| say::t1("cli-reading", "detail", file.display()))?;
            let mut progress = Progress::new();
            let report = hansa_events::service::import_delegates(
                &store,
                &Caller::system(),
                &event,
                &bytes,
                dry_run,
                &mut |d, t| progress.step("checked", d, t),
            )
            .await?;
            let tr = say::tr();
            for row in report.rows.iter().filter(|r| !r.problems.is_empty()) {
                let problems: Vec<String> =
                    row.problems.iter().map(|p| format!("{}: {}", p.field, tr.error(p))).collect();
                println!("{} {} {}: {}", tr.t("import-line"), row.line, row.name, problems.join("; "));
            }
            println!(
                "{}",
                tr.tn(
                    "delegates-import-summary",
                    &[
                        ("rows", report.rows.len().to_string()),
                        ("problems", report.problems().to_string()),
                        ("read_as", report.read_as.clone()),
                    ],
                )
            );
            if report.written > 0 {
                println!("{}", tr.t1("delegates-import-written", "count", report.written));
            } else if report.problems() > 0 {
                anyhow::bail!("{}", tr.t("delegates-import-problems"));
            }
        }
        Import::Undo { id } => {
            let r = service::undo_import(&store, &Caller::system(), id).await?;
            let tr = say::tr();
            println!(
                "{} · {} · {}",
                tr.t1("import-undo-archived", "count", r.archived.len()),
                tr.t1("import-undo-restored", "count", r.restored.len()),
                tr.t1("import-undo-refused", "count", r.refused.len())
            );
            for slug in r.refused {
                println!("  {slug}");
            }
        }
    }
    Ok(())
}

pub fn bundle_counts(c: &bundle::BundleCounts) -> String {
    say::tn(
        "cli-bundle-loaded",
        &[
            ("organisations", c.organisations.to_string()),
            ("networks", c.networks.to_string()),
            ("memberships", c.memberships.to_string()),
            ("offices", c.offices.to_string()),
            ("bodies", c.bodies.to_string()),
            ("people", c.people.to_string()),
        ],
    )
}
