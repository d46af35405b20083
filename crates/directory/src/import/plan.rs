//! The preview of an import: for every row, what would happen — new, change (with the diff
//! field by field), unchanged, duplicate or problem — under the duplicate rules the user
//! chose, as CiviCRM does. Nothing is written here; the commit writes exactly this plan.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::columns::Field;
use super::merge::{FieldChange, OrgState, RowValues};
use super::table::Table;
use crate::model::{Organisation, OrganisationDraft};
use hansa_core::error::FieldError;
use hansa_core::search::fold;

/// How a row finds the stored record it is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchBy {
    /// By the `id` or `slug` column when the file has one, otherwise by name and country.
    #[default]
    Auto,
    Key,
    NameCountry,
}

/// What to do with a row that matches a stored record (or an earlier row).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnMatch {
    #[default]
    Skip,
    Update,
    Fill,
    Create,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
pub struct ImportOptions {
    #[serde(default)]
    pub match_by: MatchBy,
    #[serde(default)]
    pub on_match: OnMatch,
    /// With `update`: an empty cell clears the stored value instead of leaving it.
    #[serde(default)]
    pub empty_clears: bool,
}

/// What will happen to one row.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Outcome {
    New {
        slug: String,
    },
    Change {
        slug: String,
        changes: Vec<FieldChange>,
    },
    Unchanged {
        slug: String,
    },
    /// Skipped: the same as an earlier row of the file, or matching a stored record.
    Duplicate {
        of_line: Option<usize>,
        of_record: Option<String>,
    },
    Problem {
        errors: Vec<FieldError>,
    },
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PlannedRow {
    pub line: usize,
    /// The row's name as the file gives it.
    pub name: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    #[serde(skip)]
    pub write: Option<Write>,
}

/// What the commit writes for a row.
#[derive(Debug, Clone)]
pub enum Write {
    Create(OrganisationDraft),
    Update { id: i64, before: Box<OrgState>, draft: OrganisationDraft },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PlanCounts {
    pub new: usize,
    pub changes: usize,
    pub unchanged: usize,
    pub duplicates: usize,
    pub problems: usize,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Plan {
    pub counts: PlanCounts,
    /// How the file was read (UTF-8, Windows-1252, XLSX …).
    pub read_as: String,
    /// Each column's field code (`ignore` for skipped columns).
    pub columns: Vec<(String, String)>,
    pub rows: Vec<PlannedRow>,
}

/// The stored organisations, indexed the ways rows look them up.
pub struct Existing<'a> {
    pub(super) by_id: HashMap<i64, &'a Organisation>,
    pub(super) by_slug: HashMap<&'a str, &'a Organisation>,
    pub(super) by_name: HashMap<(String, String), Vec<&'a Organisation>>,
}

impl<'a> Existing<'a> {
    pub fn new(all: &'a [Organisation]) -> Self {
        let mut by_name: HashMap<(String, String), Vec<&Organisation>> = HashMap::new();
        for o in all {
            let names: HashSet<String> = o.name.0.values().map(|n| fold(n)).collect();
            for n in names {
                by_name.entry((o.country.clone().unwrap_or_default(), n)).or_default().push(o);
            }
        }
        Existing {
            by_id: all.iter().map(|o| (o.id, o)).collect(),
            by_slug: all.iter().map(|o| (o.slug.as_str(), o)).collect(),
            by_name,
        }
    }

    pub(super) fn slug_of(&self, id: i64) -> Option<String> {
        self.by_id.get(&id).map(|o| o.slug.clone())
    }
}

/// Plans every row of `table` (its columns mapped to `fields`) against what is stored.
/// Rows between two progress reports.
pub const PROGRESS_EVERY: usize = 250;

/// Plans every row; `checked(done, total)` is told every few hundred rows (a long file shows
/// how far the check is).
pub fn plan(
    table: &Table,
    fields: &[Field],
    existing: &Existing,
    options: ImportOptions,
    checked: &mut dyn FnMut(usize, usize),
) -> Plan {
    let has_key = fields.contains(&Field::Slug) || fields.contains(&Field::Id);
    let by_key = match options.match_by {
        MatchBy::Auto => has_key,
        MatchBy::Key => true,
        MatchBy::NameCountry => false,
    };
    let mut planner = super::planner::Planner {
        existing,
        options,
        by_key,
        seen: HashMap::new(),
        planned_slugs: HashSet::new(),
        matched: HashMap::new(),
    };
    let total = table.rows.len();
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            if i % PROGRESS_EVERY == 0 {
                checked(i, total);
            }
            let values: RowValues = fields
                .iter()
                .zip(&row.cells)
                .filter(|(f, _)| **f != Field::Ignore)
                .map(|(f, c)| (f.clone(), c.clone()))
                .collect();
            planner.row(row.line, values)
        })
        .collect::<Vec<_>>();
    let mut counts = PlanCounts::default();
    for r in &rows {
        match r.outcome {
            Outcome::New { .. } => counts.new += 1,
            Outcome::Change { .. } => counts.changes += 1,
            Outcome::Unchanged { .. } => counts.unchanged += 1,
            Outcome::Duplicate { .. } => counts.duplicates += 1,
            Outcome::Problem { .. } => counts.problems += 1,
        }
    }
    let columns = table.headers.iter().cloned().zip(fields.iter().map(Field::code)).collect();
    Plan { counts, read_as: table.read_as.into(), columns, rows }
}
