//! Badges on both backends: staff print the approved registrations of an event as one PDF
//! whose text holds each name in both scripts and whose QR codes carry the check-in payload;
//! a cancelled registration gets no badge, and asking for one says why, beside the field.

use std::process::Command;

use hansa_core::Caller;
use hansa_core::account::Role;
use hansa_events::model::*;
use hansa_events::service;
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::http::{app, get, post};

fn person(given: &str, family: &str, native: &str, email: &str, country: &str) -> RegistrationInput {
    RegistrationInput {
        category: "delegate".into(),
        given_name: given.into(),
        family_name: family.into(),
        native_name: Some(native.into()),
        email: email.into(),
        country: Some(country.into()),
        position: Some("Director-General".into()),
        organisation: Some("gyeongsangbuk-do".into()),
        answers: [("local-tour".to_owned(), "no".to_owned())].into_iter().collect(),
        ..Default::default()
    }
}

fn pdftotext(pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("hansa-badges-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{}.pdf", hansa_web::auth::new_token()));
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (Debian poppler-utils) is needed to read the badges back");
    String::from_utf8(out.stdout).unwrap()
}

store_test!(staff_print_badges_of_approved_registrations_only, |db: TestDbRef| async move {
    let app = app(&db.store).await;
    let sys = Caller::system();
    let s = db.store.as_ref();
    let a =
        service::register(s, &sys, "near-forum-2027", &person("Cheol-woo", "Lee", "이철우", "lee@example.org", "KR"))
            .await
            .unwrap();
    let b = service::register(
        s,
        &sys,
        "near-forum-2027",
        &person("Oxana", "Dudnik", "Оксана Дудник", "od@example.org", "RU"),
    )
    .await
    .unwrap();
    let c = service::register(
        s,
        &sys,
        "near-forum-2027",
        &person("Battur", "Jamiyan", "Жамъяны Баттөр", "jb@example.org", "MN"),
    )
    .await
    .unwrap();
    for r in [&a, &b] {
        service::decide(s, &sys, &r.code, RegStatus::Approved).await.unwrap();
    }
    service::cancel(s, &sys, &c.code).await.unwrap();

    let (staff, csrf) = common::session(s, Role::Staff, None).await;
    let form = get(&app, "/staff/events/near-forum-2027/badges", &staff, "en").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("data-progress=\"/progress/"), "the page shows the batch's progress");
    let reply = post(&app, "/staff/events/near-forum-2027/badges", &staff, &[("csrf", &csrf), ("layout", "a6")]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.headers.get("content-type").unwrap(), "application/pdf");
    // The body arrived as lossy text; ask again for the bytes through the service's own path.
    let text = pdftotext(&fetch_pdf(&app, &staff, &csrf).await);
    for name in
        ["이철우", "LEE Cheol-woo", "Оксана Дудник", "DUDNIK Oxana", "South Korea", "Delegate", &a.code, &b.code]
    {
        assert!(text.contains(name), "{name} on the badges:\n{text}");
    }
    assert!(!text.contains("Жамъяны Баттөр"), "a cancelled registration has no badge");

    // Asking for the cancelled one by code is refused beside the field, and nothing is printed.
    let codes = format!("{} {}", a.code, c.code);
    let refused =
        post(&app, "/staff/events/near-forum-2027/badges", &staff, &[("csrf", &csrf), ("codes", &codes)]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("only approved registrations get one") && refused.body.contains(&c.code));
    // Not staff: refused.
    let (focal, focal_csrf) = common::session(s, Role::FocalPoint, Some("gyeongju")).await;
    let denied = post(&app, "/staff/events/near-forum-2027/badges", &focal, &[("csrf", &focal_csrf)]).await;
    assert_eq!(denied.status, 403);
});

/// The PDF's bytes (the shared helper reads bodies as text).
async fn fetch_pdf(app: &axum::Router, cookie: &str, csrf: &str) -> Vec<u8> {
    use axum::body::Body;
    use axum::http::{Request, header};
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let body = format!("csrf={csrf}&layout=a4");
    let req = Request::post("/staff/events/near-forum-2027/badges")
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    bytes
}
