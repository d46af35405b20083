//! Organisations: cities, regional governments, agencies, companies, universities,
//! international organisations and NGOs — with names in several scripts and a kept history.

use serde::{Deserialize, Serialize};

use super::code_enum;
use hansa_core::country::{Region, country};
use hansa_core::error::FieldError;
use hansa_core::text::{Localized, is_language_tag};
use hansa_core::validate::{self, Errors, MAX_NAME, MAX_TEXT};

code_enum!(
    /// What kind of body an organisation is.
    OrgKind {
        City = "city",
        RegionalGovernment = "regional_government",
        NationalAgency = "national_agency",
        Company = "company",
        University = "university",
        InternationalOrganisation = "international_organisation",
        Ngo = "ngo",
    }
);

code_enum!(
    /// Dated events in an organisation's life; they are added, never rewritten.
    HistoryEvent {
        Founded = "founded",
        Renamed = "renamed",
        Merged = "merged",
        Split = "split",
        Dissolved = "dissolved",
    }
);

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Organisation {
    pub id: i64,
    pub slug: String,
    pub kind: OrgKind,
    pub name: Localized,
    /// The organisation's own language, used first when the reader's is missing.
    pub default_lang: String,
    pub country: Option<String>,
    pub region: Option<Region>,
    pub parent_id: Option<i64>,
    pub website: Option<String>,
    pub description: Localized,
    pub founding_member: bool,
    pub has_logo: bool,
    pub archived: bool,
    /// Unix seconds of the last change (for ETag / Last-Modified).
    pub updated_at: i64,
}

/// What a form, the API or an import sends to create or change an organisation (and what a
/// bundle export writes: empty fields are left out of the file).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OrganisationInput {
    /// Left empty, it is made from the English name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Required for a new organisation; left out, a change keeps the current kind.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Left empty, it comes from the country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Slug of the parent organisation (a city's province).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
    /// Left out, a change keeps the current flag (a new organisation is not a founder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founding_member: Option<bool>,
}

/// A checked organisation, ready to store. The parent is still a slug: the service resolves it.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationDraft {
    pub slug: String,
    pub kind: OrgKind,
    pub name: Localized,
    pub default_lang: String,
    pub country: Option<String>,
    pub region: Option<Region>,
    pub parent: Option<String>,
    pub website: Option<String>,
    pub description: Localized,
    pub founding_member: bool,
}

impl OrganisationInput {
    /// Checks every field and reports all problems at once, each naming its field.
    pub fn validate(&self) -> Result<OrganisationDraft, hansa_core::DomainError> {
        let mut e = Errors::default();
        let name = self.name.clean("name", MAX_NAME, true, &mut e);
        let description = self.description.clean("description", MAX_TEXT, false, &mut e);
        let slug = validate::non_empty(self.slug.as_deref())
            .unwrap_or_else(|| validate::slugify(name.get("en").unwrap_or("")));
        // Without an English name there is nothing to make a slug from: one error is enough.
        if !slug.is_empty() || name.get("en").is_some() {
            validate::check_slug("slug", &slug, &mut e);
        }
        let kind = OrgKind::parse(self.kind.trim());
        if kind.is_none() {
            e.push(FieldError::with("kind", "err-choice", self.kind.chars().take(40).collect::<String>()));
        }
        let country_code = validate::non_empty(self.country.as_deref()).map(|c| c.to_ascii_uppercase());
        let known = country_code.as_deref().map(country);
        if let Some(None) = known {
            e.push(FieldError::with("country", "err-country", country_code.clone().unwrap_or_default()));
        }
        let region = match validate::non_empty(self.region.as_deref()) {
            Some(code) => {
                let r = Region::parse(&code);
                if r.is_none() {
                    e.push(FieldError::with("region", "err-choice", code.chars().take(40).collect::<String>()));
                }
                r
            }
            None => known.flatten().map(|c| c.region),
        };
        let default_lang = validate::non_empty(self.default_lang.as_deref()).unwrap_or_else(|| "en".into());
        if !is_language_tag(&default_lang) {
            e.push(FieldError::with("default_lang", "err-language", &default_lang));
        }
        let website = validate::non_empty(self.website.as_deref());
        if let Some(w) = &website {
            validate::check_url("website", w, &mut e);
        }
        let parent = validate::non_empty(self.parent.as_deref());
        if parent.as_deref() == Some(slug.as_str()) {
            e.push(FieldError::new("parent", "err-parent-cycle"));
        }
        e.finish(OrganisationDraft {
            slug,
            kind: kind.unwrap_or(OrgKind::City),
            name,
            default_lang,
            country: country_code,
            region,
            parent,
            website,
            description,
            founding_member: self.founding_member.unwrap_or(false),
        })
    }
}

/// True when making `new_parent` the parent of `org` would close a loop.
/// `parent_of` walks up the existing tree; a depth limit guards against corrupt data.
pub fn parent_makes_cycle(org: i64, new_parent: i64, parent_of: impl Fn(i64) -> Option<i64>) -> bool {
    let mut cursor = Some(new_parent);
    for _ in 0..1_000 {
        match cursor {
            Some(id) if id == org => return true,
            Some(id) => cursor = parent_of(id),
            None => return false,
        }
    }
    true
}

/// A dated event in an organisation's history.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct HistoryEntry {
    pub date: String,
    pub event: HistoryEvent,
    /// For a rename, the old name; for a merger, the organisation merged in.
    #[serde(default)]
    pub name: Localized,
    #[serde(default)]
    pub note: Localized,
}

impl HistoryEntry {
    pub fn validate(&self) -> Result<HistoryEntry, hansa_core::DomainError> {
        let mut e = Errors::default();
        validate::check_date("date", &self.date, &mut e);
        let name = self.name.clean("name", MAX_NAME, false, &mut e);
        let note = self.note.clean("note", MAX_TEXT, false, &mut e);
        if self.event == HistoryEvent::Renamed && name.is_empty() {
            e.push(FieldError::new("name.en", "err-required"));
        }
        e.finish(HistoryEntry { date: self.date.clone(), event: self.event, name, note })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn input() -> OrganisationInput {
        OrganisationInput {
            kind: "city".into(),
            name: Localized::en("Pohang-si"),
            country: Some("kr".into()),
            parent: Some("gyeongsangbuk-do".into()),
            ..Default::default()
        }
    }

    #[test]
    fn valid_input_derives_slug_and_region() {
        let d = input().validate().unwrap();
        assert_eq!(d.slug, "pohang-si");
        assert_eq!(d.country.as_deref(), Some("KR"));
        assert_eq!(d.region, Some(Region::EastAsia));
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = OrganisationInput {
            kind: "village".into(),
            name: Localized::en(&"n".repeat(10_000)),
            country: Some("XX".into()),
            website: Some("not a url".into()),
            ..Default::default()
        };
        let Err(hansa_core::DomainError::Invalid(errs)) = bad.validate() else { panic!("accepted") };
        let fields: Vec<_> = errs.iter().map(|f| f.field.as_str()).collect();
        for f in ["name.en", "kind", "country", "website"] {
            assert!(fields.contains(&f), "{f} not reported in {fields:?}");
        }
    }

    #[test]
    fn cycles_are_detected() {
        // 1 → 2 → 3 (3 is the root). Making 3's parent 1 closes a loop.
        let parents = HashMap::from([(1, 2), (2, 3)]);
        let up = |id| parents.get(&id).copied();
        assert!(parent_makes_cycle(3, 1, up));
        assert!(!parent_makes_cycle(1, 3, up));
        assert!(parent_makes_cycle(2, 2, up));
    }
}
