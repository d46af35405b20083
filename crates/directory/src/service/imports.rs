//! The one import service: the web page, the API and the command line preview, commit and
//! undo spreadsheets of organisations through here, with the same rules and the same audit.

use std::collections::HashMap;

use serde_json::json;

use crate::import::columns::{self, Field, MappingSpec, Unknown};
use crate::import::merge;
use crate::import::plan::{self, Existing, ImportOptions, Plan, Write};
use crate::import::table::{self, FileError, TextEncoding};
use crate::model::{HistoryEntry, HistoryEvent, parent_makes_cycle};
use crate::store::{DirectoryStore, ImportItem, UndoReport};
use hansa_core::Localized;
use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};

/// A file and how to read it.
#[derive(Debug, Clone, Default)]
pub struct ImportRequest<'a> {
    pub bytes: &'a [u8],
    pub encoding: TextEncoding,
    /// Header → field code; columns left out are guessed (or the mapping saved for this header).
    pub mapping: MappingSpec,
    pub unknown: Unknown,
    pub options: ImportOptions,
}

/// A checked file: the plan, and the mapping it was read with.
#[derive(Debug, Clone)]
pub struct Preview {
    pub plan: Plan,
    pub fields: Vec<Field>,
    pub headers: Vec<String>,
}

/// Where a long import is: `("checked" | "written", done, total)`.
pub type Progress<'a> = &'a mut (dyn FnMut(&str, usize, usize) + Send);

fn file(e: FileError) -> DomainError {
    DomainError::Invalid(vec![FieldError { field: "file".into(), code: e.code, detail: e.detail }])
}

/// Reads, maps and plans a file against what is stored. Writes nothing.
pub async fn preview_import(
    store: &dyn DirectoryStore,
    caller: &Caller,
    req: &ImportRequest<'_>,
    progress: Progress<'_>,
) -> DomainResult<Preview> {
    caller.require(Permission::EditDirectory)?;
    let table = table::read(req.bytes, req.encoding).map_err(file)?;
    let mut spec = store.saved_mapping(&columns::header_key(&table.headers)).await?.unwrap_or_default();
    spec.extend(req.mapping.clone());
    let fields = columns::resolve(&table.headers, &spec, req.unknown).map_err(file)?;
    let all = store.all_organisations().await?;
    let existing = Existing::new(&all);
    let plan = plan::plan(&table, &fields, &existing, req.options, &mut |done, total| progress("checked", done, total));
    progress("checked", plan.rows.len(), plan.rows.len());
    Ok(Preview { plan, fields, headers: table.headers })
}

/// What a commit did.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ImportDone {
    /// The import, to undo it; none when nothing needed writing.
    pub import_id: Option<i64>,
    pub counts: plan::PlanCounts,
}

/// Plans the file again (it may have changed since the preview, and so may the directory) and
/// writes every new and changed row in one transaction; rows with problems, duplicates and
/// unchanged rows are not written. The mapping is remembered for the next file of this header.
pub async fn commit_import(
    store: &dyn DirectoryStore,
    caller: &Caller,
    req: &ImportRequest<'_>,
    file_name: &str,
    progress: Progress<'_>,
) -> DomainResult<ImportDone> {
    let preview = preview_import(store, caller, req, progress).await?;
    let plan = &preview.plan;
    let items = items_of(store, plan).await?;
    let spec: MappingSpec = preview.headers.iter().cloned().zip(preview.fields.iter().map(Field::code)).collect();
    store.save_mapping(&columns::header_key(&preview.headers), &spec).await?;
    if items.is_empty() {
        return Ok(ImportDone { import_id: None, counts: plan.counts });
    }
    let total = items.len();
    let audit = caller.audit("import", "import", json!({"file": file_name, "counts": plan.counts}));
    let id = store.apply_import(file_name, &items, audit, &mut |done| progress("written", done, total)).await?;
    progress("written", total, total);
    Ok(ImportDone { import_id: Some(id), counts: plan.counts })
}

/// The writes of a plan, refusing a file in which an update would close a parent cycle.
async fn items_of(store: &dyn DirectoryStore, plan: &Plan) -> DomainResult<Vec<ImportItem>> {
    let tree = store.organisation_tree().await?;
    let id_of: HashMap<&str, i64> = tree.iter().map(|(id, slug, _, _)| (slug.as_str(), *id)).collect();
    let mut parent_of: HashMap<i64, Option<i64>> = tree.iter().map(|(id, _, p, _)| (*id, *p)).collect();
    for row in &plan.rows {
        if let Some(Write::Update { id, draft, .. }) = &row.write {
            parent_of.insert(*id, draft.parent.as_deref().and_then(|p| id_of.get(p).copied()));
        }
    }
    let today = super::today();
    let mut items = Vec::new();
    for row in &plan.rows {
        let Some(write) = &row.write else { continue };
        let (changes, renamed) = match (write, &row.outcome) {
            (Write::Update { id, before, draft }, plan::Outcome::Change { changes, .. }) => {
                if let Some(&parent) = draft.parent.as_deref().and_then(|p| id_of.get(p))
                    && parent_makes_cycle(*id, parent, |x| parent_of.get(&x).copied().flatten())
                {
                    let field = format!("line {}.parent", row.line);
                    return Err(DomainError::Invalid(vec![FieldError::with(field, "err-parent-cycle", &draft.slug)]));
                }
                // A new English name keeps the old one in the history, as a single change does.
                let renamed = (before.name.get("en") != draft.name.get("en")).then(|| HistoryEntry {
                    date: today.clone(),
                    event: HistoryEvent::Renamed,
                    name: before.name.clone(),
                    note: Localized::default(),
                });
                (json!(changes), renamed)
            }
            (Write::Create(d), _) => (json!(merge::flat(d)), None),
            _ => continue,
        };
        items.push(ImportItem { write: write.clone(), changes, renamed });
    }
    Ok(items)
}

/// Undoes an import while nothing else has changed its records since; those are named.
pub async fn undo_import(store: &dyn DirectoryStore, caller: &Caller, id: i64) -> DomainResult<UndoReport> {
    caller.require(Permission::EditDirectory)?;
    store.undo_import(id, caller.audit("undo", &format!("import:{id}"), json!({}))).await
}

/// A spreadsheet export for staff (people's contact details are in it).
pub async fn export_sheet(
    store: &dyn DirectoryStore,
    caller: &Caller,
    what: crate::import::export::What,
    format: crate::import::export::Format,
) -> DomainResult<Vec<u8>> {
    caller.require(Permission::ReadStaff)?;
    crate::import::export::export(store, what, format).await
}
