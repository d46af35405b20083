//! What a row says about an organisation, and how it is merged into a stored one: only the
//! columns present in the file are touched; an empty cell leaves the value unless the user
//! chose "empty cells clear values"; names and descriptions merge per language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::columns::Field;
use crate::model::{Organisation, OrganisationDraft, OrganisationInput};
use hansa_core::Localized;
use hansa_core::error::FieldError;

/// What a stored organisation holds, as an import saves it before and after a change — to
/// restore it on undo, and to tell whether someone changed it since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgState {
    pub slug: String,
    pub kind: String,
    pub name: Localized,
    pub default_lang: String,
    pub country: Option<String>,
    pub region: Option<String>,
    pub parent_id: Option<i64>,
    pub website: Option<String>,
    pub description: Localized,
    pub founding_member: bool,
    pub archived: bool,
}

impl From<&Organisation> for OrgState {
    fn from(o: &Organisation) -> Self {
        OrgState {
            slug: o.slug.clone(),
            kind: o.kind.code().into(),
            name: o.name.clone(),
            default_lang: o.default_lang.clone(),
            country: o.country.clone(),
            region: o.region.map(|r| r.code().to_owned()),
            parent_id: o.parent_id,
            website: o.website.clone(),
            description: o.description.clone(),
            founding_member: o.founding_member,
            archived: o.archived,
        }
    }
}

/// The cells of one row by field (ignored columns left out); a cell may be empty.
pub type RowValues = BTreeMap<Field, String>;

/// How a matched record takes a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Columns present in the file replace the stored values.
    Update { empty_clears: bool },
    /// Only fields empty today are filled.
    Fill,
}

pub fn parse_bool(field: &str, v: &str) -> Result<Option<bool>, FieldError> {
    match v.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "true" | "yes" | "1" | "y" | "x" | "예" | "是" | "はい" | "да" | "тийм" => Ok(Some(true)),
        "false" | "no" | "0" | "n" | "아니요" | "否" | "いいえ" | "нет" | "үгүй" => Ok(Some(false)),
        other => Err(FieldError::with(field, "err-boolean", other.chars().take(40).collect::<String>())),
    }
}

fn opt(v: &str) -> Option<String> {
    Some(v.trim()).filter(|v| !v.is_empty()).map(str::to_owned)
}

/// A new organisation from a row alone.
pub fn new_input(values: &RowValues) -> Result<OrganisationInput, FieldError> {
    let mut input = OrganisationInput::default();
    for (field, v) in values {
        set(&mut input, field, v)?;
    }
    Ok(input)
}

/// Sets one field from a non-empty or empty cell (empty clears).
fn set(input: &mut OrganisationInput, field: &Field, v: &str) -> Result<(), FieldError> {
    match field {
        Field::Slug => input.slug = opt(v),
        Field::Kind => input.kind = v.trim().to_owned(),
        Field::Name(l) => put(&mut input.name, l, v),
        Field::Description(l) => put(&mut input.description, l, v),
        Field::DefaultLang => input.default_lang = opt(v),
        Field::Country => input.country = opt(v),
        Field::Region => input.region = opt(v),
        Field::Parent => input.parent = opt(v),
        Field::Website => input.website = opt(v),
        Field::FoundingMember => input.founding_member = Some(parse_bool("founding_member", v)?.unwrap_or(false)),
        Field::Id | Field::Ignore => {}
    }
    Ok(())
}

fn put(texts: &mut Localized, lang: &str, v: &str) {
    match opt(v) {
        Some(t) => texts.0.insert(lang.to_owned(), t),
        None => texts.0.remove(lang),
    };
}

/// Whether the stored value of `field` is empty (what "fill" may write).
fn is_empty(input: &OrganisationInput, field: &Field) -> bool {
    match field {
        Field::Name(l) => input.name.get(l).is_none(),
        Field::Description(l) => input.description.get(l).is_none(),
        Field::Country => input.country.is_none(),
        Field::Region => input.region.is_none(),
        Field::Parent => input.parent.is_none(),
        Field::Website => input.website.is_none(),
        // Kind, language and the founder flag always hold a value.
        _ => false,
    }
}

/// The stored organisation as an input to change, its parent named by slug.
pub fn input_of(o: &Organisation, parent_slug: Option<String>) -> OrganisationInput {
    OrganisationInput {
        slug: Some(o.slug.clone()),
        kind: o.kind.code().into(),
        name: o.name.clone(),
        default_lang: Some(o.default_lang.clone()),
        country: o.country.clone(),
        region: o.region.map(|r| r.code().to_owned()),
        parent: parent_slug,
        website: o.website.clone(),
        description: o.description.clone(),
        founding_member: Some(o.founding_member),
    }
}

/// The stored record with the row merged in. The slug and id only find the record.
pub fn merged(current: &OrganisationInput, values: &RowValues, how: Merge) -> Result<OrganisationInput, FieldError> {
    let mut input = current.clone();
    for (field, v) in values {
        if matches!(field, Field::Slug | Field::Id) {
            continue;
        }
        let write = match how {
            Merge::Update { empty_clears } => !v.trim().is_empty() || empty_clears,
            Merge::Fill => !v.trim().is_empty() && is_empty(current, field),
        };
        if write {
            set(&mut input, field, v)?;
        }
    }
    // A new country without a region in the file takes the country's region.
    if input.country != current.country && !values.contains_key(&Field::Region) {
        input.region = None;
    }
    Ok(input)
}

/// The fields of a draft as the preview and the audit show them: `name_ko` → text.
pub fn flat(d: &OrganisationDraft) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    out.insert("kind".into(), d.kind.code().into());
    for (l, t) in &d.name.0 {
        out.insert(format!("name_{l}"), t.clone());
    }
    for (l, t) in &d.description.0 {
        out.insert(format!("description_{l}"), t.clone());
    }
    out.insert("default_lang".into(), d.default_lang.clone());
    let mut some = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            out.insert(k.into(), v.clone());
        }
    };
    some("country", &d.country);
    some("region", &d.region.map(|r| r.code().to_owned()));
    some("parent", &d.parent);
    some("website", &d.website);
    out.insert("founding_member".into(), d.founding_member.to_string());
    out
}

/// One field an import changes, old → new (empty when there was or will be none).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
}

pub fn diff(before: &OrganisationDraft, after: &OrganisationDraft) -> Vec<FieldChange> {
    let (b, a) = (flat(before), flat(after));
    let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| b.get(*k) != a.get(*k))
        .map(|k| FieldChange {
            field: k.clone(),
            old: b.get(k).cloned().unwrap_or_default(),
            new: a.get(k).cloned().unwrap_or_default(),
        })
        .collect()
}
