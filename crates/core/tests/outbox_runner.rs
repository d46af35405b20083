//! The runner and the SMTP mailer against a real SMTP server on 127.0.0.1 (the testkit's
//! `SmtpSink`), on both backends: what arrives is what was queued, in Korean; refusals back
//! off or fail as they should; two runners on one database send every message exactly once.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use hansa_core::db::{SqlStore, now};
use hansa_core::jobs::{RunnerConfig, run_outbox_with, send_due};
use hansa_core::outbox::smtp::{SmtpMailer, SmtpSettings};
use hansa_core::outbox::{BACKOFF_SECONDS, MAX_ATTEMPTS, Message, MessageFilter, MessageStatus, OutboxStore};
use hansa_testkit::smtp::{Answer, SmtpSink};
use hansa_testkit::{TestDbRef, store_test};

const FROM: &str = "WeGO Secretariat <secretariat@example.org>";

fn mailer(url: &str) -> SmtpMailer {
    SmtpMailer::new(&SmtpSettings::parse(url, FROM).unwrap()).unwrap()
}

fn config() -> RunnerConfig {
    let (batch, message_timeout) = (5, Duration::from_secs(10));
    RunnerConfig {
        batch,
        message_timeout,
        lease_seconds: RunnerConfig::lease_for(batch, message_timeout),
        idle: Duration::from_millis(20),
    }
}

fn confirmation(to: &str) -> Message {
    Message {
        kind: "registration-confirmed".into(),
        to_address: to.into(),
        to_name: Some("김민지".into()),
        subject: "등록이 확인되었습니다".into(),
        body_text: "김민지 님, 안녕하세요.\n\n2026 세계도시 포럼 등록이 확인되었습니다.\n등록 번호: K7Q2".into(),
        lang: "ko".into(),
        entity: "registration:42".into(),
    }
}

async fn row(store: &dyn OutboxStore, id: i64) -> hansa_core::outbox::OutboxMessage {
    store.message(id).await.unwrap().expect("the message").message
}

store_test!(a_queued_message_arrives_as_written_and_is_marked_sent, |db: TestDbRef| async move {
    let sink = SmtpSink::start(Answer::Accept).await;
    let store = db.store.as_ref();
    let id = store.enqueue(&confirmation("minji.kim@example.org")).await.unwrap();
    let t = now();
    assert_eq!(send_due(store, &mailer(&sink.url()), &config(), t).await.unwrap(), 1);

    let mails = sink.mails();
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(
        (mail.from.as_str(), mail.to.as_slice()),
        ("secretariat@example.org", ["minji.kim@example.org".to_owned()].as_slice())
    );
    assert_eq!(mail.subject(), "등록이 확인되었습니다");
    assert_eq!(mail.text(), confirmation("").body_text);
    let to = mail.header("To").unwrap();
    assert!(to.contains("<minji.kim@example.org>") && to.starts_with("=?utf-8?"), "the name is encoded: {to}");
    assert_eq!(mail.header("Content-Language").as_deref(), Some("ko"));
    assert_eq!(mail.header("Auto-Submitted").as_deref(), Some("auto-generated"));
    let message_id = mail.header("Message-ID").unwrap();
    assert!(
        message_id.starts_with(&format!("<hansa-outbox-{id}-")) && message_id.ends_with("@example.org>"),
        "{message_id}"
    );

    let m = row(store, id).await;
    assert_eq!((m.status, m.attempts, m.sent_at, m.last_error), (MessageStatus::Sent, 1, Some(t), None));
    assert_eq!(send_due(store, &mailer(&sink.url()), &config(), t + 3600).await.unwrap(), 0, "sent once");
});

store_test!(a_temporary_refusal_is_retried_after_the_back_off, |db: TestDbRef| async move {
    let sink = SmtpSink::start(Answer::TryLater).await;
    let store = db.store.as_ref();
    let id = store.enqueue(&confirmation("minji.kim@example.org")).await.unwrap();
    let t = now();
    let relay = mailer(&sink.url());
    send_due(store, &relay, &config(), t).await.unwrap();
    let m = row(store, id).await;
    assert_eq!((m.status, m.attempts, m.next_attempt_at), (MessageStatus::Queued, 1, t + 60));
    assert!(m.last_error.as_deref().is_some_and(|e| e.contains("451")), "{:?}", m.last_error);
    assert_eq!(send_due(store, &relay, &config(), t + 59).await.unwrap(), 0, "not before its time");

    sink.set_answer(Answer::Accept);
    assert_eq!(send_due(store, &relay, &config(), t + 60).await.unwrap(), 1);
    let m = row(store, id).await;
    assert_eq!((m.status, m.attempts, m.last_error), (MessageStatus::Sent, 2, None));
    assert_eq!(sink.mails().len(), 1);
});

store_test!(a_relay_that_keeps_refusing_fails_the_message_after_the_last_attempt, |db: TestDbRef| async move {
    let sink = SmtpSink::start(Answer::TryLater).await;
    let store = db.store.as_ref();
    let id = store.enqueue(&confirmation("minji.kim@example.org")).await.unwrap();
    let relay = mailer(&sink.url());
    let mut at = now();
    let mut waits = Vec::new();
    for attempt in 1..=MAX_ATTEMPTS {
        assert_eq!(send_due(store, &relay, &config(), at).await.unwrap(), 1, "attempt {attempt}");
        let m = row(store, id).await;
        assert_eq!(m.attempts, attempt);
        if m.status == MessageStatus::Queued {
            waits.push(m.next_attempt_at - at);
            at = m.next_attempt_at;
        } else {
            assert_eq!((m.status, attempt), (MessageStatus::Failed, MAX_ATTEMPTS));
        }
    }
    assert_eq!(waits, BACKOFF_SECONDS, "1 min, 5 min, 30 min, 2 h, 12 h");
    assert_eq!(send_due(store, &relay, &config(), at + 86_400).await.unwrap(), 0, "failed stays failed");
});

store_test!(a_permanent_refusal_fails_at_once, |db: TestDbRef| async move {
    let sink = SmtpSink::start(Answer::NoSuchUser).await;
    let store = db.store.as_ref();
    let id = store.enqueue(&confirmation("nobody@example.org")).await.unwrap();
    let relay = mailer(&sink.url());
    send_due(store, &relay, &config(), now()).await.unwrap();
    let m = row(store, id).await;
    assert_eq!((m.status, m.attempts), (MessageStatus::Failed, 1));
    assert!(m.last_error.as_deref().is_some_and(|e| e.contains("550")), "{:?}", m.last_error);
    // An address no relay could take is refused before any relay is asked.
    let bad = store.enqueue(&confirmation("not an address")).await.unwrap();
    send_due(store, &relay, &config(), now()).await.unwrap();
    assert_eq!(row(store, bad).await.status, MessageStatus::Failed);
    assert!(sink.mails().is_empty());
});

store_test!(a_relay_that_is_down_is_a_temporary_failure, |db: TestDbRef| async move {
    // A port nobody listens on: bound, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let store = db.store.as_ref();
    let id = store.enqueue(&confirmation("minji.kim@example.org")).await.unwrap();
    let t = now();
    send_due(store, &mailer(&format!("smtp://127.0.0.1:{port}")), &config(), t).await.unwrap();
    let m = row(store, id).await;
    assert_eq!((m.status, m.attempts, m.next_attempt_at), (MessageStatus::Queued, 1, t + 60));
    assert!(m.last_error.is_some_and(|e| !e.is_empty()));
});

store_test!(two_runners_on_one_database_send_every_message_exactly_once, |db: TestDbRef| async move {
    let sink = SmtpSink::start(Answer::Accept).await;
    for i in 0..50 {
        db.store.enqueue(&confirmation(&format!("delegate{i}@example.org"))).await.unwrap();
    }
    // Two app servers: two pools on the same database, each with its own runner and relay.
    let (stop, _) = tokio::sync::watch::channel(());
    let mut runners = Vec::new();
    for _ in 0..2 {
        let store = Arc::new(SqlStore::connect(&db.url).await.unwrap());
        let relay = mailer(&sink.url());
        let mut stopped = stop.subscribe();
        runners.push(tokio::spawn(async move {
            run_outbox_with(store.as_ref(), &relay, &config(), async move {
                let _ = stopped.changed().await;
            })
            .await;
        }));
    }
    let mails = sink.wait_for(50, Duration::from_secs(60)).await;
    // Time for a duplicate to show up, were there one.
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.send(()).unwrap();
    for r in runners {
        tokio::time::timeout(Duration::from_secs(5), r).await.expect("runners stop promptly").unwrap();
    }
    let mails = if mails.len() == 50 { sink.mails() } else { mails };
    assert_eq!(mails.len(), 50, "every message once, none twice");
    let recipients: BTreeSet<String> = mails.iter().flat_map(|m| m.to.clone()).collect();
    assert_eq!(recipients.len(), 50);
    let sent = MessageFilter { status: Some(MessageStatus::Sent), ..Default::default() };
    let page = db.store.messages(&sent, 100, 0).await.unwrap();
    assert_eq!(page.total, 50);
    assert!(page.items.iter().all(|m| m.attempts == 1), "no message was claimed twice");
});

store_test!(a_stopping_runner_hands_back_what_it_did_not_send, |db: TestDbRef| async move {
    // A relay that accepts the connection and never answers: the send hangs until shutdown.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("smtp://{}", silent.local_addr().unwrap());
    let id = db.store.enqueue(&confirmation("minji.kim@example.org")).await.unwrap();
    let (stop, mut stopped) = tokio::sync::watch::channel(());
    let store = db.store.clone();
    let runner = tokio::spawn(async move {
        let relay = mailer(&url);
        run_outbox_with(store.as_ref(), &relay, &config(), async move {
            let _ = stopped.changed().await;
        })
        .await;
    });
    let _held = silent.accept().await.unwrap();
    assert_eq!(row(db.store.as_ref(), id).await.status, MessageStatus::Sending);
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(5), runner).await.expect("stops without waiting for the relay").unwrap();
    let m = row(db.store.as_ref(), id).await;
    assert_eq!((m.status, m.attempts), (MessageStatus::Queued, 0), "handed back, the attempt not counted");
});
