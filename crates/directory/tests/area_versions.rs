//! Data versions per area, on both backends: a change bumps only its own area, every commit
//! raises the sum of the shards by exactly one (also when writers run at once), and the bumps
//! are spread over shards rather than one hot row.

use hansa_directory::store::prelude::*;
use std::sync::Arc;

use hansa_core::Area;
use hansa_core::Localized;
use hansa_core::account::{NewUser, Role};
use hansa_core::audit::AuditNote;
use hansa_directory::model::OrganisationInput;
use hansa_directory::service;
use hansa_directory::store::DirectoryStore as Store;
use hansa_testkit::{TestDbRef, store_test};

async fn versions(s: &dyn Store) -> (i64, i64) {
    let v = s.area_versions(&[Area::Directory, Area::Events]).await.unwrap();
    (v[0], v[1])
}

async fn city(s: &dyn Store, slug: &str) -> i64 {
    let input = OrganisationInput {
        slug: Some(slug.into()),
        kind: "city".into(),
        name: Localized::en(slug),
        country: Some("KR".into()),
        ..Default::default()
    };
    service::create_organisation(s, &hansa_core::Caller::system(), &input).await.unwrap().id
}

store_test!(a_change_bumps_only_its_own_area, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    assert_eq!(versions(s).await, (0, 0), "nothing changed yet");
    assert!(s.area_versions(&[]).await.unwrap().is_empty());
    let id = city(s, "seoul").await;
    assert_eq!(versions(s).await, (1, 0), "a directory change leaves the events pages alone");
    // An events change (no service writes one yet; the note names the area).
    let mut note = AuditNote::new(None, "create", "event:summit", serde_json::json!({}));
    assert_eq!(note.area, Some(Area::Events));
    s.set_logo(id, "image/png", b"png", note.clone()).await.unwrap();
    assert_eq!(versions(s).await, (1, 1), "an events change leaves the directory pages alone");
    note.area = None;
    s.set_logo(id, "image/png", b"png", note).await.unwrap();
    assert_eq!(versions(s).await, (1, 1), "a note without an area bumps nothing");
    let user = NewUser {
        email: "sg@example.org".into(),
        display_name: "SG".into(),
        role: Role::Staff,
        organisation_id: None,
        password_hash: "h".into(),
    };
    let note = AuditNote::new(None, "create", "user:sg@example.org", serde_json::json!({}));
    let u = s.create_user(&user, note).await.unwrap();
    let note = AuditNote::new(None, "change-password", &format!("user:{}", u.id), serde_json::json!({}));
    s.set_password(u.id, "h2", note).await.unwrap();
    assert_eq!(versions(s).await, (1, 1), "accounts show on no public page");
    assert_eq!(s.area_versions(&[Area::Events, Area::Directory]).await.unwrap(), vec![1, 1]);
    city(s, "busan").await;
    assert_eq!(s.area_versions(&[Area::Events, Area::Directory]).await.unwrap(), vec![1, 2], "in the order asked");
});

store_test!(concurrent_writers_each_raise_the_sum_on_many_shards, |db: TestDbRef| async move {
    let s = db.store.clone();
    let before = s.area_versions(&[Area::Directory]).await.unwrap()[0];
    let ids: Vec<i64> = {
        let mut ids = Vec::new();
        for i in 0..4 {
            ids.push(city(s.as_ref(), &format!("city-{i}")).await);
        }
        ids
    };
    // 48 transactions at once (16 connections on PostgreSQL): none may be lost.
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..48_usize {
        let s: Arc<dyn Store> = s.clone();
        let id = ids[n % ids.len()];
        tasks.spawn(async move {
            let note = AuditNote::new(None, "archive", &format!("organisation:#{id}"), serde_json::json!({}));
            s.set_archived(id, n % 2 == 0, note).await.unwrap();
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.unwrap();
    }
    let after = s.area_versions(&[Area::Directory]).await.unwrap()[0];
    assert_eq!(after, before + 4 + 48, "every commit adds exactly one");
    // Read the shards themselves through a second pool on the same database.
    let other = hansa_core::db::SqlStore::connect(&db.url).await.unwrap();
    let sql = "SELECT shard, version FROM area_versions WHERE area = 'directory'";
    let rows: Vec<(i64, i64)> = match other.pool() {
        hansa_core::db::Pool::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
        hansa_core::db::Pool::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await.unwrap(),
    };
    assert!(rows.iter().all(|(shard, _)| (0..16).contains(shard)));
    assert_eq!(rows.iter().map(|r| r.1).sum::<i64>(), after);
    // 52 random picks of 16 shards all landing on a few is practically impossible (< 1e-20).
    assert!(rows.len() >= 6, "bumps are spread over shards, not one hot row: {rows:?}");
});
