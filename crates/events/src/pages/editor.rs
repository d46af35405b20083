//! What the staff editors of events share: the page (sections of fields, tables of repeated
//! rows, the revision the edit started from), texts in six languages, and reading a posted
//! form back into the model's values.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use hansa_core::{DomainError, FieldError, Localized};
use hansa_web::i18n::Tr;
use hansa_web::view::{Chrome, page};

use hansa_web::form_view::{Cell, Control, Field, RowsTable, Section, place_errors};

/// The languages of the network: each stored text has a field per language.
pub const LANGS: [&str; 6] = ["en", "ko", "zh", "ja", "ru", "mn"];

/// Posted form values.
pub type Values = HashMap<String, String>;

#[derive(Template)]
#[template(path = "events/edit_form.html")]
pub struct EditPage {
    pub c: Chrome,
    pub back: Option<(String, String)>,
    pub action: String,
    pub cancel: String,
    pub revision: i64,
    pub sections: Vec<Section>,
    pub tables: Vec<RowsTable>,
    pub errors: Vec<(String, String)>,
    pub warnings: Vec<String>,
    /// `(action, button, confirmation)` of a delete form below the editor.
    pub delete: Option<(String, String, String)>,
    /// Where the current version is, when someone saved meanwhile.
    pub current: Option<String>,
}

impl EditPage {
    /// Places each problem beside its field or its table row, and answers 422 when the form
    /// came back refused.
    pub fn respond(mut self, tr: &Tr, errors: &[FieldError]) -> Response {
        // A save after someone else's keeps the revision it started from, so pressing Save
        // again is refused again rather than overwriting what was saved meanwhile.
        if let Some(stale) = errors.iter().find(|e| e.code == "err-event-changed") {
            self.revision = stale.detail.as_deref().and_then(|r| r.parse().ok()).unwrap_or(self.revision);
            self.current = Some(self.action.replace("/sessions/new", "/programme"));
        }
        let (tabled, plain): (Vec<&FieldError>, Vec<&FieldError>) =
            errors.iter().partition(|e| self.tables.iter().any(|t| table_row(&t.name, &e.field).is_some()));
        let plain: Vec<FieldError> = plain.into_iter().cloned().collect();
        self.errors = place_errors(tr, &mut self.sections, &plain);
        for e in tabled {
            let text = tr.error(e);
            for t in &mut self.tables {
                if let Some(row) = table_row(&t.name, &e.field) {
                    self.errors.push((t.name.clone(), format!("{} {}: {text}", t.title, row + 1)));
                    t.errors.push((row, text.clone()));
                }
            }
        }
        let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
        (status, page(&self)).into_response()
    }
}

/// `participants.2.person` in table `participants` → row 2; the table itself → row 0.
fn table_row(table: &str, field: &str) -> Option<usize> {
    let rest = field.strip_prefix(table)?;
    if rest.is_empty() {
        return Some(0);
    }
    rest.strip_prefix('.')?.split('.').next()?.parse().ok()
}

/// A text in every language of the network, a field each (`title_ko`), English required
/// where `required`.
pub fn localized_section(tr: &Tr, name: &str, label: String, text: &Localized, required: bool, long: bool) -> Section {
    let fields = LANGS
        .iter()
        .map(|l| {
            let control = if long { Control::TextArea } else { Control::Text };
            let mut f = Field::new(&format!("{name}_{l}"), tr.t(&format!("lang-{l}")), control);
            f.value = text.0.get(*l).cloned().unwrap_or_default();
            f.required = required && *l == "en";
            // English and Korean are the secretariats' working languages; the rest fold away.
            f.tucked = !matches!(*l, "en" | "ko");
            f
        })
        .collect();
    Section { title: label, fields }
}

/// The stored text with every field of the form laid over it: languages the form does not
/// show are kept, a field emptied removes its language.
pub fn localized_from(v: &Values, name: &str, kept: &Localized) -> Localized {
    let mut out: BTreeMap<String, String> =
        kept.0.iter().filter(|(l, _)| !LANGS.contains(&l.as_str())).map(|(l, t)| (l.clone(), t.clone())).collect();
    for l in LANGS {
        if let Some(t) = value(v, &format!("{name}_{l}")) {
            out.insert(l.to_owned(), t);
        }
    }
    Localized(out)
}

/// A field's trimmed value, `None` when empty.
pub fn value(v: &Values, name: &str) -> Option<String> {
    v.get(name).map(|x| x.trim().to_owned()).filter(|x| !x.is_empty())
}

/// A number field: `Ok(None)` when empty, an error naming the field when not a number.
pub fn number<T: std::str::FromStr>(v: &Values, name: &str, errors: &mut Vec<FieldError>) -> Option<T> {
    let text = value(v, name)?;
    match text.parse() {
        Ok(n) => Some(n),
        Err(_) => {
            errors.push(FieldError::with(name, "err-not-a-number", &text));
            None
        }
    }
}

/// The revision the edit started from.
pub fn revision(v: &Values) -> Result<i64, DomainError> {
    value(v, "revision")
        .and_then(|r| r.parse().ok())
        .ok_or_else(|| DomainError::Invalid(vec![FieldError::new("revision", "err-required")]))
}

/// A field with its value taken from `v`.
pub fn field(v: &Values, name: &str, label: String, control: Control) -> Field {
    let mut f = Field::new(name, label, control);
    f.value = v.get(name).cloned().unwrap_or_default();
    f
}

/// A cell of a rows table: `{table}-{row}-{column}`, labelled "Column, row N".
pub fn cell(tr: &Tr, v: &Values, table: &str, row: usize, column: &str, label: &str) -> Cell {
    let name = format!("{table}-{row}-{column}");
    Cell {
        value: v.get(&name).cloned().unwrap_or_default(),
        name,
        options: Vec::new(),
        label: tr.tn("editor-cell", &[("column", label.to_owned()), ("row", (row + 1).to_string())]),
        checkbox: false,
    }
}

/// How many rows a table shows: those filled in, and three blank ones to add more.
pub fn row_count(v: &Values, table: &str) -> usize {
    // Blank rows a refused form posted back are not counted: each refusal would add three.
    filled_rows(v, table).last().map_or(0, |m| m + 1) + 3
}

/// The rows of a table that hold anything, with their index.
pub fn filled_rows(v: &Values, table: &str) -> Vec<usize> {
    let mut rows: Vec<usize> = v
        .iter()
        .filter(|(_, x)| !x.trim().is_empty())
        .filter_map(|(k, _)| k.strip_prefix(table)?.strip_prefix('-')?.split('-').next()?.parse().ok())
        .collect();
    rows.sort_unstable();
    rows.dedup();
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_are_found_by_prefix() {
        assert_eq!(table_row("participants", "participants.2.person"), Some(2));
        assert_eq!(table_row("participants", "participants"), Some(0));
        assert_eq!(table_row("rooms", "roomsx.1"), None);
        assert_eq!(table_row("rooms", "title.en"), None);
    }

    #[test]
    fn a_form_keeps_languages_it_does_not_show() {
        let kept = Localized(BTreeMap::from([("de".into(), "Forum".into()), ("ko".into(), "포럼".into())]));
        let v: Values = [("title_en".to_owned(), " Forum ".to_owned()), ("title_ko".to_owned(), String::new())].into();
        let out = localized_from(&v, "title", &kept);
        assert_eq!(out.0.get("en").map(String::as_str), Some("Forum"));
        assert_eq!(out.0.get("de").map(String::as_str), Some("Forum"));
        assert!(!out.0.contains_key("ko"), "an emptied field removes its language");
    }

    #[test]
    fn filled_rows_skip_blank_ones() {
        let v: Values = [
            ("p-0-person".to_owned(), "lim".to_owned()),
            ("p-1-person".to_owned(), " ".to_owned()),
            ("p-4-role".to_owned(), "speaker".to_owned()),
        ]
        .into();
        assert_eq!(filled_rows(&v, "p"), vec![0, 4]);
        assert_eq!(row_count(&v, "p"), 8);
        let blank: Values = [("p-5-person".to_owned(), String::new())].into();
        assert_eq!(row_count(&blank, "p"), 3, "posted blank rows add none");
    }
}
