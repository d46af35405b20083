//! `/api/v1/import/organisations` (a spreadsheet in the body: CSV, XLSX or ODS), the list of
//! imports and their undo — the same service, rules and preview as the import page.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::organisations::check_api_csrf;
use crate::import::columns::{MappingSpec, Unknown};
use crate::import::plan::{ImportOptions, MatchBy, OnMatch, Plan};
use crate::import::table::TextEncoding;
use crate::service::{self, ImportRequest};
use crate::store::prelude::*;
use crate::store::{ImportRecord, UndoReport};
use hansa_web::AppState;
use hansa_web::api::extract::ApiQuery;
use hansa_web::ctx::Ctx;
use hansa_web::error::{Failure, Problem};

fn api(e: hansa_core::DomainError) -> Failure {
    Failure::from(e).api()
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportParams {
    /// Only check the file and report what would happen; write nothing.
    #[serde(default)]
    dry_run: bool,
    /// Write the new and changed rows and skip those with problems (otherwise any problem
    /// refuses the file).
    #[serde(default)]
    skip_invalid: bool,
    /// How rows find stored records: `auto` (slug/id column if any, else name + country),
    /// `key` or `name_country`.
    #[serde(default)]
    match_by: MatchBy,
    /// What a matching row does: `skip` (default), `update`, `fill` or `create`.
    #[serde(default)]
    on_match: OnMatch,
    /// With `update`, an empty cell clears the stored value.
    #[serde(default)]
    empty_clears: bool,
    /// Columns no mapping names are ignored instead of refusing the file.
    #[serde(default)]
    ignore_unknown: bool,
    /// `auto` (default), `utf-8`, `utf-16` or `windows-1252`.
    #[serde(default)]
    encoding: Option<String>,
    /// A JSON object, header → field code (`{"Population": "ignore", "이름": "name_ko"}`).
    #[serde(default)]
    mapping: Option<String>,
    /// Recorded with the import.
    #[serde(default)]
    file_name: Option<String>,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct ImportReport {
    pub dry_run: bool,
    pub plan: Plan,
    /// The import written, to undo it.
    pub import_id: Option<i64>,
}

fn bad(field: &str, code: &str, detail: &str) -> hansa_core::DomainError {
    hansa_core::DomainError::Invalid(vec![hansa_core::FieldError::with(field, code, detail)])
}

#[utoipa::path(post, path = "/api/v1/import/organisations", tag = "directory",
    summary = "Import organisations from a spreadsheet: CSV, XLSX or ODS (staff)",
    params(ImportParams), request_body(content = String, content_type = "text/csv"), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = ImportReport), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A record changed since it was read", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The file is over its limit", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = ImportReport)))]
pub async fn import_organisations(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    ApiQuery(p): ApiQuery<ImportParams>,
    body: Bytes,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory).map_err(Failure::api)?;
    check_api_csrf(&ctx, &headers)?;
    let lang = ctx.lang();
    let encoding = match p.encoding.as_deref() {
        None => TextEncoding::Auto,
        Some(e) => TextEncoding::parse(e).ok_or_else(|| api(bad("encoding", "err-choice", e)).lang(lang))?,
    };
    let mapping: MappingSpec = match p.mapping.as_deref() {
        None => MappingSpec::new(),
        Some(m) => serde_json::from_str(m).map_err(|_| api(bad("mapping", "err-import-mapping", "")).lang(lang))?,
    };
    let req = ImportRequest {
        bytes: &body,
        encoding,
        mapping,
        unknown: if p.ignore_unknown { Unknown::Ignore } else { Unknown::Refuse },
        options: ImportOptions { match_by: p.match_by, on_match: p.on_match, empty_clears: p.empty_clears },
    };
    let store = state.store.as_ref();
    let preview =
        service::preview_import(store, &ctx.caller, &req, &mut |_, _, _| {}).await.map_err(|e| api(e).lang(lang))?;
    let problems = preview.plan.counts.problems > 0;
    if p.dry_run || (problems && !p.skip_invalid) {
        let status = if problems { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
        return Ok(
            (status, Json(ImportReport { dry_run: p.dry_run, plan: preview.plan, import_id: None })).into_response()
        );
    }
    let name = p.file_name.as_deref().unwrap_or("api upload");
    let done = service::commit_import(store, &ctx.caller, &req, name, &mut |_, _, _| {})
        .await
        .map_err(|e| api(e).lang(lang))?;
    Ok(Json(ImportReport { dry_run: false, plan: preview.plan, import_id: done.import_id }).into_response())
}

#[utoipa::path(get, path = "/api/v1/imports", tag = "directory", summary = "The latest imports (staff)",
    security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = Vec<ImportRecord>), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json")))]
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Json<Vec<ImportRecord>>, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory).map_err(Failure::api)?;
    Ok(Json(state.store.imports(50).await.map_err(api)?))
}

#[utoipa::path(post, path = "/api/v1/imports/{id}/undo", tag = "directory",
    summary = "Undo an import: archive what it created, restore what it changed (staff)",
    params(("id" = i64, Path)), security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = UndoReport), (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already undone", body = Problem, content_type = "application/problem+json")))]
pub async fn undo(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory).map_err(Failure::api)?;
    check_api_csrf(&ctx, &headers)?;
    let report =
        service::undo_import(state.store.as_ref(), &ctx.caller, id).await.map_err(|e| api(e).lang(ctx.lang()))?;
    Ok(Json(report).into_response())
}
