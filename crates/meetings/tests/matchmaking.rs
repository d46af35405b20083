//! Matchmaking through its services, on both backends: the demo conference set up, requested,
//! answered and scheduled (a delegation at one table, the Korean–English interpreter where
//! the sides share no language, a locked meeting that never moves on a re-run); and every
//! kind of bad input refused naming its field, with nothing written.

use hansa_core::outbox::OutboxStore;
use hansa_core::store::prelude::*;
use hansa_core::{Caller, DomainError};
use hansa_meetings::matchmaking::demo::{DEMO_MATCHMAKING, load_matchmaking};
use hansa_meetings::matchmaking::model::{Profile, RequestInput, RequestStatus, SlotInput};
use hansa_meetings::matchmaking::service::{self, Board};
use hansa_meetings::matchmaking::staff::{self, StaffMeeting};
use hansa_meetings::matchmaking::store::MatchStore;
use hansa_testkit::{TestDbRef, store_test};

mod common;

const SLUG: &str = "wego-ascn-mayoral-conference-2019";

fn field_codes(err: DomainError) -> Vec<(String, String)> {
    match err {
        DomainError::Invalid(list) => list.into_iter().map(|f| (f.field, f.code)).collect(),
        DomainError::Conflict(f) => vec![(f.field, f.code)],
        other => panic!("expected a refusal naming a field, got {other:?}"),
    }
}

async fn board(db: &TestDbRef) -> Board {
    service::staff_board(db.store.as_ref(), &Caller::system(), SLUG).await.unwrap()
}

/// The participant's id and code by family name.
fn who(b: &Board, family: &str) -> (i64, String) {
    let p = b.participants.iter().find(|p| p.name.contains(&family.to_uppercase())).unwrap();
    (p.id, p.code.clone())
}

async fn writes(db: &TestDbRef) -> (usize, usize) {
    let b = board(db).await;
    (db.store.audit_log(100_000, 0).await.unwrap().len(), b.requests.len())
}

store_test!(the_demo_conference_is_scheduled_with_delegations_interpreters_and_locks, |db: TestDbRef| async move {
    common::load_directory(db.store.as_ref()).await;
    let run = load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    let b = board(&db).await;
    assert_eq!(b.participants.len(), 13);
    assert_eq!(b.settings.themes.len(), 5);
    assert_eq!(b.settings.themes[0].code, "buildings");
    let accepted: Vec<_> = b.requests.iter().filter(|r| r.status == RequestStatus::Accepted).collect();
    assert_eq!(accepted.len(), 7);
    assert_eq!(run.scheduled, 7, "every accepted meeting fits: {run:?}");
    assert!(run.priority_total <= run.upper_bound);
    // Nobody at two tables at once, no table twice in a slot, everyone free where placed.
    for s in &b.slots {
        let here: Vec<_> = accepted.iter().filter(|r| r.slot == Some(s.id)).collect();
        let mut tables: Vec<_> = here.iter().map(|r| r.table.unwrap()).collect();
        tables.sort();
        tables.dedup();
        assert_eq!(tables.len(), here.len(), "one meeting a table");
        assert!(tables.iter().all(|t| (1..=s.tables).contains(t)));
        let mut people: Vec<i64> = here.iter().flat_map(|r| r.from_side().into_iter().chain([r.to])).collect();
        let n = people.len();
        people.sort();
        people.dedup();
        assert_eq!(people.len(), n, "someone at two tables in one slot");
        for p in people {
            let profile = b.participant(p).unwrap().profile.as_ref().unwrap();
            assert!(profile.free_in(s.id), "placed when not free");
        }
    }
    // The governor's delegation sits at the World Bank's table together.
    let (governor, _) = who(&b, "Wattanakul");
    let (wb, _) = who(&b, "Hartmann");
    let with_wb = accepted.iter().find(|r| r.from == governor && r.to == wb).unwrap();
    assert_eq!(with_wb.companions.len(), 2);
    // MOLIT's director speaks Korean only: the Korean–English interpreter is at that table.
    let (molit, _) = who(&b, "Choi");
    let with_molit = accepted.iter().find(|r| r.to == molit).unwrap();
    assert_eq!(with_molit.interpreter, Some(b.interpreters[0].id));
    // The meeting staff locked stays at slot 1, table 1, through a re-run.
    let locked = accepted.iter().find(|r| r.locked).unwrap();
    assert_eq!((locked.slot, locked.table), (Some(b.slots[0].id), Some(1)));
    let again = hansa_meetings::matchmaking::schedule::run(db.store.as_ref(), &Caller::system(), SLUG, &|_, _, _| {})
        .await
        .unwrap();
    assert_eq!(again.scheduled, 7);
    let b2 = board(&db).await;
    let still = b2.requests.iter().find(|r| r.id == locked.id).unwrap();
    assert_eq!((still.slot, still.table, still.locked), (locked.slot, locked.table, true));
    assert_eq!(db.store.last_run(b.event.id).await.unwrap().unwrap().scheduled, 7);
});

store_test!(a_request_is_sent_accepted_scheduled_and_on_the_agenda, |db: TestDbRef| async move {
    common::load_directory(db.store.as_ref()).await;
    load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    let store = db.store.as_ref();
    let b = board(&db).await;
    let (mayor, mayor_code) = who(&b, "Dela Cruz");
    let (edcf, edcf_code) = who(&b, "Park");
    let id = service::request(
        store,
        &mayor_code,
        RequestInput { to: edcf, message: "Waste-to-energy?".into(), companions: vec![] },
    )
    .await
    .unwrap();
    // The other side is told, in the outbox, in the same transaction.
    let queued = store.messages(&Default::default(), 1000, 0).await.unwrap();
    assert!(queued.items.iter().any(|m| m.kind == "match-request" && m.to_address == "junho.park@example.org"));
    // The sender cannot accept their own request; a third party cannot either.
    assert!(matches!(service::answer(store, &mayor_code, id, true).await, Err(DomainError::Forbidden)));
    let (_, third) = who(&b, "Tanaka");
    assert!(matches!(service::answer(store, &third, id, true).await, Err(DomainError::Forbidden)));
    service::answer(store, &edcf_code, id, true).await.unwrap();
    // Answered once: a second answer is refused, nothing changes.
    let again = service::answer(store, &edcf_code, id, false).await.unwrap_err();
    assert_eq!(field_codes(again), [("status".to_owned(), "err-match-not-pending".to_owned())]);
    hansa_meetings::matchmaking::schedule::run(store, &Caller::system(), SLUG, &|_, _, _| {}).await.unwrap();
    let b = board(&db).await;
    let r = b.requests.iter().find(|r| r.id == id).unwrap();
    assert!(r.slot.is_some() && r.table.is_some(), "the late request is scheduled: {r:?}");
    assert!(b.participants.iter().any(|p| p.id == mayor));
});

store_test!(bad_requests_are_refused_and_write_nothing, |db: TestDbRef| async move {
    common::load_directory(db.store.as_ref()).await;
    load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    let store = db.store.as_ref();
    let b = board(&db).await;
    let (governor, gov_code) = who(&b, "Wattanakul");
    let (official, _) = who(&b, "Srisuk");
    let (wb, _) = who(&b, "Hartmann");
    let (koica, _) = who(&b, "Lee");
    // Someone registered for another event (registered before counting writes).
    let other_event = common::register_elsewhere(db.store.as_ref(), "outside@example.org").await;
    let before = writes(&db).await;
    let ask = |to: i64, companions: Vec<i64>| RequestInput { to, message: String::new(), companions };
    // To oneself.
    let e = service::request(store, &gov_code, ask(governor, vec![])).await.unwrap_err();
    assert_eq!(field_codes(e), [("to".to_owned(), "err-match-self".to_owned())]);
    // To someone not at the event: a registration of another event.
    let e = service::request(store, &gov_code, ask(other_event.id, vec![])).await.unwrap_err();
    assert_eq!(field_codes(e), [("to".to_owned(), "err-match-not-participant".to_owned())]);
    // A duplicate: the governor already has a meeting with the World Bank (either direction).
    let e = service::request(store, &gov_code, ask(wb, vec![])).await.unwrap_err();
    assert_eq!(field_codes(e), [("to".to_owned(), "err-match-duplicate".to_owned())]);
    let (_, wb_code) = who(&b, "Hartmann");
    let e = service::request(store, &wb_code, ask(governor, vec![])).await.unwrap_err();
    assert_eq!(field_codes(e), [("to".to_owned(), "err-match-duplicate".to_owned())]);
    // A delegation that contains the other side.
    let e = service::request(store, &gov_code, ask(koica, vec![official, koica])).await.unwrap_err();
    assert_eq!(field_codes(e), [("companions".to_owned(), "err-match-delegation-other-side".to_owned())]);
    // Someone not admitted (the outside registration's code) has no matchmaking at all.
    assert!(matches!(service::participant_board(store, &other_event.code).await, Err(DomainError::NotFound)));
    assert_eq!(writes(&db).await, before, "nothing written");
});

store_test!(bad_setup_is_refused_and_writes_nothing, |db: TestDbRef| async move {
    common::load_directory(db.store.as_ref()).await;
    load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    let store = db.store.as_ref();
    let staff_caller = Caller::system();
    let b = board(&db).await;
    let delegate = common::account(db.store.as_ref(), hansa_core::account::Role::Delegate, None).await;
    let before = writes(&db).await;
    // A slot outside the event's days, one that ends before it starts, one that overlaps.
    let slot = |day: &str, start: &str, end: &str, tables: &str| SlotInput {
        day: day.into(),
        start: start.into(),
        end: end.into(),
        tables: tables.into(),
    };
    let e =
        service::add_slot(store, &staff_caller, SLUG, &slot("2019-11-23", "10:00", "10:25", "4")).await.unwrap_err();
    assert_eq!(field_codes(e), [("day".to_owned(), "err-match-slot-outside".to_owned())]);
    let e =
        service::add_slot(store, &staff_caller, SLUG, &slot("2019-11-21", "10:25", "10:00", "0")).await.unwrap_err();
    assert_eq!(
        field_codes(e),
        [("end".to_owned(), "err-ends-before-start".to_owned()), ("tables".to_owned(), "err-match-range".to_owned())]
    );
    let e =
        service::add_slot(store, &staff_caller, SLUG, &slot("2019-11-21", "14:10", "14:20", "2")).await.unwrap_err();
    assert_eq!(field_codes(e), [("start".to_owned(), "err-match-slot-overlap".to_owned())]);
    // Availability with no slot at all.
    let (_, code) = who(&b, "Kusuma");
    let none = Profile { languages: vec!["en".into()], ..Default::default() };
    let e = service::save_profile(store, &code, none, false).await.unwrap_err();
    assert_eq!(field_codes(e), [("available".to_owned(), "err-match-no-slot".to_owned())]);
    // Two meetings locked on one table: slot 1, table 1 holds the locked ADB meeting.
    let (jakarta, _) = who(&b, "Kusuma");
    let (molit, _) = who(&b, "Choi");
    let m = StaffMeeting {
        a: jakarta,
        b: molit,
        companions: vec![],
        priority: 1,
        place: Some((b.slots[0].id, 1)),
        lock: true,
    };
    let e = staff::create_meeting(store, &staff_caller, SLUG, m).await.unwrap_err();
    assert!(field_codes(e).contains(&("table".to_owned(), "err-match-table-taken".to_owned())));
    // Moving an existing meeting onto that locked table is refused the same way.
    let movable = b.requests.iter().find(|r| r.status == RequestStatus::Accepted && !r.locked).unwrap();
    let e = staff::place(store, &staff_caller, SLUG, movable.id, Some((b.slots[0].id, 1)), true).await.unwrap_err();
    assert!(field_codes(e).contains(&("table".to_owned(), "err-match-table-taken".to_owned())));
    // A delegate may not touch the setup.
    let e = service::add_slot(store, &Caller::of(&delegate), SLUG, &slot("2019-11-22", "16:00", "16:25", "4")).await;
    assert!(matches!(e, Err(DomainError::Forbidden)));
    assert_eq!(writes(&db).await, before, "nothing written");
});

store_test!(reminders_go_to_those_without_a_meeting_only, |db: TestDbRef| async move {
    common::load_directory(db.store.as_ref()).await;
    load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    let store = db.store.as_ref();
    let b = board(&db).await;
    let without = staff::without_meeting(&b);
    let names: Vec<_> = without.iter().map(|id| b.participant(*id).unwrap().name.clone()).collect();
    assert!(!without.is_empty() && without.len() < b.participants.len(), "{names:?}");
    let sent = staff::remind_without_meeting(store, &Caller::system(), SLUG).await.unwrap();
    assert_eq!(sent, without.len());
    let queued = store.messages(&Default::default(), 1000, 0).await.unwrap();
    let reminders: Vec<_> = queued.items.iter().filter(|m| m.kind == "match-reminder").collect();
    assert_eq!(reminders.len(), without.len());
    for id in &without {
        let email = &b.participant(*id).unwrap().email;
        assert!(reminders.iter().any(|m| &m.to_address == email));
    }
});

store_test!(the_scap_roundtables_are_seated_optimally_without_repeats, |db: TestDbRef| async move {
    use hansa_meetings::matchmaking::roundtables::{self, RoundtableSetup};
    common::load_directory(db.store.as_ref()).await;
    load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    let b = board(&db).await;
    let r = b.roundtables.clone().expect("the demo assigns the roundtables");
    assert!(r.exact && r.satisfaction == r.optimum_bound, "no_repeat keeps the optimum proven: {r:?}");
    let ranked: Vec<i64> = b
        .participants
        .iter()
        .filter(|p| p.profile.as_ref().is_some_and(|x| !x.ranking.is_empty()))
        .map(|p| p.id)
        .collect();
    assert_eq!(ranked.len(), 13);
    for round in 1..=r.setup.rounds {
        let seats: Vec<_> = r.seats.iter().filter(|s| s.round == round).collect();
        assert_eq!(seats.len(), ranked.len(), "everyone seated in round {round}");
        for t in &b.settings.themes {
            let n = seats.iter().filter(|s| s.theme == t.code).count();
            assert!(n <= (r.setup.seats * r.setup.tables_per_theme) as usize, "{} over capacity", t.code);
        }
    }
    for p in &ranked {
        let mut themes: Vec<_> = r.seats.iter().filter(|s| s.registration == *p).map(|s| s.theme.clone()).collect();
        let n = themes.len();
        themes.sort();
        themes.dedup();
        assert_eq!(themes.len(), n, "someone at one theme twice");
    }
    // The stored satisfaction is what the seats give: themes count − rank for a ranked theme.
    let themes = b.settings.themes.len() as i64;
    let given: i64 = r
        .seats
        .iter()
        .map(|s| {
            let ranking = &b.participant(s.registration).unwrap().profile.as_ref().unwrap().ranking;
            ranking.iter().position(|t| *t == s.theme).map_or(0, |i| themes - i as i64)
        })
        .sum();
    assert_eq!(given, r.satisfaction);
    // Bad setups are refused and keep the last assignment.
    let bad = RoundtableSetup { rounds: 0, tables_per_theme: 1, seats: 99, no_repeat: true, mix_countries: false };
    let e = roundtables::assign(db.store.as_ref(), &Caller::system(), SLUG, bad).await.unwrap_err();
    assert_eq!(
        field_codes(e),
        [("rounds".to_owned(), "err-match-range".to_owned()), ("seats".to_owned(), "err-match-range".to_owned())]
    );
    assert_eq!(board(&db).await.roundtables, Some(r));
});

store_test!(erasing_a_person_takes_their_matchmaking_with_them, |db: TestDbRef| async move {
    common::load_directory(db.store.as_ref()).await;
    load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    let b = board(&db).await;
    let (mayor, _) = who(&b, "Dela Cruz");
    assert!(b.requests.iter().any(|r| r.involves(mayor)));
    let email = b.participant(mayor).unwrap().email.clone();
    let erased =
        hansa_events::service::erase_registrations(db.store.as_ref(), &Caller::system(), &email).await.unwrap();
    assert_eq!(erased, 1);
    let after = board(&db).await;
    assert!(after.participant(mayor).is_none());
    assert!(!after.requests.iter().any(|r| r.involves(mayor)), "her requests and meetings went with her");
    let seats = after.roundtables.unwrap().seats;
    assert!(!seats.iter().any(|s| s.registration == mayor), "and her roundtable seats");
});
