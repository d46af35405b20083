//! How each row is planned: its identity within the file (to find repeated rows), the
//! stored record it matches under the user's rules, and what it would write.

use std::collections::{HashMap, HashSet};

use super::columns::Field;
use super::merge::{self, Merge, OrgState, RowValues};
use super::plan::{Existing, ImportOptions, OnMatch, Outcome, PlannedRow, Write};
use crate::model::{Organisation, OrganisationDraft};
use hansa_core::error::FieldError;
use hansa_core::search::fold;

pub(super) struct Planner<'a> {
    pub(super) existing: &'a Existing<'a>,
    pub(super) options: ImportOptions,
    pub(super) by_key: bool,
    /// Rows seen so far by their identity in the file (slug, or country + name) → (line, cells).
    pub(super) seen: HashMap<String, (usize, RowValues)>,
    /// Slugs this file will create, so generated slugs do not collide with each other.
    pub(super) planned_slugs: HashSet<String>,
    /// Stored records already taken by an earlier row → its line: a record changes once.
    pub(super) matched: HashMap<i64, usize>,
}

fn problem(line: usize, name: String, errors: Vec<FieldError>) -> PlannedRow {
    PlannedRow { line, name, outcome: Outcome::Problem { errors }, write: None }
}

impl<'a> Planner<'a> {
    pub(super) fn row(&mut self, line: usize, values: RowValues) -> PlannedRow {
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
