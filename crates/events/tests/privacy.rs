//! Privacy on both backends: the event's report says what it holds on whom; erasing a person
//! reaches every registration of theirs in every event, with check-ins, history and messages,
//! frees their place, and leaves the audit log without their name or address.

use hansa_core::Caller;
use hansa_core::account::Role;
use hansa_core::outbox::{MessageFilter, OutboxStore};
use hansa_directory::store::prelude::*;
use hansa_events::model::*;
use hansa_events::service;
use hansa_events::store::{CheckInStore, EventStore, FormStore, RegistrationStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

fn minji(lang: &str) -> RegistrationInput {
    RegistrationInput {
        category: "press".into(),
        given_name: "Min-ji".into(),
        family_name: "Kim".into(),
        email: "minji@example.org".into(),
        passport_name: Some("KIM MINJI".into()),
        visa_letter: true,
        dietary: Some("halal".into()),
        answers: [("local-tour".to_owned(), "yes".to_owned())].into_iter().collect(),
        lang: Some(lang.into()),
        ..Default::default()
    }
}

store_test!(erasing_a_person_reaches_everything_the_events_hold, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let s = db.store.as_ref();
    let sys = Caller::system();
    let r = service::register(s, &sys, "near-forum-2027", &minji("ko")).await.unwrap();
    let mut other = minji("en");
    other.category = "delegate".into();
    other.answers.clear(); // the forum of 2023 asked no questions
    let past = service::register(s, &sys, "near-forum-2023", &other).await.unwrap();
    let scan = Scan {
        scan_id: "privacy-0123456789ab".into(),
        code: r.code.clone(),
        day: "2027-11-17".into(),
        session: String::new(),
        at: 0,
    };
    service::check_in(s, &sys, "near-forum-2027", "desk-1", &[scan]).await.unwrap();

    let report = service::privacy_report(s, &sys, "near-forum-2027").await.unwrap();
    let line = report.iter().find(|h| h.code == r.code).unwrap();
    assert!(line.passport_name && line.dietary && line.visa_letter && !line.accessibility);
    assert_eq!((line.answers, line.check_ins, line.messages), (1, 1, 1));
    let focal = Caller { role: Some(Role::FocalPoint), ..sys.clone() };
    assert!(service::privacy_report(s, &focal, "near-forum-2027").await.is_err(), "staff only");
    let staff = Caller { role: Some(Role::Staff), ..sys.clone() };
    assert!(service::erase_registrations(s, &staff, "minji@example.org").await.is_err(), "the administrator only");

    let event = s.event("near-forum-2027").await.unwrap().unwrap();
    let held_before =
        s.places(event.id).await.unwrap().iter().find(|p| p.places.category == Category::Press).unwrap().held;
    assert_eq!(service::erase_registrations(s, &sys, " MINJI@example.org ").await.unwrap(), 2, "both events");
    assert!(s.registration(&r.code).await.unwrap().is_none() && s.registration(&past.code).await.unwrap().is_none());
    assert!(s.check_ins(event.id).await.unwrap().is_empty(), "check-ins gone");
    let messages = s.messages(&MessageFilter::default(), 100, 0).await.unwrap().items;
    assert!(messages.iter().all(|m| m.to_address != "minji@example.org"), "messages gone");
    let held_after =
        s.form(event.id).await.unwrap().places.iter().find(|p| p.places.category == Category::Press).unwrap().held;
    assert_eq!(held_after, held_before - 1, "the place is freed");
    let log = serde_json::to_string(
        &s.audit_log(1000, 0).await.unwrap().iter().map(|e| (&e.entity, &e.changes)).collect::<Vec<_>>(),
    )
    .unwrap();
    assert!(
        !log.contains("minji") && !log.contains("KIM MINJI") && !log.contains("halal"),
        "no personal data in the audit log"
    );
    assert!(service::erase_registrations(s, &sys, "minji@example.org").await.is_err(), "nothing left to erase");
});
