//! The subcommands, one file each.

mod demo;
mod export;
mod import;
mod migrate;
mod remind;
mod schedule;
mod serve;
mod user;

use clap::{Parser, Subcommand};

use crate::config::{Config, GlobalArgs};

/// Hansa — the member directory, events and programmes of a network of cities.
#[derive(Parser)]
#[command(
    name = "hansa",
    version,
    about = "Hansa — the member directory of a network of cities and local governments, in six languages.",
    after_help = "Examples:\n  hansa demo                                   # demo data on SQLite, serve on http://127.0.0.1:8080\n  hansa serve --database-url postgres://postgres@127.0.0.1/hansa --bind 0.0.0.0:8080\n  hansa user create --admin --email sg@example.org --name 'Secretary General'\n  hansa import organisations members.csv --dry-run\n  hansa export bundle > directory.toml\n\nConfiguration: defaults < hansa.toml < HANSA_* environment (HANSA_DATABASE_URL, HANSA_BIND,\nHANSA_DATA_DIR, HANSA_PUBLIC_URL, HANSA_SECURE_COOKIES, HANSA_TRUSTED_PROXIES, HANSA_SMTP_URL,\nHANSA_MAIL_FROM, HANSA_LOG) < flags."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve the web application and API, and send the outbox's messages when a mail relay is set.
    #[command(
        after_help = "Examples:\n  hansa serve --bind 0.0.0.0:8080 --database-url postgres://postgres@127.0.0.1/hansa\n  HANSA_SMTP_URL='smtp://hansa:secret@mail.example.org?tls=starttls' \\\n    hansa serve --mail-from 'Secretariat <secretariat@example.org>'\n\nWithout a relay, messages (registration confirmations, visa letters …) wait in the outbox;\nstaff see them at /staff/messages. Several servers on one PostgreSQL share the sending;\nnone takes a message another holds."
    )]
    Serve,
    /// Load the demo directory (WeGO, NEAR, ASCN, LASCN …) if the database is empty, create demo accounts, then serve.
    #[command(
        after_help = "Example:\n  hansa demo                 # ./data/hansa.db, http://127.0.0.1:8080\n  hansa demo --no-serve      # load only"
    )]
    Demo(demo::Args),
    /// Apply database migrations (also done at every start).
    #[command(after_help = "Example:\n  hansa migrate --database-url postgres://postgres@127.0.0.1/hansa")]
    Migrate,
    /// Import data: organisations from CSV, or a whole directory bundle (TOML).
    #[command(
        subcommand,
        after_help = "Examples:\n  hansa import organisations members.csv --dry-run\n  hansa import bundle demo/directory.toml"
    )]
    Import(import::Import),
    /// Export organisations as CSV, or the whole directory as a bundle (the import formats).
    #[command(
        after_help = "Examples:\n  hansa export organisations > members.csv\n  hansa export bundle > directory.toml     # everything, for `hansa import bundle`"
    )]
    Export(export::Args),
    /// Accounts: create users, reset passwords, issue API tokens.
    #[command(
        subcommand,
        after_help = "Examples:\n  hansa user create --admin --email admin@example.org --name Admin\n  hansa user token --email admin@example.org --name \"CRM sync\" --scope write --expires-days 365\n  hansa user tokens\n  hansa user revoke-token --id 3"
    )]
    User(user::User),
    /// Queue today's reminders of overdue follow-ups: one message per staff owner, at most one a day.
    #[command(
        after_help = "Example:\n  hansa remind               # e.g. daily from cron; `hansa serve` also checks every hour\n\nRunning it again on the same day queues nothing: the day each owner was reminded is kept."
    )]
    Remind,
    /// Schedule bilateral meetings into slots and tables (JSON in, JSON out; no database).
    #[command(
        after_help = "Examples:\n  hansa schedule --input instance.json --output solution.json\n  hansa schedule --input instance.json --output solution.json --objective fair --seed 7\n\nThe formats are in crates/scheduler/README.md. A malformed instance is refused naming the\nitem at fault (exit code 2, no output file). The same input and seed give the same solution."
    )]
    Schedule(schedule::ScheduleArgs),
    /// Seat participants at themed roundtables over several rounds, optimally (JSON in and out).
    #[command(
        name = "assign-roundtables",
        after_help = "Example:\n  hansa assign-roundtables --input roundtables.json --output seats.json\n\nThe format is in crates/scheduler/README.md."
    )]
    AssignRoundtables(schedule::RoundtableArgs),
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    // The scheduler reads and writes files only: no configuration, no database.
    match cli.command {
        Command::Schedule(args) => return schedule::schedule(args),
        Command::AssignRoundtables(args) => return schedule::assign_roundtables(args),
        _ => {}
    }
    let config = Config::load(&cli.global)?;
    match cli.command {
        Command::Serve => serve::run(&config).await,
        Command::Demo(args) => demo::run(&config, args).await,
        Command::Migrate => migrate::run(&config).await,
        Command::Import(cmd) => import::run(&config, cmd).await,
        Command::Export(args) => export::run(&config, args).await,
        Command::User(cmd) => user::run(&config, cmd).await,
        Command::Remind => remind::run(&config).await,
        Command::Schedule(_) | Command::AssignRoundtables(_) => unreachable!("handled above"),
    }
}
