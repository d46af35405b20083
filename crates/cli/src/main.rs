//! `hansa` — the one binary: configuration, subcommands and wiring of store and web.

mod commands;
mod config;
mod say;

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = commands::Cli::parse();
    say::init(cli.global.lang.as_deref());
    config::init_tracing();
    match commands::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}: {}", say::t("cli-error"), say::error_text(&e));
            std::process::ExitCode::FAILURE
        }
    }
}
