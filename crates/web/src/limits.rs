//! Request body limits, one per route. A body over its route's limit is refused before it is
//! buffered: at once when its `Content-Length` says so (before the session is even looked
//! up), and otherwise — a chunked upload — as soon as the bytes read pass the limit, which
//! ends the read. Either way the reader gets the usual localised error page, or RFC 9457
//! problem details under `/api/`, never axum's plain-text rejection.
//!
//! Routes get their limit with `.layer(BodyLimit::…)`: see `pages::routes` and `api::routes`.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tower::{Layer, Service};

use crate::error::Failure;
use crate::i18n;

/// The largest CSV file an import takes, by form or by API: room for the importer's 20,000
/// rows at about 200 bytes each. Its own 10 MiB byte limit is then never reached over HTTP
/// (the CLI, reading files directly, still has it).
pub const CSV_BYTES: usize = 4 * 1024 * 1024;

/// Room for a multipart form's boundaries, part headers (a long file name) and CSRF field,
/// so that a file of exactly the allowed size still fits.
const FRAMING: usize = 16 * 1024;

/// The limit of one route: `max` bytes of body; the refusal tells the reader `shown_kib`.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit {
    max: usize,
    shown_kib: usize,
}

impl BodyLimit {
    /// Forms and JSON writes: generous for descriptions in many languages, small enough that no
    /// one can make the server hold much.
    pub const WRITE: BodyLimit = BodyLimit::exact(1024 * 1024);
    /// The CSV file as the whole body (`POST /api/v1/import/organisations`).
    pub const CSV_API: BodyLimit = BodyLimit::exact(CSV_BYTES);
    /// The CSV file in a multipart form (the import preview).
    pub const CSV_UPLOAD: BodyLimit = BodyLimit::file(CSV_BYTES);
    /// The previewed CSV sent back in a URL-encoded form field to commit it: percent-encoding
    /// makes each byte of Hangul or punctuation three, so a file that passed the preview must
    /// not be refused here.
    pub const CSV_COMMIT: BodyLimit = BodyLimit { max: 3 * CSV_BYTES + FRAMING, shown_kib: CSV_BYTES / 1024 };

    /// A body of at most `max` bytes.
    pub const fn exact(max: usize) -> BodyLimit {
        BodyLimit { max, shown_kib: max / 1024 }
    }

    /// A multipart form carrying a file of at most `file` bytes; the reader is told `file`.
    pub const fn file(file: usize) -> BodyLimit {
        BodyLimit { max: file + FRAMING, shown_kib: file / 1024 }
    }

    /// The most bytes a body may have on this route.
    pub const fn max(self) -> usize {
        self.max
    }
}

impl<S> Layer<S> for BodyLimit {
    type Service = Limit<S>;

    fn layer(&self, inner: S) -> Limit<S> {
        Limit { inner, limit: *self }
    }
}

/// The service `BodyLimit` wraps a route in.
#[derive(Debug, Clone)]
pub struct Limit<S> {
    inner: S,
    limit: BodyLimit,
}

impl<S> Service<Request> for Limit<S>
where
    S: Service<Request, Response = Response, Error = Infallible>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request) -> Self::Future {
        let BodyLimit { max, shown_kib } = self.limit;
        // Decided now, from the headers alone: the request is gone once the handler has it.
        let h = req.headers();
        let lang = i18n::negotiate(
            crate::ctx::cookie(h, i18n::LANG_COOKIE),
            h.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
        );
        let api = req.uri().path().starts_with("/api/");
        let refusal = move || {
            let f = Failure::TooLarge(shown_kib).lang(lang);
            if api { f.api() } else { f }.into_response()
        };
        let declared = h.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok());
        if declared.is_some_and(|n| n > max as u64) {
            return Box::pin(async move { Ok(refusal()) });
        }
        // Whatever a handler makes of a cut-off body (a multipart error, an empty form), the
        // answer is this refusal: the flag records that the limit, not the sender, ended it.
        let cut_off = Arc::new(AtomicBool::new(false));
        let flag = cut_off.clone();
        // Our own limit is the one that counts; axum's default (2 MB) would cut imports short.
        DefaultBodyLimit::disable().apply(&mut req);
        let req = req.map(|body| {
            Body::new(Limited::new(body, max).map_err(move |e| {
                if e.is::<LengthLimitError>() {
                    flag.store(true, Ordering::Release);
                }
                e
            }))
        });
        let answer = self.inner.call(req);
        Box::pin(async move {
            let res = answer.await?;
            Ok(if cut_off.load(Ordering::Acquire) { refusal() } else { res })
        })
    }
}
