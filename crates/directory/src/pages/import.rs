//! The import pages: upload a spreadsheet, map its columns and choose the duplicate rules,
//! see what every row would do (field by field) — nothing written — then commit in one
//! transaction; the imports list undoes an import. Exports in CSV or XLSX.

use std::collections::HashMap;

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use hansa_web::progress::Reporter;

use crate::import::columns::{Field, MappingSpec, Unknown};
use crate::import::export::{Format, What};
use crate::import::plan::{ImportOptions, MatchBy, OnMatch, Plan};
use crate::import::table::TextEncoding;
use crate::service::{self, ImportRequest};
use hansa_web::AppState;
use hansa_web::ctx::Ctx;
use hansa_web::error::Failure;
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, page};

pub use super::import_text::{RowView, counts_text, field_label, row_view};

pub struct ColumnView {
    pub index: usize,
    pub header: String,
    pub chosen: String,
    /// Not recognised from the header: ignored unless the user picks a field.
    pub unknown: bool,
}

#[derive(Template)]
#[template(path = "staff/import.html")]
struct ImportPage {
    c: Chrome,
    notice: Option<String>,
    file_error: Option<String>,
    /// The file travelling back with every step, so any app server can take the next one.
    file_b64: String,
    file_name: String,
    read_as: String,
    columns: Vec<ColumnView>,
    choices: Vec<(String, String)>,
    match_by: &'static str,
    on_match: &'static str,
    empty_clears: bool,
    match_choices: Vec<(&'static str, String)>,
    action_choices: Vec<(&'static str, String)>,
    encoding: String,
    summary: String,
    rows: Vec<RowView>,
    writes: usize,
    /// A fresh key under which the next step of this form reports its progress.
    job: String,
}

fn empty_page(ctx: &Ctx) -> ImportPage {
    ImportPage {
        c: Chrome::new(ctx, ctx.tr.t("staff-import")),
        notice: None,
        file_error: None,
        file_b64: String::new(),
        file_name: String::new(),
        read_as: String::new(),
        columns: vec![],
        choices: vec![],
        match_by: "auto",
        on_match: "skip",
        empty_clears: false,
        match_choices: match_choices(&ctx.tr),
        action_choices: action_choices(&ctx.tr),
        encoding: "auto".into(),
        summary: String::new(),
        rows: vec![],
        writes: 0,
        job: hansa_core::accounts::new_token(),
    }
}

pub async fn form(ctx: Ctx) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    Ok(page(&empty_page(&ctx)))
}

/// The fields of the import form: the file (uploaded, or carried back as base64), its name,
/// encoding, duplicate rules and one `map_<column>` per column.
struct Sent {
    csrf: String,
    bytes: Vec<u8>,
    file_name: String,
    encoding: TextEncoding,
    options: ImportOptions,
    mapping: HashMap<usize, String>,
    /// The page's job key, to report progress under.
    job: Option<String>,
}

async fn read_form(ctx: &Ctx, form: Result<Multipart, MultipartRejection>) -> Result<Sent, Failure> {
    let lang = ctx.lang();
    let unreadable = || Failure::BadRequest(hansa_core::FieldError::new("file", "err-upload")).lang(lang);
    let mut form = form.map_err(|_| unreadable())?;
    let mut sent = Sent {
        csrf: String::new(),
        bytes: vec![],
        file_name: String::new(),
        encoding: TextEncoding::Auto,
        options: ImportOptions::default(),
        mapping: HashMap::new(),
        job: None,
    };
    while let Some(field) = form.next_field().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or("").to_owned();
        if name == "file" {
            if let Some(n) = field.file_name() {
                sent.file_name = n.chars().take(200).collect();
            }
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
            "file_b64" if sent.bytes.is_empty() => {
                sent.bytes = base64::engine::general_purpose::STANDARD.decode(value.trim()).map_err(|_| unreadable())?
            }
            "file_name" if sent.file_name.is_empty() => sent.file_name = value.chars().take(200).collect(),
            "encoding" => sent.encoding = TextEncoding::parse(&value).unwrap_or_default(),
            "match_by" => sent.options.match_by = serde_json::from_value(value.into()).unwrap_or_default(),
            "on_match" => sent.options.on_match = serde_json::from_value(value.into()).unwrap_or_default(),
            "empty_clears" => sent.options.empty_clears = value == "on" || value == "true",
            other => {
                if let Some(i) = other.strip_prefix("map_").and_then(|i| i.parse::<usize>().ok()) {
                    sent.mapping.insert(i, value);
                }
            }
        }
    }
    ctx.check_csrf(&sent.csrf)?;
    Ok(sent)
}

/// The mapping the form sent, by column position (`#3`): no second read of the file.
fn spec_of(sent: &Sent) -> MappingSpec {
    sent.mapping.iter().filter(|(_, code)| !code.is_empty()).map(|(i, code)| (format!("#{i}"), code.clone())).collect()
}

fn request(sent: &Sent) -> ImportRequest<'_> {
    ImportRequest {
        bytes: &sent.bytes,
        encoding: sent.encoding,
        mapping: spec_of(sent),
        // The page has a mapping step: an unrecognised column is shown as ignored, to choose.
        unknown: Unknown::Ignore,
        options: sent.options,
    }
}

pub async fn preview(
    State(state): State<AppState>,
    ctx: Ctx,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    let sent = read_form(&ctx, form).await?;
    let req = request(&sent);
    let reporter = Reporter::start(state.store.clone(), sent.job.as_deref());
    let previewed =
        service::preview_import(state.store.as_ref(), &ctx.caller, &req, &mut |p, d, t| reporter.report(p, d, t)).await;
    reporter.finish().await;
    let view = match previewed {
        Ok(p) => preview_page(&ctx, &sent, &p.plan, &p.headers, &p.fields),
        Err(hansa_core::DomainError::Invalid(e)) => ImportPage {
            file_error: Some(e.iter().map(|e| ctx.tr.error(e)).collect::<Vec<_>>().join(" ")),
            ..empty_page(&ctx)
        },
        Err(other) => return Err(other.into()),
    };
    let status = if view.file_error.is_some() { 422 } else { 200 };
    Ok((axum::http::StatusCode::from_u16(status).unwrap_or_default(), page(&view)).into_response())
}

fn preview_page(ctx: &Ctx, sent: &Sent, plan: &Plan, headers: &[String], fields: &[Field]) -> ImportPage {
    let tr = &ctx.tr;
    let guessed: Vec<Option<Field>> = headers.iter().map(|h| crate::import::columns::guess(h)).collect();
    let columns = headers
        .iter()
        .zip(fields)
        .enumerate()
        .map(|(index, (h, f))| ColumnView {
            index,
            header: h.clone(),
            chosen: f.code(),
            unknown: *f == Field::Ignore && guessed[index].is_none() && !sent.mapping.contains_key(&index),
        })
        .collect();
    let choices = Field::choices().into_iter().map(|f| (f.code(), field_label(tr, &f))).collect();
    let c = plan.counts;
    let summary = counts_text(tr, &c);
    ImportPage {
        file_b64: base64::engine::general_purpose::STANDARD.encode(&sent.bytes),
        file_name: sent.file_name.clone(),
        read_as: tr.t1("import-read-as", "detail", &plan.read_as),
        columns,
        choices,
        match_by: match_code(sent.options.match_by),
        on_match: action_code(sent.options.on_match),
        empty_clears: sent.options.empty_clears,
        encoding: match sent.encoding {
            TextEncoding::Auto => "auto",
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf16 => "utf-16",
            TextEncoding::Windows1252 => "windows-1252",
        }
        .into(),
        summary,
        rows: plan.rows.iter().map(|r| row_view(tr, r)).collect(),
        writes: c.new + c.changes,
        ..empty_page(ctx)
    }
}

pub async fn commit(
    State(state): State<AppState>,
    ctx: Ctx,
    form: Result<Multipart, MultipartRejection>,
) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::EditDirectory)?;
    let sent = read_form(&ctx, form).await?;
    let req = request(&sent);
    let name = if sent.file_name.is_empty() { "upload" } else { sent.file_name.as_str() };
    let reporter = Reporter::start(state.store.clone(), sent.job.as_deref());
    let done =
        service::commit_import(state.store.as_ref(), &ctx.caller, &req, name, &mut |p, d, t| reporter.report(p, d, t))
            .await;
    reporter.finish().await;
    let done = done?;
    match done.import_id {
        Some(id) => Ok(Redirect::to(&format!("/staff/imports?done={id}")).into_response()),
        None => Ok(Redirect::to("/staff/imports?done=0").into_response()),
    }
}

pub use super::import_list::{imports, undo};

pub async fn export(State(state): State<AppState>, ctx: Ctx, Path(file): Path<String>) -> Result<Response, Failure> {
    ctx.require(hansa_core::Permission::ReadStaff)?;
    let (what, ext) = file.rsplit_once('.').ok_or(Failure::NotFound)?;
    let what = What::parse(what).ok_or(Failure::NotFound)?;
    let format = Format::parse(ext).ok_or(Failure::NotFound)?;
    let bytes = service::export_sheet(state.store.as_ref(), &ctx.caller, what, format).await?;
    let disposition = format!("attachment; filename=\"{}.{}\"", what.code(), format.extension());
    Ok(([(header::CONTENT_TYPE, format.content_type().to_owned()), (header::CONTENT_DISPOSITION, disposition)], bytes)
        .into_response())
}

fn match_code(m: MatchBy) -> &'static str {
    match m {
        MatchBy::Auto => "auto",
        MatchBy::Key => "key",
        MatchBy::NameCountry => "name_country",
    }
}

fn action_code(m: OnMatch) -> &'static str {
    match m {
        OnMatch::Skip => "skip",
        OnMatch::Update => "update",
        OnMatch::Fill => "fill",
        OnMatch::Create => "create",
    }
}

/// The select options of the duplicate rules, for the template.
fn match_choices(tr: &Tr) -> Vec<(&'static str, String)> {
    [MatchBy::Auto, MatchBy::Key, MatchBy::NameCountry]
        .map(|m| (match_code(m), tr.t(&format!("import-match-{}", match_code(m)))))
        .to_vec()
}

fn action_choices(tr: &Tr) -> Vec<(&'static str, String)> {
    [OnMatch::Skip, OnMatch::Update, OnMatch::Fill, OnMatch::Create]
        .map(|m| (action_code(m), tr.t(&format!("import-on-{}", action_code(m)))))
        .to_vec()
}
