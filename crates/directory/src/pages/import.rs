//! CSV import with a preview (per-row problems, nothing written) and a commit step that
//! writes every valid row in one transaction; CSV export in the same format.

use crate::store::prelude::*;
use std::collections::HashSet;

use crate::import::csv_organisations::{self as csv_import, FileError, RowPreview};
use askama::Template;
use axum::Form;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, page};

pub struct RowView {
    pub line: usize,
    pub slug: String,
    pub name: String,
    pub action: String,
    pub errors: Vec<String>,
}

#[derive(Template)]
#[template(path = "staff/import.html")]
struct ImportPage {
    c: Chrome,
    notice: Option<String>,
    file_error: Option<String>,
    rows: Vec<RowView>,
    summary: String,
    valid: usize,
    commit_label: String,
    csv: String,
}

fn empty_page(ctx: &Ctx, notice: Option<String>, file_error: Option<String>) -> ImportPage {
    ImportPage {
        c: Chrome::new(ctx, ctx.tr.t("staff-import")),
        notice,
        file_error,
        rows: vec![],
        summary: String::new(),
        valid: 0,
        commit_label: String::new(),
        csv: String::new(),
    }
}

pub async fn form(ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    Ok(page(&empty_page(&ctx, None, None)))
}

pub fn file_error_text(tr: &Tr, e: &FileError) -> String {
    tr.t1(&e.code, "detail", e.detail.clone().unwrap_or_default())
}

/// Parses and checks a file against what is stored: the same preview for the page and the API.
pub async fn check(state: &AppState, bytes: &[u8]) -> Result<Result<Vec<RowPreview>, FileError>, Failure> {
    let mut rows = match csv_import::parse(bytes) {
        Ok(rows) => rows,
        Err(e) => return Ok(Err(e)),
    };
    let known: HashSet<String> = state.store.organisation_slugs().await?.into_iter().collect();
    csv_import::check_references(&mut rows, &known);
    Ok(Ok(rows))
}

pub async fn preview(
    State(state): State<AppState>,
    ctx: Ctx,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    // The role is checked before the body is read, and a form that cannot be read (or was cut
    // off at the route's limit) is refused, not previewed as if the file were empty.
    let lang = ctx.lang();
    let unreadable = |_| Failure::BadRequest(hansa_core::FieldError::new("file", "err-upload")).lang(lang);
    let mut form =
        form.map_err(|_| Failure::BadRequest(hansa_core::FieldError::new("file", "err-upload")).lang(lang))?;
    let (mut csrf, mut bytes) = (String::new(), Vec::new());
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.map_err(unreadable)?,
            Some("file") => bytes = field.bytes().await.map_err(unreadable)?.to_vec(),
            _ => {}
        }
    }
    ctx.check_csrf(&csrf)?;
    let tr = &ctx.tr;
    let rows = match check(&state, &bytes).await? {
        Ok(rows) => rows,
        Err(e) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page(&empty_page(&ctx, None, Some(file_error_text(tr, &e)))),
            )
                .into_response());
        }
    };
    let known: HashSet<String> = state.store.organisation_slugs().await?.into_iter().collect();
    let valid = rows.iter().filter(|r| r.errors.is_empty()).count();
    let bad = rows.len() - valid;
    let view = ImportPage {
        summary: format!("{} · {}", tr.t1("import-valid", "count", valid), tr.t1("import-invalid", "count", bad)),
        commit_label: if bad == 0 {
            tr.t1("import-commit", "count", valid)
        } else {
            tr.t1("import-commit-skip", "count", valid)
        },
        rows: rows
            .iter()
            .map(|r| RowView {
                line: r.line,
                slug: r.slug.clone(),
                name: r.name.clone(),
                action: tr.t(if known.contains(&r.slug) { "import-update" } else { "import-create" }),
                errors: r.errors.iter().map(|e| format!("{}: {}", e.field, tr.error(e))).collect(),
            })
            .collect(),
        valid,
        // The file travels back with the confirmation, so any app server can commit it.
        csv: String::from_utf8_lossy(&bytes).into_owned(),
        ..empty_page(&ctx, None, None)
    };
    Ok(page(&view))
}

#[derive(serde::Deserialize)]
pub struct CommitForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    csv: String,
}

pub async fn commit(State(state): State<AppState>, ctx: Ctx, Form(f): Form<CommitForm>) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    ctx.check_csrf(&f.csrf)?;
    let rows = match check(&state, f.csv.as_bytes()).await? {
        Ok(rows) => rows,
        Err(e) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                page(&empty_page(&ctx, None, Some(file_error_text(&ctx.tr, &e)))),
            )
                .into_response());
        }
    };
    let drafts: Vec<_> = rows.iter().filter_map(|r| r.draft.clone()).collect();
    let skipped = rows.len() - drafts.len();
    let counts = crate::service::import_organisations(state.store.as_ref(), &ctx.caller, &drafts).await?;
    let tr = &ctx.tr;
    let notice = format!(
        "{} · {} · {}",
        tr.t1("import-created", "count", counts.created),
        tr.t1("import-updated", "count", counts.updated),
        tr.t1("import-skipped", "count", skipped)
    );
    Ok(page(&empty_page(&ctx, Some(notice), None)))
}

pub async fn export(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_staff()?;
    let bytes = csv_import::export_all(state.store.as_ref()).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"organisations.csv\""),
        ],
        bytes,
    )
        .into_response())
}
