//! The events' pages on both backends, read as the public reads them: the calendar and the
//! NEAR forum's programme in English and Korean, a room filter, drafts hidden, no personal data.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, header};
use hansa_core::{Caller, SqlStore};
use hansa_events::model::EventStatus;
use hansa_events::service::{self, EventsFile};
use hansa_testkit::{TestDbRef, store_test};
use http_body_util::BodyExt;
use tower::ServiceExt;

mod common;

use common::EVENTS;

async fn app(store: Arc<SqlStore>) -> axum::Router {
    common::load_demo(store.as_ref()).await;
    hansa_web::app(store, hansa_web::WebConfig::default(), vec![hansa_directory::feature(), hansa_events::feature()])
}

async fn get(app: &axum::Router, uri: &str, lang: &str) -> (u16, String) {
    let req = Request::get(uri).header(header::ACCEPT_LANGUAGE, lang).body(Body::empty()).unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status().as_u16();
    (status, String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).into_owned())
}

/// No message id of the catalogue reached the page.
fn no_keys(body: &str) {
    for prefix in ["event-kind-", "session-kind-", "participant-role-", "event-role-", "month-", "date-long", "err-"] {
        assert!(!body.contains(prefix), "catalogue key {prefix}… on the page");
    }
}

store_test!(the_public_reads_the_calendar_and_programme, |db: TestDbRef| async move {
    let app = app(db.store.clone()).await;
    let (status, list) = get(&app, "/events", "en").await;
    assert_eq!(status, 200);
    for title in ["NEAR International Forum 2023", "6th WeGO General Assembly", "WeGO-ASCN Mayoral Conference 2019"] {
        assert!(list.contains(title), "{title} on the calendar");
    }
    no_keys(&list);

    let (status, page) = get(&app, "/events/near-forum-2023", "en").await;
    assert_eq!(status, 200);
    assert!(page.contains("6 December 2023 – 8 December 2023"), "the event's days");
    assert!(page.contains("Asia/Seoul") && page.contains("UTC+09:00"), "times labelled with their zone");
    assert!(page.contains("09:30–10:20"), "the opening ceremony in Seoul time");
    assert!(page.contains("LIM Byung-jin") && page.contains("임병진"), "romanised and native names");
    assert!(page.contains("/organisations/near"), "organisations linked to the directory");
    assert!(page.contains("Moderator") && page.contains("SHIN Bongkil"));
    assert!(!page.contains("@example.org") && !page.contains("+82-2-0000"), "no contact details on a public page");
    no_keys(&page);

    // A person's programme at the event, linked from their name.
    assert!(page.contains("/events/near-forum-2023/people/lim-byung-jin"));
    let (status, mine) = get(&app, "/events/near-forum-2023/people/lim-byung-jin", "en").await;
    assert_eq!(status, 200);
    assert!(
        mine.contains("Opening") && mine.contains("person-lim-byung-jin.ics") && mine.contains("/people/lim-byung-jin")
    );
    assert!(!mine.contains("Local tours"), "only the sessions they are in");
    no_keys(&mine);
    assert_eq!(get(&app, "/events/near-forum-2023/people/nobody", "en").await.0, 404);

    let (_, ko) = get(&app, "/events/near-forum-2023", "ko").await;
    assert!(ko.contains("2023년 12월 7일"), "dates in Korean");
    assert!(ko.contains("프로그램"));
    no_keys(&ko);

    // One room only: a phone's view of a busy day.
    let (_, all) = get(&app, "/events/wego-ascn-mayoral-conference-2019", "en").await;
    let file: EventsFile = toml::from_str(EVENTS).unwrap();
    let ascn = file.event.iter().find(|e| e.draft.slug == "wego-ascn-mayoral-conference-2019").unwrap();
    let room = &ascn.rooms[1].slug;
    let (status, one) = get(&app, &format!("/events/wego-ascn-mayoral-conference-2019?room={room}"), "en").await;
    assert_eq!(status, 200);
    let sessions = |body: &str| body.matches("class=\"session\"").count();
    let in_room = ascn.sessions.iter().filter(|s| s.room.as_deref() == Some(room.as_str())).count();
    assert_eq!(sessions(&one), in_room, "only that room's sessions");
    assert_eq!(sessions(&all), ascn.sessions.len());
    assert!(sessions(&one) < sessions(&all));

    // The timetable grid: every session once, in its room's column, as tall as it lasts.
    let (status, grid) = get(&app, "/events/wego-ascn-mayoral-conference-2019?view=grid", "en").await;
    assert_eq!(status, 200);
    assert_eq!(grid.matches("class=\"slot\"").count(), ascn.sessions.len(), "each session one cell");
    for r in &ascn.rooms {
        let name = r.name.get("en").unwrap();
        assert!(grid.contains(&format!("<th scope=\"col\">{name}</th>")), "a column for {name}");
    }
    assert!(grid.contains("rowspan=\"") && !grid.contains("class=\"session\""), "the grid, not the list");
    no_keys(&grid);
});

store_test!(the_api_gives_events_and_their_programme, |db: TestDbRef| async move {
    let app = app(db.store.clone()).await;
    let (status, list) = get(&app, "/api/v1/events", "en").await;
    assert_eq!(status, 200);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 5);
    let (status, one) = get(&app, "/api/v1/events/near-forum-2023", "en").await;
    assert_eq!(status, 200);
    assert!(!one.contains("@example.org") && !one.contains("\"email\""), "no contact details in the API");
    let one: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(one["event"]["time_zone"], "Asia/Seoul");
    assert_eq!(one["sessions"].as_array().unwrap().len(), 12);
    let opening = one["sessions"].as_array().unwrap().iter().find(|s| s["kind"] == "opening_ceremony").unwrap();
    assert_eq!(
        (opening["starts_at"].as_str(), opening["start"].as_i64()),
        (Some("2023-12-07T09:30"), Some(1_701_909_000))
    );
    let (status, problem) = get(&app, "/api/v1/events/no-such-event", "en").await;
    assert_eq!(status, 404, "{problem}");
    // The frab schedules the page links (their content is validated in tests/frab.rs).
    let (status, xml) = get(&app, "/events/near-forum-2023/schedule.xml", "en").await;
    assert!(status == 200 && xml.contains("<schedule") && xml.contains("near_forum_2023"), "{status}");
    let (status, json) = get(&app, "/events/near-forum-2023/schedule.json", "en").await;
    assert!(status == 200 && json.contains("\"conference\""), "{status}");
    assert_eq!(get(&app, "/events/no-such-event/schedule.xml", "en").await.0, 404);
    let (_, doc) = get(&app, "/api/v1/openapi.json", "en").await;
    assert!(doc.contains("/api/v1/events/{slug}") && doc.contains("EventProgramme"), "in the OpenAPI document");
});

store_test!(drafts_and_unknown_events_are_not_public, |db: TestDbRef| async move {
    let app = app(db.store.clone()).await;
    let mut file: EventsFile = toml::from_str(EVENTS).unwrap();
    let mut draft = file.event.remove(0);
    draft.draft.slug = "summit-draft".into();
    draft.draft.status = EventStatus::Draft;
    service::save_event(db.store.as_ref(), &Caller::system(), &draft).await.unwrap();
    assert_eq!(get(&app, "/events/summit-draft", "en").await.0, 404);
    let (_, list) = get(&app, "/events", "en").await;
    assert!(!list.contains("/events/summit-draft"), "a draft is not on the public calendar");
    assert_eq!(get(&app, "/events/no-such-event", "en").await.0, 404);
    assert_eq!(get(&app, "/api/v1/events/summit-draft", "en").await.0, 404, "nor in the API");
});

store_test!(a_changed_programme_shows_at_once, |db: TestDbRef| async move {
    // The decoded programme is kept in memory; a change must not wait for it to go stale.
    let app = app(db.store.clone()).await;
    let (_, before) = get(&app, "/events/near-forum-2023", "en").await;
    let mut file: EventsFile = toml::from_str(EVENTS).unwrap();
    let mut near = file.event.remove(file.event.iter().position(|e| e.draft.slug == "near-forum-2023").unwrap());
    assert!(!before.contains("Renamed Opening"));
    near.sessions[1].title.0.insert("en".into(), "Renamed Opening".into());
    service::save_event(db.store.as_ref(), &Caller::system(), &near).await.unwrap();
    let (_, after) = get(&app, "/events/near-forum-2023", "en").await;
    assert!(after.contains("Renamed Opening"), "the page shows the saved programme");
    let (_, ics) = get(&app, "/events/near-forum-2023/calendar/programme.ics", "en").await;
    assert!(ics.contains("Renamed Opening"), "and so does its calendar");
});
