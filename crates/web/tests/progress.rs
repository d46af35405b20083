//! Long imports show their progress: the service reports rows checked and written as it goes,
//! and the page's job key makes those figures readable at `/progress/{key}` — by staff only.

mod common;

use axum::body::Body;
use axum::http::{Request, header};
use common::App;
use hansa_core::Caller;
use hansa_directory::service::{self, ImportRequest};
use hansa_testkit::{TestDbRef, store_test};

fn towns(n: usize) -> Vec<u8> {
    let mut csv = String::from("kind,name_en,country\n");
    for i in 0..n {
        csv.push_str(&format!("city,Progress Town {i},KR\n"));
    }
    csv.into_bytes()
}

store_test!(the_service_reports_rows_checked_and_written, |db: TestDbRef| async move {
    let bytes = towns(600);
    let req = ImportRequest { bytes: &bytes, ..Default::default() };
    let mut seen: Vec<(String, usize, usize)> = Vec::new();
    let done = service::commit_import(db.store.as_ref(), &Caller::system(), &req, "towns.csv", &mut |p, d, t| {
        seen.push((p.to_owned(), d, t))
    })
    .await
    .unwrap();
    assert_eq!(done.counts.new, 600);
    let of = |phase: &str| seen.iter().filter(|s| s.0 == phase).map(|s| (s.1, s.2)).collect::<Vec<_>>();
    // Checked twice: once for the preview the commit repeats, once for the commit itself.
    let checked = of("checked");
    assert!(checked.contains(&(250, 600)) && checked.contains(&(500, 600)), "{checked:?}");
    assert_eq!(checked.last(), Some(&(600, 600)));
    let written = of("written");
    assert_eq!(written, vec![(0, 600), (250, 600), (500, 600), (600, 600)], "written as it goes");
});

/// A multipart commit of `csv` carrying the page's job key.
fn commit_body(csrf: &str, job: &str, csv: &[u8]) -> (String, Vec<u8>) {
    let b = "hansaPROGRESSboundary";
    let mut body = Vec::new();
    for (name, value) in [("csrf", csrf), ("job", job)] {
        body.extend_from_slice(
            format!("--{b}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"towns.csv\"\r\nContent-Type: text/csv\r\n\r\n").as_bytes());
    body.extend_from_slice(csv);
    body.extend_from_slice(format!("\r\n--{b}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={b}"), body)
}

store_test!(the_page_reads_its_jobs_progress, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let job = "job-0123456789abcdefXYZ";
    // Before anything reported: "started", no figures — not an error the page's script logs.
    let r = app.get("staff", &format!("/progress/{job}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let p: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!((p["phase"].as_str(), p["total"].as_i64()), (Some("started"), Some(0)));

    let (content_type, body) = commit_body(&app.csrf("staff"), job, &towns(300));
    let req = Request::post("/staff/import/commit")
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap();
    let r = app.send("staff", req).await;
    assert_eq!(r.status, 303, "{}", r.body);

    let r = app
        .send(
            "staff",
            Request::get(format!("/progress/{job}")).header(header::ACCEPT_LANGUAGE, "ko").body(Body::empty()).unwrap(),
        )
        .await;
    assert_eq!(r.status, 200);
    let p: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(p["phase"], "done");
    assert_eq!((p["done"].as_i64(), p["total"].as_i64()), (Some(300), Some(300)), "{p}");
    let text = p["text"].as_str().unwrap();
    assert!(text.contains("300") && !text.contains("progress-"), "a line in words: {text}");

    // Only staff read progress; a malformed key is simply not found.
    for role in ["public", "delegate", "focal_point"] {
        let r = app.get(role, &format!("/progress/{job}")).await;
        assert!(r.status != 200 && !r.body.contains("\"done\""), "{role}: {}", r.status);
    }
    assert_eq!(app.get("staff", "/progress/..%2Fetc").await.status, 404);
});
