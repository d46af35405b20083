//! The pipeline board and the staff start page through HTTP, and the overdue follow-ups'
//! reminders through the outbox, on both backends: staff read and move the board with plain
//! forms (200, 303, 422, 409), everyone else is refused (403, or sent to sign in) with
//! nothing written; the start page lists the reader's own overdue follow-ups; the reminders
//! queue one message per owner, in their language, and nothing more that day.

use hansa_core::account::Role;
use hansa_core::outbox::{MessageFilter, OutboxStore};
use hansa_core::store::prelude::*;
use hansa_core::{Caller, DomainError};
use hansa_meetings::model::{FollowUpDraft, LeadsTo, days_after, today};
use hansa_meetings::service::{self, REMINDER_KIND, RemindersRun};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::{app, get, post};

async fn audit_len(db: &TestDbRef) -> usize {
    db.store.audit_log(10_000, 0).await.unwrap().len()
}

async fn reminders(db: &TestDbRef) -> Vec<hansa_core::outbox::OutboxMessage> {
    let filter = MessageFilter { kind: Some(REMINDER_KIND.into()), ..Default::default() };
    db.store.messages(&filter, 100, 0).await.unwrap().items
}

store_test!(the_board_page_is_for_staff_and_moves_without_javascript, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let app = app(&db.store);
    let (cookie, csrf) = common::session(db.store.as_ref(), &staff).await;
    let board = get(&app, "/staff/pipeline", &cookie).await;
    assert_eq!(board.status, 200, "{}", board.body);
    for text in ["Contacted", "Interested", "Applying", "Member", "Dropped", "Europe", "Southeast Asia"] {
        assert!(board.body.contains(text), "the board shows {text}");
    }
    assert!(board.body.contains(r#"id="card-lublin""#) && board.body.contains("Poland"));
    assert!(board.body.contains(r#"name="from" value="contacted""#), "each card says what it showed");
    assert!(board.body.contains("Its application is recorded in the directory."), "Kigali has no buttons");
    let europe = get(&app, "/staff/pipeline?network=wego&region=europe", &cookie).await;
    assert!(europe.body.contains("card-lublin") && !europe.body.contains("card-chiang-mai"));
    assert_eq!(get(&app, "/staff/pipeline?network=hanseatic-league", &cookie).await.status, 404);

    // A move is a form: 303 back to the card, which now says where it is.
    let lublin = |from: &'static str, to: &'static str| {
        vec![("csrf", csrf.as_str()), ("network", "wego"), ("organisation", "lublin"), ("from", from), ("to", to)]
    };
    let move_url = "/staff/pipeline/move";
    let moved = post(&app, move_url, &cookie, &lublin("contacted", "interested")).await;
    assert_eq!(moved.status, 303, "{}", moved.body);
    let back = moved.headers.get("location").unwrap().to_str().unwrap().to_owned();
    assert_eq!(back, "/staff/pipeline?network=wego&moved=lublin#card-lublin");
    let after = get(&app, back.split('#').next().unwrap(), &cookie).await;
    assert!(after.body.contains("Lublin is now in “Interested”."), "{}", after.body);

    // The same form again is stale: 409, said in words; an illegal move 422; nothing written.
    let before = audit_len(&db).await;
    let stale = post(&app, move_url, &cookie, &lublin("contacted", "dropped")).await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("Lublin: Someone changed this at the same moment"), "{}", stale.body);
    let illegal = post(&app, move_url, &cookie, &lublin("interested", "member")).await;
    assert_eq!(illegal.status, 422);
    let add = [("csrf", csrf.as_str()), ("network", "wego"), ("organisation", "atlantis"), ("to", "contacted")];
    let added = post(&app, move_url, &cookie, &add).await;
    assert_eq!(added.status, 422);
    assert!(added.body.contains(r#"<p class="error" id="e-organisation">"#), "beside the add form's field");
    let mut forged = lublin("interested", "dropped");
    forged[0].1 = "forged";
    let forged = post(&app, move_url, &cookie, &forged).await;
    assert_eq!(forged.status, 403);
    assert_eq!(audit_len(&db).await, before);

    // Everyone else is refused, and writes nothing.
    for role in [Role::Delegate, Role::FocalPoint, Role::Jury] {
        let user = common::account(db.store.as_ref(), role, None).await;
        let (cookie, csrf) = common::session(db.store.as_ref(), &user).await;
        let before = audit_len(&db).await;
        assert_eq!(get(&app, "/staff/pipeline", &cookie).await.status, 403, "{role:?}");
        let mut fields = lublin("interested", "dropped");
        fields[0].1 = csrf.as_str();
        assert_eq!(post(&app, move_url, &cookie, &fields).await.status, 403, "{role:?}");
        assert_eq!(audit_len(&db).await, before);
    }
    let public = get(&app, "/staff/pipeline", "").await;
    assert_eq!(public.headers.get("location").map(|l| l.to_str().unwrap()), Some("/login"));
});

store_test!(the_start_page_lists_my_overdue_follow_ups, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let other = common::account(db.store.as_ref(), Role::Staff, None).await;
    let app = app(&db.store);
    let (cookie, _) = common::session(db.store.as_ref(), &staff).await;
    let start = get(&app, "/staff", &cookie).await;
    assert_eq!(start.status, 200);
    assert!(start.body.contains("My overdue follow-ups") && start.body.contains("15 of your follow-ups are past"));
    assert!(
        start.body.contains("Seoul Smart City Prize application") && start.body.contains("href=\"/staff/pipeline\"")
    );
    // Another staff member owns none: the panel says so.
    let (cookie, _) = common::session(db.store.as_ref(), &other).await;
    let theirs = get(&app, "/staff", &cookie).await;
    assert!(theirs.body.contains("None of your follow-ups is overdue.") && !theirs.body.contains("Smart City Prize"));
});

/// A follow-up of Lublin owned by `owner`, due on `due_on`.
fn follow_up(owner: i64, due_on: &str) -> FollowUpDraft {
    FollowUpDraft {
        title: "Send the minutes".into(),
        organisation: "lublin".into(),
        meeting: None,
        owner,
        due_on: due_on.into(),
        leads_to: LeadsTo::Other,
        reference: None,
    }
}

store_test!(reminders_queue_one_message_per_owner_once_a_day, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let korean = common::account(store, Role::Staff, None).await;
    service::add_follow_up(store, &Caller::of(&staff), follow_up(korean.id, "2024-01-15")).await.unwrap();
    // The Korean staff member opened their start page in Korean: their reminder is in Korean.
    let mine = service::my_overdue_follow_ups(store, &Caller::of(&korean), "ko").await.unwrap();
    assert_eq!(mine.len(), 1);

    let today = today();
    let system = Caller::system();
    let run = service::remind_overdue(store, &system, &today, "https://hansa.example.org/").await.unwrap();
    assert_eq!(run, RemindersRun { queued: 2, already_reminded: 0 });
    let queued = reminders(&db).await;
    assert_eq!(queued.len(), 2);
    let to_staff = queued.iter().find(|m| m.to_address == "staff@example.org").unwrap();
    assert_eq!((to_staff.lang.as_str(), to_staff.subject.as_str()), ("en", "15 follow-ups are overdue"));
    let body = store.message(to_staff.id).await.unwrap().unwrap().body_text;
    assert!(body.contains("2023-05-31: Seoul Smart City Prize application (Chiang Mai)"), "{body}");
    assert!(body.contains("https://hansa.example.org/staff/outreach"));
    let to_korean = queued.iter().find(|m| m.to_address == korean.email).unwrap();
    assert_eq!(to_korean.lang, "ko");
    assert!(to_korean.subject.contains("기한이 지난 후속 조치"), "{}", to_korean.subject);

    // Run again the same day (cron and a server both): nothing more.
    let again = service::remind_overdue(store, &system, &today, "").await.unwrap();
    assert_eq!(again, RemindersRun { queued: 0, already_reminded: 2 });
    assert_eq!(reminders(&db).await.len(), 2);
    // The next day they are reminded again while the follow-ups stay overdue.
    let tomorrow = days_after(&today, 1);
    let next = service::remind_overdue(store, &system, &tomorrow, "").await.unwrap();
    assert_eq!(next.queued, 2);
    assert_eq!(reminders(&db).await.len(), 4);
});

store_test!(no_reminder_when_nothing_is_overdue, |db: TestDbRef| async move {
    let staff = common::load_directory(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let caller = Caller::of(&staff);
    let today = today();
    // Due today or later is not overdue; a closed one, however old, is no longer owed.
    service::add_follow_up(store, &caller, follow_up(staff.id, &today)).await.unwrap();
    service::add_follow_up(store, &caller, follow_up(staff.id, &days_after(&today, 30))).await.unwrap();
    let old = service::add_follow_up(store, &caller, follow_up(staff.id, "2023-01-01")).await.unwrap();
    let closed = service::close_follow_up(store, &caller, old, hansa_meetings::model::FollowUpStatus::Done, None);
    closed.await.unwrap();
    let run = service::remind_overdue(store, &Caller::system(), &today, "").await.unwrap();
    assert_eq!(run, RemindersRun::default());
    assert!(reminders(&db).await.is_empty());
    assert!(service::my_overdue_follow_ups(store, &caller, "en").await.unwrap().is_empty());
    let public = service::my_overdue_follow_ups(store, &Caller::public(), "en").await;
    assert!(matches!(public, Err(DomainError::Unauthorized)));
});
