//! Public programme of a 1,000-session, 7-room, 3-day event, measured with wrk at 64
//! connections against the real app on a TCP socket (SQLite), side by side with a static file
//! of the same size served by the same process (tower-http's `ServeFile`, the way a web server
//! serves a file): the kept page, the page rendered each time (a per-visitor cookie sends it
//! past the page cache), `schedule.xml` and the event's `.ics`. Prints req/s, p99 and RSS.
//!
//!     cargo bench -p hansa-events --bench programme          (needs wrk: apt-get install wrk)
//!     DURATION=10s cargo bench -p hansa-events --bench programme
//!     ONLY=rendered cargo bench -p hansa-events --bench programme   (the rows whose label has it)

use std::fmt::Write as _;
use std::process::Command;

use hansa_core::Caller;
use hansa_directory::import::bundle;
use hansa_testkit::{Backend, TestDb};

const PRETALX: f64 = 68.0;

/// The event as `bench/load.sh` makes it: 1,000 sessions of 15 minutes in 7 rooms over 3 days.
fn bench_forum() -> String {
    let kinds = ["panel", "keynote", "expert_session", "roundtable", "breakout", "special_lecture", "side_meeting"];
    let mut out = String::from(
        "[[event]]\nslug = \"bench-forum\"\nkind = \"forum\"\ntitle = { en = \"Benchmark Forum\", ko = \"벤치마크 포럼\" }\n\
         starts_on = \"2026-06-01\"\nends_on = \"2026-06-03\"\ntime_zone = \"Asia/Seoul\"\nstatus = \"published\"\n",
    );
    for r in 1..=7 {
        let _ =
            writeln!(out, "[[event.room]]\nslug = \"room-{r}\"\nname = {{ en = \"Room {r}\", ko = \"{r}번 회의실\" }}");
    }
    let mut n = 0;
    'days: for day in 1..=3 {
        for slot in 0..48 {
            for room in 1..=7 {
                if n == 1000 {
                    break 'days;
                }
                let (start, end) = (8 * 60 + slot * 15, 8 * 60 + slot * 15 + 15);
                let _ = writeln!(
                    out,
                    "[[event.session]]\nslug = \"s{n:04}\"\nkind = \"{}\"\n\
                     title = {{ en = \"Session {n} on smart city cooperation\", ko = \"스마트도시 협력 세션 {n}\" }}\n\
                     starts_at = \"2026-06-0{day}T{:02}:{:02}\"\nends_at = \"2026-06-0{day}T{:02}:{:02}\"\n\
                     room = \"room-{room}\"\nlanguages = [\"en\", \"ko\"]",
                    kinds[n % 7],
                    start / 60,
                    start % 60,
                    end / 60,
                    end % 60,
                );
                n += 1;
            }
        }
    }
    out
}

fn rss_mib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        .unwrap_or(0)
        / 1024
}

/// wrk's requests/s and p99 (ms) for `url` over `connections`, with an optional header.
fn wrk(url: &str, header: Option<&str>, duration: &str, connections: u32) -> (f64, f64) {
    let mut cmd = Command::new("wrk");
    let threads = connections.min(2);
    cmd.args([format!("-t{threads}"), format!("-c{connections}"), "-d".into(), duration.into(), "--latency".into()]);
    if let Some(h) = header {
        cmd.args(["-H", h]);
    }
    let out = cmd.arg(url).output().expect("wrk is needed: apt-get install wrk");
    let text = String::from_utf8_lossy(&out.stdout);
    let rps =
        text.lines().find_map(|l| l.strip_prefix("Requests/sec:")).and_then(|v| v.trim().parse().ok()).unwrap_or(0.0);
    let p99 = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("99%"))
        .map(|v| {
            let v = v.trim();
            let (n, unit) = v.split_at(v.find(|c: char| c.is_alphabetic()).unwrap_or(v.len()));
            let n: f64 = n.parse().unwrap_or(f64::NAN);
            match unit {
                "us" => n / 1000.0,
                "s" => n * 1000.0,
                _ => n,
            }
        })
        .unwrap_or(f64::NAN);
    assert!(!text.contains("Non-2xx"), "{url} answered errors under load:\n{text}");
    (rps, p99)
}

fn main() {
    let duration = std::env::var("DURATION").unwrap_or_else(|_| "5s".into());
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let db = TestDb::create(Backend::Sqlite).await.expect("a SQLite database");
        let store = db.dyn_store();
        let parsed = bundle::parse(include_str!("../../../demo/directory.toml")).unwrap();
        bundle::load(store.as_ref(), &Caller::system(), &parsed, &mut |_, _, _| {}).await.unwrap();
        hansa_events::service::load_events_file(store.as_ref(), &Caller::system(), &bench_forum()).await.unwrap();
        // A static file of the page's size, served by the same process: its contents are the
        // page as a visitor gets it, written once the app serves it.
        let file = std::env::temp_dir().join(format!("hansa-bench-programme-{}.html", std::process::id()));
        let app = hansa_web::app(
            store.clone(),
            hansa_web::WebConfig::default(),
            vec![hansa_directory::feature(), hansa_events::feature()],
        )
        .route_service("/bench/static-programme.html", tower_http::services::ServeFile::new(&file));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let base = format!("http://{addr}");
        tokio::spawn(async move { axum::serve(listener, app).await.ok() });
        let page = fetch(&format!("{base}/events/bench-forum"));
        std::fs::write(&file, &page).unwrap();
        assert_eq!(fetch(&format!("{base}/bench/static-programme.html")).len(), page.len());

        let cookie = Some("Cookie: hansa_csrf=bench");
        let rows = [
            ("static file, same bytes, same process", format!("{base}/bench/static-programme.html"), None),
            ("programme page, kept", format!("{base}/events/bench-forum"), None),
            ("programme page, rendered each time", format!("{base}/events/bench-forum"), cookie),
            ("schedule.xml (frab)", format!("{base}/events/bench-forum/schedule.xml"), None),
            ("programme.ics", format!("{base}/events/bench-forum/calendar/programme.ics"), None),
        ];
        println!(
            "public programme: 1,000 sessions, 7 rooms, 3 days; page {} bytes; wrk -t2 -c64 -d{duration}, wrk and server on the same {} cores",
            page.len(),
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
        let only = std::env::var("ONLY").unwrap_or_default();
        let mut static_rps = 0.0;
        for (label, url, header) in rows {
            if !label.starts_with("static") && !label.contains(only.as_str()) {
                continue;
            }
            let (rps, p99) = wrk(&url, header, &duration, 64);
            if static_rps == 0.0 {
                static_rps = rps;
            }
            println!(
                "  {label:<40} {rps:>9.0} req/s  p99 {p99:>7.2} ms  {:>5.1}% of the static file  {:>6.1}x pretalx's {PRETALX} req/s",
                100.0 * rps / static_rps,
                rps / PRETALX
            );
            // The exports are fetched by one conference app or video team at a time: what one
            // request costs when it is alone matters (target: under 50 ms).
            if !label.starts_with("programme page") && !label.starts_with("static") {
                let (_, alone) = wrk(&url, header, "2s", 1);
                println!("  {:<40} {:>26}  p99 {alone:>7.2} ms, one connection", "", "");
            }
        }
        println!("  RSS after the run: {} MiB (server and bench in one process)", rss_mib());
        std::fs::remove_file(&file).ok();
        db.drop_db().await;
    });
}

/// One GET with curl (the bench's only requests that are not wrk's).
fn fetch(url: &str) -> Vec<u8> {
    let out = Command::new("curl").args(["-fs", url]).output().expect("curl");
    assert!(out.status.success(), "GET {url}");
    out.stdout
}
