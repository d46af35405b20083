//! Atomic writes under contention, on both backends: a rule's check and its write commit
//! together, so racing requests never break the rules or the records. These are the
//! mechanisms registration capacity and meeting slots will stand on.

use std::collections::BTreeMap;
use std::sync::Arc;

use hansa_core::{Caller, DomainError, Localized};
use hansa_directory::model::*;
use hansa_directory::service;
use hansa_directory::store::DirectoryStore as Store;
use hansa_testkit::{TestDbRef, store_test};

fn city(slug: &str, en: &str) -> OrganisationInput {
    OrganisationInput {
        slug: Some(slug.into()),
        kind: "city".into(),
        name: Localized(BTreeMap::from([("en".into(), en.into())])),
        country: Some("KR".into()),
        ..Default::default()
    }
}

/// Runs `n` copies of `f` at once and collects their results.
async fn race<T, F, Fut>(n: usize, f: F) -> Vec<Result<T, DomainError>>
where
    T: Send + 'static,
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = Result<T, DomainError>> + Send + 'static,
{
    let barrier = Arc::new(tokio::sync::Barrier::new(n));
    let mut tasks = Vec::new();
    for i in 0..n {
        let fut = f(i);
        let b = barrier.clone();
        tasks.push(tokio::spawn(async move {
            b.wait().await;
            fut.await
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.expect("task"));
    }
    out
}

/// Lublin, an active member of WeGO since 2020: the membership's id.
async fn member(store: &dyn Store) -> i64 {
    let sys = Caller::system();
    service::create_organisation(store, &sys, &city("lublin", "Lublin")).await.unwrap();
    let net = NetworkInput {
        slug: "wego".into(),
        name: Localized::en("WeGO"),
        organisation: None,
        membership_types: vec![MembershipType { code: "city".into(), name: Localized::en("City") }],
        public_statuses: None,
    };
    service::create_network(store, &sys, &net).await.unwrap();
    let m = MembershipInput {
        network: "wego".into(),
        organisation: "lublin".into(),
        type_code: "city".into(),
        since: Some("2020-01-01".into()),
        until: None,
        status: None,
        history: vec![StatusChange { date: "2020-01-01".into(), status: MembershipStatus::Active, note: None }],
    };
    service::create_membership(store, &sys, &m).await.unwrap().id
}

store_test!(racing_status_changes_of_one_membership_let_exactly_one_win, |db: TestDbRef| async move {
    let store: Arc<dyn Store> = db.store.clone();
    let id = member(store.as_ref()).await;
    let history_before = store.membership_history(id).await.unwrap().len();
    // At the store: six writers all checked their rule against "active"; one move happens.
    let moves = [MembershipStatus::Lapsed, MembershipStatus::Suspended, MembershipStatus::Withdrawn];
    let results = race(6, |i| {
        let store = store.clone();
        let change = StatusChange { date: "2024-06-01".into(), status: moves[i % 3], note: None };
        let audit = hansa_core::audit::AuditNote::new(None, "change-status", "membership", serde_json::json!({}));
        async move { store.change_membership_status(id, MembershipStatus::Active, &change, audit).await }
    })
    .await;
    let winners: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(winners.len(), 1, "exactly one transition wins: {results:?}");
    assert!(results.iter().filter_map(|r| r.as_ref().err()).all(|e| matches!(e, DomainError::Conflict(_))));
    let now = store.membership(id).await.unwrap().unwrap();
    assert_eq!(now.status, winners[0].status);
    let history = store.membership_history(id).await.unwrap();
    assert_eq!(history.len(), history_before + 1, "one history entry for the one change");
    assert_eq!(history.last().unwrap().status, now.status);
});

store_test!(racing_status_changes_through_the_service_keep_a_lawful_history, |db: TestDbRef| async move {
    let store: Arc<dyn Store> = db.store.clone();
    let id = member(store.as_ref()).await;
    let before = store.membership_history(id).await.unwrap().len();
    let moves =
        [MembershipStatus::Lapsed, MembershipStatus::Suspended, MembershipStatus::Withdrawn, MembershipStatus::Active];
    let results = race(8, |i| {
        let store = store.clone();
        let change = StatusChange { date: "2024-06-01".into(), status: moves[i % 4], note: None };
        async move { service::change_membership_status(store.as_ref(), &Caller::system(), id, &change).await }
    })
    .await;
    let wins = results.iter().filter(|r| r.is_ok()).count();
    assert!(wins >= 1, "{results:?}");
    // Whatever order they landed in, every recorded step was a legal move from the one before.
    let history = store.membership_history(id).await.unwrap();
    assert_eq!(history.len(), before + wins, "one history entry per change that won");
    for pair in history.windows(2) {
        assert!(pair[0].status.can_move_to(pair[1].status), "illegal step {:?} → {:?}", pair[0].status, pair[1].status);
    }
    assert_eq!(store.membership(id).await.unwrap().unwrap().status, history.last().unwrap().status);
});

store_test!(racing_creations_of_one_slug_make_one_organisation, |db: TestDbRef| async move {
    let store: Arc<dyn Store> = db.store.clone();
    let results = race(6, |i| {
        let store = store.clone();
        async move {
            service::create_organisation(
                store.as_ref(),
                &Caller::system(),
                &city("kaohsiung", &format!("Kaohsiung {i}")),
            )
            .await
        }
    })
    .await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(
        results.iter().filter_map(|r| r.as_ref().err()).all(|e| matches!(e, DomainError::Conflict(_))),
        "{results:?}"
    );
    let found = store.organisations(&hansa_directory::store::OrgFilter::default()).await.unwrap();
    assert_eq!(found.total, 1);
});

store_test!(racing_imports_of_one_file_leave_each_row_once, |db: TestDbRef| async move {
    let store: Arc<dyn Store> = db.store.clone();
    let mut csv = String::from("kind,name_en,country\n");
    for i in 0..40 {
        csv.push_str(&format!("city,City {i},KR\n"));
    }
    let csv = Arc::new(csv);
    let results = race(4, |_| {
        let (store, csv) = (store.clone(), csv.clone());
        async move {
            let req = service::ImportRequest { bytes: csv.as_bytes(), ..Default::default() };
            service::commit_import(store.as_ref(), &Caller::system(), &req, "cities.csv", &mut |_, _, _| {}).await
        }
    })
    .await;
    // Each import is all or nothing: it wrote every row, or found them all there already
    // (duplicates, skipped), or lost the race as a conflict — never a storage failure.
    for r in &results {
        match r {
            Ok(done) if done.import_id.is_some() => assert_eq!(done.counts.new, 40),
            Ok(done) => assert_eq!(done.counts.duplicates, 40),
            Err(e) => assert!(matches!(e, DomainError::Conflict(_)), "a losing import is a conflict: {e:?}"),
        }
    }
    let written = results.iter().filter(|r| r.as_ref().is_ok_and(|d| d.import_id.is_some())).count();
    assert_eq!(written, 1, "{results:?}");
    let all = store
        .organisations(&hansa_directory::store::OrgFilter { per_page: Some(500), ..Default::default() })
        .await
        .unwrap();
    assert_eq!(all.total, 40, "every row exactly once");
});
