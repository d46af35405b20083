//! Malformed instances are refused with a message naming the item at fault.

use hansa_scheduler::{InputError, parse_instance};
use serde_json::{Value, json};

/// A valid two-slot instance that each test breaks in one place.
fn base() -> Value {
    json!({
        "slots": [
            {"id": "s1", "start": "2026-05-12T09:00:00+09:00", "end": "2026-05-12T09:25:00+09:00", "tables": 10},
            {"id": "s2", "start": "2026-05-12T09:30:00+09:00", "end": "2026-05-12T09:55:00+09:00", "tables": 10}
        ],
        "participants": [
            {"id": "p1", "available": ["s1", "s2"], "max_meetings": 8, "languages": ["ko", "en"]},
            {"id": "p2"},
            {"id": "p3", "available": ["s2"]}
        ],
        "meetings": [
            {"id": "m1", "a": "p1", "b": "p2", "priority": 3},
            {"id": "m2", "a": "p2", "b": "p3"}
        ],
        "interpreters": [{"id": "i1", "languages": ["ko", "en"], "available": ["s1"]}]
    })
}

fn error_for(edit: impl FnOnce(&mut Value)) -> String {
    let mut instance = base();
    edit(&mut instance);
    match parse_instance(&instance.to_string()) {
        Err(InputError::Invalid(message)) => message,
        other => panic!("expected a semantic error, got {other:?}"),
    }
}

#[test]
fn the_base_instance_is_valid() {
    assert!(parse_instance(&base().to_string()).is_ok());
}

#[test]
fn unknown_participant_in_a_meeting() {
    assert_eq!(error_for(|v| v["meetings"][1]["b"] = json!("p99")), "meeting m2: participant p99 is unknown");
}

#[test]
fn slot_ending_before_it_starts() {
    assert_eq!(
        error_for(|v| v["slots"][1]["end"] = json!("2026-05-12T09:10:00+09:00")),
        "slot s2 ends before it starts"
    );
}

#[test]
fn lock_on_a_table_that_does_not_exist() {
    let message = error_for(|v| v["meetings"][0]["locked"] = json!({"slot": "s1", "table": 11}));
    assert_eq!(message, "meeting m1: locked at slot s1 table 11 but s1 has 10 tables");
}

#[test]
fn duplicate_ids() {
    assert_eq!(error_for(|v| v["meetings"][1]["id"] = json!("m1")), "meeting m1: duplicate id");
    assert_eq!(error_for(|v| v["slots"][1]["id"] = json!("s1")), "slot s1: duplicate id");
    assert_eq!(error_for(|v| v["participants"][2]["id"] = json!("p1")), "participant p1: duplicate id");
}

#[test]
fn two_locked_meetings_on_one_table() {
    let message = error_for(|v| {
        v["meetings"][0]["locked"] = json!({"slot": "s2", "table": 4});
        v["meetings"][1]["locked"] = json!({"slot": "s2", "table": 4});
    });
    assert_eq!(message, "meetings m1 and m2 are both locked at slot s2 table 4");
}

#[test]
fn locked_where_a_side_is_unavailable() {
    let message = error_for(|v| v["meetings"][1]["locked"] = json!({"slot": "s1", "table": 1}));
    assert_eq!(message, "meeting m2: locked at slot s1 but participant p3 is not available then");
}

#[test]
fn locked_person_in_two_meetings_at_once() {
    let message = error_for(|v| {
        v["meetings"][0]["locked"] = json!({"slot": "s2", "table": 1});
        v["meetings"][1]["locked"] = json!({"slot": "s2", "table": 2});
    });
    assert_eq!(message, "meetings m1 and m2 are both locked at slot s2 with participant p2");
}

#[test]
fn non_positive_numbers() {
    assert_eq!(error_for(|v| v["slots"][0]["tables"] = json!(0)), "slot s1: tables must be a positive integer, got 0");
    assert_eq!(
        error_for(|v| v["meetings"][0]["priority"] = json!(-2)),
        "meeting m1: priority must be a positive integer, got -2"
    );
    assert_eq!(
        error_for(|v| v["participants"][0]["max_meetings"] = json!(0)),
        "participant p1: max_meetings must be a positive integer, got 0"
    );
}

#[test]
fn meeting_oneself_and_sides_sharing_a_member() {
    assert_eq!(error_for(|v| v["meetings"][0]["b"] = json!("p1")), "meeting m1: participant p1 cannot meet themselves");
    assert_eq!(
        error_for(|v| v["meetings"][0]["b"] = json!(["p2", "p1"])),
        "meeting m1: participant p1 is on both sides"
    );
    assert_eq!(
        error_for(|v| v["meetings"][0]["a"] = json!(["p1", "p1"])),
        "meeting m1: participant p1 is listed twice on side a"
    );
    assert_eq!(error_for(|v| v["meetings"][0]["a"] = json!([])), "meeting m1: side a is empty");
}

#[test]
fn unknown_slots_in_availability_and_locks() {
    assert_eq!(error_for(|v| v["participants"][2]["available"] = json!(["s9"])), "participant p3: slot s9 is unknown");
    assert_eq!(error_for(|v| v["interpreters"][0]["available"] = json!(["s0"])), "interpreter i1: slot s0 is unknown");
    assert_eq!(
        error_for(|v| v["meetings"][0]["locked"] = json!({"slot": "s7", "table": 1})),
        "meeting m1: locked at unknown slot s7"
    );
}

#[test]
fn locks_beyond_a_limit_and_minimum_above_maximum() {
    let message = error_for(|v| {
        v["participants"][1]["max_meetings"] = json!(1);
        v["meetings"][0]["locked"] = json!({"slot": "s1", "table": 1});
        v["meetings"][1]["locked"] = json!({"slot": "s2", "table": 1});
    });
    assert_eq!(message, "participant p2: locked into 2 meetings but max_meetings is 1");
    let message = error_for(|v| v["participants"][0]["min_meetings"] = json!(9));
    assert_eq!(message, "participant p1: min_meetings 9 exceeds max_meetings 8");
}

#[test]
fn bad_timestamps_and_overlapping_slots() {
    let message = error_for(|v| v["slots"][0]["start"] = json!("9am"));
    assert_eq!(message, "slot s1: start \"9am\" is not an RFC 3339 timestamp with offset");
    let message = error_for(|v| v["slots"][1]["start"] = json!("2026-05-12T09:20:00+09:00"));
    assert_eq!(message, "slots s1 and s2 overlap");
}

#[test]
fn locked_interpreted_meeting_without_an_interpreter() {
    let message = error_for(|v| {
        v["participants"][1]["languages"] = json!(["zh"]);
        v["meetings"][0]["locked"] = json!({"slot": "s2", "table": 1});
    });
    assert_eq!(message, "meeting m1: locked at slot s2 but no interpreter for its languages is available then");
}

#[test]
fn json_errors_and_unknown_fields() {
    assert!(matches!(parse_instance("{"), Err(InputError::Json(_))));
    let mut instance = base();
    instance["participants"][0]["max_meeting"] = json!(3);
    let Err(InputError::Json(message)) = parse_instance(&instance.to_string()) else { panic!("accepted a typo") };
    assert!(message.contains("max_meeting"), "{message}");
}
