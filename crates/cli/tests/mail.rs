//! `hansa serve` with a mail relay sends what the outbox holds, through the real binary; a
//! relay URL that would send a password in clear stops start-up, without printing it.

use std::process::{Command, Stdio};
use std::time::Duration;

use hansa_core::db::SqlStore;
use hansa_core::outbox::{Message, MessageStatus, OutboxStore};
use hansa_testkit::smtp::{Answer, SmtpSink};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_sends_the_outbox_through_the_relay() {
    let dir = std::env::temp_dir().join(format!("hansa-cli-mail-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = format!("sqlite://{}", dir.join("hansa.db").display());
    let store = SqlStore::connect(&db).await.unwrap();
    let message = Message {
        kind: "registration-confirmed".into(),
        to_address: "minji.kim@example.org".into(),
        to_name: Some("김민지".into()),
        subject: "등록이 확인되었습니다".into(),
        body_text: "등록이 확인되었습니다.".into(),
        lang: "ko".into(),
        entity: "registration:1".into(),
    };
    let id = store.enqueue(&message).await.unwrap();
    let sink = SmtpSink::start(Answer::Accept).await;
    let mut child = Command::new(env!("CARGO_BIN_EXE_hansa"))
        .args(["--database-url", &db, "--bind", "127.0.0.1:0", "--lang", "en", "serve"])
        .args(["--mail-from", "Secretariat <secretariat@example.org>"])
        .env("HANSA_SMTP_URL", sink.url())
        .env("HANSA_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("the binary runs");
    let mails = sink.wait_for(1, Duration::from_secs(60)).await;
    let mut status = MessageStatus::Queued;
    for _ in 0..100 {
        status = store.message(id).await.unwrap().unwrap().message.status;
        if status == MessageStatus::Sent {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    child.kill().unwrap();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(mails.len(), 1, "the relay got the message");
    assert_eq!(mails[0].subject(), "등록이 확인되었습니다");
    assert_eq!(status, MessageStatus::Sent);
}

#[test]
fn a_password_in_clear_stops_start_up_without_showing_it() {
    let dir = std::env::temp_dir().join(format!("hansa-cli-mail-bad-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_hansa"))
        .args(["--data-dir", dir.to_str().unwrap(), "--lang", "en", "migrate"])
        .args(["--smtp-url", "smtp://hansa:s3cret@mail.example.org", "--mail-from", "sg@example.org"])
        .env("HANSA_LOG", "warn")
        .output()
        .expect("the binary runs");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!out.status.success());
    assert!(text.contains("tls=starttls") && !text.contains("s3cret"), "{text}");
    let _ = std::fs::remove_dir_all(&dir);
}
