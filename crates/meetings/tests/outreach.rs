//! The outreach log through its service, on both backends: the demo's meetings and follow-ups
//! recorded and listed; every kind of bad input refused naming its field with nothing written;
//! follow-ups closed once; and only staff reach any of it.

use hansa_core::account::Role;
use hansa_core::store::prelude::*;
use hansa_core::{Caller, DomainError};
use hansa_meetings::model::*;
use hansa_meetings::service;
use hansa_meetings::store::{FollowUpFilter, MeetingFilter, MeetingStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

fn codes(err: DomainError) -> Vec<(String, String)> {
    match err {
        DomainError::Invalid(list) => list.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected a refusal naming fields, got {other:?}"),
    }
}

fn meeting() -> MeetingDraft {
    MeetingDraft {
        met_on: "2024-04-02".into(),
        place: Some("Seoul".into()),
        ours: vec!["park-jung-sook".into()],
        organisations: vec!["budapest".into()],
        topics: vec!["Hydrogen".into()],
        notes: "Private note: budget talks".into(),
        ..Default::default()
    }
}

fn follow_up(owner: i64) -> FollowUpDraft {
    FollowUpDraft {
        title: "Send the Prize call".into(),
        organisation: "budapest".into(),
        meeting: None,
        owner,
        due_on: "2024-05-01".into(),
        leads_to: LeadsTo::PrizeApplication,
        reference: None,
    }
}

async fn audit_len(db: &TestDbRef) -> usize {
    db.store.audit_log(10_000, 0).await.unwrap().len()
}

store_test!(the_demo_log_is_recorded_and_listed, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let caller = Caller::of(&staff);
    let all = service::meetings(store, &caller, &MeetingFilter::default()).await.unwrap();
    assert_eq!(all.len(), 7);
    assert_eq!(all[0].event.as_ref().map(|e| e.slug.as_str()), Some("near-forum-2023"), "newest first");
    assert_eq!(all[0].theirs[0].name.get("en"), Some("LIM Byung-jin"));
    let hydrogen = MeetingFilter { tag: Some("Hydrogen".into()), ..Default::default() };
    let found = service::meetings(store, &caller, &hydrogen).await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].draft.organisations, ["lublin"]);
    assert_eq!(found[0].draft.topics, ["academic-ties", "electric-buses", "hydrogen", "inclusiveness"]);
    let ryde = MeetingFilter { organisation: Some("ryde".into()), year: Some(2023), ..Default::default() };
    assert_eq!(service::meetings(store, &caller, &ryde).await.unwrap().len(), 1);
    let none = MeetingFilter { year: Some(2022), ..Default::default() };
    assert!(service::meetings(store, &caller, &none).await.unwrap().is_empty());

    // The demo's follow-ups all belong to the demo staff account; overdue ones come first.
    let mine = service::open_follow_ups_of(store, &caller, staff.id).await.unwrap();
    assert_eq!(mine.len(), 15);
    assert!(mine.windows(2).all(|w| w[0].draft.due_on <= w[1].draft.due_on));
    let ga = mine.iter().find(|f| f.draft.organisation == "budapest").unwrap();
    assert_eq!(
        (ga.draft.leads_to, ga.draft.reference.as_deref()),
        (LeadsTo::EventRegistration, Some("wego-general-assembly-2023"))
    );

    // Lublin's timeline: its meeting, its three follow-ups, its memberships' steps.
    let t = service::timeline(store, &caller, "lublin").await.unwrap();
    assert_eq!(t.meetings.len(), 1);
    assert_eq!(t.follow_ups.len(), 3);
    assert!(t.entries.windows(2).all(|w| w[0].date >= w[1].date), "newest first");
    assert!(t.entries.iter().any(|e| matches!(e.kind, TimelineKind::Meeting { .. })));
});

store_test!(meetings_are_changed_and_bad_ones_refused_with_nothing_written, |db: TestDbRef| async move {
    let staff = common::load_directory(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let caller = Caller::of(&staff);
    let id = service::record_meeting(store, &caller, meeting()).await.unwrap();
    let before = audit_len(&db).await;

    // No organisation on their side.
    let c = codes(
        service::record_meeting(store, &caller, MeetingDraft { organisations: vec![], ..meeting() }).await.unwrap_err(),
    );
    assert_eq!(c, [("organisations".to_owned(), "err-outreach-no-organisation".to_owned())]);
    // Unknown people, organisations and events: every one named at once.
    let unknown = MeetingDraft {
        event: Some("no-such-event".into()),
        ours: vec!["nobody-here".into()],
        theirs: vec!["lim-byung-jin".into(), "no-one".into()],
        organisations: vec!["budapest".into(), "atlantis".into()],
        ..meeting()
    };
    let c = codes(service::record_meeting(store, &caller, unknown).await.unwrap_err());
    let fields: Vec<&str> = c.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, ["event", "ours.0", "theirs.1", "organisations.1"]);
    assert!(c.iter().all(|(_, code)| code == "err-unknown"));
    // Neither place nor event, and a bad date.
    let c = codes(
        service::update_meeting(
            store,
            &caller,
            id,
            MeetingDraft { place: None, met_on: "2024-13-01".into(), ..meeting() },
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(audit_len(&db).await, before, "refusals write nothing");
    assert_eq!(store.meetings(&MeetingFilter::default()).await.unwrap().len(), 1);

    // A good change replaces people, organisations and topics whole.
    let changed = MeetingDraft {
        event: Some("near-forum-2023".into()),
        theirs: vec!["lim-byung-jin".into()],
        organisations: vec!["near".into()],
        topics: vec!["Youth".into()],
        ..meeting()
    };
    service::update_meeting(store, &caller, id, changed).await.unwrap();
    let m = service::meeting(store, &caller, id).await.unwrap();
    assert_eq!(
        (m.draft.organisations.clone(), m.draft.topics.clone()),
        (vec!["near".to_owned()], vec!["youth".to_owned()])
    );
    assert_eq!(m.event.map(|e| e.slug), Some("near-forum-2023".to_owned()));
    let last = &db.store.audit_log(1, 0).await.unwrap()[0];
    assert_eq!(last.entity, format!("outreach:{id}"));
    assert!(!last.changes.to_string().contains("budget"), "the audit keeps no notes");
    assert!(matches!(service::update_meeting(store, &caller, 9999, meeting()).await, Err(DomainError::NotFound)));
});

store_test!(follow_ups_need_a_staff_owner_and_close_once, |db: TestDbRef| async move {
    let staff = common::load_directory(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let caller = Caller::of(&staff);
    let meeting_id = service::record_meeting(store, &caller, meeting()).await.unwrap();
    let delegate = common::account(store, Role::Delegate, None).await;
    let before = audit_len(&db).await;

    let c = codes(service::add_follow_up(store, &caller, follow_up(delegate.id)).await.unwrap_err());
    assert_eq!(c, [("owner".to_owned(), "err-outreach-owner-not-staff".to_owned())]);
    let c = codes(service::add_follow_up(store, &caller, follow_up(987_654)).await.unwrap_err());
    assert_eq!(c, [("owner".to_owned(), "err-outreach-owner-not-staff".to_owned())]);
    let c = codes(
        service::add_follow_up(store, &caller, FollowUpDraft { due_on: "next week".into(), ..follow_up(staff.id) })
            .await
            .unwrap_err(),
    );
    assert_eq!(c, [("due_on".to_owned(), "err-date".to_owned())]);
    let c = codes(
        service::add_follow_up(store, &caller, FollowUpDraft { meeting: Some(424_242), ..follow_up(staff.id) })
            .await
            .unwrap_err(),
    );
    assert_eq!(c, [("meeting".to_owned(), "err-unknown".to_owned())]);
    let c = codes(
        service::add_follow_up(
            store,
            &caller,
            FollowUpDraft { organisation: "atlantis".into(), ..follow_up(staff.id) },
        )
        .await
        .unwrap_err(),
    );
    assert_eq!(c, [("organisation".to_owned(), "err-unknown".to_owned())]);
    assert_eq!(audit_len(&db).await, before, "refusals write nothing");

    let id = service::add_follow_up(store, &caller, FollowUpDraft { meeting: Some(meeting_id), ..follow_up(staff.id) })
        .await
        .unwrap();
    assert_eq!(service::open_follow_ups_of(store, &caller, staff.id).await.unwrap().len(), 1);
    service::close_follow_up(store, &caller, id, FollowUpStatus::Done, Some("2024-04-20")).await.unwrap();
    let (f, history) = service::follow_up(store, &caller, id).await.unwrap();
    assert_eq!((f.status, f.closed_on.as_deref()), (FollowUpStatus::Done, Some("2024-04-20")));
    let steps: Vec<_> = history.iter().map(|s| s.status).collect();
    assert_eq!(steps, [FollowUpStatus::Open, FollowUpStatus::Done]);
    // Done stays done: neither reopened nor dropped, nor edited.
    let before = audit_len(&db).await;
    for to in [FollowUpStatus::Open, FollowUpStatus::Dropped] {
        let c = codes(service::close_follow_up(store, &caller, id, to, None).await.unwrap_err());
        assert_eq!(c, [("status".to_owned(), "err-follow-up-status".to_owned())]);
    }
    let c = codes(service::update_follow_up(store, &caller, id, follow_up(staff.id)).await.unwrap_err());
    assert_eq!(c, [("status".to_owned(), "err-follow-up-closed".to_owned())]);
    let c =
        codes(service::close_follow_up(store, &caller, id, FollowUpStatus::Done, Some("someday")).await.unwrap_err());
    assert_eq!(c, [("closed_on".to_owned(), "err-date".to_owned())]);
    assert_eq!(audit_len(&db).await, before);
    assert!(service::open_follow_ups_of(store, &caller, staff.id).await.unwrap().is_empty());
    let of_meeting = FollowUpFilter { meeting: Some(meeting_id), ..Default::default() };
    assert_eq!(service::follow_ups(store, &caller, &of_meeting).await.unwrap().len(), 1);
});

store_test!(only_staff_reach_the_log_and_outreach_empties_no_public_cache, |db: TestDbRef| async move {
    let staff = common::load_directory(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let areas = store.area_versions(&hansa_core::Area::ALL).await.unwrap();
    let before = audit_len(&db).await;
    for role in [Role::Delegate, Role::FocalPoint, Role::Jury] {
        let user = common::account(store, role, None).await;
        let caller = Caller::of(&user);
        assert!(matches!(service::record_meeting(store, &caller, meeting()).await, Err(DomainError::Forbidden)));
        assert!(matches!(
            service::add_follow_up(store, &caller, follow_up(staff.id)).await,
            Err(DomainError::Forbidden)
        ));
        let list = service::meetings(store, &caller, &MeetingFilter::default()).await;
        assert!(matches!(list, Err(DomainError::Forbidden)));
    }
    let public = Caller::public();
    assert!(matches!(service::record_meeting(store, &public, meeting()).await, Err(DomainError::Unauthorized)));
    assert!(matches!(service::timeline(store, &public, "lublin").await, Err(DomainError::Unauthorized)));
    // Three accounts were created above; nothing else was written.
    assert_eq!(audit_len(&db).await, before + 3);
    assert!(store.meetings(&MeetingFilter::default()).await.unwrap().is_empty());

    let caller = Caller::of(&staff);
    let id = service::record_meeting(store, &caller, meeting()).await.unwrap();
    let f = service::add_follow_up(store, &caller, follow_up(staff.id)).await.unwrap();
    service::close_follow_up(store, &caller, f, FollowUpStatus::Dropped, None).await.unwrap();
    service::update_meeting(store, &caller, id, meeting()).await.unwrap();
    assert_eq!(store.area_versions(&hansa_core::Area::ALL).await.unwrap(), areas, "no public page is thrown away");
});
