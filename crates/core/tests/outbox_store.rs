//! The outbox's storage on both backends: a message written inside a transaction exists
//! exactly when it commits, claims lease messages and an expired lease is claimed again, a
//! late runner cannot overwrite a newer claim's outcome, staff lists and resends, erasure.

use hansa_core::audit::AuditNote;
use hansa_core::db::{db_error, now, on_pool, write_begin};
use hansa_core::error::DomainResult;
use hansa_core::outbox::{Message, MessageFilter, MessageStatus, OutboxStore};
use hansa_core::store::prelude::*;
use hansa_core::{Caller, DomainError, write_audit, write_message};
use hansa_testkit::{TestDbRef, store_test};

fn message(to: &str, entity: &str) -> Message {
    Message {
        kind: "registration-confirmed".into(),
        to_address: to.into(),
        to_name: Some("김민지".into()),
        subject: "등록이 확인되었습니다".into(),
        body_text: "안녕하세요.\n등록이 확인되었습니다.".into(),
        lang: "ko".into(),
        entity: entity.into(),
    }
}

async fn status_of(store: &dyn OutboxStore, id: i64) -> (MessageStatus, i64) {
    let m = store.message(id).await.unwrap().expect("the message").message;
    (m.status, m.attempts)
}

store_test!(a_message_exists_only_if_its_transaction_commits, |db: TestDbRef| async move {
    let store = db.store.as_ref();
    let rolled_back: DomainResult<i64> = async {
        on_pool!(store, |p| {
            let mut tx = p.begin_with(write_begin(p)).await.map_err(db_error)?;
            let id = write_message!(tx, message("kim@example.org", "registration:1"));
            // Inside the transaction the message is there …
            let inside: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
            assert_eq!(inside, 1);
            // … and the change that caused it fails after it was written.
            tx.rollback().await.map_err(db_error)?;
            Ok(id)
        })
    }
    .await;
    let id = rolled_back.unwrap();
    assert!(store.message(id).await.unwrap().is_none(), "nothing half-written");
    assert_eq!(store.messages(&MessageFilter::default(), 10, 0).await.unwrap().total, 0);

    // Committed with its audit note: both are there.
    let committed: DomainResult<i64> = async {
        on_pool!(store, |p| {
            let mut tx = p.begin_with(write_begin(p)).await.map_err(db_error)?;
            let id = write_message!(tx, &message("kim@example.org", "registration:2"));
            write_audit!(tx, AuditNote::new(None, "register", "registration:2", serde_json::json!({})));
            tx.commit().await.map_err(db_error)?;
            Ok(id)
        })
    }
    .await;
    let m = store.message(committed.unwrap()).await.unwrap().unwrap();
    assert_eq!(
        (m.message.status, m.message.attempts, m.message.entity.as_str()),
        (MessageStatus::Queued, 0, "registration:2")
    );
    assert_eq!(m.body_text, "안녕하세요.\n등록이 확인되었습니다.");
    assert_eq!(m.message.to_name.as_deref(), Some("김민지"));
    assert_eq!(db.store.audit_log(10, 0).await.unwrap()[0].entity, "registration:2");
});

store_test!(an_expired_lease_is_claimed_again_and_a_late_runner_changes_nothing, |db: TestDbRef| async move {
    let store = db.store.as_ref();
    let id = store.enqueue(&message("kim@example.org", "registration:1")).await.unwrap();
    let t = now();
    let first = store.claim(10, t, 30).await.unwrap();
    assert_eq!(first.iter().map(|c| (c.id, c.attempts)).collect::<Vec<_>>(), [(id, 1)]);
    assert!(store.claim(10, t + 10, 30).await.unwrap().is_empty(), "held while its lease lasts");
    // The first runner died mid-send; its lease ends and another runner takes the message.
    let second = store.claim(10, t + 31, 30).await.unwrap();
    assert_eq!(second.iter().map(|c| (c.id, c.attempts)).collect::<Vec<_>>(), [(id, 2)]);
    // The first runner wakes up and reports a failure: the newer claim stands.
    store.mark_failed(&first[0], "451 late", Some(t + 100)).await.unwrap();
    store.release(&first[0]).await.unwrap();
    assert_eq!(status_of(store, id).await, (MessageStatus::Sending, 2));
    store.mark_sent(id, t + 32).await.unwrap();
    let m = store.message(id).await.unwrap().unwrap().message;
    assert_eq!((m.status, m.sent_at), (MessageStatus::Sent, Some(t + 32)));
    assert!(store.claim(10, t + 10_000, 30).await.unwrap().is_empty(), "a sent message is never claimed");
});

store_test!(claims_take_due_messages_oldest_first_and_release_gives_them_back, |db: TestDbRef| async move {
    let store = db.store.as_ref();
    let ids: Vec<i64> = enqueue_many(store, 5).await;
    let t = now();
    let got: Vec<i64> = store.claim(3, t, 60).await.unwrap().iter().map(|c| c.id).collect();
    assert_eq!(got, ids[..3]);
    let rest = store.claim(10, t, 60).await.unwrap();
    assert_eq!(rest.iter().map(|c| c.id).collect::<Vec<_>>(), ids[3..]);
    // A stopping runner hands back what it did not try: queued, the attempt not counted.
    store.release(&rest[0]).await.unwrap();
    assert_eq!(status_of(store, ids[3]).await, (MessageStatus::Queued, 0));
    // Not yet due: a message queued again for later is left alone until then.
    store.mark_failed(&rest[1], "451", Some(t + 60)).await.unwrap();
    let again: Vec<i64> = store.claim(10, t + 59, 60).await.unwrap().iter().map(|c| c.id).collect();
    assert_eq!(again, [ids[3]]);
    let later: Vec<(i64, i64)> =
        store.claim(10, t + 60, 60).await.unwrap().iter().map(|c| (c.id, c.attempts)).collect();
    assert_eq!(later, [(ids[4], 2)]);
});

async fn enqueue_many(store: &dyn OutboxStore, n: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..n {
        ids.push(store.enqueue(&message(&format!("p{i}@example.org"), &format!("registration:{i}"))).await.unwrap());
    }
    ids
}

store_test!(staff_list_filter_resend_and_erase, |db: TestDbRef| async move {
    let store = db.store.as_ref();
    let a = store.enqueue(&message("a@example.org", "registration:7")).await.unwrap();
    let b = store.enqueue(&message("b@example.org", "registration:7")).await.unwrap();
    let c = store
        .enqueue(&Message { kind: "registration-waitlisted".into(), ..message("c@example.org", "registration:8") })
        .await
        .unwrap();
    let t = now();
    let claimed = store.claim(1, t, 60).await.unwrap();
    store.mark_failed(&claimed[0], "550 5.1.1 no such user", None).await.unwrap();

    let all = store.messages(&MessageFilter::default(), 2, 0).await.unwrap();
    assert_eq!((all.total, all.items.iter().map(|m| m.id).collect::<Vec<_>>()), (3, vec![c, b]), "newest first");
    assert_eq!(store.messages(&MessageFilter::default(), 2, 2).await.unwrap().items[0].id, a);
    let failed = MessageFilter { status: Some(MessageStatus::Failed), ..Default::default() };
    let page = store.messages(&failed, 50, 0).await.unwrap();
    assert_eq!((page.total, page.items[0].id), (1, a));
    assert_eq!(page.items[0].last_error.as_deref(), Some("550 5.1.1 no such user"));
    let kind = MessageFilter { kind: Some("registration-waitlisted".into()), ..Default::default() };
    assert_eq!(store.messages(&kind, 50, 0).await.unwrap().items.iter().map(|m| m.id).collect::<Vec<_>>(), [c]);

    // Staff send the failed one again: queued now, fresh attempts, audited. Only failed ones.
    let staff = Caller { account: None, role: Some(hansa_core::account::Role::Staff), organisation: None, token: None };
    hansa_core::outbox::send_again(store, &staff, a, t + 5).await.unwrap();
    let m = store.message(a).await.unwrap().unwrap().message;
    assert_eq!((m.status, m.attempts, m.next_attempt_at), (MessageStatus::Queued, 0, t + 5));
    assert_eq!(db.store.audit_log(1, 0).await.unwrap()[0].entity, format!("message:{a}"));
    let twice = hansa_core::outbox::send_again(store, &staff, a, t + 5).await;
    assert!(matches!(twice, Err(DomainError::Conflict(_))), "{twice:?}");
    assert!(matches!(hansa_core::outbox::send_again(store, &staff, 9_999, t).await, Err(DomainError::NotFound)));
    let public = hansa_core::outbox::send_again(store, &Caller::public(), a, t).await;
    assert!(matches!(public, Err(DomainError::Unauthorized)));

    // Erasure of registration 7 takes its two messages and leaves the other.
    assert_eq!(store.delete_for_entity("registration:7").await.unwrap(), 2);
    let left = store.messages(&MessageFilter::default(), 50, 0).await.unwrap();
    assert_eq!(left.items.iter().map(|m| m.id).collect::<Vec<_>>(), [c]);
});
