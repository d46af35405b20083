//! Prints, per generated instance, our solver beside the greedy baseline: wall time, peak
//! memory, priority total and its share of the proven upper bound. Each run is a child
//! process so that its peak resident memory (VmHWM) is its own; "instance only" is the
//! memory of generating and parsing the instance, which both runs include.
//!
//! `cargo bench -p hansa-scheduler` (both sizes) or `cargo bench -p hansa-scheduler -- large`.
//! Targets: large ≤ 2 s at ≥ 99.5 % of the bound; huge ≤ 10 s at ≥ 99 %.

use std::process::Command;
use std::time::Instant;

use hansa_scheduler::generator::{GeneratorConfig, generate};
use hansa_scheduler::{Instance, Options, greedy_baseline, solve};

const CHILD: &str = "HANSA_SCHEDULER_BENCH_CHILD";

fn config(size: &str) -> GeneratorConfig {
    match size {
        "large" => GeneratorConfig::large(1),
        "huge" => GeneratorConfig::huge(1),
        other => panic!("unknown size {other}"),
    }
}

fn peak_memory_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// In the child: one solver on one instance; prints `ms total bound peak_kib`.
fn run_child(job: &str) {
    let (size, solver) = job.split_once(':').expect("size:solver");
    let instance = Instance::from_input(&generate(&config(size))).expect("generated instances are valid");
    let started = Instant::now();
    let solution = match solver {
        "ours" => solve(&instance, &Options::default()),
        "greedy" => greedy_baseline(&instance),
        _ => {
            println!("0 0 0 {}", peak_memory_kib());
            return;
        }
    };
    let elapsed = started.elapsed().as_millis();
    println!("{elapsed} {} {} {}", solution.stats.priority_total, solution.stats.upper_bound, peak_memory_kib());
}

fn main() {
    if let Ok(job) = std::env::var(CHILD) {
        run_child(&job);
        return;
    }
    let filter: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let sizes: Vec<&str> = ["large", "huge"]
        .into_iter()
        .filter(|s| filter.is_empty() || filter.iter().any(|f| s.contains(f.as_str())))
        .collect();
    println!(
        "{:<6} {:<14} {:>9} {:>10} {:>9} {:>9} {:>8}",
        "size", "solver", "time_ms", "peak_MiB", "total", "bound", "%bound"
    );
    for size in sizes {
        let c = config(size);
        println!(
            "# {size}: {} participants, {} slots, {} requests, {} tables/slot",
            c.participants, c.slots, c.requests, c.tables
        );
        for solver in ["instance only", "ours", "greedy"] {
            let output = Command::new(std::env::current_exe().expect("own path"))
                .env(CHILD, format!("{size}:{solver}"))
                .output()
                .expect("child runs");
            let text = String::from_utf8_lossy(&output.stdout);
            let fields: Vec<u64> = text.split_whitespace().filter_map(|f| f.parse().ok()).collect();
            let [ms, total, bound, kib] = fields[..] else {
                println!("{size:<6} {solver:<14} failed: {}", String::from_utf8_lossy(&output.stderr));
                continue;
            };
            let share = if bound > 0 { 100.0 * total as f64 / bound as f64 } else { 0.0 };
            let mib = kib as f64 / 1024.0;
            if solver == "instance only" {
                println!("{size:<6} {solver:<14} {:>9} {mib:>10.1} {:>9} {:>9} {:>8}", "-", "-", "-", "-");
            } else {
                println!("{size:<6} {solver:<14} {ms:>9} {mib:>10.1} {total:>9} {bound:>9} {share:>7.3}%");
            }
        }
    }
}
