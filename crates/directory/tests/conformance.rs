//! The store conformance suite: every test runs on SQLite and on PostgreSQL
//! (`<test>::sqlite`, `<test>::postgres`), each on a database of its own.

use hansa_core::Caller;
use hansa_directory::store::prelude::*;
use std::collections::BTreeMap;

use hansa_core::account::{NewUser, Role, Session};
use hansa_core::audit::AuditNote;
use hansa_core::{Area, DomainError, Localized};
use hansa_directory::model::*;
use hansa_directory::service;
use hansa_directory::store::DirectoryStore as Store;
use hansa_directory::store::{BodyScope, OrgFilter, SeatScope};
use hansa_testkit::{TestDbRef, store_test};

fn names(en: &str, ko: &str) -> Localized {
    Localized(BTreeMap::from([("en".into(), en.into()), ("ko".into(), ko.into())]))
}

fn org(slug: &str, en: &str, ko: &str, country: &str, parent: Option<&str>) -> OrganisationInput {
    OrganisationInput {
        slug: Some(slug.into()),
        kind: "city".into(),
        name: names(en, ko),
        country: Some(country.into()),
        parent: parent.map(Into::into),
        ..Default::default()
    }
}

async fn seed(store: &dyn Store) {
    let mut province = org("gyeongsangbuk-do", "Gyeongsangbuk-do", "경상북도", "KR", None);
    province.kind = "regional_government".into();
    service::create_organisation(store, &Caller::system(), &province).await.unwrap();
    service::create_organisation(
        store,
        &Caller::system(),
        &org("pohang", "Pohang-si", "포항시", "KR", Some("gyeongsangbuk-do")),
    )
    .await
    .unwrap();
    service::create_organisation(store, &Caller::system(), &org("lublin", "Lublin", "루블린", "PL", None))
        .await
        .unwrap();
}

fn filter(f: impl FnOnce(&mut OrgFilter)) -> OrgFilter {
    let mut x = OrgFilter::default();
    f(&mut x);
    x
}

store_test!(organisations_are_found_by_any_name_and_filter, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let by_ko = s.organisations(&filter(|f| f.q = Some("포항".into()))).await.unwrap();
    assert_eq!(by_ko.items.iter().map(|o| o.slug.as_str()).collect::<Vec<_>>(), ["pohang"]);
    let by_en = s.organisations(&filter(|f| f.q = Some("LUBL".into()))).await.unwrap();
    assert_eq!(by_en.total, 1);
    let korean = s.organisations(&filter(|f| f.country = Some("kr".into()))).await.unwrap();
    assert_eq!(korean.total, 2);
    let regional = s.organisations(&filter(|f| f.kind = Some("regional_government".into()))).await.unwrap();
    assert_eq!(regional.items[0].slug, "gyeongsangbuk-do");
    let europe = s.organisations(&filter(|f| f.region = Some("europe".into()))).await.unwrap();
    assert_eq!(europe.items[0].name.get("ko"), Some("루블린"));
    let wildcard = s.organisations(&filter(|f| f.q = Some("%".into()))).await.unwrap();
    assert_eq!(wildcard.total, 0, "a search of signs only finds nothing");
    let paged = s
        .organisations(&filter(|f| {
            f.per_page = Some(2);
            f.page = Some(2);
        }))
        .await
        .unwrap();
    assert_eq!((paged.items.len(), paged.total), (1, 3));
    let pohang = s.organisation("pohang").await.unwrap().unwrap();
    let parent = s.organisation_by_id(pohang.parent_id.unwrap()).await.unwrap().unwrap();
    assert_eq!(parent.slug, "gyeongsangbuk-do");
    assert_eq!(s.children(parent.id).await.unwrap().len(), 1);
});

store_test!(duplicates_cycles_and_unknown_parents_are_refused, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    let before = s.area_versions(&[Area::Directory]).await.unwrap()[0];
    seed(s).await;
    let seeded = s.area_versions(&[Area::Directory]).await.unwrap()[0];
    assert_eq!(seeded, before + 3, "every audited change bumps the data version");
    let dup = service::create_organisation(s, &Caller::system(), &org("pohang", "Pohang again", "", "KR", None)).await;
    assert!(matches!(dup, Err(DomainError::Conflict(ref f)) if f.field == "slug"), "{dup:?}");
    let unknown =
        service::create_organisation(s, &Caller::system(), &org("ryde", "City of Ryde", "", "AU", Some("nowhere")))
            .await;
    assert!(matches!(unknown, Err(DomainError::Invalid(ref e)) if e[0].field == "parent"));
    // Gyeongsangbuk-do under Pohang-si would make a loop.
    let mut province = org("gyeongsangbuk-do", "Gyeongsangbuk-do", "경상북도", "KR", Some("pohang"));
    province.kind = "regional_government".into();
    let cycle = service::update_organisation(s, &Caller::system(), "gyeongsangbuk-do", &province).await;
    assert!(matches!(cycle, Err(DomainError::Invalid(ref e)) if e[0].code == "err-parent-cycle"), "{cycle:?}");
    let unchanged = s.organisation("gyeongsangbuk-do").await.unwrap().unwrap();
    assert_eq!(unchanged.parent_id, None, "nothing was written");
    assert_eq!(
        s.area_versions(&[Area::Directory]).await.unwrap()[0],
        seeded,
        "refused changes leave the version alone"
    );
});

store_test!(history_is_kept_and_updates_are_audited, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    let mut wego = org("wego", "World Smart Sustainable Cities Organization", "세계스마트시티기구", "KR", None);
    wego.kind = "international_organisation".into();
    service::create_organisation(s, &Caller::system(), &wego).await.unwrap();
    let rename = HistoryEntry {
        date: "2017-09-01".into(),
        event: HistoryEvent::Renamed,
        name: Localized::en("World e-Governments Organization"),
        note: Localized::default(),
    };
    service::add_history(s, &Caller::system(), "wego", &rename).await.unwrap();
    wego.website = Some("https://we-gov.org".into());
    let updated = service::update_organisation(s, &Caller::system(), "wego", &wego).await.unwrap();
    assert_eq!(updated.website.as_deref(), Some("https://we-gov.org"));
    let history = s.history(updated.id).await.unwrap();
    assert_eq!(history[0].name.get("en"), Some("World e-Governments Organization"));
    assert_eq!(history.len(), 1, "a change that keeps the name adds no rename");
    let mut renamed = wego.clone();
    renamed.name = names("WeGO", "위고");
    service::update_organisation(s, &Caller::system(), "wego", &renamed).await.unwrap();
    let history = s.history(updated.id).await.unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].name.get("en"), Some("World Smart Sustainable Cities Organization"), "the old name is kept");
    service::update_organisation(s, &Caller::system(), "wego", &wego).await.unwrap();
    let log = s.audit_log(10, 0).await.unwrap();
    assert_eq!(
        log.iter().map(|a| a.action.as_str()).collect::<Vec<_>>(),
        ["update", "update", "update", "add-history", "create"]
    );
    assert_eq!(log[2].changes["website"][1], "https://we-gov.org");
    assert!(log[2].changes.get("name").is_none(), "only changed fields are recorded");
    assert!(log[1].changes.get("name").is_some());
});

store_test!(memberships_follow_their_lifecycle, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let net = NetworkInput {
        slug: "wego".into(),
        name: Localized::en("WeGO"),
        organisation: None,
        membership_types: vec![MembershipType { code: "full".into(), name: Localized::en("Full member") }],
        public_statuses: None,
    };
    let network = service::create_network(s, &Caller::system(), &net).await.unwrap();
    assert_eq!(network.membership_types.len(), 1);
    let input = MembershipInput {
        network: "wego".into(),
        organisation: "lublin".into(),
        type_code: "full".into(),
        since: None,
        until: None,
        status: None,
        history: vec![StatusChange {
            date: "2023-03-20".into(),
            status: MembershipStatus::Prospect,
            note: Some("Met at SCSE Taipei".into()),
        }],
    };
    let m = service::create_membership(s, &Caller::system(), &input).await.unwrap();
    assert_eq!(m.status, MembershipStatus::Prospect);
    let again = service::create_membership(s, &Caller::system(), &input).await;
    assert!(matches!(again, Err(DomainError::Conflict(_))));
    let lapse = StatusChange { date: "2023-05-01".into(), status: MembershipStatus::Lapsed, note: None };
    assert!(
        service::change_membership_status(s, &Caller::system(), m.id, &lapse).await.is_err(),
        "a prospect cannot lapse"
    );
    let join = StatusChange { date: "2023-09-01".into(), status: MembershipStatus::Active, note: None };
    let m = service::change_membership_status(s, &Caller::system(), m.id, &join).await.unwrap();
    assert_eq!(m.status, MembershipStatus::Active);
    let history = s.membership_history(m.id).await.unwrap();
    assert_eq!(
        history.iter().map(|h| h.status).collect::<Vec<_>>(),
        [MembershipStatus::Prospect, MembershipStatus::Active]
    );
    let together = s.membership_histories(&[m.id, m.id + 1000]).await.unwrap();
    assert_eq!(
        together.iter().map(|(id, h)| (*id, h.status)).collect::<Vec<_>>(),
        [(m.id, MembershipStatus::Prospect), (m.id, MembershipStatus::Active)]
    );
    assert!(s.membership_histories(&[]).await.unwrap().is_empty());
    assert_eq!(s.member_counts_by_country(None).await.unwrap(), [("PL".to_owned(), 1)]);
    assert_eq!(s.member_counts_by_country(Some(network.id)).await.unwrap().len(), 1);
    assert_eq!(s.memberships_of_network(network.id).await.unwrap().len(), 1);
    let lublin = s.organisation("lublin").await.unwrap().unwrap();
    assert_eq!(s.memberships_of_organisations(&[lublin.id, 9_999]).await.unwrap().len(), 1);
    assert!(s.memberships_of_organisations(&[]).await.unwrap().is_empty());
    let stats = s.directory_stats().await.unwrap();
    assert_eq!((stats.organisations, stats.active_members, stats.active_by_network), (3, 1, vec![(network.id, 1)]));
});

store_test!(offices_bodies_and_people, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let net = NetworkInput {
        slug: "near".into(),
        name: Localized::en("NEAR"),
        organisation: None,
        membership_types: vec![],
        public_statuses: None,
    };
    service::create_network(s, &Caller::system(), &net).await.unwrap();
    let office = OfficeInput {
        network: "near".into(),
        host: "pohang".into(),
        city: names("Pohang", "포항"),
        region_covered: Localized::en("Northeast Asia"),
        since: Some("2010-01-01".into()),
        until: Some("2009-01-01".into()),
    };
    assert!(service::create_office(s, &Caller::system(), &office).await.is_err(), "until before since");
    let office = OfficeInput { until: None, ..office };
    assert!(service::create_office(s, &Caller::system(), &office).await.unwrap().is_open());
    let person = PersonInput {
        slug: None,
        given_name: "Byung-jin".into(),
        family_name: "Lim".into(),
        name_order: NameOrder::FamilyFirst,
        native_name: Some("임병진".into()),
        honorific: Some("Mr.".into()),
        email: Some("lim@example.org".into()),
        phone: Some("+82-54-0000-0000".into()),
        focal_point_for: Some("pohang".into()),
        positions: vec![Position {
            organisation: "pohang".into(),
            title: Localized::en("Secretary-General"),
            since: Some("2022-01-01".into()),
            until: None,
        }],
    };
    let p = service::create_person(s, &Caller::system(), &person).await.unwrap();
    assert_eq!((p.slug.as_str(), p.email.as_deref()), ("lim-byung-jin", Some("lim@example.org")));
    let pohang = s.organisation("pohang").await.unwrap().unwrap();
    assert_eq!(s.focal_points(pohang.id).await.unwrap()[0].id, p.id);
    assert_eq!(s.positions_at(pohang.id).await.unwrap()[0].person_id, p.id);
    assert_eq!(s.people_by_ids(&[p.id]).await.unwrap().len(), 1);
    let body = BodyInput {
        network: "near".into(),
        slug: "near-subcommittee-economy".into(),
        kind: BodyKind::Subcommittee,
        name: Localized::en("Subcommittee on Economy and Humanities Exchange"),
        sessions: vec![BodySession {
            number: 14,
            date: "2023-12-06".into(),
            host: Some("gyeongsangbuk-do".into()),
            place: Localized::en("Gyeongju"),
        }],
        seats: vec![
            Seat {
                organisation: Some("gyeongsangbuk-do".into()),
                person: None,
                role: SeatRole::Chair,
                since: None,
                until: None,
            },
            Seat {
                organisation: None,
                person: Some("lim-byung-jin".into()),
                role: SeatRole::Secretariat,
                since: None,
                until: None,
            },
        ],
    };
    service::create_body(s, &Caller::system(), &body).await.unwrap();
    assert_eq!(s.body_sessions(None).await.unwrap()[0].number, 14);
    assert_eq!(s.seats(SeatScope::All).await.unwrap().len(), 2);
    // Scoped reads: one network's bodies, one body by slug or id, those bodies' seats and
    // sessions, one holder's seats — and nothing for an empty list.
    let near = s.network("near").await.unwrap().unwrap();
    let mine = s.bodies(BodyScope::Network(near.id)).await.unwrap();
    assert_eq!(mine.iter().map(|b| b.slug.as_str()).collect::<Vec<_>>(), ["near-subcommittee-economy"]);
    let ids = [mine[0].id];
    assert_eq!(s.bodies(BodyScope::Ids(&ids)).await.unwrap().len(), 1);
    assert_eq!(s.bodies(BodyScope::Slug("near-subcommittee-economy")).await.unwrap()[0].id, mine[0].id);
    assert!(s.bodies(BodyScope::Network(near.id + 1000)).await.unwrap().is_empty());
    assert!(s.bodies(BodyScope::Ids(&[])).await.unwrap().is_empty());
    assert_eq!(s.seats(SeatScope::Bodies(&ids)).await.unwrap().len(), 2);
    assert!(s.seats(SeatScope::Bodies(&[])).await.unwrap().is_empty());
    assert_eq!(s.body_sessions(Some(&ids)).await.unwrap().len(), 1);
    assert!(s.body_sessions(Some(&[])).await.unwrap().is_empty());
    let province = s.organisation("gyeongsangbuk-do").await.unwrap().unwrap();
    assert_eq!(s.seats(SeatScope::Holder(province.id)).await.unwrap().len(), 1);
    let bad_seat = BodyInput {
        slug: "other".into(),
        seats: vec![Seat {
            organisation: None,
            person: Some("nobody".into()),
            role: SeatRole::Member,
            since: None,
            until: None,
        }],
        sessions: vec![],
        ..body
    };
    assert!(service::create_body(s, &Caller::system(), &bad_seat).await.is_err());
    assert_eq!(s.bodies(BodyScope::All).await.unwrap().len(), 1, "the refused body left nothing behind");
});

store_test!(accounts_sessions_and_throttle, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    let new = NewUser {
        email: "Admin@Example.org".into(),
        display_name: "Admin".into(),
        role: Role::Admin,
        organisation_id: None,
        password_hash: "h1".into(),
    };
    let u = s.create_user(&new, AuditNote::new(None, "create", "user", serde_json::json!({}))).await.unwrap();
    assert_eq!(u.email, "admin@example.org");
    assert!(matches!(
        s.create_user(&new, AuditNote::new(None, "create", "user", serde_json::json!({}))).await,
        Err(DomainError::Conflict(_))
    ));
    assert_eq!(s.user_by_email("ADMIN@example.org ").await.unwrap().unwrap().id, u.id);
    s.create_session(&Session { token_hash: "t".into(), user_id: u.id, csrf: "c".into(), expires_at: 2_000 })
        .await
        .unwrap();
    assert_eq!(s.session("t", 1_000).await.unwrap().unwrap().1.role, Role::Admin);
    assert!(s.session("t", 3_000).await.unwrap().is_none(), "expired");
    s.set_password(u.id, "h2", AuditNote::new(Some(u.id), "password", "user", serde_json::json!({}))).await.unwrap();
    assert!(s.session("t", 1_000).await.unwrap().is_none(), "a new password ends old sessions");
    assert_eq!(s.user(u.id).await.unwrap().unwrap().password_hash, "h2");
    for at in [10, 20, 30] {
        s.note_login_failure("ip:1", at, 0).await.unwrap();
    }
    let seen = s.login_failures("ip:1", 15).await.unwrap();
    assert_eq!((seen.count, seen.first, seen.last), (2, Some(20), Some(30)));
    s.note_login_failure("ip:1", 40, 30).await.unwrap();
    assert_eq!(s.login_failures("ip:1", 0).await.unwrap().count, 2, "failures before 30 are forgotten");
    s.note_login_failure("ip:2", 5, 0).await.unwrap();
    assert_eq!(s.forget_login_failures(35).await.unwrap(), 2, "ip:1 at 30 and ip:2 at 5");
    s.clear_login_failures("ip:1").await.unwrap();
    assert_eq!(s.login_failures("ip:1", 0).await.unwrap(), Default::default());
    assert_eq!(s.audit_log(10, 0).await.unwrap()[0].actor.as_deref(), Some("admin@example.org"));
});

store_test!(logos_are_stored_in_the_database, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let o = s.organisation("lublin").await.unwrap().unwrap();
    assert!(!o.has_logo);
    let png = b"\x89PNG\r\n\x1a\n rest";
    s.set_logo(o.id, "image/png", png, AuditNote::new(None, "logo", "organisation:lublin", serde_json::json!({})))
        .await
        .unwrap();
    assert_eq!(s.logo(o.id).await.unwrap().unwrap(), ("image/png".to_owned(), png.to_vec()));
    assert!(s.organisation("lublin").await.unwrap().unwrap().has_logo);
});

/// Both backends must end at the same tables and columns.
#[tokio::test]
async fn both_backends_have_the_same_schema() {
    let Some(sqlite) = hansa_testkit::TestDb::create(hansa_testkit::Backend::Sqlite).await else { return };
    let Some(pg) = hansa_testkit::TestDb::create(hansa_testkit::Backend::Postgres).await else {
        sqlite.drop_db().await;
        return;
    };
    let (a, b) = (sqlite.store.schema().await.unwrap(), pg.store.schema().await.unwrap());
    sqlite.drop_db().await;
    pg.drop_db().await;
    assert!(a.len() > 50);
    assert_eq!(a, b);
}

#[tokio::test]
async fn unknown_database_schemes_are_refused() {
    let err = hansa_core::db::SqlStore::connect("mysql://localhost/x").await.err().unwrap();
    assert!(err.to_string().contains("unsupported database URL scheme"), "{err}");
}

store_test!(offices_close_and_bodies_and_people_grow, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let net = NetworkInput {
        slug: "wego".into(),
        name: Localized::en("WeGO"),
        organisation: None,
        membership_types: vec![],
        public_statuses: None,
    };
    service::create_network(s, &Caller::system(), &net).await.unwrap();
    let office = OfficeInput {
        network: "wego".into(),
        host: "lublin".into(),
        city: Localized::en("Lublin"),
        region_covered: Localized::en("Europe"),
        since: Some("2020-01-01".into()),
        until: None,
    };
    let office = service::create_office(s, &Caller::system(), &office).await.unwrap();
    assert!(
        service::close_office(s, &Caller::system(), office.id, "2019-12-31").await.is_err(),
        "cannot close before opening"
    );
    service::close_office(s, &Caller::system(), office.id, "2024-06-30").await.unwrap();
    assert_eq!(s.offices(None).await.unwrap()[0].until.as_deref(), Some("2024-06-30"));
    assert!(matches!(
        service::close_office(s, &Caller::system(), 9_999, "2024-01-01").await,
        Err(DomainError::NotFound)
    ));

    let body = BodyInput {
        network: "wego".into(),
        slug: "wego-ga".into(),
        kind: BodyKind::GeneralAssembly,
        name: Localized::en("General Assembly"),
        sessions: vec![],
        seats: vec![],
    };
    service::create_body(s, &Caller::system(), &body).await.unwrap();
    let session = BodySession {
        number: 7,
        date: "2025-10-01".into(),
        host: Some("pohang".into()),
        place: Localized::en("Pohang"),
    };
    service::add_body_session(s, &Caller::system(), "wego-ga", &session).await.unwrap();
    let again = service::add_body_session(s, &Caller::system(), "wego-ga", &session).await;
    assert!(matches!(again, Err(DomainError::Conflict(ref f)) if f.field == "number"), "{again:?}");
    let seat = Seat {
        organisation: Some("lublin".into()),
        person: None,
        role: SeatRole::ViceChair,
        since: Some("2025-10-01".into()),
        until: None,
    };
    service::add_seat(s, &Caller::system(), "wego-ga", &seat).await.unwrap();
    let both = Seat { person: Some("x".into()), ..seat.clone() };
    assert!(service::add_seat(s, &Caller::system(), "wego-ga", &both).await.is_err(), "a seat has one holder");
    assert_eq!(s.seats(SeatScope::All).await.unwrap().len(), 1);
    let lublin = s.organisation("lublin").await.unwrap().unwrap();
    let pohang = s.organisation("pohang").await.unwrap().unwrap();
    assert_eq!(s.seats(SeatScope::Holder(lublin.id)).await.unwrap().len(), 1, "seats of one organisation");
    assert!(s.seats(SeatScope::Holder(pohang.id)).await.unwrap().is_empty());
    assert_eq!(s.offices(Some(lublin.id)).await.unwrap().len(), 1, "offices one organisation hosts");
    assert!(s.offices(Some(pohang.id)).await.unwrap().is_empty());
    assert!(s.body_sessions(None).await.unwrap()[0].host_id.is_some(), "the host is resolved");

    let person = PersonInput {
        slug: None,
        given_name: "Jung Sook".into(),
        family_name: "Park".into(),
        name_order: NameOrder::FamilyFirst,
        native_name: None,
        honorific: None,
        email: Some("park@example.org".into()),
        phone: None,
        focal_point_for: None,
        positions: vec![],
    };
    service::create_person(s, &Caller::system(), &person).await.unwrap();
    let changed = PersonInput {
        native_name: Some("박정숙".into()),
        email: Some("sg@example.org".into()),
        focal_point_for: Some("lublin".into()),
        ..person
    };
    let p = service::update_person(s, &Caller::system(), "park-jung-sook", &changed).await.unwrap();
    assert_eq!((p.native_name.as_deref(), p.email.as_deref()), (Some("박정숙"), Some("sg@example.org")));
    let log = s.audit_log(1, 0).await.unwrap();
    assert!(!log[0].changes.to_string().contains("example.org"), "the audit names fields, not contact details");
    let position = Position {
        organisation: "lublin".into(),
        title: Localized::en("Secretary General"),
        since: Some("2023-01-01".into()),
        until: None,
    };
    service::add_position(s, &Caller::system(), "park-jung-sook", &position).await.unwrap();
    assert_eq!(s.positions_of(p.id).await.unwrap().len(), 1);
    let bad = Position { organisation: "nowhere".into(), ..position };
    assert!(service::add_position(s, &Caller::system(), "park-jung-sook", &bad).await.is_err());
});

store_test!(archiving_hides_and_erasure_removes, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    service::set_archived(s, &Caller::system(), "lublin", true).await.unwrap();
    assert_eq!(
        s.organisations(&OrgFilter::default()).await.unwrap().total,
        2,
        "archived organisations leave the lists"
    );
    assert!(s.organisation("lublin").await.unwrap().unwrap().archived, "but are kept");
    service::set_archived(s, &Caller::system(), "lublin", false).await.unwrap();
    assert_eq!(s.organisations(&OrgFilter::default()).await.unwrap().total, 3);

    let person = PersonInput {
        slug: None,
        given_name: "Hyuk".into(),
        family_name: "Lee".into(),
        name_order: NameOrder::FamilyFirst,
        native_name: Some("이혁".into()),
        honorific: None,
        email: Some("lee@example.org".into()),
        phone: None,
        focal_point_for: Some("pohang".into()),
        positions: vec![Position {
            organisation: "pohang".into(),
            title: Localized::en("Adviser"),
            since: None,
            until: None,
        }],
    };
    let p = service::create_person(s, &Caller::system(), &person).await.unwrap();
    let net = NetworkInput {
        slug: "near".into(),
        name: Localized::en("NEAR"),
        organisation: None,
        membership_types: vec![],
        public_statuses: None,
    };
    service::create_network(s, &Caller::system(), &net).await.unwrap();
    let body = BodyInput {
        network: "near".into(),
        slug: "near-ga".into(),
        kind: BodyKind::GeneralAssembly,
        name: Localized::en("NEAR General Assembly"),
        sessions: vec![],
        seats: vec![Seat {
            organisation: None,
            person: Some("lee-hyuk".into()),
            role: SeatRole::Member,
            since: None,
            until: None,
        }],
    };
    service::create_body(s, &Caller::system(), &body).await.unwrap();
    service::erase_person(s, &Caller::system(), "lee-hyuk").await.unwrap();
    assert!(s.person("lee-hyuk").await.unwrap().is_none());
    assert!(s.positions_of(p.id).await.unwrap().is_empty());
    assert!(s.seats(SeatScope::All).await.unwrap().is_empty());
    let pohang = s.organisation("pohang").await.unwrap().unwrap();
    assert!(s.focal_points(pohang.id).await.unwrap().is_empty());
    let log = s.audit_log(50, 0).await.unwrap();
    assert!(log.iter().all(|e| !e.entity.contains("lee-hyuk")), "no audit entry names the erased person");
    assert_eq!(log[0].entity, format!("person:#{}", p.id));
    assert!(!log.iter().any(|e| e.changes.to_string().contains("lee@example.org")), "no contact details in the audit");
});
