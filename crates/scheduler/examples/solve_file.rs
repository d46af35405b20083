//! Solves an instance file and writes the solution JSON, as the product's CLI will:
//! `cargo run --release -p hansa-scheduler --example solve_file -- instance.json solution.json [seed]`

use hansa_scheduler::{Options, parse_instance, solution_json, solve};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        return Err("usage: solve_file INSTANCE.json SOLUTION.json [SEED]".into());
    };
    let seed = args.next().map(|s| s.parse()).transpose()?.unwrap_or(0);
    let instance = parse_instance(&std::fs::read_to_string(input)?)?;
    let solution = solve(&instance, &Options { seed, ..Options::default() });
    std::fs::write(&output, solution_json(&solution))?;
    let stats = &solution.stats;
    println!(
        "{} meetings, total {} of bound {} in {} ms",
        stats.scheduled, stats.priority_total, stats.upper_bound, stats.elapsed_ms
    );
    Ok(())
}
