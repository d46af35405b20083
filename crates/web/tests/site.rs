//! Languages, operations endpoints, sign-in throttling and stateless app servers.

mod common;

use common::App;
use hansa_directory::store::prelude::*;
use hansa_testkit::{TestDbRef, store_test};

fn hangul(s: &str) -> usize {
    s.chars().filter(|c| ('\u{ac00}'..='\u{d7a3}').contains(c)).count()
}

store_test!(language_from_choice_then_header, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let req = |lang_header: &str, cookie: Option<&str>| {
        let mut b = axum::http::Request::get("/").header("accept-language", lang_header);
        if let Some(c) = cookie {
            b = b.header("cookie", c);
        }
        b.body(axum::body::Body::empty()).unwrap()
    };
    let ko = app.send("public", req("ko-KR,ko;q=0.9,en;q=0.5", None)).await;
    assert!(ko.body.contains("<html lang=\"ko\">"));
    assert!(hangul(&ko.body) >= 20, "Korean home page");
    let api_page = app
        .send(
            "public",
            axum::http::Request::get("/api").header("accept-language", "ko").body(axum::body::Body::empty()).unwrap(),
        )
        .await;
    assert!(api_page.body.contains("기관 목록"), "the API page describes operations in the reader's language");
    let chosen = app.send("public", req("ko", Some("hansa_lang=ru"))).await;
    assert!(chosen.body.contains("<html lang=\"ru\">"), "the user's choice wins over the header");
    let en = app.send("public", req("de", None)).await;
    assert!(en.body.contains("<html lang=\"en\">"));
    let switch = app.get("public", "/lang/ko?next=/directory").await;
    assert_eq!(switch.status, 303);
    assert_eq!(switch.headers["location"], "/directory");
    assert!(switch.headers["set-cookie"].to_str().unwrap().starts_with("hansa_lang=ko"));
    let open_redirect = app.get("public", "/lang/ko?next=//evil.example").await;
    assert_eq!(open_redirect.headers["location"], "/");
    // Stored names show in the reader's language, with a mark when falling back.
    let dir = app
        .send(
            "public",
            axum::http::Request::get("/directory")
                .header("cookie", "hansa_lang=ja")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert!(dir.body.contains("class=\"fallback\""), "a Japanese reader sees which names fell back");
});

store_test!(operations_endpoints, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    assert_eq!(app.get("public", "/healthz").await.body, "ok");
    assert_eq!(app.get("public", "/readyz").await.status, 200);
    let metrics = app.get("public", "/metrics").await;
    assert!(metrics.body.contains("hansa_http_requests_total"), "{}", metrics.body);
    let doc: serde_json::Value = serde_json::from_str(&app.get("public", "/api/v1/openapi.json").await.body).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    assert!(doc["paths"]["/api/v1/organisations"]["get"].is_object());
    let r = app.get("public", "/directory").await;
    assert!(r.headers.contains_key("x-request-id"));
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    let css = app.get("public", "/static/hansa.css").await;
    let etag = css.headers["etag"].to_str().unwrap().to_owned();
    let again = app
        .send(
            "public",
            axum::http::Request::get("/static/hansa.css")
                .header("if-none-match", etag)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(again.status, 304);
    let home = app.get("public", "/").await;
    let tag = home.headers["etag"].to_str().unwrap().to_owned();
    let cached = app
        .send(
            "public",
            axum::http::Request::get("/").header("if-none-match", tag).body(axum::body::Body::empty()).unwrap(),
        )
        .await;
    assert_eq!(cached.status, 304, "public pages answer conditional requests");
    assert!(app.get("staff", "/").await.headers["cache-control"].to_str().unwrap().starts_with("private"));
    // The organisation running a network links to it.
    db.store
        .create_network(
            &hansa_directory::model::NetworkInput {
                slug: "near".into(),
                name: hansa_core::Localized::en("NEAR"),
                organisation: None,
                membership_types: vec![],
                public_statuses: None,
            },
            db.store.organisation("pohang").await.unwrap().map(|o| o.id),
            hansa_core::audit::AuditNote::new(None, "create", "network:near", serde_json::json!({})),
        )
        .await
        .unwrap();
    assert!(app.get("public", "/organisations/pohang").await.body.contains("href=\"/networks/near\""));
    let dir = app.get("public", "/directory?country=KR").await.body;
    assert!(dir.contains("class=\"status status-active\">WeGO · Active"), "directory rows show memberships");
    let detail: serde_json::Value =
        serde_json::from_str(&app.get("public", "/api/v1/organisations/pohang").await.body).unwrap();
    assert_eq!((detail["slug"].as_str(), detail["parent"].as_str()), (Some("pohang"), Some("gyeongsangbuk-do")));
    assert_eq!(detail["memberships"][0]["status"], "active");
    let list: serde_json::Value =
        serde_json::from_str(&app.get("public", "/api/v1/organisations?country=KR&per_page=1&page=2").await.body)
            .unwrap();
    assert_eq!((list["total"].as_i64(), list["items"].as_array().map(Vec::len)), (Some(2), Some(1)));
});

store_test!(login_throttle_and_password_change, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let hash = hansa_web::auth::hash_password("correct horse battery").unwrap();
    let new = hansa_core::account::NewUser {
        email: "sg@example.org".into(),
        display_name: "SG".into(),
        role: hansa_core::account::Role::Staff,
        organisation_id: None,
        password_hash: hash,
    };
    db.store
        .create_user(&new, hansa_core::audit::AuditNote::new(None, "create", "user", serde_json::json!({})))
        .await
        .unwrap();
    let login = |password: &'static str| {
        let body = format!("csrf=tok&email=sg%40example.org&password={password}");
        axum::http::Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", "hansa_csrf=tok")
            .body(axum::body::Body::from(body))
            .unwrap()
    };
    let ok = app.send("public", login("correct%20horse%20battery")).await;
    assert_eq!(ok.status, 303);
    assert!(ok.headers["set-cookie"].to_str().unwrap().contains("HttpOnly"));
    let forged = axum::http::Request::post("/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", "hansa_csrf=tok")
        .body(axum::body::Body::from("csrf=other&email=sg%40example.org&password=x"))
        .unwrap();
    assert_eq!(app.send("public", forged).await.status, 403);
    for _ in 0..5 {
        assert_eq!(app.send("public", login("wrong")).await.status, 401);
    }
    let blocked = app.send("public", login("correct%20horse%20battery")).await;
    assert_eq!(blocked.status, 429, "even the right password waits after five failures");
    // A focal point lands on the organisation it acts for.
    let pohang = db.store.organisation("pohang").await.unwrap().map(|o| o.id);
    let hash = hansa_web::auth::hash_password("focal point password").unwrap();
    let focal = hansa_core::account::NewUser {
        email: "fp@example.org".into(),
        display_name: "FP".into(),
        role: hansa_core::account::Role::FocalPoint,
        organisation_id: pohang,
        password_hash: hash,
    };
    db.store
        .create_user(&focal, hansa_core::audit::AuditNote::new(None, "create", "user", serde_json::json!({})))
        .await
        .unwrap();
    let body = "csrf=tok&email=fp%40example.org&password=focal%20point%20password";
    let req = axum::http::Request::post("/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", "hansa_csrf=tok")
        .body(axum::body::Body::from(body))
        .unwrap();
    let r = app.send("public", req).await;
    assert_eq!((r.status.as_u16(), r.headers["location"].to_str().unwrap()), (303, "/organisations/pohang"));
});

store_test!(two_app_servers_share_one_database, |db: TestDbRef| async move {
    let first = App::new(db.store.clone()).await;
    // A second process: its own pool on the same database, nothing shared in memory.
    let other = hansa_core::db::SqlStore::connect(&db.url).await.unwrap();
    let second =
        hansa_web::app(std::sync::Arc::new(other), hansa_web::WebConfig::default(), vec![hansa_directory::feature()]);
    use tower::ServiceExt;
    let directory = |app: axum::Router| async move {
        let res = app
            .oneshot(axum::http::Request::get("/directory?q=chiang").body(axum::body::Body::empty()).unwrap())
            .await
            .unwrap();
        String::from_utf8(http_body_util::BodyExt::collect(res.into_body()).await.unwrap().to_bytes().to_vec()).unwrap()
    };
    // The second server renders (and keeps) the page before the change is made on the first.
    assert!(!directory(second.clone()).await.contains("Chiang Mai"));
    let created = first
        .json(
            "staff",
            "POST",
            "/api/v1/organisations",
            serde_json::json!({"kind": "city", "name": {"en": "Chiang Mai", "th": "เชียงใหม่"}, "country": "TH"}),
        )
        .await;
    assert_eq!(created.status, 201);
    let (token, _) = first.sessions["staff"].clone();
    let req = axum::http::Request::get("/staff")
        .header("cookie", format!("hansa_session={token}"))
        .body(axum::body::Body::empty())
        .unwrap();
    let res = second.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), 200, "a session made on one server works on the other");
    let req = axum::http::Request::get("/api/v1/organisations/chiang-mai").body(axum::body::Body::empty()).unwrap();
    assert_eq!(second.oneshot(req).await.unwrap().status(), 200);
});

store_test!(kept_pages_are_for_visitors_only, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let visitor = app.get("public", "/").await;
    assert_eq!(visitor.headers["vary"], "Accept-Language, Cookie");
    let again = app.get("public", "/").await;
    assert_eq!(again.body, visitor.body, "the kept page is the same page");
    let staff = app.get("staff", "/").await;
    assert!(
        staff.body.contains("/staff\"") && !visitor.body.contains("href=\"/staff\""),
        "signed-in readers get their own page"
    );
    let korean = app
        .send(
            "public",
            axum::http::Request::get("/").header("accept-language", "ko").body(axum::body::Body::empty()).unwrap(),
        )
        .await;
    assert!(korean.body.contains("<html lang=\"ko\">"), "kept per language");
    let tag = again.headers["etag"].to_str().unwrap().to_owned();
    let cached = app
        .send(
            "public",
            axum::http::Request::get("/").header("if-none-match", tag).body(axum::body::Body::empty()).unwrap(),
        )
        .await;
    assert_eq!(cached.status, 304);
});

store_test!(archive_and_erasure_from_the_pages, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    assert!(app.get("public", "/directory").await.body.contains("/organisations/lublin"));
    let r = app.post_form("delegate", "/staff/organisations/lublin/archive", &[("archived", "true")]).await;
    assert_eq!(r.status, 403);
    let r = app.post_form("staff", "/staff/organisations/lublin/archive", &[("archived", "true")]).await;
    assert_eq!(r.status, 303);
    assert!(!app.get("public", "/directory").await.body.contains("/organisations/lublin"), "archived: not listed");
    let page = app.get("public", "/organisations/lublin").await;
    assert_eq!(page.status, 200, "archived organisations keep their page");
    assert!(page.body.contains("class=\"notice\""));
    app.post_form("staff", "/staff/organisations/lublin/archive", &[("archived", "false")]).await;
    assert!(app.get("public", "/directory").await.body.contains("/organisations/lublin"), "restored");

    let staff = app.post_form("staff", "/admin/people/lim-byung-jin/erase", &[("confirm", "lim-byung-jin")]).await;
    assert_eq!(staff.status, 403, "erasure is for admins");
    let wrong = app.post_form("admin", "/admin/people/lim-byung-jin/erase", &[("confirm", "lim")]).await;
    assert_eq!(wrong.status, 422);
    assert!(db.store.person("lim-byung-jin").await.unwrap().is_some());
    let ok = app.post_form("admin", "/admin/people/lim-byung-jin/erase", &[("confirm", "lim-byung-jin")]).await;
    assert_eq!(ok.status, 303);
    assert_eq!(app.get("public", "/people/lim-byung-jin").await.status, 404);
    assert!(
        !app.get("public", "/organisations/pohang").await.body.contains("LIM Byung-jin"),
        "gone from the organisation page too"
    );
    let audit = app.get("admin", "/admin/audit").await.body;
    assert!(!audit.contains("lim-byung-jin"), "and from the audit log");
    assert!(audit.contains("erased on request"), "audit actions are shown in the reader's language");
});
