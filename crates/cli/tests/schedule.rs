//! `hansa schedule` and `hansa assign-roundtables` as a secretariat runs them: a good instance
//! gives a solution file that keeps every hard constraint, the same seed gives the same file,
//! and a malformed one is refused naming the item, with exit code 2 and no output file.

use std::path::PathBuf;
use std::process::{Command, Output};

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("hansa-schedule-{}-{}", std::process::id(), rand_suffix()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

fn hansa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hansa")).args(args).env("LANG", "en_GB.UTF-8").output().unwrap()
}

/// Two slots of two tables; a governor's delegation (two officials) meets the World Bank, a
/// mayor meets the World Bank and the ADB; the locked meeting stays at slot 1, table 2.
const INSTANCE: &str = r#"{
  "slots": [
    {"id": "s1", "start": "2019-11-21T14:00:00+09:00", "end": "2019-11-21T14:25:00+09:00", "tables": 2},
    {"id": "s2", "start": "2019-11-21T14:30:00+09:00", "end": "2019-11-21T14:55:00+09:00", "tables": 2}
  ],
  "participants": [
    {"id": "governor", "languages": ["ko"]}, {"id": "official", "languages": ["ko", "en"]},
    {"id": "mayor", "max_meetings": 2}, {"id": "world-bank", "languages": ["en"]}, {"id": "adb"}
  ],
  "meetings": [
    {"id": "m1", "a": ["governor", "official"], "b": "world-bank", "priority": 3},
    {"id": "m2", "a": "mayor", "b": "world-bank", "priority": 2},
    {"id": "m3", "a": "mayor", "b": "adb", "locked": {"slot": "s1", "table": 2}}
  ]
}"#;

#[test]
fn a_good_instance_is_scheduled_the_same_way_every_time() {
    let d = dir();
    let input = d.join("instance.json");
    std::fs::write(&input, INSTANCE).unwrap();
    let (a, b) = (d.join("a.json"), d.join("b.json"));
    for out in [&a, &b] {
        let run = hansa(&["schedule", "--input", input.to_str().unwrap(), "--output", out.to_str().unwrap()]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        assert!(String::from_utf8_lossy(&run.stdout).contains("Scheduled 3 of 3 meetings"), "{run:?}");
    }
    let read = |p: &PathBuf| {
        let mut v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        v["stats"].as_object_mut().unwrap().remove("elapsed_ms");
        v
    };
    let (first, second) = (read(&a), read(&b));
    assert_eq!(first, second, "the same input and seed give the same solution");
    let placed = first["assignments"].as_array().unwrap();
    let m3 = placed.iter().find(|x| x["meeting"] == "m3").unwrap();
    assert_eq!((m3["slot"].as_str(), m3["table"].as_u64()), (Some("s1"), Some(2)), "the locked meeting stays");
    let slot = |m: &str| placed.iter().find(|x| x["meeting"] == m).unwrap()["slot"].clone();
    // The mayor is in m2 and m3, the World Bank in m1 and m2: three different slots needed
    // of two, unless m1 and m3 share one.
    assert_ne!(slot("m2"), slot("m3"), "the mayor is never in two meetings at once");
    assert_ne!(slot("m1"), slot("m2"), "the World Bank is never in two meetings at once");
    assert_eq!(first["stats"]["priority_total"], 6);
    assert!(first["stats"]["upper_bound"].as_u64().unwrap() >= 6);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn a_malformed_instance_is_refused_by_name_and_writes_nothing() {
    let d = dir();
    let out = d.join("solution.json");
    for (bad, named) in [
        (INSTANCE.replace("\"b\": \"adb\"", "\"b\": \"ebrd\""), "ebrd"),
        (INSTANCE.replace("\"tables\": 2}\n  ]", "\"tables\": 0}\n  ]"), "s2"),
        (INSTANCE.replace("\"id\": \"m2\"", "\"id\": \"m1\""), "m1"),
        (INSTANCE.replace("\"table\": 2}", "\"table\": 3}"), "m3"),
        ("{ not json".to_owned(), "JSON"),
    ] {
        let input = d.join("bad.json");
        std::fs::write(&input, &bad).unwrap();
        let run = hansa(&["schedule", "--input", input.to_str().unwrap(), "--output", out.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{err}");
        assert!(err.contains(named), "the message names {named}: {err}");
        assert!(!out.exists(), "no output file");
    }
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn roundtables_are_assigned_from_the_command_line() {
    let d = dir();
    let input = d.join("roundtables.json");
    std::fs::write(
        &input,
        r#"{"rounds": 2,
            "themes": [{"id": "buildings", "tables": 1, "capacity": 2}, {"id": "roads", "tables": 1, "capacity": 2}],
            "participants": [
              {"id": "seoul", "country": "KR", "ranking": ["buildings", "roads"]},
              {"id": "hanoi", "country": "VN", "ranking": ["buildings", "roads"]},
              {"id": "manila", "country": "PH", "ranking": ["roads", "buildings"]}
            ],
            "options": {"no_repeat": true, "mix_countries": false}}"#,
    )
    .unwrap();
    let out = d.join("seats.json");
    let run = hansa(&["assign-roundtables", "--input", input.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let seats = v["assignments"].as_array().unwrap();
    assert_eq!(seats.len(), 6, "three people, two rounds each: {v}");
    for p in ["seoul", "hanoi", "manila"] {
        let themes: Vec<&str> =
            seats.iter().filter(|s| s["participant"] == p).map(|s| s["theme"].as_str().unwrap()).collect();
        assert_eq!(themes.len(), 2);
        assert_ne!(themes[0], themes[1], "{p} never sits at one theme twice");
    }
    assert_eq!(v["stats"]["exact"], true);
    let bad = d.join("bad.json");
    std::fs::write(&bad, r#"{"rounds": 0, "themes": [], "participants": []}"#).unwrap();
    let run = hansa(&["assign-roundtables", "--input", bad.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    std::fs::remove_dir_all(&d).ok();
}
