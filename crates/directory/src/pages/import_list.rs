//! The imports a secretariat has made, newest first, each with what it did and a way to
//! undo it while nothing else has changed its records since.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;

use crate::service;
use crate::store::ImportRecord;
use crate::store::prelude::*;
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::view::{Chrome, page};

pub struct ImportView {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub file_name: String,
    pub summary: String,
    pub undone: bool,
}

#[derive(Template)]
#[template(path = "staff/imports.html")]
struct ImportsPage {
    c: Chrome,
    notice: Option<String>,
    refused: Vec<String>,
    imports: Vec<ImportView>,
}

#[derive(serde::Deserialize)]
pub struct Done {
    done: Option<i64>,
}

fn summary(tr: &hansa_web::i18n::Tr, r: &ImportRecord) -> String {
    let counts = serde_json::from_value(r.summary["counts"].clone()).unwrap_or_default();
    super::import_text::counts_text(tr, &counts)
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    notice: Option<String>,
    refused: Vec<String>,
) -> Result<Response, Failure> {
    let imports = state
        .store
        .imports(50)
        .await?
        .iter()
        .map(|r| ImportView {
            id: r.id,
            at: hansa_web::pages::admin::utc(r.at),
            actor: r.actor.clone().unwrap_or_default(),
            file_name: r.file_name.clone(),
            summary: summary(&ctx.tr, r),
            undone: r.undone_at.is_some(),
        })
        .collect();
    Ok(page(&ImportsPage { c: Chrome::new(ctx, ctx.tr.t("imports-title")), notice, refused, imports }))
}

pub async fn imports(State(state): State<AppState>, ctx: Ctx, Query(q): Query<Done>) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    let notice = match q.done {
        Some(0) => Some(ctx.tr.t("import-nothing-written")),
        Some(id) => {
            state.store.import_record(id).await?.map(|r| ctx.tr.t1("import-done", "detail", summary(&ctx.tr, &r)))
        }
        None => None,
    };
    render(&state, &ctx, notice, vec![]).await
}

#[derive(serde::Deserialize)]
pub struct UndoForm {
    #[serde(default)]
    csrf: String,
}

pub async fn undo(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<UndoForm>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    ctx.check_csrf(&f.csrf)?;
    let report = service::undo_import(state.store.as_ref(), &ctx.caller, id).await?;
    let tr = &ctx.tr;
    let notice = [
        tr.t1("import-undo-archived", "count", report.archived.len()),
        tr.t1("import-undo-restored", "count", report.restored.len()),
        tr.t1("import-undo-refused", "count", report.refused.len()),
    ]
    .join(" · ");
    render(&state, &ctx, Some(notice), report.refused).await
}
