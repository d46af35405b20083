//! The authorisation matrix: every route × every role gets exactly what it should, and
//! personal data never reaches the public. Runs on SQLite and PostgreSQL.

mod common;

use common::{App, ROLES};
use hansa_directory::store::prelude::*;
use hansa_testkit::{TestDbRef, store_test};

/// Expected status for (public, delegate, jury, focal_point, staff, admin).
/// 303 = sent to the sign-in page.
const GET_MATRIX: &[(&str, [u16; 6])] = &[
    ("/", [200; 6]),
    ("/directory?country=KR", [200; 6]),
    ("/map", [200; 6]),
    ("/networks", [200; 6]),
    ("/networks/wego", [200; 6]),
    ("/organisations/pohang", [200; 6]),
    ("/people/lim-byung-jin", [200; 6]),
    ("/api", [200; 6]),
    ("/api/v1/organisations", [200; 6]),
    ("/api/v1/openapi.json", [200; 6]),
    ("/healthz", [200; 6]),
    ("/account/password", [303, 200, 200, 200, 200, 200]),
    ("/staff", [303, 403, 403, 403, 200, 200]),
    ("/staff/organisations/new", [303, 403, 403, 403, 200, 200]),
    ("/staff/import", [303, 403, 403, 403, 200, 200]),
    ("/staff/people/new", [303, 403, 403, 403, 200, 200]),
    ("/staff/offices/new", [303, 403, 403, 403, 200, 200]),
    ("/staff/networks/new", [303, 403, 403, 403, 200, 200]),
    ("/staff/bodies/new", [303, 403, 403, 403, 200, 200]),
    ("/staff/people/lim-byung-jin/edit", [303, 403, 403, 403, 200, 200]),
    ("/api/v1/bodies", [200; 6]),
    ("/api/v1/offices", [200; 6]),
    ("/staff/export/organisations.csv", [303, 403, 403, 403, 200, 200]),
    ("/staff/export/people.xlsx", [303, 403, 403, 403, 200, 200]),
    ("/staff/export/memberships.csv", [303, 403, 403, 403, 200, 200]),
    ("/staff/imports", [303, 403, 403, 403, 200, 200]),
    ("/api/v1/imports", [401, 403, 403, 403, 200, 200]),
    // A focal point edits its own organisation, and no other.
    ("/staff/organisations/pohang/edit", [303, 403, 403, 200, 200, 200]),
    ("/staff/organisations/lublin/edit", [303, 403, 403, 403, 200, 200]),
    ("/admin/audit", [303, 403, 403, 403, 403, 200]),
    ("/admin/users", [303, 403, 403, 403, 403, 200]),
];

store_test!(every_route_for_every_role, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let mut failures = Vec::new();
    for (route, expected) in GET_MATRIX {
        for (role, want) in ROLES.iter().zip(expected) {
            let got = app.get(role, route).await.status.as_u16();
            if got != *want {
                failures.push(format!("GET {route} as {role}: {got}, expected {want}"));
            }
        }
    }
    // Writes through the API: create needs staff; update needs staff or the own focal point.
    for (i, role) in ROLES.iter().enumerate() {
        let body = serde_json::json!({"slug": format!("city-{i}"), "kind": "city", "name": {"en": format!("City {i}")}, "country": "JP"});
        let got = app.json(role, "POST", "/api/v1/organisations", body).await.status.as_u16();
        let want = [401, 403, 403, 403, 201, 201][i];
        if got != want {
            failures.push(format!("POST /api/v1/organisations as {role}: {got}, expected {want}"));
        }
        let body = serde_json::json!({"kind": "city", "name": {"en": "Pohang-si", "ko": "포항시"}, "country": "KR", "parent": "gyeongsangbuk-do"});
        let got = app.json(role, "PUT", "/api/v1/organisations/pohang", body).await.status.as_u16();
        let want = [401, 403, 403, 200, 200, 200][i];
        if got != want {
            failures.push(format!("PUT /api/v1/organisations/pohang as {role}: {got}, expected {want}"));
        }
        let person =
            serde_json::json!({"given_name": "Jin", "family_name": format!("Hwang{i}"), "name_order": "family_first"});
        let got = app.json(role, "POST", "/api/v1/people", person).await.status.as_u16();
        let want = [401, 403, 403, 403, 201, 201][i];
        if got != want {
            failures.push(format!("POST /api/v1/people as {role}: {got}, expected {want}"));
        }
        let form = [("kind", "city"), ("name_en", "Form City"), ("slug", &*format!("form-city-{i}"))];
        let got = app.post_form(role, "/staff/organisations", &form).await.status.as_u16();
        let want = [303, 403, 403, 403, 303, 303][i];
        if got != want {
            failures.push(format!("POST /staff/organisations as {role}: {got}, expected {want}"));
        }
    }
    assert!(failures.is_empty(), "authorisation matrix broken:\n{}", failures.join("\n"));
    // The anonymous form post changed nothing.
    assert!(db.store.organisation("form-city-0").await.unwrap().is_none());
    assert!(db.store.organisation("form-city-4").await.unwrap().is_some());
});

store_test!(the_pipeline_is_for_staff_only, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    // Lublin is courted: a prospect of WeGO. Only staff see it, on pages, the API and counts.
    let m = hansa_directory::model::MembershipInput {
        network: "wego".into(),
        organisation: "lublin".into(),
        type_code: "full".into(),
        since: None,
        until: None,
        status: None,
        history: vec![hansa_directory::model::StatusChange {
            date: "2026-01-01".into(),
            status: hansa_directory::model::MembershipStatus::Prospect,
            note: None,
        }],
    };
    hansa_directory::service::create_membership(db.store.as_ref(), &hansa_core::Caller::system(), &m).await.unwrap();
    let lublin = db.store.organisation("lublin").await.unwrap().unwrap();
    let member = format!("\"organisation_id\":{}", lublin.id);
    // Each route with what betrays the prospect on it.
    let routes: [(&str, &str); 7] = [
        ("/networks/wego", "/organisations/lublin"),
        ("/directory?network=wego", "/organisations/lublin"),
        ("/directory?status=prospect", "/organisations/lublin"),
        ("/organisations/lublin", "status-prospect"),
        ("/api/v1/networks/wego/memberships", &member),
        ("/api/v1/organisations?status=prospect", "\"slug\":\"lublin\""),
        ("/api/v1/organisations/lublin", "\"prospect\""),
    ];
    for (route, marker) in routes {
        for (role, sees) in ROLES.iter().zip([false, false, false, false, true, true]) {
            let body = app.get(role, route).await.body;
            assert_eq!(body.contains(marker), sees, "{route} as {role}");
        }
    }
});

store_test!(personal_data_is_for_staff_only, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    for role in ["public", "delegate", "jury", "focal_point"] {
        for route in [
            "/people/lim-byung-jin",
            "/organisations/pohang",
            "/api/v1/people/lim-byung-jin",
            "/api/v1/people",
            "/directory?q=pohang",
        ] {
            let r = app.get(role, route).await;
            assert_eq!(r.status, 200, "{route}");
            assert!(
                !r.body.contains("lim.secret@example.org") && !r.body.contains("0000-1234"),
                "{role} sees contact details on {route}"
            );
        }
    }
    for route in ["/people/lim-byung-jin", "/organisations/pohang", "/api/v1/people/lim-byung-jin"] {
        let r = app.get("staff", route).await;
        assert!(r.body.contains("lim.secret@example.org"), "staff should see contact details on {route}");
    }
});

// Every state-changing route refuses every role below staff (focal points may only touch their
// own organisation), and a refused request writes nothing: the audit log stays as it was.
store_test!(every_write_route_refuses_lesser_roles, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let membership =
        db.store.memberships_of_organisation(db.store.organisation("pohang").await.unwrap().unwrap().id).await.unwrap()
            [0]
        .id;
    let forms: Vec<String> = [
        "/staff/organisations",
        "/staff/organisations/lublin",
        "/staff/organisations/lublin/archive",
        "/staff/organisations/pohang/history",
        "/staff/organisations/pohang/memberships",
        "/staff/import/commit",
        "/staff/networks",
        "/staff/bodies",
        "/staff/bodies/any/sessions",
        "/staff/bodies/any/seats",
        "/staff/offices",
        "/staff/offices/1/close",
        "/staff/people",
        "/staff/people/lim-byung-jin",
        "/staff/people/lim-byung-jin/positions",
        "/admin/users",
        "/admin/people/lim-byung-jin/erase",
    ]
    .into_iter()
    .map(String::from)
    .chain([format!("/staff/memberships/{membership}/status")])
    .collect();
    let apis = [
        "/api/v1/organisations",
        "/api/v1/networks",
        "/api/v1/offices",
        "/api/v1/bodies",
        "/api/v1/people",
        "/api/v1/memberships",
        "/api/v1/organisations/pohang/history",
        "/api/v1/import/organisations",
    ];
    let before = db.store.audit_log(1000, 0).await.unwrap().len();
    let mut failures = Vec::new();
    for role in ["public", "delegate", "jury", "focal_point"] {
        for route in &forms {
            let got = app
                .post_form(role, route, &[("status", "active"), ("date", "2024-01-01"), ("until", "2024-01-01")])
                .await
                .status
                .as_u16();
            let want = if role == "public" { 303 } else { 403 };
            if got != want {
                failures.push(format!("POST {route} as {role}: {got}, expected {want}"));
            }
        }
        for route in apis {
            let got = app.json(role, "POST", route, serde_json::json!({})).await.status.as_u16();
            let want = if role == "public" { 401 } else { 403 };
            if got != want {
                failures.push(format!("POST {route} as {role}: {got}, expected {want}"));
            }
        }
    }
    // The one write a focal point may make: its own organisation.
    let own = app
        .post_form(
            "focal_point",
            "/staff/organisations/pohang",
            &[
                ("kind", "city"),
                ("name_en", "Pohang-si"),
                ("name_ko", "포항시"),
                ("country", "KR"),
                ("parent", "gyeongsangbuk-do"),
            ],
        )
        .await;
    assert_eq!(own.status, 303, "{}", own.body);
    assert!(failures.is_empty(), "write routes let lesser roles through:\n{}", failures.join("\n"));
    assert_eq!(
        db.store.audit_log(1000, 0).await.unwrap().len(),
        before + 1,
        "only the focal point's own edit was written"
    );
});
