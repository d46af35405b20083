//! What the parser fills in and derives: defaults, delegations, languages and interpreters.

use hansa_scheduler::parse_instance;

const INSTANCE: &str = r#"{
  "slots": [{"id": "s1", "start": "2026-05-12T09:00:00+09:00", "end": "2026-05-12T09:25:00+09:00", "tables": 2},
            {"id": "s2", "start": "2026-05-12T00:30:00Z", "end": "2026-05-12T00:55:00Z", "tables": 1}],
  "participants": [
    {"id": "kr", "languages": ["ko"]},
    {"id": "kr2", "languages": ["ko", "en"], "available": ["s2"], "max_meetings": 3, "min_meetings": 1},
    {"id": "cn", "languages": ["zh"]},
    {"id": "any"}
  ],
  "meetings": [
    {"id": "plain", "a": "kr", "b": "any"},
    {"id": "needs", "a": "kr", "b": "cn", "priority": 4},
    {"id": "delegation", "a": ["kr", "kr2"], "b": "cn", "locked": {"slot": "s2", "table": 1}}
  ],
  "interpreters": [{"id": "ko-zh", "languages": ["ko", "zh"], "available": ["s2"]},
                   {"id": "en-zh", "languages": ["en", "zh"]},
                   {"id": "ko-en", "languages": ["ko", "en"]}]
}"#;

#[test]
fn defaults_are_filled_in() {
    let instance = parse_instance(INSTANCE).unwrap();
    let any = &instance.participants()[3];
    assert_eq!(any.available.len(), 2, "absent availability means every slot");
    assert_eq!((any.max_meetings, any.min_meetings), (None, 0));
    assert_eq!(instance.capacity(3), 2, "no limit: capped by the slots available");
    assert_eq!(instance.capacity(1), 1, "max_meetings 3 but one slot");
    assert_eq!(instance.meetings()[0].priority, 1);
    assert_eq!(instance.meetings()[1].priority, 4);
    assert_eq!(instance.slots()[1].start - instance.slots()[0].start, 30 * 60, "offsets are applied");
}

#[test]
fn languages_decide_interpreters() {
    let instance = parse_instance(INSTANCE).unwrap();
    let [plain, needs, delegation] = instance.meetings() else { panic!("three meetings") };
    assert!(!plain.needs_interpreter, "a side without languages needs no interpreter");
    assert!(needs.needs_interpreter);
    assert_eq!(needs.interpreters, vec![0], "only ko-zh covers both sides");
    assert_eq!(needs.slots, vec![1], "and ko-zh is only there in s2");
    // The delegation speaks ko and en: en-zh covers it too.
    assert_eq!(delegation.people, vec![0, 1, 2]);
    assert_eq!(delegation.interpreters, vec![0, 1]);
    assert_eq!(delegation.slots, vec![1], "kr2 is only available in s2");
    assert_eq!(delegation.locked.map(|l| (l.slot, l.table)), Some((1, 1)));
    assert_eq!(instance.meetings_of(0), &[0, 1, 2]);
}
