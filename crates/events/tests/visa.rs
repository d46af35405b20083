//! Visa invitation letters on both backends: a request waits for staff's review; a letter is
//! issued to approved registrations only, told through the outbox, and then downloaded by its
//! holder as a PDF that carries the name as in the passport.

use std::process::Command;

use hansa_core::Caller;
use hansa_core::account::Role;
use hansa_core::outbox::{MessageFilter, OutboxStore};
use hansa_events::model::*;
use hansa_events::service;
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::http::{app, get, post};

fn asks(category: &str, email: &str) -> RegistrationInput {
    RegistrationInput {
        category: category.into(),
        given_name: "Oyuunchimeg".into(),
        family_name: "Bat".into(),
        email: email.into(),
        country: Some("MN".into()),
        visa_letter: true,
        passport_name: Some("БАТ ОЮУНЧИМЭГ / BAT OYUUNCHIMEG".into()),
        answers: [("local-tour".to_owned(), "yes".to_owned())].into_iter().collect(),
        ..Default::default()
    }
}

fn text_of(pdf: &[u8]) -> String {
    let file = std::env::temp_dir().join(format!("hansa-visa-{}.pdf", hansa_web::auth::new_token()));
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext").arg(&file).arg("-").output().expect("pdftotext (poppler-utils)");
    String::from_utf8(out.stdout).unwrap()
}

store_test!(a_visa_letter_is_reviewed_issued_and_downloaded, |db: TestDbRef| async move {
    let app = app(&db.store).await;
    let s = db.store.as_ref();
    let sys = Caller::system();
    let press = service::register(s, &sys, "near-forum-2027", &asks("press", "oyu@example.org")).await.unwrap();
    let pending = service::register(s, &sys, "near-forum-2027", &asks("delegate", "bat@example.org")).await.unwrap();
    assert_eq!(pending.status, RegStatus::Pending);

    let (staff, csrf) = common::session(s, Role::Staff, None).await;
    let list = get(&app, "/staff/events/near-forum-2027/visa-letters", &staff, "en").await;
    assert_eq!(list.status, 200);
    assert_eq!(list.body.matches("To review").count(), 2);
    let preview = get(&app, &format!("/staff/registrations/{}/visa-letter.pdf", press.code), &staff, "en").await;
    assert_eq!(preview.status, 200);
    let mine = format!("/registrations/{}/visa-letter.pdf", press.code);
    assert_eq!(get(&app, &mine, "", "en").await.status, 404, "not before it is issued");

    // A pending registration gets no letter; the approved one does, and is told.
    let refused = service::review_visa_letter(s, &sys, &pending.code, VisaLetter::Issued).await.unwrap_err();
    assert!(format!("{refused:?}").contains("err-visa-not-approved"));
    let issue = format!("/staff/registrations/{}/visa-letter", press.code);
    let (focal, focal_csrf) = common::session(s, Role::FocalPoint, Some("gyeongju")).await;
    assert_eq!(post(&app, &issue, &focal, &[("csrf", &focal_csrf), ("review", "issued")]).await.status, 403);
    assert_eq!(post(&app, &issue, &staff, &[("csrf", &csrf), ("review", "issued")]).await.status, 303);
    let messages = s.messages(&MessageFilter::default(), 100, 0).await.unwrap().items;
    let told = messages.iter().find(|m| m.kind == "visa-letter").expect("the registrant is told");
    assert_eq!(told.to_address, "oyu@example.org");

    // The holder of the code downloads it: the name as in the passport, in Cyrillic and Latin.
    let pdf = {
        use axum::body::Body;
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let res = app.clone().oneshot(axum::http::Request::get(&mine).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), 200);
        res.into_body().collect().await.unwrap().to_bytes().to_vec()
    };
    let text = text_of(&pdf);
    assert!(text.contains("БАТ ОЮУНЧИМЭГ") && text.contains("BAT OYUUNCHIMEG"), "{text}");
    assert!(text.contains("NEAR International Forum 2027") && text.contains("Invitation letter"), "{text}");
    let page = get(&app, &format!("/registrations/{}", press.code), "", "en").await;
    assert!(page.body.contains("visa-letter.pdf"), "the registrant's page offers the letter");
});
