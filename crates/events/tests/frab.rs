//! The frab / c3voc schedules of the four seed events, on both backends, judged by the
//! schemas' own validators: xmllint against `schedule.xml.xsd`, Python's jsonschema against
//! `schedule.schema.json` (both in `shared/specs/frab`, beside the repository). A validator that
//! is not installed fails the test, naming its Debian package: a skipped check would pass
//! unnoticed. Each validator is also shown a broken document, so it is known to reject one.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use hansa_core::validate::Errors;
use hansa_events::export::frab::{schedule_json, schedule_xml};
use hansa_events::model::{Event, Session, time};
use hansa_events::service::EventsFile;
use hansa_events::store::{EventStore, Programme};
use hansa_testkit::{TestDbRef, store_test};
use serde_json::Value;

mod common;

use common::EVENTS;
const BASE: &str = "https://hansa.example.org";

fn specs() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/specs/frab");
    assert!(dir.join("schedule.xml.xsd").is_file(), "the frab schemas are not at {}", dir.display());
    dir
}

/// A file of its own per document: both backends' tests run at once in one process.
fn temp(name: &str, body: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("hansa-frab-{}-{n}-{name}", std::process::id()));
    std::fs::write(&path, body).unwrap();
    path
}

fn run(cmd: &mut Command, install: &str) -> Output {
    match cmd.output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("{:?} is not installed: install the Debian package {install}", cmd.get_program())
        }
        Err(e) => panic!("running {:?}: {e}", cmd.get_program()),
    }
}

fn verdict(out: Output) -> Result<(), String> {
    if out.status.success() {
        return Ok(());
    }
    Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

/// `xmllint --noout --schema schedule.xml.xsd`: Ok, or its complaints.
fn validate_xml(xml: &str) -> Result<(), String> {
    let file = temp("schedule.xml", xml);
    let xsd = specs().join("schedule.xml.xsd");
    let out = run(Command::new("xmllint").arg("--noout").arg("--schema").arg(&xsd).arg(&file), "libxml2-utils");
    std::fs::remove_file(&file).ok();
    verdict(out)
}

/// Draft 6, with every format check the installed jsonschema knows (uuid, date, date-time…).
/// Exit 3 means the module is missing.
const CHECK_JSON: &str = r#"
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit(3)
schema = json.load(open(sys.argv[1], encoding="utf-8"))
doc = json.load(open(sys.argv[2], encoding="utf-8"))
jsonschema.Draft6Validator.check_schema(schema)
validator = jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())
errors = list(validator.iter_errors(doc))
for e in errors:
    print("/".join(map(str, e.absolute_path)) + ": " + e.message)
sys.exit(1 if errors else 0)
"#;

fn validate_json(doc: &Value) -> Result<(), String> {
    let file = temp("schedule.json", &doc.to_string());
    let schema = specs().join("schedule.schema.json");
    let out = run(Command::new("python3").arg("-c").arg(CHECK_JSON).arg(&schema).arg(&file), "python3");
    std::fs::remove_file(&file).ok();
    assert_ne!(
        out.status.code(),
        Some(3),
        "Python's jsonschema is missing: install the Debian package python3-jsonschema"
    );
    verdict(out)
}

/// The value of an XPath expression over the document, by xmllint.
fn xpath(xml: &str, expr: &str) -> String {
    let file = temp("query.xml", xml);
    let out = run(Command::new("xmllint").arg("--xpath").arg(expr).arg(&file), "libxml2-utils");
    std::fs::remove_file(&file).ok();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// Every session of a JSON schedule, across days and rooms.
fn json_events(doc: &Value) -> Vec<&Value> {
    let days = doc["schedule"]["conference"]["days"].as_array().unwrap();
    days.iter().flat_map(|d| d["rooms"].as_object().unwrap().values()).flat_map(|r| r.as_array().unwrap()).collect()
}

async fn demo(db: &TestDbRef) {
    common::load_demo(db.store.as_ref()).await;
}

fn check(event: &Event, p: &Programme) -> (String, Value) {
    let (xml, json) = (schedule_xml(event, p, BASE), schedule_json(event, p, BASE));
    let slug = &event.draft.slug;
    if let Err(e) = validate_xml(&xml) {
        panic!("{slug}: schedule.xml does not validate:\n{e}\n{xml}");
    }
    if let Err(e) = validate_json(&json) {
        panic!("{slug}: schedule.json does not validate:\n{e}\n{json:#}");
    }
    (xml, json)
}

store_test!(the_seed_events_export_valid_schedules, |db: TestDbRef| async move {
    demo(&db).await;
    let events = db.store.events(true).await.unwrap();
    assert_eq!(events.len(), 5, "the four seed events and the upcoming one");
    for event in &events {
        let p = db.store.programme(event.id).await.unwrap();
        let (xml, json) = check(event, &p);
        let slug = &event.draft.slug;
        for private in ["@example.org", "+82-2-0000"] {
            assert!(!xml.contains(private) && !json.to_string().contains(private), "{slug}: contact details");
        }
        assert_eq!(xpath(&xml, "count(//event)"), p.sessions.len().to_string(), "{slug}: every session once");
        assert_eq!(json_events(&json).len(), p.sessions.len(), "{slug}: every session once in the JSON");
        assert_eq!(xml, schedule_xml(event, &p, BASE), "{slug}: the same programme gives the same document");
    }

    let near = db.store.event("near-forum-2023").await.unwrap().unwrap();
    let p = db.store.programme(near.id).await.unwrap();
    let (xml, json) = check(&near, &p);
    assert_eq!(xpath(&xml, "string(/schedule/conference/acronym)"), "near_forum_2023");
    assert_eq!(xpath(&xml, "string(/schedule/conference/time_zone_name)"), "Asia/Seoul");
    assert_eq!(xpath(&xml, "count(/schedule/day)"), "3");
    for (i, date) in ["2023-12-06", "2023-12-07", "2023-12-08"].iter().enumerate() {
        let day = format!("/schedule/day[{}]", i + 1);
        assert_eq!(xpath(&xml, &format!("string({day}/@date)")), *date);
        assert_eq!(xpath(&xml, &format!("string({day}/@start)")), format!("{date}T00:00:00+09:00"), "local midnight");
    }
    let opening = "/schedule/day[2]/room[@name='Main Hall']/event[type='opening_ceremony']";
    assert_eq!(xpath(&xml, &format!("string({opening}/date)")), "2023-12-07T09:30:00+09:00");
    assert_eq!(xpath(&xml, &format!("string({opening}/start)")), "09:30");
    assert_eq!(xpath(&xml, &format!("string({opening}/duration)")), "00:50");
    assert_eq!(xpath(&xml, &format!("count({opening}/persons/person[.='LIM Byung-jin'])")), "1");
    assert_eq!(xpath(&xml, &format!("count({opening}/persons/person)")), "8", "speaker and remarks, once each");
    assert!(xml.contains("opening speech: \"Let's enact"), "quotes in a text stay readable");
    // The coffee break has no room: it still has one in the format.
    assert_eq!(xpath(&xml, "string(//event[type='break']/room)"), "Other");
    // The XML and the JSON name a session by the same GUID, derived, not random.
    let guid = xpath(&xml, &format!("string({opening}/@guid)"));
    let j = json_events(&json).into_iter().find(|e| e["type"] == "opening_ceremony").unwrap();
    assert_eq!(j["guid"], guid.as_str());
    assert_eq!(
        (j["date"].as_str(), j["end"].as_str()),
        (Some("2023-12-07T09:30:00+09:00"), Some("2023-12-07T10:20:00+09:00"))
    );

    // A title only in Korean, and one with every character XML escapes, come back as written.
    let mut changed = p.clone();
    let k = changed.sessions.iter().position(|s| s.draft.slug == "opening-ceremony").unwrap();
    changed.sessions[k].draft.title.0.remove("en");
    let tricky = "Q&A: <Cities> \"now\" & 'then'";
    changed.sessions[k + 1].draft.title.0.insert("en".into(), tricky.into());
    let (xml, json) = check(&near, &changed);
    assert_eq!(xpath(&xml, &format!("string({opening}/title)")), "개회식");
    assert!(xml.contains("<title>개회식</title>"), "Korean as UTF-8, not character references");
    let parsed: Value = serde_json::from_str(&json.to_string()).unwrap();
    assert!(json_events(&parsed).iter().any(|e| e["title"] == "개회식"));
    let slug = &changed.sessions[k + 1].draft.slug;
    assert_eq!(xpath(&xml, &format!("string(//event[contains(slug, '-{slug}')]/title)")), tricky);

    // The online training: sessions without a room are in "Online", with the right room type.
    let training = db.store.event("wego-shrdc-training-2023").await.unwrap().unwrap();
    let (xml, json) = check(&training, &db.store.programme(training.id).await.unwrap());
    assert_eq!(xpath(&xml, "count(//room[@name!='Online'])"), "0");
    assert_eq!(xpath(&xml, "count(/schedule/day)"), "21", "every day of the three weeks");
    let rooms = json["schedule"]["conference"]["rooms"].as_array().unwrap();
    assert!(rooms.iter().any(|r| r["name"] == "Online" && r["type"] == "online"), "{rooms:?}");
});

/// The NEAR forum without a database: its sessions' local times turned into instants as the
/// service does, numbered from 1.
fn near_without_store() -> (Event, Programme) {
    let file: EventsFile = toml::from_str(EVENTS).unwrap();
    let input = file.event.into_iter().find(|e| e.draft.slug == "near-forum-2023").unwrap();
    let tz = time::zone(&input.draft.time_zone).unwrap();
    let mut e = Errors::default();
    let sessions = (1..)
        .zip(input.sessions)
        .map(|(id, draft)| Session {
            id,
            start: time::local_to_utc("start", &draft.starts_at, &tz, &mut e).unwrap(),
            end: time::local_to_utc("end", &draft.ends_at, &tz, &mut e).unwrap(),
            draft,
        })
        .collect();
    let p = Programme { rooms: input.rooms, sessions, ..Programme::default() };
    (Event { id: 1, revision: 1, draft: input.draft }, p)
}

#[test]
fn the_validators_reject_a_broken_document() {
    let (event, p) = near_without_store();
    let (xml, json) = check(&event, &p);

    // An event without its required `guid`, then a day numbered 0.
    let broken = xml.replacen("<event guid=", "<event uuid=", 1);
    let err = validate_xml(&broken).unwrap_err();
    assert!(err.contains("'guid' is required but missing"), "{err}");
    let broken = xml.replacen("<day index=\"1\"", "<day index=\"0\"", 1);
    assert!(validate_xml(&broken).is_err(), "a day index must be positive");
    assert!(validate_xml("<schedule><version>1</version></schedule>").is_err(), "no conference, no day");

    let mut broken = json.clone();
    let day = &mut broken["schedule"]["conference"]["days"][0]["rooms"];
    let first = day.as_object_mut().unwrap().values_mut().next().unwrap();
    first[0].as_object_mut().unwrap().remove("guid");
    let err = validate_json(&broken).unwrap_err();
    assert!(err.contains("'guid' is a required property"), "{err}");
    let mut broken = json.clone();
    broken["schedule"]["conference"]["acronym"] = "near-forum-2023".into();
    assert!(validate_json(&broken).unwrap_err().contains("acronym"), "hyphens break the acronym pattern");
    let mut broken = json;
    let day = &mut broken["schedule"]["conference"]["days"][0]["rooms"];
    day.as_object_mut().unwrap().values_mut().next().unwrap()[0]["duration"] = "1h30".into();
    assert!(validate_json(&broken).unwrap_err().contains("duration"), "a duration that is not hh:mm");
}
