//! The policy table walked with every role: every route the application registers carries a
//! permission (the router is built from the table), and each row × role is exercised —
//! refused callers get 401/303/403 and nothing is written; allowed ones are not refused.

mod common;

use common::{App, ROLES};
use hansa_core::account::Role;
use hansa_core::caller::allows;
use hansa_directory::store::prelude::*;
use hansa_testkit::{TestDbRef, store_test};

/// A concrete URL for a route pattern, naming records the test seed holds.
fn concrete(path: &str, membership: i64) -> String {
    let slug = if path.contains("people/") {
        "lim-byung-jin"
    } else if path.contains("networks/") {
        "wego"
    } else if path.contains("bodies/") {
        "any"
    } else {
        "pohang"
    };
    let id = if path.contains("memberships/") { membership.to_string() } else { "1".into() };
    path.replace("{slug}", slug)
        .replace("{id}", &id)
        .replace("{code}", "ko")
        .replace("{file}", "hansa.css")
        .replace("{key}", "policy-table-job-key")
}

fn role_of(name: &str) -> Option<Role> {
    Role::parse(name)
}

store_test!(every_route_has_a_row_and_every_row_holds_for_every_role, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let pohang = db.store.organisation("pohang").await.unwrap().unwrap().id;
    let membership = db.store.memberships_of_organisation(pohang).await.unwrap()[0].id;
    let mut rules =
        hansa_web::policy::table(vec![hansa_directory::feature(), hansa_events::feature(), hansa_meetings::feature()]);
    assert!(rules.len() >= 60, "the table lists every route ({} rows)", rules.len());
    // Signing out ends the role's session: walk it last.
    rules.sort_by_key(|r| r.path == "/logout");
    let mut failures = Vec::new();
    for rule in &rules {
        let url = concrete(rule.path, membership);
        let api = rule.path.starts_with("/api/");
        for role in ROLES {
            let before = db.store.audit_log(1000, 0).await.unwrap().len();
            let reply = match (rule.method, api) {
                ("GET", _) => app.get(role, &url).await,
                (m, true) => app.json(role, m, &url, serde_json::json!({})).await,
                (_, false) => app.post_form(role, &url, &[]).await,
            };
            let got = reply.status.as_u16();
            let to_login = got == 303 && reply.headers.get("location").is_some_and(|l| l == "/login");
            let refused = got == 401 || got == 403 || to_login;
            let allowed = allows(rule.permission, role_of(role));
            // Signing in and out answer about credentials, not about the caller's role.
            let credentials = matches!(rule.path, "/login" | "/logout");
            if allowed && refused && !credentials {
                failures.push(format!("{} {url} as {role}: refused ({got}) but the table allows it", rule.method));
            }
            if !allowed {
                let want_public = if api { got == 401 } else { to_login };
                let ok = if role == "public" { want_public } else { got == 403 };
                if !ok {
                    failures.push(format!("{} {url} as {role}: {got}, the table refuses it", rule.method));
                }
                if rule.method != "GET" && db.store.audit_log(1000, 0).await.unwrap().len() != before {
                    failures.push(format!("{} {url} as {role}: refused but something was written", rule.method));
                }
            }
        }
    }
    assert!(failures.is_empty(), "router and policy table disagree:\n{}", failures.join("\n"));
});

store_test!(tokens_carry_their_scope_into_the_write_matrix, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let read = app.token("admin", "read").await;
    let write = app.token("admin", "write").await;
    let before = db.store.audit_log(1000, 0).await.unwrap().len();
    let writes: Vec<_> =
        hansa_web::policy::table(vec![hansa_directory::feature(), hansa_events::feature(), hansa_meetings::feature()])
            .into_iter()
            .filter(|r| r.method != "GET" && r.path.starts_with("/api/"))
            .collect();
    assert!(writes.len() >= 8);
    for rule in &writes {
        let url = concrete(rule.path, 1);
        let got = app.bearer(&read, rule.method, &url, serde_json::json!({})).await.status;
        assert_eq!(got, 403, "{} {url} with a read-only token", rule.method);
        let got = app.bearer("not-a-token", rule.method, &url, serde_json::json!({})).await.status;
        assert_eq!(got, 401, "{} {url} with an unknown token", rule.method);
    }
    assert_eq!(db.store.audit_log(1000, 0).await.unwrap().len(), before, "refused token writes wrote nothing");
    // A read-only token still reads.
    assert_eq!(app.bearer(&read, "GET", "/api/v1/organisations", serde_json::json!({})).await.status, 200);
    // A write token writes, and the audit names it.
    let body = serde_json::json!({"slug": "andong-si", "kind": "city", "name": {"en": "Andong-si"}, "country": "KR"});
    let created = app.bearer(&write, "POST", "/api/v1/organisations", body).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let last = &db.store.audit_log(1, 0).await.unwrap()[0];
    assert_eq!((last.entity.as_str(), last.token.as_deref()), ("organisation:andong-si", Some("admin-write")));
});

store_test!(revoked_and_expired_tokens_stop_and_passwords_keep_them, |db: TestDbRef| async move {
    use hansa_core::Caller;
    use hansa_core::accounts;
    let app = App::new(db.store.clone()).await;
    let staff = db.store.user_by_email("staff@example.org").await.unwrap().unwrap();
    let secret = app.token("staff", "write").await;
    assert_eq!(app.bearer(&secret, "GET", "/api/v1/people", serde_json::json!({})).await.status, 200);
    // The token page lists the staff member's own tokens without secrets.
    let page = app.get("staff", "/account/tokens").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("staff-write") && !page.body.contains(&secret));

    // A new password ends browser sessions, not integrations.
    accounts::reset_password(db.store.as_ref(), &Caller::system(), "staff@example.org", "a brand new password")
        .await
        .unwrap();
    let body = serde_json::json!({"given_name": "Ok", "family_name": "Kim", "name_order": "family_first"});
    assert_eq!(app.bearer(&secret, "POST", "/api/v1/people", body.clone()).await.status, 201);
    // Revoked by its owner: refused at once.
    let tokens = accounts::list_tokens(db.store.as_ref(), &Caller::of(&staff), Some(staff.id)).await.unwrap();
    assert_eq!(tokens.len(), 1);
    let delegate = db.store.user_by_email("delegate@example.org").await.unwrap().unwrap();
    let stranger = accounts::revoke_token(db.store.as_ref(), &Caller::of(&delegate), tokens[0].id, 0).await;
    assert!(matches!(stranger, Err(hansa_core::DomainError::Forbidden)), "only its owner or an admin revokes");
    accounts::revoke_token(db.store.as_ref(), &Caller::of(&staff), tokens[0].id, hansa_web::auth::now()).await.unwrap();
    assert_eq!(app.bearer(&secret, "POST", "/api/v1/people", body.clone()).await.status, 401);
    // Expired: a token issued "now" with a day to live, checked as if from the far past.
    let input = accounts::TokenInput { name: "old".into(), scope: "write".into(), expires_in_days: Some(1) };
    let (_, old) = accounts::issue_token(db.store.as_ref(), &Caller::system(), staff.id, &input, 1_000).await.unwrap();
    assert_eq!(app.bearer(&old, "POST", "/api/v1/people", body).await.status, 401);
    // Bad input for a token changes nothing.
    let bad = accounts::TokenInput { name: " ".into(), scope: "admin".into(), expires_in_days: Some(0) };
    let Err(hansa_core::DomainError::Invalid(errs)) =
        accounts::issue_token(db.store.as_ref(), &Caller::of(&staff), staff.id, &bad, 0).await
    else {
        panic!("accepted a bad token")
    };
    let fields: Vec<_> = errs.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["name", "scope", "expires_in_days"]);
});

store_test!(a_focal_point_changes_descriptions_never_the_secretariats_fields, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let before = db.store.organisation("pohang").await.unwrap().unwrap();
    let audit_before = db.store.audit_log(1000, 0).await.unwrap().len();
    let body = serde_json::json!({
        "slug": "pohang-city", "kind": "company", "name": {"en": "Pohang-si"}, "country": "JP",
        "parent": "lublin", "founding_member": true, "region": "europe"
    });
    let r = app.json("focal_point", "PUT", "/api/v1/organisations/pohang", body).await;
    assert_eq!(r.status, 403, "{}", r.body);
    let named: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let fields: Vec<&str> = named["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["slug", "kind", "parent", "country", "region", "founding_member"]);
    // The same through the form.
    let form = [("kind", "company"), ("name_en", "Pohang-si"), ("country", "JP")];
    assert_eq!(app.post_form("focal_point", "/staff/organisations/pohang", &form).await.status, 403);
    let after = db.store.organisation("pohang").await.unwrap().unwrap();
    assert_eq!((after.slug.as_str(), after.kind, after.country.as_deref()), ("pohang", before.kind, Some("KR")));
    assert_eq!(db.store.audit_log(1000, 0).await.unwrap().len(), audit_before, "nothing written");
    // Descriptive fields, with the secretariat's ones left out: accepted, the rest kept.
    let body = serde_json::json!({"name": {"en": "Pohang", "ko": "포항시"}, "website": "https://pohang.example.org",
        "description": {"en": "A steel city on the east coast."}});
    let r = app.json("focal_point", "PUT", "/api/v1/organisations/pohang", body).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let after = db.store.organisation("pohang").await.unwrap().unwrap();
    assert_eq!(after.website.as_deref(), Some("https://pohang.example.org"));
    assert_eq!((after.kind, after.country, after.parent_id), (before.kind, before.country, before.parent_id));
    // Its form does not offer the secretariat's fields.
    let form = app.get("focal_point", "/staff/organisations/pohang/edit").await.body;
    assert!(!form.contains("name=\"kind\"") && !form.contains("name=\"country\"") && !form.contains("founding_member"));
    assert!(app.get("staff", "/staff/organisations/pohang/edit").await.body.contains("name=\"kind\""));
    // Another organisation is refused whole.
    let body = serde_json::json!({"name": {"en": "Lublin"}});
    assert_eq!(app.json("focal_point", "PUT", "/api/v1/organisations/lublin", body).await.status, 403);
});
