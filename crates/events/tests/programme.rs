//! Events on both backends: the four seed events load complete and correct, and every bad
//! programme is refused with a field-level message while nothing is written.

use hansa_core::{Caller, DomainError};
use hansa_directory::store::prelude::*;
use hansa_events::model::time;
use hansa_events::model::*;
use hansa_events::service::{self, EventInput, EventsFile};
use hansa_events::store::{EventStore, FormStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::EVENTS;

async fn demo(db: &TestDbRef) {
    common::load_demo(db.store.as_ref()).await;
}

/// The first event of the demo file, to break in one way at a time.
fn near_forum() -> EventInput {
    let file: EventsFile = toml::from_str(EVENTS).unwrap();
    file.event.into_iter().find(|e| e.draft.slug == "near-forum-2023").unwrap()
}

fn codes(err: DomainError) -> Vec<(String, String)> {
    match err {
        DomainError::Invalid(v) => v.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

store_test!(the_seed_events_load_complete_and_correct, |db: TestDbRef| async move {
    demo(&db).await;
    let events = db.store.events(false).await.unwrap();
    let slugs: Vec<&str> = events.iter().map(|e| e.draft.slug.as_str()).collect();
    assert_eq!(slugs.len(), 5, "{slugs:?}");
    // The upcoming (illustrative) forum takes registrations: its categories and questions.
    let next = db.store.event("near-forum-2027").await.unwrap().unwrap();
    let form = db.store.form(next.id).await.unwrap();
    assert_eq!(form.places.len(), 5);
    assert_eq!(form.questions.iter().map(|q| q.code.as_str()).collect::<Vec<_>>(), ["local-tour", "arrival", "topics"]);
    assert!(form.deadline.is_some());
    let near = db.store.event("near-forum-2023").await.unwrap().unwrap();
    assert_eq!((near.draft.starts_on.as_str(), near.draft.ends_on.as_str()), ("2023-12-06", "2023-12-08"));
    assert_eq!(near.draft.time_zone, "Asia/Seoul");
    assert!(near.draft.theme.get("en").unwrap().contains("Era of Transformation"));
    let organisers: Vec<&str> = near.draft.organisations.iter().map(|o| o.organisation.as_str()).collect();
    assert!(organisers.contains(&"near") && organisers.contains(&"gyeongsangbuk-do"), "{organisers:?}");

    let p = db.store.programme(near.id).await.unwrap();
    let opening = p.sessions.iter().find(|s| s.draft.kind == SessionKind::OpeningCeremony).unwrap();
    // 09:30 in Seoul is 00:30 UTC.
    assert_eq!(jiff::Timestamp::from_second(opening.start).unwrap().to_string(), "2023-12-07T00:30:00Z");
    let remarks: Vec<&str> = opening.draft.participants.iter().map(|x| x.person.as_str()).collect();
    for who in ["lim-byung-jin", "park-jung-sook"] {
        assert!(remarks.contains(&who), "{who} in the opening ceremony: {remarks:?}");
    }
    let expert = p.sessions.iter().find(|s| s.draft.kind == SessionKind::ExpertSession).unwrap();
    assert_eq!(expert.draft.contributions.len(), 5, "five titled presentations");
    assert!(expert.draft.participants.iter().any(|x| x.role == ParticipantRole::Moderator));
    assert!(expert.draft.contributions.iter().all(|c| c.presenter.is_some() && !c.title.is_empty()));
    let tours = p.sessions.iter().find(|s| s.draft.kind == SessionKind::SiteVisit).unwrap();
    assert_eq!(
        time::day_of(tours.start, &time::zone("Asia/Seoul").unwrap()).iso(),
        "2023-12-08",
        "local tours on 8 December"
    );
    // The names the programme shows come with it, without contact details.
    assert!(p.people.iter().any(|x| x.slug == "lim-byung-jin" && x.native_name.as_deref() == Some("임병진")));
    assert!(p.people.iter().all(|x| x.email.is_none() && x.phone.is_none()));
    assert!(p.organisations.iter().any(|o| o.slug == "near"));

    let training = db.store.event("wego-shrdc-training-2023").await.unwrap().unwrap();
    let tp = db.store.programme(training.id).await.unwrap();
    assert_eq!(tp.sessions.iter().filter(|s| s.draft.kind == SessionKind::Module).count(), 5, "five modules");
    assert!(tp.sessions.iter().all(|s| s.draft.online), "an online programme");

    // Loading the same file again replaces the events, not doubles them.
    service::load_events_file(db.store.as_ref(), &Caller::system(), EVENTS).await.unwrap();
    assert_eq!(db.store.events(true).await.unwrap().len(), 5);
    assert_eq!(db.store.programme(near.id).await.unwrap().sessions.len(), p.sessions.len());
});

store_test!(bad_programmes_are_refused_and_nothing_is_written, |db: TestDbRef| async move {
    demo(&db).await;
    let before = db.store.audit_log(10_000, 0).await.unwrap().len();
    let saved = db.store.programme(db.store.event("near-forum-2023").await.unwrap().unwrap().id).await.unwrap();
    let sys = Caller::system();
    let save = |input: EventInput| {
        let store = db.store.clone();
        async move { service::save_event(store.as_ref(), &Caller::system(), &input).await }
    };

    let mut e = near_forum();
    e.sessions[1].starts_at = "2023-12-07T09:00".into();
    e.sessions[1].ends_at = "2023-12-07T08:00".into();
    let c = codes(save(e).await.unwrap_err());
    assert!(c.iter().any(|(f, code)| f == "sessions.1.ends_at" && code == "err-session-ends-before"), "{c:?}");

    let mut e = near_forum();
    e.sessions[0].starts_at = "2023-12-10T09:00".into();
    e.sessions[0].ends_at = "2023-12-10T10:00".into();
    assert!(codes(save(e).await.unwrap_err()).iter().any(|(_, code)| code == "err-session-outside"));

    // Two sessions in the same room at the same time.
    let mut e = near_forum();
    let room = e.rooms[0].slug.clone();
    let (a, b) = (e.sessions[1].clone(), &mut e.sessions[2]);
    b.room = Some(room.clone());
    b.starts_at = a.starts_at.clone();
    b.ends_at = a.ends_at.clone();
    e.sessions[1].room = Some(room);
    assert!(codes(save(e).await.unwrap_err()).iter().any(|(_, code)| code == "err-room-double-booked"));

    let mut e = near_forum();
    e.draft.time_zone = "Asia/Gyeongju".into();
    assert_eq!(codes(save(e).await.unwrap_err())[0], ("time_zone".into(), "err-time-zone".into()));

    // A person the directory does not know: the whole event stays as it was.
    let mut e = near_forum();
    let k = e.sessions.iter().position(|s| !s.participants.is_empty()).unwrap();
    e.sessions[k].participants[0].person = "nobody-at-all".into();
    e.draft.title.0.insert("en".into(), "Changed".into());
    let c = codes(save(e).await.unwrap_err());
    let field = format!("sessions.{k}.participants.0");
    assert!(c.iter().any(|(f, code)| *f == field && code == "err-unknown"), "{c:?}");
    let after = db.store.event("near-forum-2023").await.unwrap().unwrap();
    assert_ne!(after.draft.title.get("en"), Some("Changed"), "not half-written");
    assert_eq!(db.store.programme(after.id).await.unwrap().sessions.len(), saved.sessions.len());

    // Only staff write events.
    let delegate = Caller { role: Some(hansa_core::account::Role::Delegate), ..sys.clone() };
    let refused = service::save_event(db.store.as_ref(), &delegate, &near_forum()).await.unwrap_err();
    assert!(matches!(refused, DomainError::Forbidden), "{refused:?}");
    assert_eq!(db.store.audit_log(10_000, 0).await.unwrap().len(), before, "no refused save was audited");
});

store_test!(a_dst_change_in_the_middle_of_an_event, |db: TestDbRef| async move {
    demo(&db).await;
    // A Berlin workshop over the night the clocks go forward (31 March 2024).
    let mut e = near_forum();
    e.draft.slug = "berlin-workshop".into();
    e.draft.kind = EventKind::Workshop;
    e.draft.time_zone = "Europe/Berlin".into();
    e.draft.starts_on = "2024-03-30".into();
    e.draft.ends_on = "2024-03-31".into();
    e.sessions.truncate(2);
    e.sessions[0].starts_at = "2024-03-31T01:30".into();
    e.sessions[0].ends_at = "2024-03-31T03:30".into();
    e.sessions[1].starts_at = "2024-03-31T02:30".into();
    e.sessions[1].ends_at = "2024-03-31T04:00".into();
    e.sessions[1].room = None;
    let c = codes(service::save_event(db.store.as_ref(), &Caller::system(), &e).await.unwrap_err());
    assert_eq!(c, vec![("sessions.1.starts_at".into(), "err-time-skipped".into())]);
    e.sessions[1].starts_at = "2024-03-31T03:30".into();
    let saved = service::save_event(db.store.as_ref(), &Caller::system(), &e).await.unwrap();
    let p = db.store.programme(saved.event.id).await.unwrap();
    let first = p.sessions.iter().find(|s| s.draft.slug == e.sessions[0].slug).unwrap();
    assert_eq!(first.end - first.start, 3600, "01:30 to 03:30 that night lasts one hour");
});

store_test!(a_person_in_two_sessions_at_once_is_shown_not_refused, |db: TestDbRef| async move {
    demo(&db).await;
    let mut e = near_forum();
    let who = e.sessions.iter().flat_map(|s| &s.participants).next().unwrap().clone();
    let i = e
        .sessions
        .iter()
        .position(|s| !s.participants.iter().any(|p| p.person == who.person) && s.room.is_some())
        .unwrap();
    let j = e.sessions.iter().position(|s| s.participants.iter().any(|p| p.person == who.person)).unwrap();
    e.sessions[i].starts_at = e.sessions[j].starts_at.clone();
    e.sessions[i].ends_at = e.sessions[j].ends_at.clone();
    e.sessions[i].room = None;
    e.sessions[i].participants.push(who.clone());
    let saved = service::save_event(db.store.as_ref(), &Caller::system(), &e).await.unwrap();
    assert!(
        saved
            .warnings
            .iter()
            .any(|w| matches!(w, Conflict::PersonDoubleBooked { person, .. } if *person == who.person)),
        "{:?}",
        saved.warnings
    );
});
