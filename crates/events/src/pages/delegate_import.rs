//! `/staff/events/{slug}/import`: a delegate list from a spreadsheet. The file is checked
//! first — every row like a registration form, problems by line and field, nothing written;
//! only a list without problems can then be imported, all of it in one transaction.

use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::progress::Reporter;
use hansa_web::view::{Chrome, Text, page};

use crate::service::{self, DelegateImport};
use crate::store::EventStore;

#[derive(Template)]
#[template(path = "events/delegate_import.html")]
struct ImportPage {
    c: Chrome,
    slug: String,
    event_title: Text,
    job: String,
    file_error: Option<String>,
    /// Line, name, problems in words.
    rows: Vec<(usize, String, Vec<String>)>,
    summary: Option<String>,
    /// The checked file, carried to the import button so it need not be chosen again.
    file_b64: String,
    importable: usize,
    written: Option<String>,
}

struct Sent {
    csrf: String,
    bytes: Vec<u8>,
    commit: bool,
    job: Option<String>,
}

async fn read(ctx: &Ctx, form: Result<Multipart, MultipartRejection>) -> Result<Sent, Failure> {
    let unreadable = || Failure::BadRequest(hansa_core::FieldError::new("file", "err-upload")).lang(ctx.lang());
    let mut form = form.map_err(|_| unreadable())?;
    let mut sent = Sent { csrf: String::new(), bytes: Vec::new(), commit: false, job: None };
    while let Some(field) = form.next_field().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or("").to_owned();
        if name == "file" {
            let bytes = field.bytes().await.map_err(|_| unreadable())?;
            if !bytes.is_empty() {
                sent.bytes = bytes.to_vec();
            }
            continue;
        }
        let value = field.text().await.map_err(|_| unreadable())?;
        match name.as_str() {
            "csrf" => sent.csrf = value,
            "job" => sent.job = Some(value),
            "action" => sent.commit = value == "import",
            "file_b64" if sent.bytes.is_empty() => {
                sent.bytes =
                    base64::engine::general_purpose::STANDARD.decode(value.trim()).map_err(|_| unreadable())?;
            }
            _ => {}
        }
    }
    ctx.check_csrf(&sent.csrf)?;
    Ok(sent)
}

async fn base(state: &AppState, ctx: &Ctx, slug: &str) -> Result<ImportPage, Failure> {
    ctx.require(hansa_core::Permission::EditEvents)?;
    let event = state.store.event(slug).await?.ok_or(Failure::NotFound.lang(ctx.lang()))?;
    Ok(ImportPage {
        c: Chrome::new(ctx, ctx.tr.t("delegates-import-title")),
        slug: slug.to_owned(),
        event_title: Text::of(&event.draft.title, ctx.lang(), None),
        job: hansa_web::auth::new_token(),
        file_error: None,
        rows: Vec::new(),
        summary: None,
        file_b64: String::new(),
        importable: 0,
        written: None,
    })
}

pub async fn form(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response, Failure> {
    Ok(page(&base(&state, &ctx, &slug).await?).into_response())
}

fn report_page(ctx: &Ctx, mut view: ImportPage, r: &DelegateImport, bytes: &[u8]) -> ImportPage {
    let tr = &ctx.tr;
    view.rows = r
        .rows
        .iter()
        .filter(|row| !row.problems.is_empty())
        .map(|row| {
            (row.line, row.name.clone(), row.problems.iter().map(|p| format!("{}: {}", p.field, tr.error(p))).collect())
        })
        .collect();
    let problems = r.problems();
    view.summary = Some(tr.tn(
        "delegates-import-summary",
        &[("rows", r.rows.len().to_string()), ("problems", problems.to_string()), ("read_as", r.read_as.clone())],
    ));
    if r.written > 0 {
        view.written = Some(tr.tn("delegates-import-written", &[("count", r.written.to_string())]));
    } else if problems == 0 && !r.rows.is_empty() {
        view.importable = r.rows.len();
        view.file_b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    }
    view
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, Failure> {
    let view = base(&state, &ctx, &slug).await?;
    let sent = read(&ctx, form).await?;
    let reporter = Reporter::start(state.store.clone(), sent.job.as_deref());
    let done =
        service::import_delegates(state.store.as_ref(), &ctx.caller, &slug, &sent.bytes, !sent.commit, &mut |d, t| {
            reporter.report("checked", d, t)
        })
        .await;
    reporter.finish().await;
    let view = match done {
        Ok(r) => report_page(&ctx, view, &r, &sent.bytes),
        Err(hansa_core::DomainError::Invalid(e)) => {
            ImportPage { file_error: Some(e.iter().map(|e| ctx.tr.error(e)).collect::<Vec<_>>().join(" ")), ..view }
        }
        Err(other) => return Err(Failure::from(other).lang(ctx.lang())),
    };
    let status = if view.file_error.is_some() || !view.rows.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, page(&view)).into_response())
}
