//! Same instance and seed → byte-identical JSON, apart from `stats.elapsed_ms` (the one
//! wall-clock figure); and the documented example round-trips to the documented format.

use hansa_scheduler::generator::{GeneratorConfig, generate};
use hansa_scheduler::{Instance, Objective, Options, parse_instance, solution_json, solve, verify};

/// The JSON text with `,"elapsed_ms":N` cut out, everything else byte for byte.
fn without_elapsed(json: &str) -> String {
    let start = json.find(",\"elapsed_ms\":").expect("stats has elapsed_ms");
    let digits = json[start + 14..].find(|c: char| !c.is_ascii_digit()).unwrap();
    format!("{}{}", &json[..start], &json[start + 14 + digits..])
}

fn medium() -> Instance {
    let config =
        GeneratorConfig { participants: 300, slots: 12, requests: 2_500, tables: 60, zipf_exponent: 0.9, seed: 7 };
    Instance::from_input(&generate(&config)).unwrap()
}

#[test]
fn same_seed_same_output() {
    let instance = medium();
    for objective in [Objective::Priority, Objective::Fair] {
        let options = Options { seed: 42, objective, ..Options::default() };
        let first = solution_json(&solve(&instance, &options));
        let second = solution_json(&solve(&instance, &options));
        assert_eq!(without_elapsed(&first), without_elapsed(&second));
    }
}

#[test]
fn generated_instances_solve_validly_and_beat_the_baseline() {
    let instance = medium();
    let ours = solve(&instance, &Options::default());
    let baseline = hansa_scheduler::greedy_baseline(&instance);
    assert_eq!(verify(&instance, &ours), Ok(()));
    assert_eq!(verify(&instance, &baseline), Ok(()));
    assert!(ours.stats.priority_total >= baseline.stats.priority_total);
    assert!(ours.stats.priority_total <= ours.stats.upper_bound);
}

#[test]
fn documented_example() {
    let json = r#"{"slots":[{"id":"s1","start":"2026-05-12T09:00:00+09:00","end":"2026-05-12T09:25:00+09:00","tables":10}],
        "participants":[{"id":"p1","available":["s1"],"max_meetings":8,"min_meetings":2,"languages":["ko"]},
                        {"id":"p2","languages":["en"]}],
        "meetings":[{"id":"m1","a":"p1","b":"p2","priority":3,"locked":{"slot":"s1","table":4}}],
        "interpreters":[{"id":"i1","languages":["ko","en"],"available":["s1"]}]}"#;
    let instance = parse_instance(json).unwrap();
    let solution = solve(&instance, &Options::default());
    let printed = without_elapsed(&solution_json(&solution));
    assert_eq!(
        printed,
        r#"{"assignments":[{"meeting":"m1","slot":"s1","table":4,"interpreter":"i1"}],"unscheduled":[],"stats":{"scheduled":1,"priority_total":3,"upper_bound":3},"shortfalls":[{"participant":"p1","wanted":2,"got":1,"reason":"no_requests"}]}"#
    );
}
