//! The preview of an import: for every row, what would happen — new, change (with the diff
//! field by field), unchanged, duplicate or problem — under the duplicate rules the user
//! chose, as CiviCRM does. Nothing is written here; the commit writes exactly this plan.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::columns::Field;
use super::merge::{self, FieldChange, Merge, OrgState, RowValues};
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

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
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
    by_id: HashMap<i64, &'a Organisation>,
    by_slug: HashMap<&'a str, &'a Organisation>,
    by_name: HashMap<(String, String), Vec<&'a Organisation>>,
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

    fn slug_of(&self, id: i64) -> Option<String> {
        self.by_id.get(&id).map(|o| o.slug.clone())
    }
}

/// Plans every row of `table` (its columns mapped to `fields`) against what is stored.
pub fn plan(table: &Table, fields: &[Field], existing: &Existing, options: ImportOptions) -> Plan {
    let has_key = fields.contains(&Field::Slug) || fields.contains(&Field::Id);
    let by_key = match options.match_by {
        MatchBy::Auto => has_key,
        MatchBy::Key => true,
        MatchBy::NameCountry => false,
    };
    let mut planner = Planner {
        existing,
        options,
        by_key,
        seen: HashMap::new(),
        planned_slugs: HashSet::new(),
        matched: HashMap::new(),
    };
    let rows = table
        .rows
        .iter()
        .map(|row| {
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

struct Planner<'a> {
    existing: &'a Existing<'a>,
    options: ImportOptions,
    by_key: bool,
    /// Rows seen so far by their identity in the file (slug, or country + name) → (line, cells).
    seen: HashMap<String, (usize, RowValues)>,
    /// Slugs this file will create, so generated slugs do not collide with each other.
    planned_slugs: HashSet<String>,
    /// Stored records already taken by an earlier row → its line: a record changes once.
    matched: HashMap<i64, usize>,
}

fn problem(line: usize, name: String, errors: Vec<FieldError>) -> PlannedRow {
    PlannedRow { line, name, outcome: Outcome::Problem { errors }, write: None }
}

impl<'a> Planner<'a> {
    fn row(&mut self, line: usize, values: RowValues) -> PlannedRow {
        let existing = self.existing;
        let cell = |f: Field| values.get(&f).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let name = cell(Field::Name("en".into()))
            .or_else(|| {
                values.iter().find(|(f, v)| matches!(f, Field::Name(_)) && !v.is_empty()).map(|(_, v)| v.clone())
            })
            .or_else(|| cell(Field::Slug))
            .unwrap_or_default()
            .chars()
            .take(80)
            .collect::<String>();
        let country = cell(Field::Country).map(|c| c.to_ascii_uppercase()).unwrap_or_default();
        // The row's identity within the file, to find repeated rows.
        let given_slug = cell(Field::Slug);
        let identity = match &given_slug {
            Some(s) => format!("slug:{s}"),
            None => format!("name:{country}:{}", fold(&name)),
        };
        if let Some((first, cells)) = self.seen.get(&identity) {
            let first = *first;
            if *cells == values || (given_slug.is_none() && self.options.on_match != OnMatch::Create) {
                let outcome = Outcome::Duplicate { of_line: Some(first), of_record: None };
                return PlannedRow { line, name, outcome, write: None };
            }
            if let Some(slug) = given_slug {
                let e = FieldError::with("slug", "err-import-slug-twice", format!("{slug} ({first})"));
                return problem(line, name, vec![e]);
            }
        } else {
            self.seen.insert(identity, (line, values.clone()));
        }
        // The stored record this row is about.
        let found: Result<Option<&Organisation>, FieldError> = if self.by_key {
            match (cell(Field::Id), cell(Field::Slug)) {
                (Some(id), _) => match id.parse::<i64>().ok().and_then(|id| existing.by_id.get(&id)) {
                    Some(o) => Ok(Some(*o)),
                    None => Err(FieldError::with("id", "err-unknown", id)),
                },
                (None, Some(slug)) => Ok(existing.by_slug.get(slug.as_str()).copied()),
                (None, None) => Ok(None),
            }
        } else {
            let mut hits: Vec<&Organisation> = values
                .iter()
                .filter(|(f, v)| matches!(f, Field::Name(_)) && !v.trim().is_empty())
                .filter_map(|(_, v)| existing.by_name.get(&(country.clone(), fold(v.trim()))))
                .flatten()
                .copied()
                .collect();
            hits.sort_by_key(|o| o.id);
            hits.dedup_by_key(|o| o.id);
            match hits.as_slice() {
                [] => Ok(None),
                [one] => Ok(Some(*one)),
                many => Err(FieldError::with(
                    "name",
                    "err-import-ambiguous",
                    many.iter().map(|o| o.slug.as_str()).collect::<Vec<_>>().join(", "),
                )),
            }
        };
        let found = match found {
            Ok(f) => f,
            Err(e) => return problem(line, name, vec![e]),
        };
        if let Some(o) = found
            && self.options.on_match != OnMatch::Create
        {
            if let Some(first) = self.matched.get(&o.id) {
                let outcome = Outcome::Duplicate { of_line: Some(*first), of_record: Some(o.slug.clone()) };
                return PlannedRow { line, name, outcome, write: None };
            }
            self.matched.insert(o.id, line);
        }
        match (found, self.options.on_match) {
            (Some(o), OnMatch::Skip) => PlannedRow {
                line,
                name,
                outcome: Outcome::Duplicate { of_line: None, of_record: Some(o.slug.clone()) },
                write: None,
            },
            (Some(o), OnMatch::Update | OnMatch::Fill) => self.change(line, name, o, &values),
            (Some(o), OnMatch::Create) if self.by_key => {
                problem(line, name, vec![FieldError::with("slug", "err-import-slug-taken", &o.slug)])
            }
            (Some(_) | None, _) => self.create(line, name, &values, &country),
        }
    }

    fn change(&mut self, line: usize, name: String, o: &Organisation, values: &RowValues) -> PlannedRow {
        let existing = self.existing;
        let how = match self.options.on_match {
            OnMatch::Fill => Merge::Fill,
            _ => Merge::Update { empty_clears: self.options.empty_clears },
        };
        let current = merge::input_of(o, o.parent_id.and_then(|p| existing.slug_of(p)));
        let checked = match merge::merged(&current, values, how) {
            Ok(input) => input.validate().map_err(all_errors),
            Err(e) => Err(vec![e]),
        };
        // The stored record as a draft, to diff against (it was valid when it was stored).
        let before = current.validate().map_err(all_errors);
        let (draft, before_draft) = match (checked, before) {
            (Ok(d), Ok(b)) => (d, b),
            (Err(e), _) | (_, Err(e)) => return problem(line, name, e),
        };
        if let Some(e) = self.unknown_parent(&draft) {
            return problem(line, name, vec![e]);
        }
        let changes = merge::diff(&before_draft, &draft);
        let slug = o.slug.clone();
        if changes.is_empty() {
            return PlannedRow { line, name, outcome: Outcome::Unchanged { slug }, write: None };
        }
        let write = Write::Update { id: o.id, before: Box::new(OrgState::from(o)), draft };
        PlannedRow { line, name, outcome: Outcome::Change { slug, changes }, write: Some(write) }
    }

    fn create(&mut self, line: usize, name: String, values: &RowValues, country: &str) -> PlannedRow {
        let existing = self.existing;
        let checked = match merge::new_input(values) {
            Ok(input) => input.validate().map_err(all_errors),
            Err(e) => Err(vec![e]),
        };
        let mut draft = match checked {
            Ok(d) => d,
            Err(e) => return problem(line, name, e),
        };
        let taken = |s: &str, planned: &HashSet<String>| existing.by_slug.contains_key(s) || planned.contains(s);
        if values.get(&Field::Slug).is_some_and(|s| !s.trim().is_empty()) {
            // A slug given in the file is taken as given: a clash is the user's to resolve.
            if taken(&draft.slug, &self.planned_slugs) {
                return problem(line, name, vec![FieldError::with("slug", "err-import-slug-taken", &draft.slug)]);
            }
        } else if taken(&draft.slug, &self.planned_slugs) {
            // A generated slug that collides takes the country, then a number: barcelona-ve.
            let base = if country.is_empty() {
                draft.slug.clone()
            } else {
                format!("{}-{}", draft.slug, country.to_ascii_lowercase())
            };
            let mut candidate = base.clone();
            let mut n = 2;
            while taken(&candidate, &self.planned_slugs) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            draft.slug = candidate;
        }
        if let Some(e) = self.unknown_parent(&draft) {
            return problem(line, name, vec![e]);
        }
        self.planned_slugs.insert(draft.slug.clone());
        let slug = draft.slug.clone();
        PlannedRow { line, name, outcome: Outcome::New { slug }, write: Some(Write::Create(draft)) }
    }

    /// A parent must be stored or created by an earlier row of the file.
    fn unknown_parent(&self, d: &OrganisationDraft) -> Option<FieldError> {
        let existing = self.existing;
        let p = d.parent.as_deref()?;
        (!existing.by_slug.contains_key(p) && !self.planned_slugs.contains(p))
            .then(|| FieldError::with("parent", "err-unknown", p))
    }
}

fn all_errors(e: hansa_core::DomainError) -> Vec<FieldError> {
    match e {
        hansa_core::DomainError::Invalid(v) => v,
        other => vec![FieldError::with("row", "err-internal", other)],
    }
}
