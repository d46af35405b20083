//! The kept-page cache over HTTP, on both backends: a change made on one app server shows on
//! another at once, changes that touch no public area keep pages, one page per spelling of its
//! query, and a flood of query strings stays within the bound while unknown ones go past.

mod common;

use hansa_directory::store::prelude::*;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::Request;
use common::App;
use hansa_core::audit::AuditNote;
use hansa_testkit::{TestDbRef, store_test};
use hansa_web::page_cache::PageCache;
use hansa_web::{AppState, WebConfig};
use http_body_util::BodyExt;
use tower::ServiceExt;

/// Another app server: its own pool on the same database, and a page cache we can look into.
async fn server(url: &str, page_cache_bytes: usize) -> (Router, Arc<PageCache>) {
    let store = hansa_core::db::SqlStore::connect(url).await.unwrap();
    let (state, routes) = AppState::new(
        Arc::new(store),
        WebConfig { page_cache_bytes, ..WebConfig::default() },
        vec![hansa_directory::feature()],
    );
    let pages = state.pages.clone();
    (hansa_web::router(state, routes), pages)
}

async fn get(app: &Router, uri: &str) -> (u16, String) {
    let res = app.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let status = res.status().as_u16();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

store_test!(a_change_on_one_server_shows_on_the_other, |db: TestDbRef| async move {
    let b = App::new(db.store.clone()).await; // seeds the directory; makes the change
    let (a, pages) = server(&db.url, WebConfig::DEFAULT_PAGE_CACHE_BYTES).await;
    for uri in ["/organisations/pohang", "/directory?q=pohang", "/api/v1/organisations/pohang", "/api"] {
        let first = get(&a, uri).await;
        assert_eq!(first.0, 200, "{uri}");
        assert_eq!(get(&a, uri).await, first, "{uri}: the kept page is the same page");
    }
    assert_eq!((pages.stats().misses, pages.stats().hits), (4, 4), "server A keeps all four");
    let before = get(&a, "/organisations/pohang").await.1;
    assert!(before.contains("Pohang-si") && !before.contains("Pohang City"));

    // A change that shows on no public page (a password) keeps every page.
    let user = db.store.users().await.unwrap()[0].id;
    let note = AuditNote::new(None, "change-password", &format!("user:{user}"), serde_json::json!({}));
    db.store.set_password(user, "other hash", note).await.unwrap();
    let hits = pages.stats().hits;
    get(&a, "/organisations/pohang").await;
    assert_eq!(pages.stats().hits, hits + 1, "an account change leaves directory pages kept");

    let body = serde_json::json!({"kind": "city", "name": {"en": "Pohang City", "ko": "포항시"}, "country": "KR", "parent": "gyeongsangbuk-do"});
    assert_eq!(b.json("staff", "PUT", "/api/v1/organisations/pohang", body).await.status, 200, "changed on server B");
    let hits = pages.stats().hits;
    for uri in ["/organisations/pohang", "/directory?q=pohang", "/api/v1/organisations/pohang"] {
        let (status, page) = get(&a, uri).await;
        assert_eq!(status, 200);
        assert!(page.contains("Pohang City"), "{uri} on server A is current: {page}");
    }
    assert_eq!(pages.stats().hits, hits, "none of them came from the cache");
    get(&a, "/api").await;
    assert_eq!(pages.stats().hits, hits + 1, "the API page shows no data: a directory change keeps it");
});

store_test!(one_page_per_spelling_of_its_query, |db: TestDbRef| async move {
    App::new(db.store.clone()).await;
    let (a, pages) = server(&db.url, WebConfig::DEFAULT_PAGE_CACHE_BYTES).await;
    let first = get(&a, "/directory?country=KR&kind=city").await;
    assert!(first.1.contains("Pohang-si") && !first.1.contains("Lublin"));
    let same = get(&a, "/directory?kind=city&q=&country=KR").await;
    assert_eq!(pages.stats().hits, 1, "other order and an empty value: the same kept page");
    assert_eq!(same, first);
    let api = get(&a, "/api/v1/organisations?per_page=1&country=KR").await;
    get(&a, "/api/v1/organisations?country=KR&per_page=1").await;
    assert_eq!((pages.stats().hits, pages.stats().entries), (2, 2));
    assert_eq!(get(&a, "/api/v1/organisations?per_page=1&country=KR&utm_source=mail").await, api);
    assert_eq!(pages.stats().bypassed, 1, "an unknown parameter goes past, with the same answer");
    assert_eq!(get(&a, "/api/v1/organisations?page=").await.0, 422, "an empty number is still refused");
    assert_eq!(pages.stats().entries, 2);
});

store_test!(a_flood_of_query_strings_stays_within_the_bound, |db: TestDbRef| async move {
    App::new(db.store.clone()).await;
    const BOUND: usize = 48 * 1024;
    let (a, pages) = server(&db.url, BOUND).await;
    let home = get(&a, "/").await;
    let mut junk = 0;
    for i in 0..5_000_u32 {
        let word = format!("{:x}", rand::random::<u64>());
        let uri = match i % 4 {
            // Known parameters: each a new page, kept until pushed out.
            0 => format!("/api/v1/organisations?q={word}"),
            1 => format!("/directory?q={word}&country=KR"),
            // Unknown ones: answered, never kept, never pushing anything out.
            2 => format!("/api/v1/organisations?q=pohang&{word}=1"),
            _ => format!("/directory?cachebust={word}"),
        };
        junk += u64::from(i % 4 >= 2);
        assert_eq!(get(&a, &uri).await.0, 200, "{uri}");
        if i % 500 == 0 {
            assert!(pages.stats().bytes <= BOUND as u64, "{:?}", pages.stats());
        }
    }
    let s = pages.stats();
    assert!(s.bytes <= BOUND as u64 && s.entries >= 3 && s.evictions > 2_000, "{s:?}");
    assert_eq!(s.bypassed, junk, "every unknown parameter went past");
    assert_eq!(s.misses, 1 + 2_500, "every known query string was a new page");

    // Junk cannot push a kept page out: keep one, send junk, and it is still there.
    let kept = get(&a, "/api/v1/organisations?q=pohang").await;
    let before = pages.stats();
    for i in 0..200 {
        get(&a, &format!("/api/v1/organisations?q=pohang&junk{i}=1")).await;
    }
    let after = pages.stats();
    assert_eq!((after.entries, after.bytes, after.evictions), (before.entries, before.bytes, before.evictions));
    assert_eq!(get(&a, "/api/v1/organisations?q=pohang").await, kept);
    assert_eq!(pages.stats().hits, before.hits + 1, "still kept");
    assert_eq!(get(&a, "/").await, home, "the home page answers as before");

    // The recorder is process-wide: other apps in this process may have counted too.
    let metrics = get(&a, "/metrics").await.1;
    let s = pages.stats();
    let value = |name: &str| {
        let line = metrics.lines().find(|l| l.split(' ').next() == Some(name));
        line.and_then(|l| l.rsplit(' ').next()).and_then(|v| v.parse::<f64>().ok()).unwrap_or(-1.0)
    };
    assert!(value("hansa_page_cache_hits_total") >= s.hits as f64, "{metrics}");
    assert!(value("hansa_page_cache_misses_total") >= s.misses as f64);
    assert!(value("hansa_page_cache_evictions_total") >= s.evictions as f64);
    assert!(value("hansa_page_cache_bypassed_total") >= s.bypassed as f64);
    assert!(value("hansa_page_cache_bytes") >= 0.0, "the gauge is there");
});
