//! Registration on both backends: the last place goes to exactly one of many racing
//! registrations, the rest wait in order and the first is promoted when a place frees;
//! registering twice, a category the event does not have, a closed event and a forged
//! approval are refused; personal data stays out of the audit log.

use std::sync::Arc;

use hansa_core::account::Role;
use hansa_core::{Caller, DomainError, SqlStore};
use hansa_directory::store::prelude::*;
use hansa_events::model::*;
use hansa_events::service::{self, EventsFile};
use hansa_events::store::{FormStore, RegistrationStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::EVENTS;

/// The demo, and a published summit offering `places`.
async fn summit(store: &Arc<SqlStore>, places: &[CategoryPlaces]) -> i64 {
    common::load_demo(store.as_ref()).await;
    let mut file: EventsFile = toml::from_str(EVENTS).unwrap();
    let mut e = file.event.remove(0);
    e.draft.slug = "summit-2027".into();
    e.draft.status = EventStatus::Published;
    let saved = service::save_event(store.as_ref(), &Caller::system(), &e).await.unwrap();
    let form = FormSettings { categories: places.to_vec(), ..Default::default() };
    service::set_form(store.as_ref(), &Caller::system(), "summit-2027", &form).await.unwrap();
    saved.event.id
}

fn person(n: usize) -> RegistrationInput {
    RegistrationInput {
        category: "delegate".into(),
        given_name: format!("Delegate {n}"),
        family_name: "Kim".into(),
        email: format!("delegate{n}@example.org"),
        country: Some("KR".into()),
        organisation: Some("gyeongju".into()),
        dietary: Some("vegetarian".into()),
        ..Default::default()
    }
}

fn public() -> Caller {
    Caller { role: None, ..Caller::system() }
}

fn code_of(e: DomainError) -> String {
    match e {
        DomainError::Invalid(v) => v[0].code.clone(),
        DomainError::Conflict(f) => f.code,
        other => format!("{other:?}"),
    }
}

store_test!(the_last_place_goes_to_exactly_one, |db: TestDbRef| async move {
    let places = [CategoryPlaces { category: Category::Delegate, capacity: Some(1), needs_approval: false }];
    let event = summit(&db.store, &places).await;
    let racers = (0..12).map(|n| {
        let store = db.store.clone();
        tokio::spawn(async move { service::register(store.as_ref(), &public(), "summit-2027", &person(n)).await })
    });
    let mut done = Vec::new();
    for r in racers {
        done.push(r.await.unwrap().expect("every registration is acknowledged"));
    }
    let holding: Vec<&Registration> = done.iter().filter(|r| r.status.holds_place()).collect();
    assert_eq!(holding.len(), 1, "exactly one holds the last place");
    assert_eq!(holding[0].status, RegStatus::Approved);
    let stored = db.store.registrations(event).await.unwrap();
    assert_eq!(stored.len(), 12, "every acknowledged registration is stored");
    let mut positions: Vec<i64> = stored.iter().filter_map(|r| r.waitlist_position).collect();
    positions.sort_unstable();
    assert_eq!(positions, (1..=11).collect::<Vec<_>>(), "the waiting list in order");
    assert_eq!(db.store.places(event).await.unwrap()[0].held, 1);

    // The winner cancels with their code: the first on the list takes the place.
    let first_waiting = stored.iter().find(|r| r.waitlist_position == Some(1)).unwrap().clone();
    let changed = service::cancel(db.store.as_ref(), &public(), &holding[0].code).await.unwrap();
    assert_eq!(changed.registration.status, RegStatus::Cancelled);
    let promoted = changed.promoted.expect("someone is promoted");
    assert_eq!((promoted.id, promoted.status), (first_waiting.id, RegStatus::Approved));
    assert_eq!(db.store.places(event).await.unwrap()[0].held, 1, "still one place held");
    let now_second = db.store.registrations(event).await.unwrap();
    assert_eq!(now_second.iter().filter_map(|r| r.waitlist_position).max(), Some(10), "everyone moved up");
    assert!(
        matches!(
            service::cancel(db.store.as_ref(), &public(), &holding[0].code).await.unwrap_err(),
            DomainError::Conflict(_)
        ),
        "cancelling twice"
    );
});

store_test!(bad_registrations_are_refused, |db: TestDbRef| async move {
    let places = [CategoryPlaces { category: Category::Delegate, capacity: Some(10), needs_approval: true }];
    let event = summit(&db.store, &places).await;
    let before = db.store.audit_log(10_000, 0).await.unwrap().len();
    let first = service::register(db.store.as_ref(), &public(), "summit-2027", &person(1)).await.unwrap();
    assert_eq!(first.status, RegStatus::Pending, "this category waits for approval");
    // Registering twice, even with the e-mail in capitals.
    let mut again = person(1);
    again.email = "DELEGATE1@example.org".into();
    assert_eq!(
        code_of(service::register(db.store.as_ref(), &public(), "summit-2027", &again).await.unwrap_err()),
        "err-registered-twice"
    );
    // A category the event does not have.
    let mut press = person(2);
    press.category = "press".into();
    assert_eq!(
        code_of(service::register(db.store.as_ref(), &public(), "summit-2027", &press).await.unwrap_err()),
        "err-category-not-offered"
    );
    // A closed event (the NEAR forum ran in 2023).
    assert_eq!(
        code_of(service::register(db.store.as_ref(), &public(), "near-forum-2023", &person(3)).await.unwrap_err()),
        "err-registration-closed"
    );
    // An approval forged by someone who is not staff.
    let delegate = Caller { role: Some(Role::Delegate), account: Some(99), ..Caller::system() };
    assert!(matches!(
        service::decide(db.store.as_ref(), &delegate, &first.code, RegStatus::Approved).await.unwrap_err(),
        DomainError::Forbidden
    ));
    assert_eq!(db.store.registration(&first.code).await.unwrap().unwrap().status, RegStatus::Pending);
    // Staff approve; a rejected registration frees its place.
    let approved =
        service::decide(db.store.as_ref(), &Caller::system(), &first.code, RegStatus::Approved).await.unwrap();
    assert_eq!(approved.registration.status, RegStatus::Approved);
    let second = service::register(db.store.as_ref(), &public(), "summit-2027", &person(4)).await.unwrap();
    assert_eq!(db.store.places(event).await.unwrap()[0].held, 2);
    service::decide(db.store.as_ref(), &Caller::system(), &second.code, RegStatus::Rejected).await.unwrap();
    assert_eq!(db.store.places(event).await.unwrap()[0].held, 1);
    assert!(
        service::decide(db.store.as_ref(), &Caller::system(), &second.code, RegStatus::Approved).await.is_err(),
        "a rejection is final"
    );
    // After cancelling, the same person may register again.
    service::cancel(db.store.as_ref(), &public(), &first.code).await.unwrap();
    service::register(db.store.as_ref(), &public(), "summit-2027", &person(1)).await.unwrap();
    // The audit log knows what happened, never the e-mails or dietary needs.
    let log = db.store.audit_log(10_000, 0).await.unwrap();
    assert!(log.len() > before);
    let text = serde_json::to_string(&log.iter().map(|e| (&e.entity, &e.changes)).collect::<Vec<_>>()).unwrap();
    assert!(!text.contains("@example.org") && !text.contains("vegetarian"), "personal data in the audit log");
});

store_test!(the_form_asks_its_questions_until_its_deadline, |db: TestDbRef| async move {
    let places = [CategoryPlaces { category: Category::Delegate, capacity: None, needs_approval: false }];
    let event = summit(&db.store, &places).await;
    let form: FormSettings = toml::from_str(
        r#"
        deadline = "2099-11-30T18:00"
        [[category]]
        category = "delegate"
        [[question]]
        code = "local-tour"
        kind = "yes_no"
        label = { en = "Will you join the local tour?", ko = "지역 투어에 참가하십니까?" }
        required = true
        [[question]]
        code = "topics"
        kind = "multi"
        label = { en = "Topics" }
        choices = [{ code = "energy", label = { en = "Energy" } }, { code = "mobility", label = { en = "Mobility" } }]
        "#,
    )
    .unwrap();
    service::set_form(db.store.as_ref(), &Caller::system(), "summit-2027", &form).await.unwrap();
    let stored = db.store.form(event).await.unwrap();
    assert_eq!(stored.questions.len(), 2);
    assert_eq!(stored.questions[0].label.get("ko"), Some("지역 투어에 참가하십니까?"));
    assert!(stored.deadline.is_some());

    // A required question unanswered, and a choice the question does not offer.
    let mut p = person(1);
    p.answers.insert("topics".into(), "energy,water".into());
    let Err(DomainError::Invalid(v)) = service::register(db.store.as_ref(), &public(), "summit-2027", &p).await else {
        panic!("refused")
    };
    let fields: Vec<_> = v.iter().map(|f| (f.field.as_str(), f.code.as_str())).collect();
    assert_eq!(fields, [("answers.local-tour", "err-required"), ("answers.topics", "err-choice")]);
    assert!(db.store.registrations(event).await.unwrap().is_empty(), "nothing written");
    p.answers.insert("local-tour".into(), "yes".into());
    p.answers.insert("topics".into(), "mobility, energy".into());
    let r = service::register(db.store.as_ref(), &public(), "summit-2027", &p).await.unwrap();
    assert_eq!(r.input.answers["topics"], "energy,mobility");

    // A bad form is refused whole: an unknown zone-less deadline, a choice question without choices.
    let mut bad = form.clone();
    bad.deadline = Some("2099-02-30T10:00".into());
    bad.questions[1].choices.truncate(1);
    let Err(DomainError::Invalid(v)) =
        service::set_form(db.store.as_ref(), &Caller::system(), "summit-2027", &bad).await
    else {
        panic!("refused")
    };
    assert_eq!(v.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(), ["questions.1.choices", "deadline"]);
    assert_eq!(db.store.form(event).await.unwrap().questions[1].choices.len(), 2, "the form is unchanged");

    // After the deadline the public is refused; staff may still add a late delegate.
    let mut past = form.clone();
    past.deadline = Some("2020-01-01T00:00".into());
    service::set_form(db.store.as_ref(), &Caller::system(), "summit-2027", &past).await.unwrap();
    let mut late = person(2);
    late.answers.insert("local-tour".into(), "no".into());
    assert_eq!(
        code_of(service::register(db.store.as_ref(), &public(), "summit-2027", &late).await.unwrap_err()),
        "err-registration-deadline"
    );
    service::register(db.store.as_ref(), &Caller::system(), "summit-2027", &late).await.unwrap();
});

store_test!(a_focal_point_registers_a_delegation_of_their_own_government, |db: TestDbRef| async move {
    let places = [
        CategoryPlaces { category: Category::HeadOfDelegation, capacity: Some(1), needs_approval: true },
        CategoryPlaces { category: Category::Delegate, capacity: None, needs_approval: true },
    ];
    let event = summit(&db.store, &places).await;
    let pohang = db.store.organisation("pohang").await.unwrap().unwrap();
    let new = |email: &str| hansa_core::account::NewUser {
        email: email.into(),
        display_name: "Focal point".into(),
        role: Role::FocalPoint,
        organisation_id: Some(pohang.id),
        password_hash: "h".into(),
    };
    let note = || hansa_core::audit::AuditNote::new(None, "create", "user", serde_json::json!({}));
    let user = db.store.create_user(&new("focal@pohang.example.org"), note()).await.unwrap();
    let other = db.store.create_user(&new("other@pohang.example.org"), note()).await.unwrap();
    let focal = Caller::of(&user);
    let mut head = person(1);
    head.category = "head_of_delegation".into();
    head.organisation = Some("gyeongju".into()); // not theirs: the service puts their own
    let mut codes = Vec::new();
    for p in [head, person(2), person(3)] {
        codes.push(service::register(db.store.as_ref(), &focal, "summit-2027", &p).await.unwrap().code);
    }
    let delegation = db.store.delegation(event, user.id).await.unwrap();
    assert_eq!(delegation.len(), 3);
    assert!(delegation.iter().all(|r| r.input.organisation.as_deref() == Some("pohang")));
    assert_eq!(delegation.iter().map(|r| r.code.clone()).collect::<Vec<_>>(), codes, "each their own code");
    assert!(db.store.delegation(event, other.id).await.unwrap().is_empty(), "another account's delegation is its own");
});

store_test!(every_change_sends_its_message_in_the_registrants_language, |db: TestDbRef| async move {
    use hansa_core::outbox::{MessageFilter, OutboxStore};
    let places = [CategoryPlaces { category: Category::Delegate, capacity: Some(1), needs_approval: false }];
    summit(&db.store, &places).await;
    let s = db.store.as_ref();
    let mut first = person(1);
    first.lang = Some("ko".into());
    let a = service::register(s, &public(), "summit-2027", &first).await.unwrap();
    let b = service::register(s, &public(), "summit-2027", &person(2)).await.unwrap();
    assert_eq!(b.status, RegStatus::Waitlisted);
    service::cancel(s, &public(), &a.code).await.unwrap();
    let all = s.messages(&MessageFilter::default(), 100, 0).await.unwrap().items;
    let mut seen: Vec<(String, String, String)> =
        all.iter().map(|m| (m.kind.clone(), m.to_address.clone(), m.lang.clone())).collect();
    seen.sort();
    let want = |k: &str, to: &str, l: &str| (k.to_owned(), to.to_owned(), l.to_owned());
    assert_eq!(
        seen,
        [
            want("registration-cancelled", "delegate1@example.org", "ko"),
            want("registration-confirmed", "delegate1@example.org", "ko"),
            want("registration-promoted", "delegate2@example.org", "en"),
            want("registration-waitlisted", "delegate2@example.org", "en"),
        ]
    );
    let korean = all.iter().find(|m| m.kind == "registration-confirmed").unwrap();
    let body = s.message(korean.id).await.unwrap().unwrap().body_text;
    assert!(body.contains(&a.code) && body.contains(&format!("/registrations/{}", a.code)), "{body}");
    assert!(!korean.subject.contains("mail-"), "the subject is written, not a catalogue key: {}", korean.subject);
    let waiting = all.iter().find(|m| m.kind == "registration-waitlisted").unwrap();
    assert!(s.message(waiting.id).await.unwrap().unwrap().body_text.contains("number 1 on the waiting list"));
});
