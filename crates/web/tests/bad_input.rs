//! Bad input gets a clear message naming the field and changes nothing.

mod common;

use common::App;
use hansa_directory::store::prelude::*;
use hansa_testkit::{TestDbRef, store_test};
use serde_json::json;

fn fields(body: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|_| panic!("not JSON: {body}"));
    v["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect()
}

store_test!(api_refuses_bad_organisations, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let before = app.get("public", "/api/v1/organisations").await.body;
    let cases = [
        (json!({"kind": "city", "name": {"en": ""}}), 422, "name.en"),
        (json!({"kind": "city", "name": {"en": "x".repeat(10_000)}}), 422, "name.en"),
        (json!({"kind": "city", "name": {"en": "Atlantis"}, "country": "XX"}), 422, "country"),
        (json!({"kind": "village", "name": {"en": "Atlantis"}}), 422, "kind"),
        (json!({"kind": "city", "name": {"en": "Pohang"}, "slug": "pohang"}), 409, "slug"),
        (json!({"kind": "city", "name": {"en": "Nowhere"}, "parent": "no-such-org"}), 422, "parent"),
        (json!({"kind": "city", "name": {"en": "Nul\u{0}City"}}), 422, "name.en"),
        (json!({"kind": "city"}), 422, "body"),
    ];
    for (body, status, field) in cases {
        let r = app.json("staff", "POST", "/api/v1/organisations", body.clone()).await;
        assert_eq!(r.status.as_u16(), status, "{body}: {}", r.body);
        assert_eq!(r.headers["content-type"], "application/problem+json");
        assert!(fields(&r.body).contains(&field.to_owned()), "{body} should name {field}: {}", r.body);
    }
    // A parent that would make a cycle: the province under its own city.
    let cycle =
        json!({"kind": "regional_government", "name": {"en": "Gyeongsangbuk-do"}, "country": "KR", "parent": "pohang"});
    let r = app.json("staff", "PUT", "/api/v1/organisations/gyeongsangbuk-do", cycle).await;
    assert_eq!(r.status, 422);
    assert_eq!(fields(&r.body), ["parent"]);
    assert_eq!(app.get("public", "/api/v1/organisations").await.body, before, "nothing changed");
});

store_test!(forms_show_errors_and_keep_values, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let r = app
        .post_form(
            "staff",
            "/staff/organisations",
            &[("kind", "city"), ("name_en", ""), ("name_ko", "안동시"), ("website", "not a url")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("role=\"alert\""), "an error summary is shown");
    assert!(r.body.contains("id=\"e-name_en\""), "the error sits next to the English name");
    assert!(r.body.contains("id=\"e-website\""));
    assert!(r.body.contains("value=\"안동시\""), "what was typed is kept");
    // A forged CSRF token changes nothing.
    let csrf_free = [("csrf", "forged"), ("kind", "city"), ("name_en", "Forged City")];
    let body = csrf_free.iter().map(|(k, v)| format!("{k}={}", common::enc(v))).collect::<Vec<_>>().join("&");
    let req = axum::http::Request::post("/staff/organisations")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(body))
        .unwrap();
    // `send` adds the session cookie; the body carries the forged token first, which wins.
    let r = app.send("staff", req).await;
    assert_eq!(r.status, 403);
    assert!(db.store.organisation("forged-city").await.unwrap().is_none());
    // The API with a session cookie needs the CSRF header too.
    let req = axum::http::Request::post("/api/v1/organisations")
        .header("content-type", "application/json")
        .body(axum::body::Body::from(json!({"kind": "city", "name": {"en": "No Header"}}).to_string()))
        .unwrap();
    assert_eq!(app.send("staff", req).await.status, 403);
});

store_test!(logos_are_checked, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let r = app.upload("staff", "/staff/organisations/pohang/logo", "logo", "evil.png", b"<svg onload=alert(1)>").await;
    assert_eq!(r.status, 422, "not an image");
    // Over 512 KiB yet within the route's body limit, so the handler's own check answers
    // (larger bodies are refused before the handler: see uploads.rs).
    let big = [b"\x89PNG\r\n\x1a\n".as_slice(), &vec![0u8; 513 * 1024]].concat();
    let r = app.upload("staff", "/staff/organisations/pohang/logo", "logo", "big.png", &big).await;
    assert_eq!(r.status, 422, "too large");
    let r =
        app.upload("delegate", "/staff/organisations/pohang/logo", "logo", "ok.png", b"\x89PNG\r\n\x1a\nfine").await;
    assert_eq!(r.status, 403);
    assert_eq!(app.get("public", "/organisations/pohang/logo").await.status, 404, "nothing stored");
    let r = app.upload("staff", "/staff/organisations/pohang/logo", "logo", "ok.png", b"\x89PNG\r\n\x1a\nfine").await;
    assert_eq!(r.status, 303);
    let logo = app.get("public", "/organisations/pohang/logo").await;
    assert_eq!((logo.status.as_u16(), logo.headers["content-type"].to_str().unwrap()), (200, "image/png"));
});

/// No catalogue key (`err-…`, `import-…`) may reach a reader: every message is in words.
fn no_keys(body: &str) {
    for key in ["err-", "import-count", "import-field-", "cli-"] {
        assert!(!body.contains(key), "a catalogue key reached the page: {key} in {}", &body[..400.min(body.len())]);
    }
}

store_test!(csv_imports_preview_and_refuse_bad_files, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    // The page maps columns: an unknown one is shown to choose, but a file without a name
    // or key column is refused, naming what is missing.
    let wrong_columns = app.upload("staff", "/staff/import", "file", "x.csv", b"kind,nom\ncity,Paris\n").await;
    assert_eq!(wrong_columns.status, 422);
    assert!(wrong_columns.body.contains("name_en"), "the missing column is named");
    no_keys(&wrong_columns.body);
    let unknown =
        app.upload("staff", "/staff/import", "file", "x.csv", b"kind,name_en,population\ncity,Paris,2100000\n").await;
    assert_eq!(unknown.status, 200);
    assert!(unknown.body.contains("class=\"unknown\""), "the unrecognised column is marked");
    no_keys(&unknown.body);
    // Latin-1 bytes are read as Windows-1252, never stored as mojibake.
    let latin1 =
        app.upload("staff", "/staff/import", "file", "x.csv", b"kind,name_en,country\ncity,S\xe3o Paulo,BR\n").await;
    assert_eq!(latin1.status, 200);
    assert!(latin1.body.contains("São Paulo") && latin1.body.contains("Windows-1252"));
    let mut huge = String::from("kind,name_en\n");
    for i in 0..100_000 {
        huge.push_str(&format!("city,City {i}\n"));
    }
    let too_many = app.upload("staff", "/staff/import", "file", "x.csv", huge.as_bytes()).await;
    assert_eq!(too_many.status, 422);
    assert!(
        too_many.body.contains("20000") || too_many.body.contains("20,000"),
        "{}",
        &too_many.body[..200.min(too_many.body.len())]
    );
    no_keys(&too_many.body);
    // One bad row: the preview names it; the commit writes the good new row only, and the
    // row matching Lublin (same name and country) changes nothing by default.
    let csv = "kind,name_en,name_ko,country,website\ncity,Jeonju-si,전주시,KR,\nvillage,Nowhere,,XX,\ncity,Lublin,루블린,PL,https://x.example.org\n";
    let preview = app.upload("staff", "/staff/import", "file", "x.csv", csv.as_bytes()).await;
    assert_eq!(preview.status, 200);
    assert_eq!(preview.body.matches("class=\"bad\"").count(), 1);
    no_keys(&preview.body);
    assert!(db.store.organisation("jeonju-si").await.unwrap().is_none(), "a preview writes nothing");
    let r = app.upload("staff", "/staff/import/commit", "file", "x.csv", csv.as_bytes()).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(db.store.organisation("jeonju-si").await.unwrap().is_some());
    assert_eq!(
        db.store.organisation("lublin").await.unwrap().unwrap().website,
        None,
        "a match is skipped unless asked"
    );
    let imports = app.get("staff", "/staff/imports").await;
    assert!(imports.body.contains("x.csv") && imports.body.contains("/undo"));
    no_keys(&imports.body);
    // The API: dry run writes nothing and reports the plan; unknown columns are refused.
    let api = |body: &'static str, query: &str| {
        axum::http::Request::post(format!("/api/v1/import/organisations?{query}"))
            .header("content-type", "text/csv")
            .header("x-csrf-token", app.csrf("staff"))
            .body(axum::body::Body::from(body))
            .unwrap()
    };
    let r = app.send("staff", api("kind,name_en\ncity,Dry Town\n", "dry_run=true")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("\"new\":1"), "{}", r.body);
    assert!(db.store.organisation("dry-town").await.unwrap().is_none());
    let r = app.send("staff", api("kind,name_en,latitude\ncity,Dry Town,35.8\n", "dry_run=true")).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("latitude") && !r.body.contains("\"title\":\"err-"), "{}", r.body);
    let export = app.get("staff", "/staff/export/organisations.csv").await;
    assert!(export.body.starts_with("slug,kind,name_en"), "{}", &export.body[..60.min(export.body.len())]);
    assert!(
        export.body.contains("jeonju-si,city,Jeonju-si") && export.body.contains("pohang"),
        "export lists what is stored"
    );
    let xlsx = app.get("staff", "/staff/export/organisations.xlsx").await;
    assert_eq!(xlsx.status, 200);
    assert!(xlsx.body.starts_with("PK"), "an XLSX is a ZIP container");
    let delegate = app.json("delegate", "POST", "/api/v1/import/organisations", json!({})).await;
    assert_eq!(delegate.status, 403, "a delegate calling a staff API");
});

store_test!(people_and_offices_forms_validate, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let r = app
        .post_form(
            "staff",
            "/staff/people",
            &[("family_name", ""), ("email", "not-an-email"), ("position_organisation", "nowhere")],
        )
        .await;
    assert_eq!(r.status, 422);
    assert!(r.body.contains("id=\"e-family_name\""), "the missing family name is flagged");
    assert!(r.body.contains("id=\"e-email\""));
    let ok = app
        .post_form(
            "staff",
            "/staff/people",
            &[
                ("family_name", "Park"),
                ("given_name", "Jung Sook"),
                ("name_order", "family_first"),
                ("native_name", "박정숙"),
                ("position_organisation", "pohang"),
                ("position_title_en", "Adviser"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    assert_eq!(ok.headers["location"], "/people/park-jung-sook");
    let bad_office = app
        .post_form(
            "staff",
            "/staff/offices",
            &[
                ("network", "wego"),
                ("host", "pohang"),
                ("city_en", "Pohang"),
                ("region_en", "East Asia"),
                ("since", "2020-01-01"),
                ("until", "2019-01-01"),
            ],
        )
        .await;
    assert_eq!(bad_office.status, 422);
    assert!(bad_office.body.contains("id=\"e-until\""));
    assert!(db.store.offices(None).await.unwrap().is_empty(), "nothing written");
    let office = app
        .post_form(
            "staff",
            "/staff/offices",
            &[
                ("network", "wego"),
                ("host", "pohang"),
                ("city_en", "Pohang"),
                ("city_ko", "포항"),
                ("region_en", "East Asia"),
            ],
        )
        .await;
    assert_eq!(office.status, 303);
    assert_eq!(db.store.offices(None).await.unwrap().len(), 1);
});

store_test!(governance_forms_work_and_refuse_bad_input, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let bad = app.post_form("staff", "/staff/networks", &[("slug", "Not A Slug"), ("name_en", "")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("id=\"e-slug\"") && bad.body.contains("id=\"e-name_en\""));
    let ok = app
        .post_form(
            "staff",
            "/staff/networks",
            &[
                ("slug", "ascn"),
                ("name_en", "ASEAN Smart Cities Network"),
                ("membership_types", "pilot = Pilot city\nfull = Full member"),
            ],
        )
        .await;
    assert_eq!((ok.status.as_u16(), ok.headers["location"].to_str().unwrap()), (303, "/networks/ascn"));
    assert_eq!(db.store.network("ascn").await.unwrap().unwrap().membership_types.len(), 2);
    let body = app
        .post_form(
            "staff",
            "/staff/bodies",
            &[("network", "wego"), ("kind", "general_assembly"), ("slug", "wego-ga"), ("name_en", "General Assembly")],
        )
        .await;
    assert_eq!(body.status, 303, "{}", body.body);
    let session = app
        .post_form(
            "staff",
            "/staff/bodies/wego-ga/sessions",
            &[("number", "7"), ("date", "2025-10-01"), ("place_en", "Pohang"), ("host", "pohang")],
        )
        .await;
    assert_eq!(session.status, 303, "{}", session.body);
    let again =
        app.post_form("staff", "/staff/bodies/wego-ga/sessions", &[("number", "7"), ("date", "2025-10-01")]).await;
    assert_eq!(again.status, 409, "the 7th session exists already");
    let seat =
        app.post_form("staff", "/staff/bodies/wego-ga/seats", &[("holder", "lim-byung-jin"), ("role", "chair")]).await;
    assert_eq!(seat.status, 303);
    let unknown =
        app.post_form("staff", "/staff/bodies/wego-ga/seats", &[("holder", "nobody"), ("role", "chair")]).await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.body.contains("nobody"), "the unknown holder is named");
    let page = app.get("public", "/networks/wego").await.body;
    assert!(page.contains("LIM Byung-jin") && page.contains("Pohang"), "seats and sessions appear on the network page");
    let office = app
        .post_form(
            "staff",
            "/staff/offices",
            &[
                ("network", "wego"),
                ("host", "pohang"),
                ("city_en", "Pohang"),
                ("region_en", "East Asia"),
                ("since", "2020-01-01"),
            ],
        )
        .await;
    assert_eq!(office.status, 303);
    let id = db.store.offices(None).await.unwrap()[0].id;
    let early = app.post_form("staff", &format!("/staff/offices/{id}/close"), &[("until", "2019-01-01")]).await;
    assert_eq!(early.status, 422);
    let close = app.post_form("staff", &format!("/staff/offices/{id}/close"), &[("until", "2024-12-31")]).await;
    assert_eq!(close.status, 303);
    assert_eq!(db.store.offices(None).await.unwrap()[0].until.as_deref(), Some("2024-12-31"));
    let edit = app
        .post_form(
            "staff",
            "/staff/people/lim-byung-jin",
            &[
                ("family_name", "Lim"),
                ("given_name", "Byung-jin"),
                ("name_order", "family_first"),
                ("email", "bad email"),
            ],
        )
        .await;
    assert_eq!(edit.status, 422);
    assert!(edit.body.contains("id=\"e-email\""));
    let edit = app
        .post_form(
            "staff",
            "/staff/people/lim-byung-jin",
            &[
                ("family_name", "Lim"),
                ("given_name", "Byung-jin"),
                ("name_order", "family_first"),
                ("native_name", "임병진"),
                ("honorific", "Mr."),
            ],
        )
        .await;
    assert_eq!(edit.status, 303);
    assert_eq!(db.store.person("lim-byung-jin").await.unwrap().unwrap().honorific.as_deref(), Some("Mr."));
    let position = app
        .post_form(
            "staff",
            "/staff/people/lim-byung-jin/positions",
            &[("organisation", "gyeongsangbuk-do"), ("title_en", "Adviser"), ("since", "2024-01-01")],
        )
        .await;
    assert_eq!(position.status, 303);
    assert!(app.get("public", "/people/lim-byung-jin").await.body.contains("Adviser"));
    let delegate = app.post_form("delegate", "/staff/offices/1/close", &[("until", "2024-12-31")]).await;
    assert_eq!(delegate.status, 403);
});
