//! `hansa schedule` and `hansa assign-roundtables`: the scheduler crate on JSON files. A
//! malformed instance is refused naming the item at fault, with exit code 2 and no output
//! file; a good one's solution is written whole (to a temporary file, then renamed) or not at
//! all.

use std::path::{Path, PathBuf};
use std::time::Duration;

use hansa_scheduler::{Objective, Options};

use crate::say;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ObjectiveArg {
    /// The highest total priority of scheduled meetings.
    Priority,
    /// First as many people as possible reach their `min_meetings`, then priority.
    Fair,
}

#[derive(clap::Args)]
pub struct ScheduleArgs {
    /// The instance: slots, participants, meeting requests (and delegations, interpreters).
    #[arg(long)]
    input: PathBuf,
    /// Where to write the solution (assignments, unscheduled, stats).
    #[arg(long)]
    output: PathBuf,
    /// A safety cap on the search; the search normally stops by itself, deterministically.
    #[arg(long, default_value_t = 60_000)]
    time_limit_ms: u64,
    /// The same input and seed give the same solution, byte for byte (but `elapsed_ms`).
    #[arg(long, default_value_t = 0)]
    seed: u64,
    #[arg(long, value_enum, default_value = "priority")]
    objective: ObjectiveArg,
}

#[derive(clap::Args)]
pub struct RoundtableArgs {
    /// Rounds, themes with their tables and seats, participants with their ranking.
    #[arg(long)]
    input: PathBuf,
    #[arg(long)]
    output: PathBuf,
}

/// Reads the input or stops with exit code 2, naming the problem.
fn read_or_exit(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| refuse(&format!("{}: {e}", path.display())))
}

fn refuse(message: &str) -> ! {
    eprintln!("{}: {message}", say::t("cli-error"));
    std::process::exit(2)
}

/// Writes `text` to `path` whole: a reader never sees half a solution.
fn write_whole(path: &Path, text: &str) -> anyhow::Result<()> {
    let tmp = path.with_extension("json.partial");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}

fn spinner(message: String) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner().with_message(message);
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

pub fn schedule(args: ScheduleArgs) -> anyhow::Result<()> {
    let text = read_or_exit(&args.input);
    let instance = hansa_scheduler::parse_instance(&text).unwrap_or_else(|e| refuse(&e.to_string()));
    let options = Options {
        time_limit_ms: args.time_limit_ms,
        seed: args.seed,
        objective: match args.objective {
            ObjectiveArg::Priority => Objective::Priority,
            ObjectiveArg::Fair => Objective::Fair,
        },
        work_budget: None,
    };
    let bar = spinner(say::t("cli-scheduling"));
    let solution = hansa_scheduler::solve(&instance, &options);
    bar.finish_and_clear();
    write_whole(&args.output, &hansa_scheduler::solution_json(&solution))?;
    let s = &solution.stats;
    let percent = if s.upper_bound == 0 { 100.0 } else { 100.0 * s.priority_total as f64 / s.upper_bound as f64 };
    println!(
        "{}",
        say::tn(
            "cli-scheduled",
            &[
                ("scheduled", s.scheduled.to_string()),
                ("meetings", (solution.assignments.len() + solution.unscheduled.len()).to_string()),
                ("total", s.priority_total.to_string()),
                ("bound", s.upper_bound.to_string()),
                ("percent", format!("{percent:.2}")),
                ("ms", s.elapsed_ms.to_string()),
                ("output", args.output.display().to_string()),
            ],
        )
    );
    Ok(())
}

pub fn assign_roundtables(args: RoundtableArgs) -> anyhow::Result<()> {
    let text = read_or_exit(&args.input);
    let instance = hansa_scheduler::parse_roundtables(&text).unwrap_or_else(|e| refuse(&e.to_string()));
    let solution = hansa_scheduler::assign_roundtables(&instance);
    let json = hansa_scheduler::roundtables_json(&solution);
    write_whole(&args.output, &json)?;
    println!("{}", say::t1("cli-roundtables-done", "output", args.output.display()));
    Ok(())
}
