//! Pages ask the database a fixed number of questions, however large the directory grows:
//! the statements sqlx runs for the organisation, network, person and directory pages are
//! counted on a small directory and again after it has grown, and must be the same.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use common::App;
use hansa_core::{Caller, Localized};
use hansa_directory::model::*;
use hansa_directory::service;
use hansa_directory::store::DirectoryStore;
use hansa_testkit::{TestDbRef, store_test};
use tracing_subscriber::layer::SubscriberExt;

/// Statements sqlx has run in this test process (it logs each under `sqlx::query`).
static STATEMENTS: AtomicUsize = AtomicUsize::new(0);

struct CountStatements;

/// Whether a logged statement is a connection's own setup (`PRAGMA …`), which a pool runs
/// whenever it opens a connection — not a question the page asks.
struct Setup(bool);

impl tracing::field::Visit for Setup {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if matches!(field.name(), "db.statement" | "summary") && format!("{value:?}").contains("PRAGMA") {
            self.0 = true;
        }
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if matches!(field.name(), "db.statement" | "summary") && value.contains("PRAGMA") {
            self.0 = true;
        }
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for CountStatements {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            let mut setup = Setup(false);
            event.record(&mut setup);
            if !setup.0 {
                STATEMENTS.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}

fn count_statements() {
    let subscriber = tracing_subscriber::registry().with(CountStatements);
    // One test per process under nextest; under `cargo test` the first test's counter serves.
    let _ = tracing::subscriber::set_global_default(subscriber);
}

const PAGES: [&str; 5] = ["/organisations/pohang", "/networks/wego", "/people/lim-byung-jin", "/directory", "/"];

/// Statements run to render each page once (the page cache is off, so each is rendered).
async fn statements_per_page(app: &App) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for page in PAGES {
        // Once unmeasured first: a pool that opens a connection mid-request (it happens under
        // load) runs its setup statements, which are not the page's questions.
        app.get("public", page).await;
        let before = STATEMENTS.load(Ordering::SeqCst);
        let reply = app.get("public", page).await;
        assert_eq!(reply.status, 200, "{page}");
        out.push((page.to_owned(), STATEMENTS.load(Ordering::SeqCst) - before));
    }
    out
}

/// Grows the directory around Pohang and WeGO: more members, more networks Pohang belongs
/// to (each with a status history), bodies with sessions and seats, offices, people.
async fn grow(store: &dyn DirectoryStore, records: std::ops::Range<usize>) {
    let sys = Caller::system();
    for i in records {
        let slug = format!("city-{i}");
        let org = OrganisationInput {
            slug: Some(slug.clone()),
            kind: "city".into(),
            name: Localized::en(&format!("City {i}")),
            country: Some("JP".into()),
            ..Default::default()
        };
        service::create_organisation(store, &sys, &org).await.unwrap();
        let network = format!("net-{i}");
        let net = NetworkInput {
            slug: network.clone(),
            name: Localized::en(&format!("Network {i}")),
            organisation: Some(slug.clone()),
            membership_types: vec![MembershipType { code: "full".into(), name: Localized::en("Full") }],
            public_statuses: None,
        };
        service::create_network(store, &sys, &net).await.unwrap();
        for (who, net) in [(slug.as_str(), "wego"), ("pohang", network.as_str())] {
            let m = MembershipInput {
                network: net.into(),
                organisation: who.into(),
                type_code: "full".into(),
                since: None,
                until: None,
                status: None,
                history: vec![
                    StatusChange { date: "2019-01-01".into(), status: MembershipStatus::Prospect, note: None },
                    StatusChange { date: "2020-01-01".into(), status: MembershipStatus::Active, note: None },
                ],
            };
            service::create_membership(store, &sys, &m).await.unwrap();
        }
        let body = BodyInput {
            network: "wego".into(),
            slug: format!("committee-{i}"),
            kind: BodyKind::WorkingGroup,
            name: Localized::en(&format!("Working group {i}")),
            sessions: vec![BodySession {
                number: 1,
                date: "2023-09-01".into(),
                host: Some(slug.clone()),
                place: Localized::default(),
            }],
            seats: vec![
                Seat {
                    organisation: Some(slug.clone()),
                    person: None,
                    role: SeatRole::Chair,
                    since: None,
                    until: None,
                },
                Seat {
                    organisation: Some("pohang".into()),
                    person: None,
                    role: SeatRole::Member,
                    since: None,
                    until: None,
                },
            ],
        };
        service::create_body(store, &sys, &body).await.unwrap();
        let office = OfficeInput {
            network: "wego".into(),
            host: slug.clone(),
            city: Localized::en(&format!("City {i}")),
            region_covered: Localized::en("Asia"),
            since: Some("2020-01-01".into()),
            until: None,
        };
        service::create_office(store, &sys, &office).await.unwrap();
        let person = PersonInput {
            slug: Some(format!("person-{i}")),
            given_name: "Min".into(),
            family_name: format!("Kim{i}"),
            name_order: NameOrder::FamilyFirst,
            native_name: None,
            honorific: None,
            email: None,
            phone: None,
            focal_point_for: Some("pohang".into()),
            positions: vec![Position {
                organisation: "pohang".into(),
                title: Localized::en("Officer"),
                since: None,
                until: None,
            }],
        };
        service::create_person(store, &sys, &person).await.unwrap();
    }
}

store_test!(pages_ask_a_fixed_number_of_questions, |db: TestDbRef| async move {
    count_statements();
    let app = App::new(db.store.clone())
        .await
        .configure(hansa_web::WebConfig { page_cache_bytes: 0, ..hansa_web::WebConfig::default() });
    grow(db.store.as_ref(), 0..2).await;
    let small = statements_per_page(&app).await;
    grow(db.store.as_ref(), 2..30).await;
    let large = statements_per_page(&app).await;
    for ((page, a), (_, b)) in small.iter().zip(&large) {
        assert!(*a > 0, "{page}: no statements counted — is sqlx logging reaching the counter?");
        println!("{page}: {a} statements with 2 of each record, {b} with 30");
    }
    assert_eq!(small, large, "statements per page grew with the directory");
});
