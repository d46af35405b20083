//! Every route that takes a body has a limit of its own. A body over it is refused with 413
//! before it is read whole — at once when `Content-Length` says so, and as soon as a streamed
//! body without one passes the limit — in the reader's language (a page, or problem+json for
//! the API), and nothing is written. A body of exactly the limit still goes through.

mod common;

use hansa_directory::store::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::{Body, Bytes};
use axum::http::{Request, header};
use common::{App, Reply, enc};
use futures::StreamExt;
use hansa_testkit::{TestDbRef, store_test};
use hansa_web::limits::BodyLimit;

const BOUNDARY: &str = "hansaLIMITboundary";
const MULTIPART: &str = "multipart/form-data; boundary=hansaLIMITboundary";
const FORM: &str = "application/x-www-form-urlencoded";
const CHUNK: usize = 64 * 1024;
/// "The request is too large", as a Korean reader is told.
const TOO_LARGE_KO: &str = "요청이 너무 큽니다";

/// How a body travels: in one piece with a true `Content-Length`, or streamed in chunks
/// without one (chunked transfer), so only counting the bytes can stop it.
#[derive(Clone, Copy, Debug)]
enum Sent {
    Whole,
    Streamed,
}

/// Posts `body` as `role` (Korean interface, the role's CSRF header for the API) and reports
/// how many of its bytes the server pulled.
async fn post(app: &App, role: &str, uri: &str, content_type: &str, body: Vec<u8>, sent: Sent) -> (Reply, usize) {
    let pulled = Arc::new(AtomicUsize::new(0));
    let mut req = Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::ACCEPT_LANGUAGE, "ko")
        .header("x-csrf-token", app.csrf(role));
    if let Sent::Whole = sent {
        req = req.header(header::CONTENT_LENGTH, body.len());
    }
    let chunks: Vec<Vec<u8>> = match sent {
        Sent::Whole => vec![body],
        Sent::Streamed => body.chunks(CHUNK).map(<[u8]>::to_vec).collect(),
    };
    let counter = pulled.clone();
    let stream = futures::stream::iter(chunks).map(move |c| {
        counter.fetch_add(c.len(), Ordering::SeqCst);
        Ok::<_, std::io::Error>(Bytes::from(c))
    });
    let reply = app.send(role, req.body(Body::from_stream(stream)).unwrap()).await;
    (reply, pulled.load(Ordering::SeqCst))
}

fn assert_too_large(r: &Reply, what: &str, api: bool) {
    assert_eq!(r.status, 413, "{what}: {}", &r.body[..r.body.len().min(300)]);
    let content_type = r.headers[header::CONTENT_TYPE].to_str().unwrap();
    if api {
        assert_eq!(content_type, "application/problem+json", "{what}");
        let problem: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!((problem["status"].as_u64(), problem["title"].as_str()), (Some(413), Some(TOO_LARGE_KO)), "{what}");
        assert_eq!(problem["errors"][0]["field"], "body", "{what}");
    } else {
        assert!(content_type.starts_with("text/html"), "{what}: {content_type}");
        assert!(r.body.contains("<html lang=\"ko\">") && r.body.contains(TOO_LARGE_KO), "{what}: {}", r.body);
    }
}

/// A body over `limit` every way it can come, built by `body_of(length)` so that it would be
/// acted on if it were let through: refused each time, and read no further than the limit —
/// not at all when `Content-Length` gave it away.
async fn refused_every_way(
    app: &App,
    (role, uri, content_type, api): (&str, &str, &str, bool),
    limit: BodyLimit,
    body_of: impl Fn(usize) -> Vec<u8>,
) {
    let max = limit.max();
    let (r, pulled) = post(app, role, uri, content_type, body_of(max + 1), Sent::Whole).await;
    assert_too_large(&r, &format!("{uri}, Content-Length one byte over"), api);
    assert_eq!(pulled, 0, "{uri}: the declared length alone refuses it, before any byte is read");
    let (r, _) = post(app, role, uri, content_type, body_of(max + 1), Sent::Streamed).await;
    assert_too_large(&r, &format!("{uri}, streamed one byte over"), api);
    let big = body_of(max + 8 * CHUNK);
    let (r, pulled) = post(app, role, uri, content_type, big, Sent::Streamed).await;
    assert_too_large(&r, &format!("{uri}, streamed far over"), api);
    assert!(pulled <= max + CHUNK, "{uri}: the read stops at the limit ({pulled} bytes pulled, limit {max})");
}

/// A multipart form — the CSRF field, then `field` holding `file` — padded with an extra
/// field (which the handlers ignore) to exactly `total` bytes.
fn multipart(csrf: &str, field: &str, file: &[u8], total: usize) -> Vec<u8> {
    let mut body =
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n").into_bytes();
    body.extend_from_slice(format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"f\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(file);
    body.extend_from_slice(
        format!("\r\n--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"pad\"\r\n\r\n").as_bytes(),
    );
    let end = format!("\r\n--{BOUNDARY}--\r\n");
    body.resize(total - end.len(), b'x');
    body.extend_from_slice(end.as_bytes());
    assert_eq!(body.len(), total);
    body
}

/// A URL-encoded form of `fields` plus the CSRF token, padded with an ignored field to `total`.
fn form(csrf: &str, fields: &[(&str, &str)], total: usize) -> Vec<u8> {
    let mut body = format!("csrf={}", enc(csrf));
    for (k, v) in fields {
        body.push_str(&format!("&{}={}", enc(k), enc(v)));
    }
    body.push_str("&pad=");
    let mut body = body.into_bytes();
    body.resize(total, b'x');
    body
}

/// A valid CSV of exactly `total` bytes: rows with long descriptions, named City 0, City 1, …
fn csv_of_len(total: usize) -> Vec<u8> {
    let mut csv = String::from("kind,name_en,description_en\n");
    for i in 0.. {
        let start = format!("city,City {i},");
        let left = total - csv.len() - start.len() - 1;
        // Descriptions may hold 5,000 characters: the last row takes what is left.
        let take = if left > 4_000 + 64 { 4_000 } else { left };
        csv.push_str(&start);
        csv.extend(std::iter::repeat_n('x', take));
        csv.push('\n');
        if csv.len() == total {
            break;
        }
    }
    csv.into_bytes()
}

fn png(len: usize) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.resize(len, 0);
    png
}

store_test!(logo_uploads_are_limited, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let uri = "/staff/organisations/pohang/logo";
    let limit = BodyLimit::file(hansa_directory::service::MAX_LOGO_BYTES);
    let csrf = app.csrf("staff");
    refused_every_way(&app, ("staff", uri, MULTIPART, false), limit, |n| multipart(&csrf, "logo", &png(64), n)).await;
    assert_eq!(app.get("public", "/organisations/pohang/logo").await.status, 404, "no logo stored");
    // The largest logo allowed, in a body of exactly the route's limit.
    let body = multipart(&csrf, "logo", &png(hansa_directory::service::MAX_LOGO_BYTES), limit.max());
    let (r, _) = post(&app, "staff", uri, MULTIPART, body, Sent::Whole).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(app.get("public", "/organisations/pohang/logo").await.status, 200);
});

store_test!(csv_previews_are_limited, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let (csrf, csv) = (app.csrf("staff"), b"kind,name_en\ncity,Preview Town\n");
    let refused = ("staff", "/staff/import", MULTIPART, false);
    refused_every_way(&app, refused, BodyLimit::CSV_UPLOAD, |n| multipart(&csrf, "file", csv, n)).await;
    let body = multipart(&csrf, "file", csv, BodyLimit::CSV_UPLOAD.max());
    let (r, _) = post(&app, "staff", "/staff/import", MULTIPART, body, Sent::Whole).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Preview Town"), "the preview lists the row");
    assert!(db.store.organisation("preview-town").await.unwrap().is_none(), "a preview writes nothing");
});

store_test!(csv_commits_are_limited, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    // The commit takes the file back (as the preview's form carries it), under its own limit.
    let (csrf, csv) = (app.csrf("staff"), b"kind,name_en\ncity,Commit Town\n");
    let refused = ("staff", "/staff/import/commit", MULTIPART, false);
    refused_every_way(&app, refused, BodyLimit::CSV_COMMIT, |n| multipart(&csrf, "file", csv, n)).await;
    assert!(db.store.organisation("commit-town").await.unwrap().is_none(), "nothing written");
    let body = multipart(&csrf, "file", csv, BodyLimit::CSV_COMMIT.max());
    let (r, _) = post(&app, "staff", "/staff/import/commit", MULTIPART, body, Sent::Whole).await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(db.store.organisation("commit-town").await.unwrap().is_some());
});

store_test!(api_csv_imports_are_limited, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let uri = "/api/v1/import/organisations";
    refused_every_way(&app, ("staff", uri, "text/csv", true), BodyLimit::CSV_API, csv_of_len).await;
    assert!(db.store.organisation("city-0").await.unwrap().is_none(), "nothing written");
    // A dry run reads and checks the whole file without writing some eight hundred rows.
    let body = csv_of_len(BodyLimit::CSV_API.max());
    let (r, _) = post(&app, "staff", &format!("{uri}?dry_run=true"), "text/csv", body, Sent::Whole).await;
    assert_eq!(r.status, 200, "{}", &r.body[..r.body.len().min(300)]);
    let report: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert!(report["plan"]["rows"].as_array().unwrap().len() > 800, "every row of the file was read");
});

store_test!(json_writes_are_limited, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    // Valid JSON, made as long as needed with trailing white space.
    let json = |n: usize| {
        let mut body = serde_json::json!({"kind": "city", "name": {"en": "Json Town"}}).to_string().into_bytes();
        body.resize(n, b' ');
        body
    };
    let refused = ("staff", "/api/v1/organisations", "application/json", true);
    refused_every_way(&app, refused, BodyLimit::WRITE, json).await;
    assert!(db.store.organisation("json-town").await.unwrap().is_none(), "nothing written");
    let body = json(BodyLimit::WRITE.max());
    let (r, _) = post(&app, "staff", "/api/v1/organisations", "application/json", body, Sent::Whole).await;
    assert_eq!(r.status, 201, "{}", r.body);
});

store_test!(form_writes_are_limited, |db: TestDbRef| async move {
    let app = App::new(db.store.clone()).await;
    let (csrf, fields) = (app.csrf("staff"), [("kind", "city"), ("name_en", "Form Town")]);
    let refused = ("staff", "/staff/organisations", FORM, false);
    refused_every_way(&app, refused, BodyLimit::WRITE, |n| form(&csrf, &fields, n)).await;
    assert!(db.store.organisation("form-town").await.unwrap().is_none(), "nothing written");
    let body = form(&csrf, &fields, BodyLimit::WRITE.max());
    let (r, _) = post(&app, "staff", "/staff/organisations", FORM, body, Sent::Whole).await;
    assert_eq!((r.status.as_u16(), r.headers["location"].to_str().unwrap()), (303, "/organisations/form-town"));
});
