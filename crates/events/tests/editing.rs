//! Staff edit events through the service and the pages, on both backends: a new event's slug
//! must be free, an edit made after someone else's is refused with nothing written, a session
//! that breaks the programme's rules comes back named on its own fields, a room in use stays,
//! the status moves only along its lifecycle, and only staff reach any of it.

use hansa_core::account::Role;
use hansa_core::{Caller, DomainError};
use hansa_events::model::*;
use hansa_events::service;
use hansa_events::store::EventStore;
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::http::{app, get, post};

const NEAR: &str = "near-forum-2023";

fn codes(err: DomainError) -> Vec<(String, String)> {
    match err {
        DomainError::Invalid(list) => list.into_iter().map(|f| (f.field, f.code)).collect(),
        DomainError::Conflict(f) => vec![(f.field, f.code)],
        other => panic!("expected a refusal naming fields, got {other:?}"),
    }
}

fn session(slug: &str, start: &str, end: &str, room: Option<&str>) -> SessionDraft {
    SessionDraft {
        slug: slug.into(),
        kind: SessionKind::SideMeeting,
        title: hansa_core::Localized::en("Youth exchange side meeting"),
        description: Default::default(),
        starts_at: start.into(),
        ends_at: end.into(),
        room: room.map(Into::into),
        online: false,
        languages: vec!["en".into(), "ko".into()],
        interpretation: vec![Interpretation { language: "en".into(), channel: "1".into() }],
        participants: vec![Participant {
            person: "lim-byung-jin".into(),
            role: ParticipantRole::Chair,
            title: hansa_core::Localized::en("Secretary-General, NEAR"),
            organisation: None,
        }],
        contributions: vec![],
    }
}

store_test!(sessions_are_added_changed_and_removed_one_at_a_time, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let staff = Caller::system();
    let ed = service::editable(store, &staff, NEAR).await.unwrap();
    let before = ed.input.sessions.len();

    // Ending before it starts, and in a room already booked: named on this session's fields.
    let bad = session("youth", "2023-12-07T11:00", "2023-12-07T10:00", Some("main-hall"));
    let c = codes(service::save_session(store, &staff, NEAR, ed.event.revision, None, bad).await.unwrap_err());
    assert!(c.contains(&("ends_at".into(), "err-ends-before-start".into())), "{c:?}");
    let clash = session("youth", "2023-12-07T11:00", "2023-12-07T11:30", Some("main-hall"));
    let c = codes(service::save_session(store, &staff, NEAR, ed.event.revision, None, clash).await.unwrap_err());
    assert!(c.contains(&("room".into(), "err-room-double-booked".into())), "{c:?}");
    let outside = session("youth", "2023-12-09T11:00", "2023-12-09T11:30", None);
    let c = codes(service::save_session(store, &staff, NEAR, ed.event.revision, None, outside).await.unwrap_err());
    assert!(c.contains(&("starts_at".into(), "err-outside-event-days".into())), "{c:?}");
    let taken = session("opening-ceremony", "2023-12-07T16:00", "2023-12-07T17:00", None);
    let c = codes(service::save_session(store, &staff, NEAR, ed.event.revision, None, taken).await.unwrap_err());
    assert_eq!(c, [("slug".to_owned(), "err-duplicate".to_owned())]);
    let same = store.event(NEAR).await.unwrap().unwrap();
    assert_eq!(same.revision, ed.event.revision, "nothing was written");
    assert_eq!(store.programme(same.id).await.unwrap().sessions.len(), before);

    // A good one is added, with its people and interpretation channel.
    let good = session("", "2023-12-07T16:00", "2023-12-07T17:00", Some("meeting-room-2"));
    let saved = service::save_session(store, &staff, NEAR, ed.event.revision, None, good).await.unwrap();
    assert_eq!(saved.event.revision, ed.event.revision + 1);
    let p = store.programme(saved.event.id).await.unwrap();
    let added =
        p.sessions.iter().find(|s| s.draft.slug == "youth-exchange-side-meeting").expect("slug made from the title");
    assert_eq!(added.draft.participants[0].person, "lim-byung-jin");
    assert_eq!(added.draft.interpretation[0].channel, "1");

    // The editor who started before that save is told, and nothing of theirs is written.
    let late = session("late", "2023-12-07T17:00", "2023-12-07T18:00", None);
    let c = codes(service::save_session(store, &staff, NEAR, ed.event.revision, None, late).await.unwrap_err());
    assert_eq!(c, [("revision".to_owned(), "err-event-changed".to_owned())]);
    assert!(!store.programme(saved.event.id).await.unwrap().sessions.iter().any(|s| s.draft.slug == "late"));

    // Renamed in place, then deleted.
    let mut changed = added.draft.clone();
    changed.ends_at = "2023-12-07T17:30".into();
    let saved = service::save_session(store, &staff, NEAR, saved.event.revision, Some(&added.draft.slug), changed)
        .await
        .unwrap();
    let p = store.programme(saved.event.id).await.unwrap();
    assert_eq!(p.sessions.len(), before + 1);
    assert!(p.sessions.iter().any(|s| s.draft.ends_at == "2023-12-07T17:30"));
    let saved = service::delete_session(store, &staff, NEAR, saved.event.revision, &added.draft.slug).await.unwrap();
    assert_eq!(store.programme(saved.event.id).await.unwrap().sessions.len(), before);
});

store_test!(event_facts_rooms_and_status_follow_their_rules, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let staff = Caller::system();
    let ed = service::editable(store, &staff, NEAR).await.unwrap();

    // A new event's slug must be free; a draft is created without a programme.
    let mut draft = ed.event.draft.clone();
    draft.status = EventStatus::Draft;
    let c = codes(service::create_event(store, &staff, draft.clone()).await.unwrap_err());
    assert_eq!(c, [("slug".to_owned(), "err-slug-taken".to_owned())]);
    draft.slug = String::new();
    draft.title = hansa_core::Localized::en("NEAR Youth Forum 2024");
    let created = service::create_event(store, &staff, draft).await.unwrap();
    assert_eq!(created.event.draft.slug, "near-youth-forum-2024");
    assert!(store.programme(created.event.id).await.unwrap().sessions.is_empty());

    // A closed event cannot go back to draft; a bad zone is named; nothing written.
    let mut closed = ed.event.draft.clone();
    closed.status = EventStatus::Closed;
    let saved = service::update_event(store, &staff, NEAR, ed.event.revision, closed.clone()).await.unwrap();
    let mut back = closed.clone();
    back.status = EventStatus::Draft;
    let c = codes(service::update_event(store, &staff, NEAR, saved.event.revision, back).await.unwrap_err());
    assert_eq!(c, [("status".to_owned(), "err-event-status-move".to_owned())]);
    let mut zone = closed;
    zone.time_zone = "Asia/Gyeongju".into();
    let c = codes(service::update_event(store, &staff, NEAR, saved.event.revision, zone).await.unwrap_err());
    assert!(c.contains(&("time_zone".into(), "err-time-zone".into())), "{c:?}");
    let now = store.event(NEAR).await.unwrap().unwrap();
    assert_eq!((now.revision, now.draft.status), (saved.event.revision, EventStatus::Closed));
    let p = store.programme(now.id).await.unwrap();
    assert_eq!(p.sessions.len(), ed.input.sessions.len(), "editing the facts keeps the programme");

    // The main hall is in use; an extra room can be added and removed.
    let mut rooms = ed.input.rooms.clone();
    rooms.retain(|r| r.slug != "main-hall");
    let c = codes(service::save_rooms(store, &staff, NEAR, now.revision, rooms).await.unwrap_err());
    assert_eq!(c, [("rooms".to_owned(), "err-room-in-use".to_owned())]);
    let mut rooms = ed.input.rooms.clone();
    rooms.push(Room { slug: "press-room".into(), name: hansa_core::Localized::en("Press room"), capacity: Some(20) });
    let saved = service::save_rooms(store, &staff, NEAR, now.revision, rooms).await.unwrap();
    assert_eq!(store.programme(saved.event.id).await.unwrap().rooms.len(), ed.input.rooms.len() + 1);

    // Only staff edit.
    let delegate = Caller { role: Some(Role::Delegate), ..Caller::system() };
    let refused = service::editable(store, &delegate, NEAR).await.unwrap_err();
    assert!(matches!(refused, DomainError::Forbidden), "{refused:?}");
});

store_test!(staff_edit_through_the_pages, |db: TestDbRef| async move {
    let app = app(&db.store).await;
    let (staff, csrf) = common::session(db.store.as_ref(), Role::Staff, None).await;
    let list = get(&app, "/staff/events", &staff, "en").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("/staff/events/near-forum-2023/programme"));
    let programme = get(&app, "/staff/events/near-forum-2023/programme", &staff, "en").await;
    assert_eq!(programme.status, 200);
    assert!(programme.body.contains("/sessions/opening-ceremony/edit"));
    let form = get(&app, "/staff/events/near-forum-2023/sessions/expert-session/edit", &staff, "ko").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("value=\"shin-bongkil\""), "the moderator's row is filled in");
    let revision = form.body.split("name=\"revision\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();

    // A session that ends before it starts: 422, the problem beside the field, nothing stored.
    let uri = "/staff/events/near-forum-2023/sessions/new";
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("revision", revision.as_str()),
        ("kind", "side_meeting"),
        ("title_en", "Youth exchange"),
        ("title_ko", "청년 교류"),
        ("starts_at", "2023-12-07T17:00"),
        ("ends_at", "2023-12-07T16:00"),
        ("participants-0-person", "lim-byung-jin"),
        ("participants-0-role", "chair"),
        ("participants-0-title_en", "Secretary-General"),
    ];
    let refused = post(&app, uri, &staff, &fields).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("id=\"e-ends_at\""), "the problem is beside the end time");
    assert!(refused.body.contains("value=\"청년 교류\""), "what was typed is kept");
    fields[6] = ("ends_at", "2023-12-07T18:00");
    // A participant row with a person but no part is named on its row.
    fields.push(("participants-1-person", "shin-bongkil"));
    let refused = post(&app, uri, &staff, &fields).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("class=\"invalid\""), "the row is marked");
    fields.pop();
    let done = post(&app, uri, &staff, &fields).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let public = get(&app, "/events/near-forum-2023", "", "ko").await;
    assert!(public.body.contains("청년 교류"), "the public programme shows the new session");

    // The same revision again: someone saved meanwhile.
    fields[3] = ("title_en", "Second try");
    let stale = post(&app, uri, &staff, &fields).await;
    assert_eq!(stale.status, 422);
    assert!(stale.body.contains("value=\"Second try\""), "the form keeps the editor's work");

    // Without a token, or as a delegate: refused.
    let no_token: Vec<(&str, &str)> = fields.iter().copied().filter(|(k, _)| *k != "csrf").collect();
    assert_eq!(post(&app, uri, &staff, &no_token).await.status, 403);
    let (delegate, dcsrf) = common::session(db.store.as_ref(), Role::Delegate, None).await;
    let mut as_delegate = fields.clone();
    as_delegate[0] = ("csrf", dcsrf.as_str());
    assert_eq!(post(&app, uri, &delegate, &as_delegate).await.status, 403);
    assert_eq!(get(&app, "/staff/events", &delegate, "en").await.status, 403);
});
