//! The outreach pages through HTTP, on both backends: staff see the log, a meeting and a
//! timeline; a refused form answers 422 with each problem beside its field and writes
//! nothing; every route refuses the public and every role without `EditOutreach`; and
//! nothing of the staff's notes reaches a public page.

use hansa_core::account::Role;
use hansa_core::caller::allows;
use hansa_core::store::prelude::*;
use hansa_meetings::store::{FollowUpFilter, FollowUpStore, MeetingFilter, MeetingStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::{app, get, post};

const NOTE: &str = "academic city with strong ties to universities";

store_test!(staff_edit_the_log_through_the_pages, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let app = app(&db.store);
    let (cookie, csrf) = common::session(db.store.as_ref(), &staff).await;
    let log = get(&app, "/staff/outreach", &cookie).await;
    assert_eq!(log.status, 200, "{}", log.body);
    assert!(log.body.contains("Lublin") && log.body.contains("electric-buses"));
    assert!(log.body.contains("class=\"overdue\""), "the demo's 2023 follow-ups are overdue");
    let hydrogen = get(&app, "/staff/outreach?tag=hydrogen", &cookie).await;
    assert!(
        hydrogen.body.contains("tag=electric-buses") && !hydrogen.body.contains("tag=governance"),
        "only Lublin's meeting"
    );
    // A log narrowed to one organisation (a timeline's link) says so, and its tag filter keeps it.
    let narrowed = get(&app, "/staff/outreach?organisation=lublin", &cookie).await;
    assert!(narrowed.body.contains("Only meetings with Lublin."), "the narrowing is said in words");
    assert!(narrowed.body.contains("name=\"organisation\" value=\"lublin\""), "the tag filter keeps it");
    assert!(!narrowed.body.contains("tag=governance"), "other organisations' meetings are left out");
    let lublin =
        db.store.meetings(&MeetingFilter { tag: Some("hydrogen".into()), ..Default::default() }).await.unwrap();
    let id = lublin[0].id;
    let shown = get(&app, &format!("/staff/outreach/{id}"), &cookie).await;
    assert_eq!(shown.status, 200);
    assert!(shown.body.contains(NOTE) && shown.body.contains("Seoul Smart City Prize"));
    let timeline = get(&app, "/staff/organisations/lublin/timeline", &cookie).await;
    assert_eq!(timeline.status, 200);
    assert!(timeline.body.contains("Follow up on membership"));
    assert_eq!(get(&app, "/staff/outreach/new", &cookie).await.status, 200);

    // A meeting with no organisation and an unknown person: 422, each beside its place.
    let before = db.store.audit_log(10_000, 0).await.unwrap().len();
    let bad = post(
        &app,
        "/staff/outreach/new",
        &cookie,
        &[("csrf", &csrf), ("met_on", "2024-02-30"), ("place", "Seoul"), ("ours-0-slug", "no-such-person")],
    )
    .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(bad.body.contains(r#"<p class="error" id="e-met_on">"#), "the date's problem beside it");
    assert!(bad.body.contains(r#"<p class="error" id="e-organisations">"#), "no organisation: above its table");
    // A follow-up with no title and a delegate for owner: 422 beside the fields.
    let delegate = common::account(db.store.as_ref(), Role::Delegate, None).await;
    let owner = delegate.id.to_string();
    let fields = [
        ("csrf", csrf.as_str()),
        ("title", ""),
        ("organisation", "lublin"),
        ("owner", &owner),
        ("due_on", "2024-05-01"),
        ("leads_to", "membership"),
    ];
    let refused = post(&app, &format!("/staff/outreach/{id}/follow-ups"), &cookie, &fields).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(r#"id="e-title""#), "{}", refused.body);
    let fields = [
        ("csrf", csrf.as_str()),
        ("title", "Send minutes"),
        ("organisation", "lublin"),
        ("owner", &owner),
        ("due_on", "2024-05-01"),
        ("leads_to", "membership"),
    ];
    let refused = post(&app, &format!("/staff/outreach/{id}/follow-ups"), &cookie, &fields).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains(r#"id="e-owner""#));
    // A form without the session's CSRF token is refused before anything is read.
    let forged = post(&app, "/staff/outreach/new", &cookie, &[("csrf", "forged"), ("met_on", "2024-02-01")]).await;
    assert_eq!(forged.status, 403);
    assert_eq!(
        db.store.audit_log(10_000, 0).await.unwrap().len(),
        before + 1,
        "only the delegate's account was written"
    );

    // Good ones are written, and a follow-up is marked done from the meeting's page.
    let me = staff.id.to_string();
    let good = [
        ("csrf", csrf.as_str()),
        ("title", "Send minutes"),
        ("organisation", "lublin"),
        ("owner", &me),
        ("due_on", "2024-05-01"),
        ("leads_to", "other"),
    ];
    let added = post(&app, &format!("/staff/outreach/{id}/follow-ups"), &cookie, &good).await;
    assert_eq!(added.status, 303, "{}", added.body);
    let list = db.store.follow_ups(&FollowUpFilter { meeting: Some(id), ..Default::default() }).await.unwrap();
    let minutes = list.iter().find(|f| f.draft.title == "Send minutes").unwrap();
    let done =
        post(&app, &format!("/staff/follow-ups/{}/status", minutes.id), &cookie, &[("csrf", &csrf), ("to", "done")])
            .await;
    assert_eq!(done.status, 303);
    let again =
        post(&app, &format!("/staff/follow-ups/{}/status", minutes.id), &cookie, &[("csrf", &csrf), ("to", "open")])
            .await;
    assert_eq!(again.status, 422, "a done follow-up is not reopened");
    let created = post(
        &app,
        "/staff/outreach/new",
        &cookie,
        &[
            ("csrf", &csrf),
            ("met_on", "2024-02-01"),
            ("event", "near-forum-2023"),
            ("organisations-0-slug", "near"),
            ("topics", "Youth, Hydrogen"),
        ],
    )
    .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let edit = get(&app, &format!("/staff/outreach/{id}/edit"), &cookie).await;
    assert!(edit.body.contains(r#"value="lublin""#));
});

store_test!(every_outreach_route_refuses_whoever_lacks_the_permission, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let app = app(&db.store);
    let mut sessions = vec![("public", None, String::new(), String::new())];
    for role in Role::ALL {
        let user = common::account(db.store.as_ref(), *role, None).await;
        let (cookie, csrf) = common::session(db.store.as_ref(), &user).await;
        sessions.push((role.code(), Some(*role), cookie, csrf));
    }
    // The table holds the shell's routes too: walk the outreach log's own.
    let ours = |p: &str| p.contains("/outreach") || p.contains("/follow-ups") || p.ends_with("/timeline");
    let rules: Vec<_> =
        hansa_web::policy::table(vec![hansa_meetings::feature()]).into_iter().filter(|r| ours(r.path)).collect();
    assert_eq!(rules.len(), 11);
    for rule in &rules {
        let url = rule.path.replace("{id}", "1").replace("{slug}", "lublin");
        for (name, role, cookie, csrf) in &sessions {
            let before = db.store.audit_log(10_000, 0).await.unwrap().len();
            let reply = if rule.method == "GET" {
                get(&app, &url, cookie).await
            } else {
                post(&app, &url, cookie, &[("csrf", csrf)]).await
            };
            let allowed = allows(rule.permission, *role);
            let refused =
                matches!(reply.status, 401 | 403) || reply.headers.get("location").is_some_and(|l| l == "/login");
            assert_eq!(refused, !allowed, "{} {url} as {name}: {}", rule.method, reply.status);
            if !allowed {
                assert_eq!(db.store.audit_log(10_000, 0).await.unwrap().len(), before, "{url} as {name} wrote");
            }
        }
    }
});

store_test!(nothing_of_the_notes_reaches_a_public_page, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let app = app(&db.store);
    for url in [
        "/organisations/lublin",
        "/organisations/near",
        "/events/near-forum-2023",
        "/directory",
        "/people/lim-byung-jin",
        "/api/v1/organisations/lublin",
    ] {
        let page = get(&app, url, "").await;
        assert!(page.status == 200 || page.status == 404, "{url}: {}", page.status);
        assert!(!page.body.contains(NOTE) && !page.body.contains("electric-buses"), "{url} shows outreach");
    }
    assert_eq!(
        get(&app, "/staff/outreach", "").await.headers.get("location").map(|l| l.to_str().unwrap()),
        Some("/login")
    );
});
