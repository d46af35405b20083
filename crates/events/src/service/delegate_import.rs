//! Staff import a delegate list from a spreadsheet (CSV in any common encoding, XLSX, ODS —
//! read by the directory's import reader): every row is checked like a registration form,
//! problems are named by line and field, and the list is written in one transaction or not
//! at all. A column the import does not know refuses the file: nothing in it may be lost.

use std::collections::{BTreeMap, HashMap, HashSet};

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use hansa_directory::import::table::{self, TextEncoding};
use serde_json::json;

use crate::model::*;
use crate::store::EventsStore;

/// One row as the import saw it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DelegateRow {
    pub line: usize,
    pub name: String,
    pub problems: Vec<FieldError>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DelegateImport {
    pub rows: Vec<DelegateRow>,
    /// How the file was read ("UTF-8", "XLSX" …).
    pub read_as: String,
    /// Registrations written (0 on a dry run or when any row has a problem).
    pub written: usize,
}

impl DelegateImport {
    pub fn problems(&self) -> usize {
        self.rows.iter().filter(|r| !r.problems.is_empty()).count()
    }
}

/// The field a column heading names: the export's own headings and the usual variants.
fn field_of(heading: &str) -> Option<String> {
    let lower = heading.trim().to_lowercase();
    if let Some(code) = lower.strip_prefix("answer:") {
        // Question codes are slugs: kept as written.
        return Some(format!("answer:{}", code.trim()));
    }
    let h = lower.replace([' ', '-'], "_");
    let alias = match h.as_str() {
        "first_name" | "given" | "forename" => "given_name",
        "last_name" | "surname" | "family" => "family_name",
        "e_mail" | "mail" => "email",
        "organization" | "affiliation" => "organisation_name",
        "title" | "job_title" => "position",
        // Columns of our own export that an import can leave as they are.
        "code" | "status" | "waitlist_position" | "registered_at" => "-",
        other => other,
    };
    if COLUMNS.contains(&alias) || alias == "-" { Some(alias.to_owned()) } else { None }
}

fn yes(v: &str) -> bool {
    matches!(v.trim().to_lowercase().as_str(), "yes" | "y" | "true" | "1" | "x" | "예" | "是" | "はい" | "да" | "тийм")
}

/// Checks (and unless `dry_run`, writes) a delegate list for an event. `progress` hears
/// (rows checked, rows) as it goes.
pub async fn import_delegates(
    store: &dyn EventsStore,
    caller: &Caller,
    event_slug: &str,
    bytes: &[u8],
    dry_run: bool,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> DomainResult<DelegateImport> {
    caller.require(Permission::EditEvents)?;
    let event = store.event(event_slug).await?.ok_or(DomainError::NotFound)?;
    let file_problem = |code: &str, detail: String| DomainError::Invalid(vec![FieldError::with("file", code, detail)]);
    let t = table::read(bytes, TextEncoding::Auto).map_err(|e| file_problem(&e.code, e.detail.unwrap_or_default()))?;
    let fields: Vec<Option<String>> = t.headers.iter().map(|h| field_of(h)).collect();
    let unknown: Vec<&str> =
        t.headers.iter().zip(&fields).filter(|(_, f)| f.is_none()).map(|(h, _)| h.as_str()).collect();
    if !unknown.is_empty() {
        return Err(file_problem("err-delegate-columns", unknown.join(", ")));
    }
    if !fields.iter().any(|f| f.as_deref() == Some("email")) {
        return Err(file_problem("err-delegate-columns-missing", "email".into()));
    }
    let form = store.form(event.id).await?;
    let places: Vec<CategoryPlaces> = form.places.iter().map(|p| p.places.clone()).collect();
    let slugs: HashSet<String> = store.organisation_slugs().await?.into_iter().collect();
    let live: HashSet<String> = store
        .registrations(event.id)
        .await?
        .into_iter()
        .filter(|r| !matches!(r.status, RegStatus::Cancelled | RegStatus::Rejected))
        .map(|r| r.input.email)
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut rows = Vec::new();
    let mut drafts = Vec::new();
    let total = t.rows.len();
    for (n, row) in t.rows.iter().enumerate() {
        let mut cell: BTreeMap<&str, &str> = BTreeMap::new();
        for (f, v) in fields.iter().zip(&row.cells) {
            if let Some(f) = f {
                cell.insert(f.as_str(), v.trim());
            }
        }
        let get = |k: &str| cell.get(k).copied().filter(|v| !v.is_empty()).map(str::to_owned);
        let organisation = get("organisation");
        let (organisation, organisation_name) = match organisation {
            Some(o) if slugs.contains(&o) => (Some(o), get("organisation_name")),
            Some(o) => (None, get("organisation_name").or(Some(o))),
            None => (None, get("organisation_name")),
        };
        let answers = cell
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("answer:")?.to_owned(), (*v).to_owned())))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let input = RegistrationInput {
            category: get("category").unwrap_or_else(|| "delegate".into()),
            honorific: get("honorific"),
            given_name: get("given_name").unwrap_or_default(),
            family_name: get("family_name").unwrap_or_default(),
            native_name: get("native_name"),
            position: get("position"),
            organisation,
            organisation_name,
            country: get("country"),
            email: get("email").unwrap_or_default(),
            passport_name: get("passport_name"),
            visa_letter: get("visa_letter").is_some_and(|v| yes(&v)),
            dietary: get("dietary"),
            accessibility: get("accessibility"),
            interpretation_language: get("interpretation_language"),
            answers,
            lang: None,
        };
        let mut problems = Vec::new();
        match input.validate(&places, &form.questions) {
            Ok(draft) => {
                let email = draft.input.email.clone();
                if let Some(first) = seen.insert(email.clone(), row.line) {
                    problems.push(FieldError::with("email", "err-delegate-duplicate", first));
                } else if live.contains(&email) {
                    problems.push(FieldError::new("email", "err-registered-twice"));
                }
                drafts.push((draft, super::new_code()));
            }
            Err(DomainError::Invalid(v)) => problems = v,
            Err(other) => return Err(other),
        }
        rows.push(DelegateRow { line: row.line, name: input.display_name(), problems });
        if n % 250 == 0 || n + 1 == total {
            progress(n + 1, total);
        }
    }
    let mut report = DelegateImport { rows, read_as: t.read_as.to_owned(), written: 0 };
    if dry_run || report.problems() > 0 || drafts.is_empty() {
        return Ok(report);
    }
    let audit = caller.audit("import_delegates", &format!("event:{event_slug}"), json!({"rows": drafts.len()}));
    match store.register_many(event.id, &drafts, caller.account, audit).await {
        Ok(ids) => report.written = ids.len(),
        // A row refused while writing (a place taken meanwhile, an e-mail registered since):
        // nothing was written; the row says why.
        Err(DomainError::Invalid(v)) => {
            for f in v {
                let mut parts = f.field.splitn(3, '.');
                let (_, index, field) = (parts.next(), parts.next(), parts.next().unwrap_or("row"));
                if let Some(r) = index.and_then(|i| i.parse::<usize>().ok()).and_then(|i| report.rows.get_mut(i)) {
                    r.problems.push(FieldError { field: field.to_owned(), ..f });
                }
            }
        }
        Err(other) => return Err(other),
    }
    Ok(report)
}
