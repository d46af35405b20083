//! Registration through the pages on both backends, as a browser does it: the form sets a
//! visitor's CSRF cookie, a refused form comes back with the problems beside their fields and
//! nothing stored, the last observer place goes to one of two and the other waits until a
//! cancellation promotes them, a focal point registers a delegation, staff approve and export.

use axum::http::header;
use hansa_core::account::Role;
use hansa_events::model::RegStatus;
use hansa_events::store::{EventStore, RegistrationStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::http::{app, get, post};

const FORM: &str = "/events/near-forum-2027/register";

/// A visitor opens the form: the page sets their own CSRF cookie, which the post sends back.
async fn visitor(app: &axum::Router) -> (String, String) {
    let page = get(app, FORM, "", "en").await;
    assert_eq!(page.status, 200);
    let set = page.headers.get(header::SET_COOKIE).expect("a visitor's form token").to_str().unwrap().to_owned();
    let cookie = set.split(';').next().unwrap().to_owned();
    let token = cookie.split_once('=').unwrap().1.to_owned();
    assert!(page.body.contains(&format!("value=\"{token}\"")), "the form carries the cookie's token");
    (cookie, token)
}

fn person<'a>(csrf: &'a str, n: &'a str, email: &'a str, category: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("category", category),
        ("honorific", "Ms."),
        ("given_name", n),
        ("family_name", "Kim"),
        ("email", email),
        ("country", "KR"),
        ("dietary", "vegetarian"),
        ("q-local-tour", "yes"),
        ("q-topics-energy", "yes"),
        ("q-topics-culture", "yes"),
    ]
}

fn code_from(location: &str) -> String {
    location.rsplit('/').next().unwrap().split('=').next_back().unwrap().to_owned()
}

store_test!(a_visitor_registers_through_the_form, |db: TestDbRef| async move {
    let app = app(&db.store).await;
    let event = db.store.event("near-forum-2027").await.unwrap().unwrap();
    let korean = get(&app, FORM, "", "ko").await;
    assert!(korean.body.contains("11월 18일 지역 투어에 참가하십니까?"), "the event's own question in Korean");
    let (cookie, csrf) = visitor(&app).await;

    // No token: refused, nothing stored.
    let mut fields = person("", "Min-ji", "minji@example.org", "delegate");
    fields.remove(0);
    assert_eq!(post(&app, FORM, &cookie, &fields).await.status, 403);
    // Missing family name, a bad e-mail, the required question unanswered: every problem named
    // beside its field, the entered values kept, nothing stored.
    let bad = [("csrf", csrf.as_str()), ("category", "delegate"), ("native_name", "김민지"), ("email", "minji@")];
    let refused = post(&app, FORM, &cookie, &bad).await;
    assert_eq!(refused.status, 422);
    for id in ["e-family_name", "e-email", "e-q-local-tour"] {
        assert!(refused.body.contains(&format!("id=\"{id}\"")), "{id} shown");
    }
    assert!(refused.body.contains("value=\"김민지\"") && refused.body.contains("value=\"minji@\""), "kept");
    assert!(db.store.registrations(event.id).await.unwrap().is_empty(), "nothing written");

    let done = post(&app, FORM, &cookie, &person(&csrf, "Min-ji", "minji@example.org", "delegate")).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let location = done.headers.get(header::LOCATION).unwrap().to_str().unwrap().to_owned();
    assert!(location.starts_with("/registrations/"));
    let mine = get(&app, &location, &cookie, "en").await;
    assert_eq!(mine.status, 200);
    assert!(mine.body.contains("Waiting for approval") && mine.body.contains("Ms. KIM Min-ji"));
    assert_eq!(mine.headers.get(header::CACHE_CONTROL).unwrap(), "private, no-store");
    assert_eq!(mine.headers.get(header::REFERRER_POLICY).unwrap(), "no-referrer");
    let stored = db.store.registration(&code_from(&location)).await.unwrap().unwrap();
    assert_eq!(stored.input.answers["topics"], "culture,energy");

    // Registering twice is refused beside the e-mail field.
    let twice = post(&app, FORM, &cookie, &person(&csrf, "Min-ji", "MINJI@example.org", "delegate")).await;
    assert_eq!(twice.status, 422);
    assert!(twice.body.contains("already registered for this event"));
    // The public pages never show what registrants entered.
    let public = get(&app, "/events/near-forum-2027", "", "en").await;
    assert!(public.body.contains(FORM), "the event page links its form");
    assert!(!public.body.contains("minji@example.org") && !public.body.contains("vegetarian"));
});

store_test!(two_race_for_the_last_observer_place_and_a_cancellation_promotes, |db: TestDbRef| async move {
    let app = app(&db.store).await;
    let (cookie, csrf) = visitor(&app).await;
    // Two observer places: one taken, then two race for the last.
    post(&app, FORM, &cookie, &person(&csrf, "First", "first@example.org", "observer")).await;
    let (ana, bo) =
        (person(&csrf, "Ana", "ana@example.org", "observer"), person(&csrf, "Bo", "bo@example.org", "observer"));
    let (a, b) = tokio::join!(post(&app, FORM, &cookie, &ana), post(&app, FORM, &cookie, &bo));
    let mut codes = Vec::new();
    for r in [&a, &b] {
        assert_eq!(r.status, 303);
        codes.push(code_from(r.headers.get(header::LOCATION).unwrap().to_str().unwrap()));
    }
    let (mut winner, mut waiter) = (String::new(), String::new());
    for c in &codes {
        match db.store.registration(c).await.unwrap().unwrap().status {
            RegStatus::Approved => winner = c.clone(),
            RegStatus::Waitlisted => waiter = c.clone(),
            other => panic!("{other:?}"),
        }
    }
    assert!(!winner.is_empty() && !waiter.is_empty(), "one gets the place, one waits");
    let page = get(&app, &format!("/registrations/{waiter}"), &cookie, "en").await;
    assert!(page.body.contains("Number 1 on the waiting list"));
    // The winner cancels from their page: the one waiting takes the place.
    let cancelled = post(&app, &format!("/registrations/{winner}/cancel"), &cookie, &[("csrf", &csrf)]).await;
    assert_eq!(cancelled.status, 303);
    let page = get(&app, &format!("/registrations/{waiter}"), &cookie, "en").await;
    assert!(page.body.contains("Approved") && !page.body.contains("waiting list</p>"), "promoted");
    assert_eq!(db.store.registration(&winner).await.unwrap().unwrap().status, RegStatus::Cancelled);
});

store_test!(a_focal_point_registers_three_and_staff_approve, |db: TestDbRef| async move {
    let app = app(&db.store).await;
    let (focal, focal_csrf) = common::session(db.store.as_ref(), Role::FocalPoint, Some("gyeongju")).await;
    let form = get(&app, FORM, &focal, "en").await;
    assert!(form.body.contains("as its delegation"), "the form says it registers a delegation");
    assert!(!form.body.contains("name=\"organisation_name\""), "the organisation is the focal point's own");
    for (n, email, category) in [
        ("Head", "head@gyeongju.example.org", "head_of_delegation"),
        ("Second", "second@gyeongju.example.org", "delegate"),
        ("Third", "third@gyeongju.example.org", "delegate"),
    ] {
        let r = post(&app, FORM, &focal, &person(&focal_csrf, n, email, category)).await;
        assert_eq!(r.status, 303, "{}", r.body);
        assert!(r.headers.get(header::LOCATION).unwrap().to_str().unwrap().contains("/delegation?added="));
    }
    let delegation = get(&app, "/events/near-forum-2027/delegation", &focal, "en").await;
    assert_eq!(delegation.status, 200);
    assert_eq!(delegation.body.matches("/registrations/").count(), 3, "three officials, each with a code");
    assert!(delegation.body.contains("KIM Third"));

    // Staff see them, approve one in a click, and export the list with its answers.
    let (staff, staff_csrf) = common::session(db.store.as_ref(), Role::Staff, None).await;
    let list = get(&app, "/staff/events/near-forum-2027/registrations?status=pending", &staff, "en").await;
    assert_eq!(list.status, 200);
    assert_eq!(list.body.matches("name=\"to\" value=\"approved\"").count(), 3);
    let event = db.store.event("near-forum-2027").await.unwrap().unwrap();
    let head = db.store.registrations(event.id).await.unwrap().into_iter().find(|r| r.input.given_name == "Head");
    let head = head.unwrap();
    assert_eq!(head.input.organisation.as_deref(), Some("gyeongju"));
    let url = format!("/staff/registrations/{}/status", head.code);
    let anonymous = post(&app, &url, "", &[("csrf", &staff_csrf), ("to", "approved")]).await;
    assert_eq!((anonymous.status, anonymous.headers.get(header::LOCATION).unwrap().to_str().unwrap()), (303, "/login"));
    assert_eq!(post(&app, &url, &focal, &[("csrf", &focal_csrf), ("to", "approved")]).await.status, 403);
    assert_eq!(db.store.registration(&head.code).await.unwrap().unwrap().status, RegStatus::Pending);
    assert_eq!(post(&app, &url, &staff, &[("csrf", &staff_csrf), ("to", "approved")]).await.status, 303);
    assert_eq!(db.store.registration(&head.code).await.unwrap().unwrap().status, RegStatus::Approved);
    let csv = get(&app, "/staff/events/near-forum-2027/registrations.csv", &staff, "en").await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with("code,status,") && csv.body.contains("answer:topics"));
    assert!(csv.body.contains("head@gyeongju.example.org") && csv.body.contains("culture,energy"));
    let anonymous = get(&app, "/staff/events/near-forum-2027/registrations.csv", "", "en").await;
    assert_eq!((anonymous.status, anonymous.headers.get(header::LOCATION).unwrap().to_str().unwrap()), (303, "/login"));
    assert_eq!(get(&app, "/staff/events/near-forum-2027/registrations.csv", &focal, "en").await.status, 403);
    let xlsx = get(&app, "/staff/events/near-forum-2027/registrations.xlsx", &staff, "en").await;
    assert_eq!(xlsx.status, 200);
});
