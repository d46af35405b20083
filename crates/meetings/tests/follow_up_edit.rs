//! A follow-up's edit page through HTTP, on both backends: staff change its due date and
//! owner and land back on its meeting (or the log) with a notice; a bad date, an owner who is
//! not staff or an empty title answer 422 beside the field with the typed values kept and
//! nothing written; and a forged form, a delegate or an unknown follow-up is refused.

use hansa_core::account::Role;
use hansa_core::store::prelude::*;
use hansa_core::{Caller, SqlStore};
use hansa_meetings::model::{FollowUp, FollowUpDraft, FollowUpStatus, LeadsTo};
use hansa_meetings::service;
use hansa_meetings::store::{FollowUpFilter, FollowUpStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::{app, get, post};

/// One of the demo's open follow-ups that came from a meeting.
async fn open_one(store: &SqlStore) -> FollowUp {
    let open = store.follow_ups(&FollowUpFilter { open_only: true, ..Default::default() }).await.unwrap();
    open.into_iter().find(|f| f.draft.meeting.is_some()).expect("the demo has open follow-ups of meetings")
}

/// The edit form as the page fills it for `f`, with `changes` typed over it.
fn form(csrf: &str, f: &FollowUp, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let d = &f.draft;
    let mut fields: Vec<(String, String)> = [
        ("csrf", csrf.to_owned()),
        ("title", d.title.clone()),
        ("organisation", d.organisation.clone()),
        ("owner", d.owner.to_string()),
        ("due_on", d.due_on.clone()),
        ("leads_to", d.leads_to.code().to_owned()),
        ("reference", d.reference.clone().unwrap_or_default()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    for (name, typed) in changes {
        fields.retain(|(k, _)| k != name);
        fields.push(((*name).to_owned(), (*typed).to_owned()));
    }
    fields
}

/// What the refusal tests start from: the demo signed in as staff, an open follow-up of a
/// meeting and its form's address, a delegate, and how long the audit log was.
struct Scene {
    app: axum::Router,
    cookie: String,
    csrf: String,
    f: FollowUp,
    url: String,
    delegate: hansa_core::account::User,
    before: usize,
}

async fn scene(db: &TestDbRef) -> Scene {
    let staff = common::load_demo(db.store.as_ref()).await;
    let delegate = common::account(db.store.as_ref(), Role::Delegate, None).await;
    let (cookie, csrf) = common::session(db.store.as_ref(), &staff).await;
    let f = open_one(db.store.as_ref()).await;
    let url = format!("/staff/follow-ups/{}/edit", f.id);
    let before = db.store.audit_log(10_000, 0).await.unwrap().len();
    Scene { app: app(&db.store), cookie, csrf, f, url, delegate, before }
}

/// Follow-up `f` is as it was and the audit log as long as `before`: nothing was written.
async fn unchanged(db: &TestDbRef, f: &FollowUp, before: usize) {
    assert_eq!(&db.store.follow_up(f.id).await.unwrap().unwrap(), f, "nothing changed");
    assert_eq!(db.store.audit_log(10_000, 0).await.unwrap().len(), before, "nothing written");
}

/// A refusal to provoke: the fields typed over the form, the field it is beside, and a piece
/// of the answer that shows the typed value or the reason.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

store_test!(staff_change_the_due_date_and_the_owner, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let colleague = common::account(db.store.as_ref(), Role::Staff, None).await;
    let app = app(&db.store);
    let (cookie, csrf) = common::session(db.store.as_ref(), &staff).await;
    let f = open_one(db.store.as_ref()).await;
    let meeting = f.draft.meeting.unwrap();
    let url = format!("/staff/follow-ups/{}/edit", f.id);

    // The meeting's page links to the form, named by the follow-up for screen readers.
    let shown = get(&app, &format!("/staff/outreach/{meeting}"), &cookie).await;
    assert!(
        shown.body.contains(&format!(r#"<a href="{url}">Edit<span class="sr-only"> {}</span></a>"#, f.draft.title))
    );
    let page = get(&app, &url, &cookie).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains(&format!(r#"value="{}""#, f.draft.due_on)), "the stored values fill the form");

    let colleague_id = colleague.id.to_string();
    let changed = form(&csrf, &f, &[("due_on", "2031-06-30"), ("owner", &colleague_id)]);
    let saved = post(&app, &url, &cookie, &pairs(&changed)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let back = format!("/staff/outreach/{meeting}?saved=follow-up-edited");
    assert_eq!(saved.headers.get("location").unwrap(), back.as_str());
    let stored = db.store.follow_up(f.id).await.unwrap().unwrap();
    assert_eq!((stored.draft.due_on.as_str(), stored.draft.owner), ("2031-06-30", colleague.id));
    assert_eq!(stored.draft.meeting, Some(meeting), "it stays with its meeting");
    assert!(get(&app, &back, &cookie).await.body.contains("The follow-up is saved."));

    // One without a meeting goes back to the log, which says it was saved.
    let loose = FollowUpDraft {
        title: "Send the Prize call".into(),
        organisation: "lublin".into(),
        meeting: None,
        owner: staff.id,
        due_on: "2031-05-01".into(),
        leads_to: LeadsTo::PrizeApplication,
        reference: None,
    };
    let id = service::add_follow_up(db.store.as_ref(), &Caller::system(), loose).await.unwrap();
    let loose = db.store.follow_up(id).await.unwrap().unwrap();
    let changed = form(&csrf, &loose, &[("reference", "2031")]);
    let saved = post(&app, &format!("/staff/follow-ups/{id}/edit"), &cookie, &pairs(&changed)).await;
    assert_eq!(saved.headers.get("location").unwrap(), "/staff/outreach?saved=follow-up-edited");
    assert!(
        get(&app, "/staff/outreach?saved=follow-up-edited", &cookie).await.body.contains("The follow-up is saved.")
    );

    // A closed follow-up is history: no form, and a posted one is refused.
    service::close_follow_up(db.store.as_ref(), &Caller::system(), id, FollowUpStatus::Done, None).await.unwrap();
    assert_eq!(get(&app, &format!("/staff/follow-ups/{id}/edit"), &cookie).await.status, 409);
    let refused = post(&app, &format!("/staff/follow-ups/{id}/edit"), &cookie, &pairs(&changed)).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("This follow-up is closed"), "{}", refused.body);
});

store_test!(a_refused_form_says_why_beside_the_field_and_writes_nothing, |db: TestDbRef| async move {
    let Scene { app, cookie, csrf, f, url, delegate, before } = scene(&db).await;
    let delegate_id = delegate.id.to_string();
    let cases: [Case; 3] = [
        (&[("due_on", "2031-02-30"), ("reference", "typed ref")], "due_on", r#"value="2031-02-30""#),
        (&[("owner", &delegate_id), ("reference", "typed ref")], "owner", "The owner must be a staff member."),
        (&[("title", ""), ("reference", "typed ref")], "title", r#"name="title" value="""#),
    ];
    for (changes, field, kept) in cases {
        let reply = post(&app, &url, &cookie, &pairs(&form(&csrf, &f, changes))).await;
        assert_eq!(reply.status, 422, "{field}: {}", reply.body);
        assert!(reply.body.contains(&format!(r#"<p class="error" id="e-{field}">"#)), "{field}: beside it");
        assert!(reply.body.contains(&format!(r##"<a href="#f-{field}">"##)), "{field}: in the summary");
        assert!(reply.body.contains(kept), "{field}: {kept}");
        assert!(reply.body.contains(r#"value="typed ref""#), "{field}: the typed values are kept");
    }
    unchanged(&db, &f, before).await;
});

store_test!(forged_forms_delegates_and_unknown_ids_are_refused, |db: TestDbRef| async move {
    let Scene { app, cookie, csrf, f, url, delegate, before } = scene(&db).await;
    let changed = form(&csrf, &f, &[("due_on", "2031-06-30")]);

    let without: Vec<_> = changed.iter().filter(|(k, _)| k != "csrf").cloned().collect();
    assert_eq!(post(&app, &url, &cookie, &pairs(&without)).await.status, 403, "no CSRF token");
    let forged = form("forged", &f, &[("due_on", "2031-06-30")]);
    assert_eq!(post(&app, &url, &cookie, &pairs(&forged)).await.status, 403, "a wrong CSRF token");

    let (theirs, their_csrf) = common::session(db.store.as_ref(), &delegate).await;
    assert_eq!(get(&app, &url, &theirs).await.status, 403, "a delegate sees no form");
    let as_delegate = form(&their_csrf, &f, &[("due_on", "2031-06-30")]);
    assert_eq!(post(&app, &url, &theirs, &pairs(&as_delegate)).await.status, 403, "nor saves one");

    assert_eq!(get(&app, "/staff/follow-ups/987654/edit", &cookie).await.status, 404);
    let unknown = post(&app, "/staff/follow-ups/987654/edit", &cookie, &pairs(&changed)).await;
    assert_eq!(unknown.status, 404);

    unchanged(&db, &f, before).await;
});
