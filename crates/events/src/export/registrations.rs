//! An event's registrations as a spreadsheet for the secretariat (CSV or XLSX): every field
//! a person gave, their answers by question code, status and waiting-list place. Personal
//! data: the pages serve it to staff only.

use hansa_core::error::DomainResult;
use hansa_directory::import::export::{Format, Sheet, write};

use crate::model::*;

/// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)` typed into a public form)
/// is kept as text by a leading apostrophe.
fn cell(v: &str) -> String {
    if v.starts_with(['=', '+', '@', '\t', '\r']) { format!("'{v}") } else { v.to_owned() }
}

pub fn sheet(all: &[Registration], questions: &[Question]) -> Sheet {
    let mut header: Vec<String> = ["code", "status", "waitlist_position"]
        .into_iter()
        .chain(COLUMNS)
        .chain(["registered_at"])
        .map(str::to_owned)
        .collect();
    header.extend(questions.iter().map(|q| format!("answer:{}", q.code)));
    let o = |v: &Option<String>| cell(v.as_deref().unwrap_or(""));
    let rows = all
        .iter()
        .map(|r| {
            let i = &r.input;
            let at = jiff::Timestamp::from_second(r.created_at).map(|t| t.to_string()).unwrap_or_default();
            let mut row = vec![
                r.code.clone(),
                r.status.code().to_owned(),
                r.waitlist_position.map(|p| p.to_string()).unwrap_or_default(),
                r.category.code().to_owned(),
                o(&i.honorific),
                cell(&i.given_name),
                cell(&i.family_name),
                o(&i.native_name),
                o(&i.position),
                o(&i.organisation),
                o(&i.organisation_name),
                o(&i.country),
                cell(&i.email),
                o(&i.interpretation_language),
                o(&i.dietary),
                o(&i.accessibility),
                if i.visa_letter { "yes" } else { "no" }.to_owned(),
                o(&i.passport_name),
                at,
            ];
            row.extend(questions.iter().map(|q| cell(i.answers.get(&q.code).map_or("", String::as_str))));
            row
        })
        .collect();
    Sheet { name: "Registrations", header, rows }
}

pub fn export(all: &[Registration], questions: &[Question], format: Format) -> DomainResult<Vec<u8>> {
    write(&sheet(all, questions), format)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_formula_typed_into_the_form_stays_text() {
        assert_eq!(cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(cell("Kim-Lee"), "Kim-Lee");
    }
}
