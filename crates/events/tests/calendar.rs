//! iCalendar exports read back with a standard parser (the icalendar crate's): one VEVENT per
//! session with a unique UID, DTSTAMP and the event's zone described by a VTIMEZONE; a person's
//! programme holds only their sessions; no entry spans several days.

mod common;

use std::collections::HashSet;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, header};
use hansa_core::SqlStore;
use hansa_testkit::{TestDbRef, store_test};
use http_body_util::BodyExt;
use icalendar::parser::{read_calendar, unfold};
use tower::ServiceExt;

async fn app(store: Arc<SqlStore>) -> axum::Router {
    common::load_demo(store.as_ref()).await;
    hansa_web::app(store, hansa_web::WebConfig::default(), vec![hansa_directory::feature(), hansa_events::feature()])
}

async fn get(app: &axum::Router, uri: &str) -> (u16, String, String) {
    let req = Request::get(uri).header(header::HOST, "events.example.org").body(Body::empty()).unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status().as_u16();
    let ct = res.headers().get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, ct, String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned())
}

/// The VEVENTs of a calendar as (property name → value) lists, after a strict parse.
fn events(ics: &str) -> Vec<Vec<(String, String)>> {
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "a line over 75 octets: {line}");
    }
    let unfolded = unfold(ics);
    let cal = read_calendar(&unfolded).expect("parses as iCalendar");
    // The parser gives the VCALENDAR's own properties and its components.
    assert!(cal.properties.iter().any(|p| p.name == "VERSION" && p.val == "2.0"), "VERSION:2.0");
    assert!(cal.properties.iter().any(|p| p.name == "PRODID"), "PRODID");
    assert!(cal.components.iter().any(|c| c.name == "VTIMEZONE"), "a VTIMEZONE");
    cal.components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| {
            c.properties
                .iter()
                .map(|p| {
                    let params: Vec<String> = p
                        .params
                        .iter()
                        .map(|x| format!("{}={}", x.key, x.val.as_ref().map(|v| v.as_str()).unwrap_or("")))
                        .collect();
                    (
                        format!(
                            "{}{}",
                            p.name,
                            if params.is_empty() { String::new() } else { format!(";{}", params.join(";")) }
                        ),
                        p.val.to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

fn prop<'a>(e: &'a [(String, String)], name: &str) -> Option<&'a str> {
    e.iter().find(|(k, _)| k == name || k.starts_with(&format!("{name};"))).map(|(_, v)| v.as_str())
}

store_test!(calendars_parse_and_hold_what_they_should, |db: TestDbRef| async move {
    let app = app(db.store.clone()).await;
    let (status, ct, ics) = get(&app, "/events/near-forum-2023/calendar/programme.ics").await;
    assert_eq!(status, 200);
    assert!(ct.starts_with("text/calendar"), "{ct}");
    let all = events(&ics);
    assert_eq!(all.len(), 12, "one VEVENT per session");
    let uids: HashSet<&str> = all.iter().map(|e| prop(e, "UID").unwrap()).collect();
    assert_eq!(uids.len(), all.len(), "unique UIDs");
    for e in &all {
        assert!(prop(e, "DTSTAMP").is_some_and(|v| v.ends_with('Z')), "DTSTAMP in UTC");
        let start = e.iter().find(|(k, _)| k.starts_with("DTSTART")).unwrap();
        let end = e.iter().find(|(k, _)| k.starts_with("DTEND")).unwrap();
        assert!(start.0.contains("TZID=Asia/Seoul"), "{start:?}");
        // No entry fills several calendar days.
        assert_eq!(start.1[..8], end.1[..8], "an entry from {} to {}", start.1, end.1);
    }
    let opening = all.iter().find(|e| prop(e, "SUMMARY").is_some_and(|s| s.contains("Opening"))).unwrap();
    assert_eq!(prop(opening, "DTSTART"), Some("20231207T093000"));
    assert!(prop(opening, "DESCRIPTION").unwrap().contains("LIM Byung-jin"));
    assert!(prop(opening, "URL").unwrap().starts_with("http://events.example.org/events/near-forum-2023#"));
    assert!(ics.contains("TZOFFSETTO:+0900"), "Seoul's offset in the VTIMEZONE");
    assert!(!ics.contains("@example.org\r\n") && !ics.contains("+82-2-0000"), "no contact details");

    // One session; a person's own programme; unknown ones are not found.
    let slug =
        prop(opening, "UID").unwrap().trim_start_matches("near-forum-2023.").trim_end_matches("@hansa").to_owned();
    let (status, _, one) = get(&app, &format!("/events/near-forum-2023/calendar/{slug}.ics")).await;
    assert_eq!(status, 200);
    assert_eq!(events(&one).len(), 1);
    let (status, _, mine) = get(&app, "/events/near-forum-2023/calendar/person-lim-byung-jin.ics").await;
    assert_eq!(status, 200);
    let mine = events(&mine);
    assert!(!mine.is_empty() && mine.len() < all.len(), "{} of {}", mine.len(), all.len());
    assert_eq!(get(&app, "/events/near-forum-2023/calendar/no-such-session.ics").await.0, 404);
    assert_eq!(get(&app, "/events/near-forum-2023/calendar/programme.txt").await.0, 404);
});
