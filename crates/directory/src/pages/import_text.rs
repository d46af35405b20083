//! The words of an import for a person — the preview's summary line and each row's action
//! and details — shared by the page and the command line, so both say the same thing.

use crate::import::columns::Field;
use crate::import::plan::{Outcome, PlanCounts, PlannedRow};
use hansa_web::i18n::Tr;

pub struct RowView {
    pub line: usize,
    pub name: String,
    pub class: &'static str,
    pub action: String,
    pub details: Vec<String>,
}

/// "2 new · 1 changes · 0 unchanged · 3 duplicates · 1 problems", in the reader's language.
pub fn counts_text(tr: &Tr, c: &PlanCounts) -> String {
    [
        tr.t1("import-count-new", "count", c.new),
        tr.t1("import-count-changes", "count", c.changes),
        tr.t1("import-count-unchanged", "count", c.unchanged),
        tr.t1("import-count-duplicates", "count", c.duplicates),
        tr.t1("import-count-problems", "count", c.problems),
    ]
    .join(" · ")
}

/// A field's name for the mapping step: "Name (한국어)" — the interface's words, not codes.
pub fn field_label(tr: &Tr, f: &Field) -> String {
    match f {
        Field::Name(l) => format!("{} ({})", tr.t("field-name"), tr.t(&format!("lang-{l}"))),
        Field::Description(l) => format!("{} ({})", tr.t("field-description"), tr.t(&format!("lang-{l}"))),
        other => tr.t(&format!("import-field-{}", other.code())),
    }
}

pub fn row_view(tr: &Tr, r: &PlannedRow) -> RowView {
    let (class, action, details) = match &r.outcome {
        Outcome::New { slug } => ("ok", tr.t("import-new"), vec![slug.clone()]),
        Outcome::Change { slug, changes } => (
            "change",
            tr.t1("import-change", "detail", slug),
            changes
                .iter()
                .map(|ch| {
                    let empty = || tr.t("import-empty");
                    let old = if ch.old.is_empty() { empty() } else { ch.old.clone() };
                    let new = if ch.new.is_empty() { empty() } else { ch.new.clone() };
                    format!("{}: {old} → {new}", ch.field)
                })
                .collect(),
        ),
        Outcome::Unchanged { slug } => ("same", tr.t1("import-unchanged", "detail", slug), vec![]),
        Outcome::Duplicate { of_line, of_record } => (
            "same",
            match (of_line, of_record) {
                (Some(l), _) => tr.t1("import-duplicate-line", "detail", l),
                (None, Some(s)) => tr.t1("import-duplicate-record", "detail", s),
                _ => tr.t("import-duplicate-line"),
            },
            vec![],
        ),
        Outcome::Problem { errors } => {
            ("bad", tr.t("import-problem"), errors.iter().map(|e| format!("{}: {}", e.field, tr.error(e))).collect())
        }
    };
    RowView { line: r.line, name: r.name.clone(), class, action, details }
}
