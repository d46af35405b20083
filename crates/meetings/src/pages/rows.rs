//! Reading a posted form back: trimmed values, and the filled rows of a rows table (as the
//! events' editor reads its participants), compacted so row `i` is the list's item `i`.

use std::collections::HashMap;

use hansa_web::i18n::Tr;

use hansa_web::form_view::{Cell, Control, Field, RowsTable};

/// Posted form values.
pub type Values = HashMap<String, String>;

/// A field's trimmed value, `None` when empty.
pub fn value(v: &Values, name: &str) -> Option<String> {
    v.get(name).map(|x| x.trim().to_owned()).filter(|x| !x.is_empty())
}

/// A field with its value taken from `v`.
pub fn field(v: &Values, name: &str, label: String, control: Control) -> Field {
    let mut f = Field::new(name, label, control);
    f.value = v.get(name).cloned().unwrap_or_default();
    f
}

/// The values of column `column` of table `table` in the rows that hold one, in row order.
pub fn column(v: &Values, table: &str, column: &str) -> Vec<String> {
    let mut rows: Vec<(usize, String)> = v
        .iter()
        .filter_map(|(k, x)| {
            let rest = k.strip_prefix(table)?.strip_prefix('-')?;
            let (row, col) = rest.split_once('-')?;
            (col == column && !x.trim().is_empty()).then(|| Some((row.parse().ok()?, x.trim().to_owned())))?
        })
        .collect();
    rows.sort();
    rows.into_iter().map(|(_, x)| x).collect()
}

/// A one-column table of `items` (slugs) with three blank rows to add more; problems named
/// `{table}.{i}` go beside row `i`, a problem named `{table}` above the table.
pub fn slug_table(tr: &Tr, table: &str, items: &[String], errors: &[hansa_core::FieldError]) -> RowsTable {
    let label = tr.t(&format!("outreach-col-{table}"));
    let rows = (0..items.len() + 3)
        .map(|i| {
            vec![Cell {
                name: format!("{table}-{i}-slug"),
                value: items.get(i).cloned().unwrap_or_default(),
                options: Vec::new(),
                label: tr.tn("editor-cell", &[("column", label.clone()), ("row", (i + 1).to_string())]),
                checkbox: false,
            }]
        })
        .collect();
    let mut t = RowsTable {
        name: table.into(),
        title: tr.t(&format!("outreach-{table}")),
        hint: Some(tr.t(&format!("outreach-hint-{table}"))),
        columns: vec![label],
        rows,
        errors: Vec::new(),
        problem: None,
    };
    for e in errors {
        if e.field == table {
            t.problem = Some(tr.error(e));
        } else if let Some(row) =
            e.field.strip_prefix(table).and_then(|r| r.strip_prefix('.')).and_then(|r| r.parse().ok())
        {
            t.errors.push((row, tr.error(e)));
        }
    }
    t
}
