//! CSV import and export of organisations, with a preview that lists every row's problems
//! before anything is written.
//!
//! Columns (header row required, any order): `kind` and `name_en` are required; optional are
//! `slug`, `name_<lang>` for any language, `default_lang`, `country`, `region`, `parent`,
//! `website`, `founding_member`, `description_en` … Unknown columns are refused, because a
//! misspelt column would otherwise silently drop data.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::model::{Organisation, OrganisationDraft, OrganisationInput};
use hansa_core::error::FieldError;
use hansa_core::text::{Localized, is_language_tag};

/// The most rows one file may hold; larger files are refused with this number in the message.
pub const MAX_ROWS: usize = 20_000;
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

const PLAIN: [&str; 8] = ["slug", "kind", "default_lang", "country", "region", "parent", "website", "founding_member"];

/// A problem with the whole file: nothing in it can be imported.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FileError {
    pub code: String,
    pub detail: Option<String>,
}

fn file_error(code: &str, detail: impl ToString) -> FileError {
    FileError { code: code.into(), detail: Some(detail.to_string()) }
}

/// One data row as the preview shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RowPreview {
    /// Line in the file (the header is line 1).
    pub line: usize,
    pub slug: String,
    pub name: String,
    /// Problems found; empty when the row can be imported.
    pub errors: Vec<FieldError>,
    #[serde(skip)]
    pub draft: Option<OrganisationDraft>,
}

/// Reads and checks a CSV file. Rows are checked on their own here; references between rows
/// and to stored organisations (parents, existing slugs) are checked by `check_references`.
pub fn parse(bytes: &[u8]) -> Result<Vec<RowPreview>, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(file_error("err-csv-too-large", MAX_BYTES / 1024 / 1024));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes); // Excel's UTF-8 mark
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        file_error("err-csv-encoding", line)
    })?;
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| file_error("err-csv-syntax", e))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    check_headers(&headers)?;
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        if i >= MAX_ROWS {
            return Err(file_error("err-csv-too-many-rows", MAX_ROWS));
        }
        let record = record.map_err(|e| file_error("err-csv-syntax", e))?;
        let line = record.position().map_or(i + 2, |p| p.line() as usize);
        let cell = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let mut name = BTreeMap::new();
        let mut description = BTreeMap::new();
        for (h, v) in headers.iter().zip(record.iter()) {
            if let Some(lang) = h.strip_prefix("name_") {
                name.insert(lang.to_owned(), v.to_owned());
            } else if let Some(lang) = h.strip_prefix("description_") {
                description.insert(lang.to_owned(), v.to_owned());
            }
        }
        let founding = cell("founding_member").map(|v| v.to_ascii_lowercase());
        let mut errors = Vec::new();
        let founding_member = match founding.as_deref() {
            None | Some("false" | "no" | "0") => false,
            Some("true" | "yes" | "1") => true,
            Some(other) => {
                errors.push(FieldError::with("founding_member", "err-boolean", other));
                false
            }
        };
        let input = OrganisationInput {
            slug: cell("slug"),
            kind: cell("kind").unwrap_or_default(),
            name: Localized(name),
            default_lang: cell("default_lang"),
            country: cell("country"),
            region: cell("region"),
            parent: cell("parent"),
            website: cell("website"),
            description: Localized(description),
            founding_member: Some(founding_member),
        };
        let draft = match input.validate() {
            Ok(d) if errors.is_empty() => Some(d),
            Ok(_) => None,
            Err(hansa_core::DomainError::Invalid(e)) => {
                errors.extend(e);
                None
            }
            Err(other) => {
                errors.push(FieldError::with("row", "err-internal", other));
                None
            }
        };
        let shown: String = input.name.get("en").unwrap_or("").chars().take(80).collect();
        let slug = draft.as_ref().map_or_else(|| input.slug.clone().unwrap_or_default(), |d| d.slug.clone());
        rows.push(RowPreview { line, slug, name: shown, errors, draft });
    }
    if rows.is_empty() {
        return Err(FileError { code: "err-csv-empty".into(), detail: None });
    }
    Ok(rows)
}

fn check_headers(headers: &[String]) -> Result<(), FileError> {
    let mut seen = HashSet::new();
    for h in headers {
        let known = PLAIN.contains(&h.as_str())
            || h.strip_prefix("name_").or_else(|| h.strip_prefix("description_")).is_some_and(is_language_tag);
        if !known {
            return Err(file_error("err-csv-unknown-column", h));
        }
        if !seen.insert(h) {
            return Err(file_error("err-csv-duplicate-column", h));
        }
    }
    for required in ["kind", "name_en"] {
        if !seen.contains(&required.to_owned()) {
            return Err(file_error("err-csv-missing-column", required));
        }
    }
    Ok(())
}

/// Marks rows whose slug repeats an earlier row, or whose parent is neither stored
/// (`known_slugs`) nor defined on an earlier row.
pub fn check_references(rows: &mut [RowPreview], known_slugs: &HashSet<String>) {
    let mut earlier: HashSet<String> = HashSet::new();
    for row in rows.iter_mut() {
        let Some(d) = &row.draft else { continue };
        if !earlier.insert(d.slug.clone()) {
            row.errors.push(FieldError::with("slug", "err-duplicate", &d.slug));
        }
        if let Some(p) = &d.parent
            && !known_slugs.contains(p)
            && !earlier.contains(p)
        {
            row.errors.push(FieldError::with("parent", "err-unknown", p));
        }
        if !row.errors.is_empty() {
            row.draft = None;
        }
    }
}

/// Writes organisations as CSV in the import format, so an export can be edited and re-imported.
pub fn export(orgs: &[Organisation], parent_slug: impl Fn(i64) -> Option<String>) -> Result<Vec<u8>, csv::Error> {
    let langs: Vec<String> = {
        let mut set: Vec<String> = orgs
            .iter()
            .flat_map(|o| o.name.0.keys().cloned())
            .collect::<HashSet<_>>()
            .into_iter()
            .filter(|l| l != "en")
            .collect();
        set.sort();
        set
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = vec!["slug".into(), "kind".into(), "name_en".into()];
    header.extend(langs.iter().map(|l| format!("name_{l}")));
    header.extend(
        ["default_lang", "country", "region", "parent", "website", "founding_member", "description_en"]
            .map(String::from),
    );
    w.write_record(&header)?;
    for o in orgs {
        let mut rec = vec![o.slug.clone(), o.kind.code().into(), o.name.get("en").unwrap_or("").into()];
        rec.extend(langs.iter().map(|l| o.name.get(l).unwrap_or("").to_owned()));
        rec.push(o.default_lang.clone());
        rec.push(o.country.clone().unwrap_or_default());
        rec.push(o.region.map(|r| r.code().to_owned()).unwrap_or_default());
        rec.push(o.parent_id.and_then(&parent_slug).unwrap_or_default());
        rec.push(o.website.clone().unwrap_or_default());
        rec.push(o.founding_member.to_string());
        rec.push(o.description.get("en").unwrap_or("").to_owned());
        w.write_record(&rec)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// Every organisation, page by page, as CSV in the import format (web export and CLI).
pub async fn export_all(store: &dyn crate::store::DirectoryStore) -> hansa_core::error::DomainResult<Vec<u8>> {
    let mut all = Vec::new();
    let mut filter = crate::store::OrgFilter { per_page: Some(500), page: Some(1), ..Default::default() };
    loop {
        let page = store.organisations(&filter).await?;
        let n = page.items.len();
        all.extend(page.items);
        if n < 500 {
            break;
        }
        filter.page = filter.page.map(|p| p + 1);
    }
    let slugs: std::collections::HashMap<i64, String> = all.iter().map(|o| (o.id, o.slug.clone())).collect();
    export(&all, |id| slugs.get(&id).cloned()).map_err(|e| hansa_core::DomainError::Storage(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_rows_are_reported_by_line() {
        let csv = "kind,name_en,name_ko,country,parent\ncity,Gyeongju-si,경주시,KR,\nvillage,Nowhere,,XX,\ncity,Pohang-si,포항시,KR,gyeongju-si\n";
        let mut rows = parse(csv.as_bytes()).unwrap();
        check_references(&mut rows, &HashSet::new());
        assert!(rows[0].errors.is_empty());
        assert_eq!(rows[1].line, 3);
        let fields: Vec<_> = rows[1].errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["kind", "country"]);
        assert!(rows[2].errors.is_empty(), "a parent defined earlier in the file is fine");
        assert_eq!(rows[0].draft.as_ref().unwrap().name.get("ko"), Some("경주시"));
    }

    #[test]
    fn file_level_problems() {
        assert_eq!(parse(b"kind,nom\ncity,x\n").unwrap_err().code, "err-csv-unknown-column");
        assert_eq!(parse(b"kind\ncity\n").unwrap_err().code, "err-csv-missing-column");
        let latin1 = b"kind,name_en\ncity,ok\ncity,S\xe3o Paulo\n";
        assert_eq!(parse(latin1).unwrap_err(), FileError { code: "err-csv-encoding".into(), detail: Some("3".into()) });
        assert_eq!(parse(b"kind,name_en\n").unwrap_err().code, "err-csv-empty");
        let mut big = String::from("kind,name_en\n");
        for i in 0..100_000 {
            big.push_str(&format!("city,City {i}\n"));
        }
        assert_eq!(parse(big.as_bytes()).unwrap_err().code, "err-csv-too-many-rows");
    }

    #[test]
    fn bom_and_duplicate_slugs() {
        let mut rows = parse("\u{feff}kind,name_en\ncity,Ryde\ncity,Ryde\n".as_bytes()).unwrap();
        check_references(&mut rows, &HashSet::new());
        assert!(rows[0].errors.is_empty());
        assert_eq!(rows[1].errors[0].code, "err-duplicate");
    }
}
