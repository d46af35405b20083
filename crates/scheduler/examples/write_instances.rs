//! Writes the benchmark's generated instances as JSON, for `bench/cpsat.py` or the CLI:
//! `cargo run --release -p hansa-scheduler --example write_instances -- /tmp/instances`
//! writes `large.json` and `huge.json` there (seed 1, as the benchmark uses).

use hansa_scheduler::generator::{GeneratorConfig, generate};

fn main() -> std::io::Result<()> {
    let directory = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    std::fs::create_dir_all(&directory)?;
    for (name, config) in [("large", GeneratorConfig::large(1)), ("huge", GeneratorConfig::huge(1))] {
        let path = format!("{directory}/{name}.json");
        std::fs::write(&path, serde_json::to_string(&generate(&config)).expect("instances serialise"))?;
        println!("{path}");
    }
    Ok(())
}
