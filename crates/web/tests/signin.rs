//! Sign-in protection: failures slow down the (account, client) pair and the client that
//! makes them, never the account for everybody; the client is the TCP peer unless a trusted
//! proxy names it; expired failures are deleted.

mod common;

use common::{App, Reply, sign_in_request};
use hansa_core::audit::AuditNote;
use hansa_directory::store::prelude::*;
use hansa_testkit::{TestDbRef, store_test};
use hansa_web::throttle::{self, Keys};
use hansa_web::{WebConfig, auth};

const ADMIN: &str = "admin@example.org";
const PASSWORD: &str = "correct horse battery staple";
const ATTACKER: &str = "203.0.113.66";

/// The app with a real password for the admin (the shared helpers give every account "x").
async fn app_with_admin_password(db: &TestDbRef) -> App {
    let app = App::new(db.store.clone()).await;
    let admin = app.store.user_by_email(ADMIN).await.unwrap().unwrap();
    let hash = auth::hash_password(PASSWORD).unwrap();
    let note = AuditNote::new(None, "password", "user", serde_json::json!({}));
    app.store.set_password(admin.id, &hash, note).await.unwrap();
    app
}

async fn sign_in(app: &App, peer: &str, forwarded: Option<&str>, email: &str, password: &str) -> Reply {
    app.send("public", sign_in_request(peer, forwarded, email, password)).await
}

fn signed_in(r: &Reply) -> bool {
    let cookie = r.headers.get(axum::http::header::SET_COOKIE).map(|v| v.to_str().unwrap());
    r.status == 303 && cookie.is_some_and(|c| c.starts_with("hansa_session="))
}

fn retry_after(r: &Reply) -> i64 {
    r.headers.get("retry-after").map_or(0, |v| v.to_str().unwrap().parse().unwrap())
}

/// Notes `n` failures under `key` at `at`, straight into the store (fast, unlike hashing).
async fn fail(app: &App, key: &str, n: usize, at: i64) {
    for _ in 0..n {
        app.store.note_login_failure(key, at, 0).await.unwrap();
    }
}

async fn count(app: &App, key: &str) -> i64 {
    app.store.login_failures(key, 0).await.unwrap().count
}

store_test!(a_thousand_failures_do_not_lock_the_admin_out, |db: TestDbRef| async move {
    let app = app_with_admin_password(&db).await;
    for _ in 0..throttle::FREE_FAILURES {
        assert_eq!(sign_in(&app, ATTACKER, None, ADMIN, "guess").await.status, 401);
    }
    let pair = Keys::new(ADMIN, ATTACKER).pair;
    fail(&app, &pair, 1000 - throttle::FREE_FAILURES as usize, auth::now()).await;
    assert_eq!(count(&app, &pair).await, 1000);

    // The attacker waits the longest delay, and is refused even with the right password.
    let r = sign_in(&app, ATTACKER, None, ADMIN, PASSWORD).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!((throttle::MAX_DELAY_SECONDS - 5..=throttle::MAX_DELAY_SECONDS).contains(&retry_after(&r)));
    assert!(r.body.contains("Too many failed attempts. Please wait 15 minutes"), "{}", r.body);
    assert!(!signed_in(&r));
    let mut ko = sign_in_request(ATTACKER, None, ADMIN, PASSWORD);
    ko.headers_mut().insert("accept-language", "ko".parse().unwrap());
    let r = app.send("public", ko).await;
    assert_eq!(r.status, 429);
    assert!(r.body.contains("15분 후에 다시 시도하세요"), "in the reader's language: {}", r.body);
    assert_eq!(count(&app, &pair).await, 1000, "refused attempts are not even checked, so not counted");

    // The admin, from anywhere else, signs in at once.
    let r = sign_in(&app, "198.51.100.10", None, ADMIN, PASSWORD).await;
    assert!(signed_in(&r), "{} {}", r.status, r.body);
    assert_eq!(r.headers["location"], "/staff");
});

store_test!(delays_grow_and_then_end, |db: TestDbRef| async move {
    let app = app_with_admin_password(&db).await;
    let pair = Keys::new(ADMIN, ATTACKER).pair;
    // Eight failures, the last 2 s ago: the pair must wait 8 s after it.
    let now = auth::now();
    fail(&app, &pair, 7, now - 100).await;
    fail(&app, &pair, 1, now - 2).await;
    let r = sign_in(&app, ATTACKER, None, ADMIN, PASSWORD).await;
    assert_eq!(r.status, 429);
    assert!((1..=throttle::delay_after(8) - 2).contains(&retry_after(&r)), "{}", retry_after(&r));
    assert!(r.body.contains("second"), "a short wait is told in seconds: {}", r.body);
    // Once the delay is over the right password works from the same client too, and the
    // pair starts afresh.
    app.store.clear_login_failures(&pair).await.unwrap();
    fail(&app, &pair, 7, now - 10).await;
    assert!(signed_in(&sign_in(&app, ATTACKER, None, ADMIN, PASSWORD).await));
    assert_eq!(count(&app, &pair).await, 0);
});

store_test!(a_client_over_its_limit_is_refused_for_every_account, |db: TestDbRef| async move {
    let app = app_with_admin_password(&db).await;
    let client = Keys::new(ADMIN, ATTACKER).client;
    fail(&app, &client, throttle::MAX_FAILURES_PER_CLIENT as usize - 1, auth::now()).await;
    assert_eq!(sign_in(&app, ATTACKER, None, "staff@example.org", "guess").await.status, 401, "one more is checked");
    let r = sign_in(&app, ATTACKER, None, "jury@example.org", "guess").await;
    assert_eq!(r.status, 429, "a fresh account does not help: {}", r.body);
    assert!(retry_after(&r) > 60);
    assert_eq!(sign_in(&app, ATTACKER, None, ADMIN, PASSWORD).await.status, 429);
    assert!(signed_in(&sign_in(&app, "198.51.100.10", None, ADMIN, PASSWORD).await));
});

store_test!(untrusted_peers_cannot_choose_their_client_address, |db: TestDbRef| async move {
    let app = app_with_admin_password(&db).await;
    for i in 0..throttle::FREE_FAILURES {
        let spoof = format!("192.0.2.{i}");
        assert_eq!(sign_in(&app, ATTACKER, Some(&spoof), ADMIN, "guess").await.status, 401);
    }
    assert_eq!(count(&app, &Keys::new(ADMIN, ATTACKER).pair).await, throttle::FREE_FAILURES, "counted for the peer");
    assert_eq!(count(&app, &Keys::new(ADMIN, "192.0.2.0").pair).await, 0, "not for the address it claimed");
    fail(&app, &Keys::new(ADMIN, ATTACKER).pair, 5, auth::now()).await;
    let r = sign_in(&app, ATTACKER, Some("192.0.2.99"), ADMIN, PASSWORD).await;
    assert_eq!(r.status, 429, "a new X-Forwarded-For does not start afresh");
});

store_test!(behind_trusted_proxies_the_rightmost_untrusted_address_is_the_client, |db: TestDbRef| async move {
    let trusted_proxies = vec!["10.0.0.5".parse().unwrap(), "10.0.1.0/24".parse().unwrap()];
    let app = app_with_admin_password(&db).await.configure(WebConfig { trusted_proxies, ..Default::default() });
    for i in 0..throttle::FREE_FAILURES {
        // The attacker forges the leftmost entry; the outer proxy appended its real address.
        let chain = format!("192.0.2.{i}, {ATTACKER}, 10.0.1.20");
        assert_eq!(sign_in(&app, "10.0.0.5", Some(&chain), ADMIN, "guess").await.status, 401);
    }
    assert_eq!(count(&app, &Keys::new(ADMIN, ATTACKER).pair).await, throttle::FREE_FAILURES);
    assert_eq!(count(&app, &Keys::new(ADMIN, "10.0.0.5").client).await, 0, "the proxy is not the client");
    assert_eq!(count(&app, &Keys::new(ADMIN, "192.0.2.0").client).await, 0, "nor the forged address");
    fail(&app, &Keys::new(ADMIN, ATTACKER).pair, 5, auth::now()).await;
    let chain = format!("192.0.2.200, {ATTACKER}");
    assert_eq!(sign_in(&app, "10.0.0.5", Some(&chain), ADMIN, PASSWORD).await.status, 429);
    // Another reader behind the same proxy is not slowed down by the attacker.
    assert!(signed_in(&sign_in(&app, "10.0.0.5", Some("198.51.100.10"), ADMIN, PASSWORD).await));
    // Straight to the app, not through the proxy, a forwarded address is not believed.
    let r = sign_in(&app, ATTACKER, Some("198.51.100.10"), ADMIN, PASSWORD).await;
    assert_eq!(r.status, 429);
});

store_test!(expired_failures_are_deleted, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let old = auth::now() - throttle::PAIR_WINDOW_SECONDS - 10;
    let (mine, elsewhere) = (Keys::new(ADMIN, ATTACKER), Keys::new("jury@example.org", "198.51.100.10"));
    fail(&app, &mine.pair, 3, old).await;
    fail(&app, &elsewhere.pair, 3, old).await;
    fail(&app, &elsewhere.client, 3, old).await;
    // A failure deletes its own keys' expired rows and, this server's first of the minute,
    // every key's.
    assert_eq!(sign_in(&app, ATTACKER, None, ADMIN, "guess").await.status, 401);
    assert_eq!(count(&app, &mine.pair).await, 1);
    assert_eq!(count(&app, &mine.client).await, 1);
    assert_eq!(count(&app, &elsewhere.pair).await, 0);
    assert_eq!(count(&app, &elsewhere.client).await, 0);
    // Within the minute only the failing keys are swept.
    fail(&app, &mine.pair, 2, old).await;
    fail(&app, &elsewhere.pair, 2, old).await;
    assert_eq!(sign_in(&app, ATTACKER, None, ADMIN, "guess").await.status, 401);
    assert_eq!(count(&app, &mine.pair).await, 2);
    assert_eq!(count(&app, &elsewhere.pair).await, 2);
});
