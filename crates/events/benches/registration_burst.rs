//! Registration burst: N registrations by 16 clients that each load the form and post it with
//! its CSRF token, as a person's browser does, against the app on a real TCP socket — on
//! SQLite and on PostgreSQL. Prints registrations/s, latency, RSS, and checks that every
//! acknowledged registration is stored and the capacity never exceeded.
//!
//!     cargo bench -p hansa-events --bench registration_burst            (10,000 registrations)
//!     BURST=2000 cargo bench -p hansa-events --bench registration_burst

use std::time::{Duration, Instant};

use axum::body::Bytes;
use hansa_core::Caller;
use hansa_directory::import::bundle;
use hansa_events::model::{Category, CategoryPlaces, FormSettings, RegStatus};
use hansa_events::store::{EventStore, FormStore, RegistrationStore};
use hansa_testkit::{Backend, TestDb};
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;

const CLIENTS: usize = 16;
const INDICO: f64 = 31.0;
const TARGET: f64 = 600.0;
const FORM: &str = "/events/near-forum-2027/register";

fn rss_mib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
            / 1024
    };
    (field("VmRSS:"), field("VmHWM:"))
}

type Sender = hyper::client::conn::http1::SendRequest<Full<Bytes>>;

async fn connect(addr: std::net::SocketAddr) -> Sender {
    let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.set_nodelay(true).ok();
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.expect("handshake");
    tokio::spawn(conn);
    sender
}

async fn send(s: &mut Sender, req: hyper::Request<Full<Bytes>>) -> (u16, hyper::HeaderMap, Bytes) {
    s.ready().await.expect("ready");
    let res = s.send_request(req).await.expect("response");
    let (parts, body) = res.into_parts();
    (parts.status.as_u16(), parts.headers, body.collect().await.expect("body").to_bytes())
}

/// One client: load the form (its CSRF cookie and token), post it; `n` times.
async fn client(addr: std::net::SocketAddr, id: usize, n: usize) -> (usize, Vec<Duration>) {
    let mut s = connect(addr).await;
    let mut ok = 0;
    let mut latencies = Vec::with_capacity(n);
    for k in 0..n {
        let started = Instant::now();
        let get = hyper::Request::get(FORM).header("host", "bench").body(Full::new(Bytes::new())).unwrap();
        let (status, headers, body) = send(&mut s, get).await;
        assert_eq!(status, 200, "the form");
        let cookie = headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("hansa_csrf="))
            .and_then(|v| v.split(';').next())
            .expect("a visitor's token")
            .to_owned();
        let html = String::from_utf8_lossy(&body);
        let token = html.split("name=\"csrf\" value=\"").nth(1).and_then(|r| r.split('"').next()).expect("token");
        let email = format!("burst-{id}-{k}@example.org");
        let given = format!("Client {id}");
        let form = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("csrf", token),
                ("category", "delegate"),
                ("given_name", &given),
                ("family_name", "Burst"),
                ("email", &email),
                ("country", "KR"),
                ("q-local-tour", "yes"),
                ("q-topics-energy", "yes"),
            ])
            .finish();
        let post = hyper::Request::post(FORM)
            .header("host", "bench")
            .header("cookie", cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Full::new(Bytes::from(form)))
            .unwrap();
        let (status, _, _) = send(&mut s, post).await;
        if status == 303 {
            ok += 1;
        }
        latencies.push(started.elapsed());
    }
    (ok, latencies)
}

async fn run(backend: Backend, total: usize, capacity: i32) {
    let Some(db) = TestDb::create(backend).await else {
        println!("{:<10} skipped: no database", backend.name());
        return;
    };
    let store = db.dyn_store();
    let parsed = bundle::parse(include_str!("../../../demo/directory.toml")).unwrap();
    bundle::load(store.as_ref(), &Caller::system(), &parsed, &mut |_, _, _| {}).await.unwrap();
    let events = include_str!("../../../demo/events.toml");
    hansa_events::service::load_events_file(store.as_ref(), &Caller::system(), events).await.unwrap();
    let event = store.event("near-forum-2027").await.unwrap().unwrap();
    let form = FormSettings {
        deadline: None,
        categories: vec![CategoryPlaces {
            category: Category::Delegate,
            capacity: Some(capacity),
            needs_approval: false,
        }],
        questions: store.form(event.id).await.unwrap().questions,
    };
    hansa_events::service::set_form(store.as_ref(), &Caller::system(), "near-forum-2027", &form).await.unwrap();

    let app = hansa_web::app(
        store.clone(),
        hansa_web::WebConfig::default(),
        vec![hansa_directory::feature(), hansa_events::feature()],
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.ok() });

    let started = Instant::now();
    let per = total / CLIENTS;
    let tasks: Vec<_> = (0..CLIENTS).map(|id| tokio::spawn(client(addr, id, per))).collect();
    let mut acknowledged = 0;
    let mut latencies = Vec::new();
    for t in tasks {
        let (ok, l) = t.await.unwrap();
        acknowledged += ok;
        latencies.extend(l);
    }
    let seconds = started.elapsed().as_secs_f64();
    latencies.sort_unstable();
    let pct =
        |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)].as_secs_f64() * 1000.0;

    let stored = store.registrations(event.id).await.unwrap();
    let holding = stored.iter().filter(|r| r.status == RegStatus::Approved).count();
    let waiting = stored.iter().filter(|r| r.status == RegStatus::Waitlisted).count();
    let held = store.places(event.id).await.unwrap()[0].held;
    assert_eq!(stored.len(), acknowledged, "every acknowledged registration is stored");
    assert_eq!(acknowledged, per * CLIENTS, "every registration acknowledged");
    assert!(holding <= capacity as usize && held as usize == holding, "capacity held: {holding} of {capacity}");
    let rate = acknowledged as f64 / seconds;
    let (rss, hwm) = rss_mib();
    println!(
        "{:<10} {:>6} registrations in {:>6.2} s = {:>7.0}/s ({:>5.1}x Indico's {INDICO}/s, target {TARGET}/s: {})  \
         form+post p50 {:>5.1} ms p99 {:>5.1} ms; {holding} approved of {capacity} places, {waiting} waitlisted; RSS {rss} MiB (peak {hwm} MiB, bench and server in one process)",
        backend.name(),
        acknowledged,
        seconds,
        rate,
        rate / INDICO,
        if rate >= TARGET { "met" } else { "NOT met" },
        pct(0.5),
        pct(0.99),
    );
    db.drop_db().await;
}

fn main() {
    let total: usize = std::env::var("BURST").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let capacity = (total as i32) * 9 / 10;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    println!(
        "registration burst: {total} registrations, {CLIENTS} clients (each: GET the form, POST it with its CSRF cookie and token), delegate capacity {capacity}"
    );
    rt.block_on(async {
        run(Backend::Sqlite, total, capacity).await;
        run(Backend::Postgres, total, capacity).await;
    });
}
