//! `/staff/messages`: the outbox is staff only (the public is sent to sign in, a focal point or a
//! delegate refused); staff see every message with its status, attempts and the relay's answer,
//! a message's own page shows its text, and a failed one can be sent again (with the form's
//! CSRF token, audited) — by staff only.

mod common;

use common::App;
use hansa_core::outbox::{Message, MessageStatus, OutboxStore};
use hansa_core::store::prelude::*;
use hansa_testkit::{TestDbRef, store_test};

fn letter(to: &str, entity: &str) -> Message {
    Message {
        kind: "registration-confirmed".into(),
        to_address: to.into(),
        to_name: Some("김민지".into()),
        subject: "등록이 확인되었습니다".into(),
        body_text: "김민지 님, 안녕하세요.\n등록이 확인되었습니다.".into(),
        lang: "ko".into(),
        entity: entity.into(),
    }
}

/// A message the relay refused for good.
async fn failed(store: &dyn OutboxStore, to: &str) -> i64 {
    let id = store.enqueue(&letter(to, "registration:42")).await.unwrap();
    let claimed = store.claim(10, hansa_core::db::now(), 60).await.unwrap();
    let mine = claimed.iter().find(|c| c.id == id).unwrap();
    store.mark_failed(mine, "550 5.1.1 No such user here", None).await.unwrap();
    id
}

store_test!(the_outbox_is_for_staff_only, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let id = failed(db.store.as_ref(), "minji.kim@example.org").await;
    for path in ["/staff/messages".to_owned(), format!("/staff/messages/{id}")] {
        let public = app.get("public", &path).await;
        assert_eq!(
            (public.status.as_u16(), public.headers.get("location").map(|l| l.to_str().unwrap())),
            (303, Some("/login"))
        );
        for role in ["focal_point", "delegate", "jury"] {
            let refused = app.get(role, &path).await;
            assert_eq!(refused.status, 403, "{role} {path}");
            assert!(!refused.body.contains("minji.kim@example.org"), "{role} learns nothing");
        }
    }
});

store_test!(staff_see_the_messages_and_their_text, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let bad = failed(db.store.as_ref(), "minji.kim@example.org").await;
    let queued = db.store.enqueue(&letter("jun.park@example.org", "registration:43")).await.unwrap();

    let list = app.get("staff", "/staff/messages").await;
    assert_eq!(list.status, 200, "{}", list.body);
    let body = &list.body;
    for text in
        ["minji.kim@example.org", "jun.park@example.org", "등록이 확인되었습니다", "550 5.1.1 No such user here"]
    {
        assert!(body.contains(text), "the list shows {text}");
    }
    assert!(body.contains("status-failed") && body.contains("status-queued"));
    assert!(body.contains("Registration confirmed"), "the kind in the reader's words");
    assert!(body.contains("No mail relay is configured"), "staff learn why nothing leaves");
    assert!(body.contains("<th scope=\"col\">Attempts</th>"));
    let newest_first = body.find("jun.park@example.org").unwrap() < body.find("minji.kim@example.org").unwrap();
    assert!(newest_first);

    let failed_only = app.get("staff", "/staff/messages?status=failed").await.body;
    assert!(failed_only.contains("minji.kim@example.org") && !failed_only.contains("jun.park@example.org"));
    let about = app.get("staff", "/staff/messages?entity=registration%3A43").await.body;
    assert!(about.contains("jun.park@example.org") && !about.contains("minji.kim@example.org"));

    let one = app.get("staff", &format!("/staff/messages/{bad}")).await;
    assert_eq!(one.status, 200);
    assert!(
        one.body
            .contains("<pre class=\"message-body\" lang=\"ko\">김민지 님, 안녕하세요.\n등록이 확인되었습니다.</pre>")
    );
    assert!(one.body.contains(&format!("action=\"/staff/messages/{bad}/retry\"")), "a failed one offers to send again");
    let waiting = app.get("staff", &format!("/staff/messages/{queued}")).await.body;
    assert!(!waiting.contains("/retry\""), "a queued one does not");
    assert_eq!(app.get("staff", "/staff/messages/999999").await.status, 404);

    // The Korean interface speaks Korean.
    let ko = app
        .send(
            "staff",
            axum::http::Request::get("/staff/messages")
                .header("accept-language", "ko")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert!(ko.body.contains("<html lang=\"ko\">") && ko.body.contains("등록 확인") && ko.body.contains("실패"));
});

store_test!(a_failed_message_is_sent_again_by_staff_only, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let id = failed(db.store.as_ref(), "minji.kim@example.org").await;
    let url = format!("/staff/messages/{id}/retry");
    let status = |db: TestDbRef| async move { db.store.message(id).await.unwrap().unwrap().message.status };
    let audited = db.store.audit_log(1000, 0).await.unwrap().len();

    assert_eq!(app.post_form("focal_point", &url, &[]).await.status, 403);
    assert_eq!(app.post_form("delegate", &url, &[]).await.status, 403);
    // A form without the session's token (another site's) is refused.
    let forged = axum::http::Request::post(url.as_str())
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from("csrf=forged"))
        .unwrap();
    assert_eq!(app.send("staff", forged).await.status, 403);
    assert_eq!(status(db.clone()).await, MessageStatus::Failed, "refusals changed nothing");
    assert_eq!(db.store.audit_log(1000, 0).await.unwrap().len(), audited);

    let sent = app.post_form("staff", &url, &[]).await;
    assert_eq!(
        (sent.status.as_u16(), sent.headers.get("location").unwrap().to_str().unwrap()),
        (303, format!("/staff/messages/{id}").as_str())
    );
    let m = db.store.message(id).await.unwrap().unwrap().message;
    assert_eq!((m.status, m.attempts), (MessageStatus::Queued, 0));
    let last = &db.store.audit_log(1, 0).await.unwrap()[0];
    assert_eq!((last.action.as_str(), last.entity.clone()), ("retry", format!("message:{id}")));
    // Pressed twice: nothing more happens, the page shows where the message is.
    assert_eq!(app.post_form("staff", &url, &[]).await.status, 303);
    assert_eq!(db.store.audit_log(1000, 0).await.unwrap().len(), audited + 1);
    assert_eq!(app.post_form("staff", "/staff/messages/999999/retry", &[]).await.status, 404);
});
