//! Fields of the features' forms as the templates draw them: a label, the value entered, the
//! problem next to it, and the control its kind needs. The macros in `forms/fields.html` (in
//! the shell's templates, which every feature's askama.toml lists) draw them all, so every
//! form labels, marks and describes its fields the same way.

use crate::i18n::Tr;
use hansa_core::FieldError;

pub enum Control {
    Text,
    Email,
    Date,
    /// A local date and time (`2023-12-07T09:30`), in the event's zone.
    DateTime,
    Number,
    TextArea,
    /// `(value, label)`; the field's value is the one selected.
    Select(Vec<(String, String)>),
    /// One checkbox; checked when the value is non-empty.
    Checkbox,
    /// Several checkboxes named `{name}-{value}`: `(value, label, checked)`.
    Checks(Vec<(String, String, bool)>),
    /// Radio buttons: `(value, label)`.
    Radios(Vec<(String, String)>),
}

pub struct Field {
    pub name: String,
    pub label: String,
    pub value: String,
    pub control: Control,
    pub required: bool,
    pub error: Option<String>,
    pub hint: Option<String>,
    /// The browser's autofill hint (`given-name`, `email` …).
    pub autocomplete: Option<&'static str>,
    /// Folded away under "other languages" unless it holds a value or a problem.
    pub tucked: bool,
}

impl Field {
    pub fn new(name: &str, label: String, control: Control) -> Field {
        Field {
            name: name.into(),
            label,
            value: String::new(),
            control,
            required: false,
            error: None,
            hint: None,
            autocomplete: None,
            tucked: false,
        }
    }

    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    pub fn hint(mut self, hint: String) -> Field {
        self.hint = Some(hint);
        self
    }

    pub fn autocomplete(mut self, hint: &'static str) -> Field {
        self.autocomplete = Some(hint);
        self
    }

    pub fn is(&self, kind: &str) -> bool {
        matches!(
            (&self.control, kind),
            (Control::Text, "text")
                | (Control::Email, "email")
                | (Control::Date, "date")
                | (Control::DateTime, "datetime")
                | (Control::Number, "number")
                | (Control::TextArea, "textarea")
                | (Control::Select(_), "select")
                | (Control::Checkbox, "checkbox")
                | (Control::Checks(_), "checks")
                | (Control::Radios(_), "radios")
        )
    }

    pub fn options(&self) -> Vec<(String, String)> {
        match &self.control {
            Control::Select(o) | Control::Radios(o) => o.clone(),
            _ => Vec::new(),
        }
    }

    pub fn checks(&self) -> &[(String, String, bool)] {
        match &self.control {
            Control::Checks(o) => o,
            _ => &[],
        }
    }
}

pub struct Section {
    pub title: String,
    pub fields: Vec<Field>,
}

impl Section {
    pub fn shown(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(|f| !f.tucked)
    }

    pub fn tucked(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(|f| f.tucked)
    }

    pub fn has_tucked(&self) -> bool {
        self.tucked().next().is_some()
    }

    /// Folded fields open by themselves when one holds something to see.
    pub fn tucked_open(&self) -> bool {
        self.tucked().any(|f| !f.value.is_empty() || f.error.is_some())
    }
}

/// A repeated group of inputs drawn as a table, a row per item with a few blank rows to add
/// more (participants, rooms, organisations). Each input is labelled for screen readers by
/// its column and row.
pub struct RowsTable {
    /// Form-wide name of the table (its problems are named `{name}.{row}`).
    pub name: String,
    pub title: String,
    pub hint: Option<String>,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub errors: Vec<(usize, String)>,
    /// A problem of the table as a whole ("at least one organisation").
    pub problem: Option<String>,
}

pub struct Cell {
    pub name: String,
    pub value: String,
    /// `(value, label)`: a choice; empty: a text input.
    pub options: Vec<(String, String)>,
    pub label: String,
    pub checkbox: bool,
}

impl RowsTable {
    /// The problem of row `row` (a reference: templates hand their loop variables so).
    pub fn error_of(&self, row: &usize) -> Option<&str> {
        self.errors.iter().find(|(r, _)| r == row).map(|(_, e)| e.as_str())
    }
}

/// Puts each problem next to its field, and returns the summary above the form: each problem
/// named by its field's label, linking to it.
pub fn place_errors(tr: &Tr, sections: &mut [Section], errors: &[FieldError]) -> Vec<(String, String)> {
    let mut summary = Vec::new();
    for e in errors {
        let name = e.field.replace("answers.", "q-");
        let text = tr.error(e);
        let field = sections.iter_mut().flat_map(|s| s.fields.iter_mut()).find(|f| f.name == name);
        match field {
            Some(f) => {
                summary.push((f.name.clone(), format!("{}: {text}", f.label)));
                f.error.get_or_insert(text);
            }
            None => summary.push((String::new(), text)),
        }
    }
    summary
}
