//! A directory survives a trip through its bundle: the demo is loaded into one backend and
//! changed in the ways the demo file does not show (an archived parent, a description only in
//! Korean, later status changes, a withdrawal), exported, loaded into the other backend and
//! exported again — and the two files are the same, byte for byte.
//!
//! Each trip needs two databases, so these tests use `with_two_stores`, which prints the
//! marker line of both backends (`scripts/test.sh` counts them).

use std::collections::BTreeMap;

use hansa_core::{Caller, DomainError, Localized};
use hansa_directory::import::bundle::{self, BundleCounts};
use hansa_directory::import::bundle_export::export_bundle;
use hansa_directory::model::*;
use hansa_directory::service;
use hansa_directory::store::DirectoryStore as Store;
use hansa_directory::store::prelude::*;
use hansa_testkit::{Backend, TestDbRef, store_test, with_two_stores};

const DEMO: &str = include_str!("../../../demo/directory.toml");

/// The organisation archived on the way: the parent of two cities, host of sessions, a seat holder.
const ARCHIVED_PARENT: &str = "gyeongsangbuk-do";

async fn load(store: &dyn Store, text: &str) -> BundleCounts {
    let parsed = bundle::parse(text).unwrap();
    bundle::load(store, &Caller::system(), &parsed, &mut |_, _, _| {}).await.unwrap()
}

async fn membership(store: &dyn Store, network: &str, org: &str) -> Membership {
    let net = store.network(network).await.unwrap().unwrap();
    let org = store.organisation(org).await.unwrap().unwrap();
    store.memberships_of_organisation(org.id).await.unwrap().into_iter().find(|m| m.network_id == net.id).unwrap()
}

fn change(date: &str, status: MembershipStatus, note: Option<&str>) -> StatusChange {
    StatusChange { date: date.into(), status, note: note.map(Into::into) }
}

/// What the demo file does not hold, made through the service as staff would.
async fn change_the_demo(s: &dyn Store) {
    let sys = Caller::system();
    let parent = s.organisation(ARCHIVED_PARENT).await.unwrap().unwrap();
    assert!(!s.children(parent.id).await.unwrap().is_empty(), "{ARCHIVED_PARENT} is a parent");
    service::set_archived(s, &sys, ARCHIVED_PARENT, true).await.unwrap();

    let bank = s.organisation("world-bank").await.unwrap().unwrap();
    assert!(bank.description.is_empty() && bank.parent_id.is_none());
    let input = OrganisationInput {
        slug: Some(bank.slug.clone()),
        kind: bank.kind.code().into(),
        name: bank.name.clone(),
        default_lang: Some(bank.default_lang.clone()),
        country: bank.country.clone(),
        region: bank.region.map(|r| r.code().into()),
        parent: None,
        website: bank.website.clone(),
        description: Localized(BTreeMap::from([("ko".into(), "개발도상국에 자금을 지원하는 국제금융기구.".into())])),
        founding_member: Some(bank.founding_member),
    };
    service::update_organisation(s, &sys, "world-bank", &input).await.unwrap();

    let id = membership(s, "wego", "abu-dhabi").await.id;
    let suspended = change("2024-03-01", MembershipStatus::Suspended, Some("Dues for 2023 unpaid"));
    service::change_membership_status(s, &sys, id, &suspended).await.unwrap();
    service::change_membership_status(s, &sys, id, &change("2024-09-01", MembershipStatus::Active, None))
        .await
        .unwrap();
    let id = membership(s, "wego", "abuja").await.id;
    service::change_membership_status(s, &sys, id, &change("2024-12-31", MembershipStatus::Withdrawn, None))
        .await
        .unwrap();
}

/// Fails naming the first line where the two exports part.
fn assert_same_text(first: &str, second: &str) {
    if first == second {
        return;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (first.lines().collect(), second.lines().collect());
    let at = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    panic!(
        "the exports differ at line {} ({} and {} lines):\n  first:  {:?}\n  second: {:?}",
        at + 1,
        a.len(),
        b.len(),
        a.get(at),
        b.get(at)
    );
}

async fn round_trip(from: TestDbRef, to: TestDbRef) {
    let (a, b) = (from.store.as_ref(), to.store.as_ref());
    let loaded = load(a, DEMO).await;
    change_the_demo(a).await;
    let first = export_bundle(a).await.unwrap();
    for wanted in ["archived = true", "개발도상국", "Dues for 2023 unpaid", "until = \"2024-12-31\"", "email = "] {
        assert!(first.contains(wanted), "the export holds {wanted:?}");
    }
    assert_eq!(load(b, &first).await, loaded, "the export loads as many records as the demo");
    let second = export_bundle(b).await.unwrap();
    assert_same_text(&first, &second);

    // Beyond the text: the second directory holds what was changed in the first.
    let parent = b.organisation(ARCHIVED_PARENT).await.unwrap().unwrap();
    assert!(parent.archived);
    let children = b.children(parent.id).await.unwrap();
    assert_eq!(
        children.len(),
        a.children(a.organisation(ARCHIVED_PARENT).await.unwrap().unwrap().id).await.unwrap().len()
    );
    assert!(b.organisations(&Default::default()).await.unwrap().items.iter().all(|o| o.slug != ARCHIVED_PARENT));
    let bank = b.organisation("world-bank").await.unwrap().unwrap();
    assert_eq!(bank.description.get("ko"), Some("개발도상국에 자금을 지원하는 국제금융기구."));
    for org in ["abu-dhabi", "abuja", "seoul"] {
        let (ma, mb) = (membership(a, "wego", org).await, membership(b, "wego", org).await);
        assert_eq!((ma.status, &ma.since, &ma.until), (mb.status, &mb.since, &mb.until), "{org}");
        let (ha, hb) = (a.membership_history(ma.id).await.unwrap(), b.membership_history(mb.id).await.unwrap());
        assert_eq!(format!("{ha:?}"), format!("{hb:?}"), "the status history of {org} is kept exactly");
    }
    let person = b.person("park-jung-sook").await.unwrap().unwrap();
    assert_eq!(person.email.as_deref(), Some("park.jungsook@example.org"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_to_postgres() {
    with_two_stores(Backend::Sqlite, Backend::Postgres, "round_trip::sqlite_to_postgres", round_trip).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_to_sqlite() {
    with_two_stores(Backend::Postgres, Backend::Sqlite, "round_trip::postgres_to_sqlite", round_trip).await;
}

/// The demo, its export and the export loaded again all count the same records.
async fn counts_survive(from: TestDbRef, to: TestDbRef) {
    let demo = bundle::parse(DEMO).unwrap().counts();
    let loaded = load(from.store.as_ref(), DEMO).await;
    assert_eq!(loaded, demo);
    let text = export_bundle(from.store.as_ref()).await.unwrap();
    assert_eq!(bundle::parse(&text).unwrap().counts(), demo);
    assert_eq!(load(to.store.as_ref(), &text).await, demo);
    let s = to.store.as_ref();
    assert_eq!(s.organisation_tree().await.unwrap().len(), demo.organisations);
    assert_eq!(s.networks().await.unwrap().len(), demo.networks);
    assert_eq!(s.offices(None).await.unwrap().len(), demo.offices);
    assert_eq!(s.all_people().await.unwrap().len(), demo.people);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_survive_a_reload_on_sqlite() {
    with_two_stores(Backend::Sqlite, Backend::Sqlite, "round_trip::counts_survive_a_reload", counts_survive).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_survive_a_reload_on_postgres() {
    with_two_stores(Backend::Postgres, Backend::Postgres, "round_trip::counts_survive_a_reload", counts_survive).await;
}

// A status change dated before the last step would leave a history that no longer ends in
// the current status, and an export that could not be loaded again: it is refused.
store_test!(status_changes_are_not_dated_before_the_last_step, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    load(s, DEMO).await;
    let id = membership(s, "wego", "abu-dhabi").await.id;
    for early in [
        change("2018-04-30", MembershipStatus::Suspended, None),
        change("2015-01-01", MembershipStatus::Withdrawn, None),
    ] {
        let refused = service::change_membership_status(s, &Caller::system(), id, &early).await;
        assert!(matches!(&refused, Err(DomainError::Invalid(f)) if f[0].field == "date"), "{refused:?}");
    }
    let same_day = change("2018-05-01", MembershipStatus::Suspended, None);
    service::change_membership_status(s, &Caller::system(), id, &same_day).await.unwrap();
});
