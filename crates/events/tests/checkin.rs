//! Check-in on both backends: a desk's scans are counted once per person and day, a sync sent
//! twice changes nothing, two desks that scanned one person offline both come back — the first
//! counted, the second a duplicate naming it — and unknown codes, other events' badges,
//! cancelled registrations and days outside the event are answered, not recorded.

use hansa_core::Caller;
use hansa_core::account::Role;
use hansa_events::model::*;
use hansa_events::service;
use hansa_events::store::{CheckInStore, EventStore, RegistrationStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::http::{app, get, send};

fn delegate(n: usize) -> RegistrationInput {
    RegistrationInput {
        category: "press".into(),
        given_name: format!("Reporter {n}"),
        family_name: "Park".into(),
        email: format!("press{n}@example.org"),
        answers: [("local-tour".to_owned(), "yes".to_owned())].into_iter().collect(),
        ..Default::default()
    }
}

fn scan(id: &str, code: &str, day: &str) -> Scan {
    Scan {
        scan_id: format!("{id}-0123456789abcdef"),
        code: code.into(),
        day: day.into(),
        session: String::new(),
        at: 1_700_000_000,
    }
}

store_test!(desks_check_people_in_once_whatever_the_network_did, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let s = db.store.as_ref();
    let sys = Caller::system();
    let mut codes = Vec::new();
    for n in 0..3 {
        codes.push(service::register(s, &sys, "near-forum-2027", &delegate(n)).await.unwrap().code);
    }
    service::cancel(s, &sys, &codes[2]).await.unwrap();
    let event = s.event("near-forum-2027").await.unwrap().unwrap();
    let day = "2027-11-17";
    let qr = format!("HANSA:near-forum-2027:{}", codes[0]);

    // Desk A was offline and scanned the first reporter twice and the second once.
    let a = [scan("a1", &qr, day), scan("a2", &qr, day), scan("a3", &codes[1].to_lowercase(), day)];
    let got = service::check_in(s, &sys, "near-forum-2027", "desk-a", &a).await.unwrap();
    let outcomes: Vec<_> = got.iter().map(|r| r.outcome).collect();
    assert_eq!(outcomes, [ScanOutcome::CheckedIn, ScanOutcome::Duplicate, ScanOutcome::CheckedIn]);
    assert_eq!(got[1].first_device.as_deref(), Some("desk-a"));
    // Its sync is sent again (the answer was lost): nothing changes.
    let again = service::check_in(s, &sys, "near-forum-2027", "desk-a", &a).await.unwrap();
    assert!(again.iter().all(|r| r.outcome == ScanOutcome::Replayed));
    // Desk B, offline too, scanned the first reporter: kept as a duplicate of desk A's.
    let b = service::check_in(s, &sys, "near-forum-2027", "desk-b", &[scan("b1", &codes[0], day)]).await.unwrap();
    assert_eq!((b[0].outcome, b[0].first_device.as_deref()), (ScanOutcome::Duplicate, Some("desk-a")));
    // The next day counts on its own.
    let next = service::check_in(s, &sys, "near-forum-2027", "desk-b", &[scan("b2", &codes[0], "2027-11-18")]).await;
    assert_eq!(next.unwrap()[0].outcome, ScanOutcome::CheckedIn);

    // What is not a check-in is answered and not recorded.
    let bad = [
        scan("c1", "ZZZZZZZZZZZZ", day),
        scan("c2", &format!("HANSA:wego-general-assembly-2023:{}", codes[1]), day),
        scan("c3", &codes[2], day),
        scan("c4", &codes[1], "2027-11-30"),
        Scan { session: "no-such-session".into(), ..scan("c5", &codes[1], day) },
    ];
    let got = service::check_in(s, &sys, "near-forum-2027", "desk-a", &bad).await.unwrap();
    let outcomes: Vec<_> = got.iter().map(|r| r.outcome).collect();
    use ScanOutcome::*;
    assert_eq!(outcomes, [Unknown, WrongEvent, NotAdmitted, Invalid, Invalid]);
    assert_eq!(got[2].status.as_deref(), Some("cancelled"));

    let rows = s.check_ins(event.id).await.unwrap();
    assert_eq!(rows.len(), 5, "three counted, two duplicates, nothing else");
    assert_eq!(rows.iter().filter(|r| !r.duplicate).count(), 3);
    let first = s.registration(&codes[0]).await.unwrap().unwrap();
    assert_eq!(first.status, RegStatus::Attended, "checked in: attended");
    // Only staff check people in.
    let focal = Caller { role: Some(Role::FocalPoint), ..Caller::system() };
    assert!(service::check_in(s, &focal, "near-forum-2027", "x", &[scan("d1", &codes[1], day)]).await.is_err());
});

store_test!(two_desks_syncing_at_once_count_one_check_in, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let s = db.store.clone();
    let code = service::register(s.as_ref(), &Caller::system(), "near-forum-2027", &delegate(9)).await.unwrap().code;
    let desks = (0..6).map(|i| {
        let (s, code) = (s.clone(), code.clone());
        tokio::spawn(async move {
            let one = [scan(&format!("race{i}"), &code, "2027-11-17")];
            service::check_in(s.as_ref(), &Caller::system(), "near-forum-2027", &format!("desk-{i}"), &one).await
        })
    });
    let mut outcomes = Vec::new();
    for d in desks {
        outcomes.push(d.await.unwrap().unwrap()[0].outcome);
    }
    assert_eq!(outcomes.iter().filter(|o| **o == ScanOutcome::CheckedIn).count(), 1, "{outcomes:?}");
    assert_eq!(outcomes.iter().filter(|o| **o == ScanOutcome::Duplicate).count(), 5);
});

store_test!(the_desk_page_and_its_sync_are_staff_only, |db: TestDbRef| async move {
    let app = app(&db.store).await;
    let code =
        service::register(db.store.as_ref(), &Caller::system(), "near-forum-2027", &delegate(1)).await.unwrap().code;
    let (staff, csrf) = common::session(db.store.as_ref(), Role::Staff, None).await;
    let page = get(&app, "/staff/events/near-forum-2027/check-in?day=2027-11-17", &staff, "en").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("/static/checkin.js") && page.body.contains("of 1 checked in"));
    let list = get(&app, "/staff/events/near-forum-2027/check-in/list.json", &staff, "en").await;
    assert!(list.body.contains(&code) && !list.body.contains("press1@example.org"), "no contact details on the desk");
    let body = serde_json::json!({"device": "desk-1", "scans": [scan("s1", &code, "2027-11-17")]}).to_string();
    let sync = |cookie: &str, token: &str| {
        axum::http::Request::post("/api/v1/events/near-forum-2027/check-ins")
            .header("cookie", cookie)
            .header("content-type", "application/json")
            .header("x-csrf-token", token)
            .body(axum::body::Body::from(body.clone()))
            .unwrap()
    };
    assert_eq!(send(&app, sync(&staff, "forged")).await.status, 403, "the session's token is needed");
    let (focal, focal_csrf) = common::session(db.store.as_ref(), Role::FocalPoint, Some("gyeongju")).await;
    assert_eq!(send(&app, sync(&focal, &focal_csrf)).await.status, 403);
    let ok = send(&app, sync(&staff, &csrf)).await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert!(ok.body.contains("\"outcome\":\"checked_in\""));
    let page = get(&app, "/staff/events/near-forum-2027/check-in?day=2027-11-17", &staff, "en").await;
    assert!(page.body.contains("<strong id=\"counted\">1</strong>"));
});
