//! The stylesheet, script and icon, embedded in the binary and served with a long cache
//! lifetime and an ETag (nothing is fetched from another host).

use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};

const FILES: [(&str, &str, &[u8]); 4] = [
    ("hansa.css", "text/css; charset=utf-8", include_bytes!("../../../../static/hansa.css")),
    ("hansa.js", "text/javascript; charset=utf-8", include_bytes!("../../../../static/hansa.js")),
    ("checkin.js", "text/javascript; charset=utf-8", include_bytes!("../../../../static/checkin.js")),
    ("favicon.svg", "image/svg+xml", include_bytes!("../../../../static/favicon.svg")),
];

/// A cheap, stable ETag: the length and a 64-bit hash of the content (rapidhash V3, the
/// same on every server and release; byte-at-a-time FNV-1a cost a fifth of a large page's
/// rendering).
pub fn etag(bytes: &[u8]) -> String {
    let hash = rapidhash::v3::rapidhash_v3(bytes);
    format!("\"{:x}-{hash:x}\"", bytes.len())
}

pub async fn file(Path(name): Path<String>, headers: HeaderMap) -> Response {
    let Some((_, mime, bytes)) = FILES.iter().find(|(n, _, _)| *n == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let tag = etag(bytes);
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(tag.as_str()) {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    (
        [(header::CONTENT_TYPE, *mime), (header::CACHE_CONTROL, "public, max-age=3600"), (header::ETAG, tag.as_str())],
        *bytes,
    )
        .into_response()
}
