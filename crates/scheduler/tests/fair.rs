//! The fair objective: reaching people's minimums comes before priority, and shortfalls
//! explain themselves.

use hansa_scheduler::{Objective, Options, ShortfallReason, parse_instance, solve, verify};

/// One slot, one table: the priority objective takes m1 (5), the fair one m2 so that p3
/// reaches their minimum of one meeting.
const CONTESTED: &str = r#"{
  "slots": [{"id": "s1", "start": "2026-05-12T09:00:00Z", "end": "2026-05-12T09:25:00Z", "tables": 1},
            {"id": "s2", "start": "2026-05-12T10:00:00Z", "end": "2026-05-12T10:25:00Z", "tables": 1}],
  "participants": [{"id": "p1", "available": ["s1"]}, {"id": "p2", "available": ["s1"]},
                   {"id": "p3", "available": ["s1"], "min_meetings": 1}, {"id": "p4", "available": ["s1"]},
                   {"id": "p5", "min_meetings": 1, "available": ["s2"]}, {"id": "p6", "available": ["s1"]},
                   {"id": "p7", "min_meetings": 2}],
  "meetings": [{"id": "m1", "a": "p1", "b": "p2", "priority": 5},
               {"id": "m2", "a": "p3", "b": "p4", "priority": 1},
               {"id": "m3", "a": "p5", "b": "p6", "priority": 1}]
}"#;

#[test]
fn fair_objective_reaches_minimums_first() {
    let instance = parse_instance(CONTESTED).unwrap();
    let priority = solve(&instance, &Options::default());
    let fair = solve(&instance, &Options { objective: Objective::Fair, ..Options::default() });
    assert_eq!(verify(&instance, &priority), Ok(()));
    assert_eq!(verify(&instance, &fair), Ok(()));
    assert_eq!(priority.stats.priority_total, 5);
    assert_eq!(fair.stats.priority_total, 1);
    assert_eq!(fair.assignments[0].meeting, "m2");

    let reasons = |s: &hansa_scheduler::Solution| -> Vec<(String, ShortfallReason)> {
        s.shortfalls.as_ref().unwrap().iter().map(|f| (f.participant.clone(), f.reason)).collect()
    };
    assert_eq!(
        reasons(&priority),
        [
            ("p3".to_string(), ShortfallReason::Capacity),
            ("p5".to_string(), ShortfallReason::NoCommonAvailability),
            ("p7".to_string(), ShortfallReason::NoRequests)
        ]
    );
    assert_eq!(
        reasons(&fair),
        [("p5".to_string(), ShortfallReason::NoCommonAvailability), ("p7".to_string(), ShortfallReason::NoRequests)]
    );
}
