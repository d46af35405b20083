//! Matchmaking at the scheduler's *large* scale, through the database and the pages: 3,000
//! participants, 24 slots, 30,000 accepted meetings (the scheduler's seeded generator: Zipf
//! popularity, availability in blocks, one in five capping) stored as registrations, profiles,
//! availability and requests of one event. Prints the end-to-end scheduler run from the
//! staff page's service (read, solve, save) with its share of the proven bound, and how fast
//! the participant's and staff's pages answer at that size, with the process's memory.
//!
//!     cargo bench -p hansa-meetings --bench matchmaking             (SQLite)
//!     BACKEND=postgres cargo bench -p hansa-meetings --bench matchmaking

use std::time::Instant;

use axum::body::Body;
use axum::http::Request;
use hansa_core::Caller;
use hansa_core::db::now;
use hansa_directory::import::bundle;
use hansa_events::model::{CategoryPlaces, FormSettings, RegistrationInput};
use hansa_events::store::{EventStore, FormStore, RegistrationStore};
use hansa_meetings::matchmaking::model::{Settings, SlotInput};
use hansa_meetings::matchmaking::{schedule, service};
use hansa_scheduler::generator::{GeneratorConfig, generate};
use hansa_testkit::{Backend, TestDb};
use tower::ServiceExt;

const SLUG: &str = "wego-ascn-mayoral-conference-2019";

fn rss_mib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0u64)
            / 1024
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Mean milliseconds and requests/s of `n` GETs of `uri`, one after another.
async fn time_page(app: &axum::Router, uri: &str, cookie: &str, n: usize) -> (f64, f64) {
    let started = Instant::now();
    for _ in 0..n {
        let req =
            Request::get(uri).header("cookie", cookie).header("accept-language", "en").body(Body::empty()).unwrap();
        let res = app.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), 200, "{uri}");
        let _ = axum::body::to_bytes(res.into_body(), usize::MAX).await.unwrap();
    }
    let secs = started.elapsed().as_secs_f64();
    (secs * 1000.0 / n as f64, n as f64 / secs)
}

/// The generator's instance as the event's registrations, profiles, availability and
/// accepted requests, written in bulk (the services would take minutes for 30,000 rows).
async fn store_instance(db: &TestDb, event_id: i64, slot_ids: &[i64]) -> Vec<String> {
    let instance = generate(&GeneratorConfig::large(1));
    let store = db.store.as_ref();
    let form = store.form(event_id).await.unwrap();
    let places: Vec<CategoryPlaces> = form.places.into_iter().map(|p| p.places).collect();
    let drafts: Vec<_> = (0..instance.participants.len())
        .map(|i| {
            let input = RegistrationInput {
                category: if i % 10 == 0 { "partner" } else { "delegate" }.into(),
                given_name: format!("Delegate {i}"),
                family_name: format!("Bench{i:04}"),
                email: format!("bench-{i}@example.org"),
                ..Default::default()
            };
            (input.validate(&places, &[]).unwrap(), format!("BENCH{i:07}"))
        })
        .collect();
    let audit = Caller::system().audit("bench", "registration:bench", serde_json::json!({}));
    let ids = store.register_many(event_id, &drafts, None, audit).await.unwrap();
    let id_of = |p: &str| ids[p[1..].parse::<usize>().unwrap() - 1];
    let slot_of = |s: &str| slot_ids[s[1..].parse::<usize>().unwrap() - 1];
    let at = now();
    hansa_core::on_pool!(store, |p| {
        let mut tx = p.begin().await.unwrap();
        for (i, part) in instance.participants.iter().enumerate() {
            sqlx::query(
                "INSERT INTO match_profiles (registration_id, event_id, offers, needs, themes, ranking, languages, \
                 max_meetings, updated_at) VALUES ($1, $2, 'Smart city solutions', 'Partners', '', '', 'en', $3, $4)",
            )
            .bind(ids[i])
            .bind(event_id)
            .bind(part.max_meetings.map(|m| m as i32))
            .bind(at)
            .execute(&mut *tx)
            .await
            .unwrap();
            for s in part.available.iter().flatten() {
                sqlx::query("INSERT INTO match_availability (registration_id, slot_id) VALUES ($1, $2)")
                    .bind(ids[i])
                    .bind(slot_of(s))
                    .execute(&mut *tx)
                    .await
                    .unwrap();
            }
        }
        for m in &instance.meetings {
            let (a, b) = (id_of(&m.a.ids()[0]), id_of(&m.b.ids()[0]));
            sqlx::query(
                "INSERT INTO match_requests (event_id, from_id, to_id, pair_low, pair_high, message, status, priority, \
                 by_staff, created_at, expires_at, locked) VALUES ($1, $2, $3, $4, $5, '', 'accepted', $6, FALSE, $7, $7, FALSE)",
            )
            .bind(event_id)
            .bind(a)
            .bind(b)
            .bind(a.min(b))
            .bind(a.max(b))
            .bind(m.priority.unwrap_or(1) as i32)
            .bind(at)
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();
    });
    drafts.into_iter().map(|(_, code)| code).collect()
}

async fn run(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else {
        println!("{}: no database, skipped", backend.name());
        return;
    };
    let store = db.store.as_ref();
    let system = Caller::system();
    let parsed = bundle::parse(include_str!("../../../demo/directory.toml")).unwrap();
    bundle::load(store, &system, &parsed, &mut |_, _, _| {}).await.unwrap();
    hansa_events::service::load_events_file(store, &system, include_str!("../../../demo/events.toml")).await.unwrap();
    let categories = ["delegate", "partner"]
        .iter()
        .filter_map(|c| hansa_events::model::Category::parse(c))
        .map(|category| CategoryPlaces { category, capacity: None, needs_approval: false })
        .collect();
    hansa_events::service::set_form(
        store,
        &system,
        SLUG,
        &FormSettings { deadline: None, categories, questions: vec![] },
    )
    .await
    .unwrap();
    let settings = Settings { open: true, request_days: 3, max_meetings: None, themes: vec![] };
    service::save_settings(store, &system, SLUG, settings).await.unwrap();
    // 24 slots of 25 minutes, 12 a day.
    for (day, n) in ["2019-11-21", "2019-11-22"].iter().flat_map(|d| (0..12).map(move |n| (d, n))) {
        let (h, m) = (9 + n / 2, if n % 2 == 0 { 0 } else { 30 });
        let input = SlotInput {
            day: day.to_string(),
            start: format!("{h:02}:{m:02}"),
            end: format!("{h:02}:{:02}", m + 25),
            tables: GeneratorConfig::large(1).tables.to_string(),
        };
        service::add_slot(store, &system, SLUG, &input).await.unwrap();
    }
    let event = store.event(SLUG).await.unwrap().unwrap();
    let slots: Vec<i64> =
        service::staff_board(store, &system, SLUG).await.unwrap().slots.iter().map(|s| s.id).collect();
    let loading = Instant::now();
    let codes = store_instance(&db, event.id, &slots).await;
    println!(
        "{}: stored 3,000 participants and 30,000 meetings in {:.1} s",
        backend.name(),
        loading.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let board = service::staff_board(store, &system, SLUG).await.unwrap();
    let read_ms = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    let result = schedule::run(store, &system, SLUG, &|_, _, _| {}).await.unwrap();
    let run_ms = started.elapsed().as_secs_f64() * 1000.0;
    let share = 100.0 * result.priority_total as f64 / result.upper_bound.max(1) as f64;
    println!(
        "{}: board read {read_ms:.0} ms ({} participants, {} requests); scheduler run end to end {run_ms:.0} ms \
         (solve {} ms): {} scheduled, {} not, {share:.3} % of the bound {}",
        backend.name(),
        board.participants.len(),
        board.requests.len(),
        result.elapsed_ms,
        result.scheduled,
        result.unscheduled,
        result.upper_bound
    );
    let app = hansa_web::app(
        db.store.clone(),
        hansa_web::WebConfig::default(),
        vec![hansa_directory::feature(), hansa_events::feature(), hansa_meetings::feature()],
    );
    // The most requested participant (a development bank) and a typical one.
    let busiest = &codes[0];
    let typical = &codes[1500];
    for (name, uri) in [
        ("a participant's page (busiest)", format!("/registrations/{busiest}/matchmaking")),
        ("a participant's page (typical)", format!("/registrations/{typical}/matchmaking")),
        ("people to meet, filtered", format!("/registrations/{typical}/matchmaking/people?q=bench0042")),
        ("agenda.ics", format!("/registrations/{typical}/agenda.ics")),
    ] {
        let (ms, rps) = time_page(&app, &uri, "", 20).await;
        println!("{}: {name}: {ms:.1} ms, {rps:.0} req/s on one connection", backend.name());
    }
    let (rss, peak) = rss_mib();
    println!("{}: RSS {rss} MiB (peak {peak} MiB, bench and app in one process)", backend.name());
    db.drop_db().await;
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let backend = match std::env::var("BACKEND").as_deref() {
        Ok("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    };
    rt.block_on(run(backend));
}
