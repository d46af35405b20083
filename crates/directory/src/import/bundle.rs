//! Directory bundles: a whole directory (organisations, networks, memberships, offices,
//! bodies, people) in one readable TOML file. The demo data is such a bundle, and it is
//! loaded through the same services as forms and the API — no raw SQL. `bundle_export`
//! writes one from a directory.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::*;
use crate::service::{self, Caller};
use crate::store::DirectoryStore;
use hansa_core::error::{DomainError, DomainResult, FieldError};

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisation: Vec<BundleOrganisation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub network: Vec<NetworkInput>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub membership: Vec<MembershipInput>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub office: Vec<OfficeInput>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<BodyInput>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub person: Vec<PersonInput>,
}

impl Bundle {
    /// How many records of each kind the bundle holds (what `load` will create).
    pub fn counts(&self) -> BundleCounts {
        BundleCounts {
            organisations: self.organisation.len(),
            networks: self.network.len(),
            memberships: self.membership.len(),
            offices: self.office.len(),
            bodies: self.body.len(),
            people: self.person.len(),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct BundleOrganisation {
    #[serde(flatten)]
    pub input: OrganisationInput,
    /// Archived organisations are loaded like the others (their children, memberships and
    /// seats still name them), then archived.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryEntry>,
}

/// What was loaded.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BundleCounts {
    pub organisations: usize,
    pub networks: usize,
    pub memberships: usize,
    pub offices: usize,
    pub bodies: usize,
    pub people: usize,
}

impl std::fmt::Display for BundleCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} organisations, {} networks, {} memberships, {} offices, {} bodies, {} people",
            self.organisations, self.networks, self.memberships, self.offices, self.bodies, self.people
        )
    }
}

pub fn parse(text: &str) -> DomainResult<Bundle> {
    toml::from_str(text)
        .map_err(|e| DomainError::Invalid(vec![FieldError::with("bundle", "err-bundle-syntax", e.message())]))
}

/// Prefixes the field of every error with where in the bundle it happened (`organisation[3].country`).
fn at(section: &str, i: usize, err: DomainError) -> DomainError {
    let re = |f: FieldError| FieldError { field: format!("{section}[{i}].{}", f.field), ..f };
    match err {
        DomainError::Invalid(v) => DomainError::Invalid(v.into_iter().map(re).collect()),
        DomainError::Conflict(f) => DomainError::Conflict(re(f)),
        other => other,
    }
}

/// Loads a bundle record by record. `progress(step, done, total)` is called as it goes,
/// so the command line can show how far it is. Organisations marked `archived` are archived
/// last, once everything that links to them has been written.
pub async fn load(
    store: &dyn DirectoryStore,
    caller: &Caller,
    bundle: &Bundle,
    progress: &mut dyn FnMut(&str, usize, usize),
) -> DomainResult<BundleCounts> {
    let mut counts = BundleCounts::default();
    // Parents may come later in the file: create in an order where each parent exists first.
    let mut pending: Vec<(usize, &BundleOrganisation)> = bundle.organisation.iter().enumerate().collect();
    let mut done: HashSet<String> = HashSet::new();
    let mut archive: Vec<(usize, String)> = Vec::new();
    let total = pending.len();
    while !pending.is_empty() {
        let before = pending.len();
        let mut later = Vec::new();
        for (i, org) in pending {
            let parent_ready = org.input.parent.as_deref().is_none_or(|p| {
                done.contains(p) || !bundle.organisation.iter().any(|o| o.input.slug.as_deref() == Some(p))
            });
            if !parent_ready {
                later.push((i, org));
                continue;
            }
            let created =
                service::create_organisation(store, caller, &org.input).await.map_err(|e| at("organisation", i, e))?;
            for (j, h) in org.history.iter().enumerate() {
                service::add_history(store, caller, &created.slug, h)
                    .await
                    .map_err(|e| at(&format!("organisation[{i}].history"), j, e))?;
            }
            if org.archived {
                archive.push((i, created.slug.clone()));
            }
            done.insert(created.slug);
            counts.organisations += 1;
            progress("organisations", counts.organisations, total);
        }
        if later.len() == before {
            return Err(at("organisation", later[0].0, DomainError::invalid("parent", "err-parent-cycle")));
        }
        pending = later;
    }
    for (i, n) in bundle.network.iter().enumerate() {
        service::create_network(store, caller, n).await.map_err(|e| at("network", i, e))?;
        counts.networks += 1;
        progress("networks", i + 1, bundle.network.len());
    }
    for (i, m) in bundle.membership.iter().enumerate() {
        service::create_membership(store, caller, m).await.map_err(|e| at("membership", i, e))?;
        counts.memberships += 1;
        progress("memberships", i + 1, bundle.membership.len());
    }
    for (i, o) in bundle.office.iter().enumerate() {
        service::create_office(store, caller, o).await.map_err(|e| at("office", i, e))?;
        counts.offices += 1;
    }
    for (i, p) in bundle.person.iter().enumerate() {
        service::create_person(store, caller, p).await.map_err(|e| at("person", i, e))?;
        counts.people += 1;
        progress("people", i + 1, bundle.person.len());
    }
    for (i, b) in bundle.body.iter().enumerate() {
        service::create_body(store, caller, b).await.map_err(|e| at("body", i, e))?;
        counts.bodies += 1;
    }
    for (i, slug) in &archive {
        service::set_archived(store, caller, slug, true).await.map_err(|e| at("organisation", *i, e))?;
    }
    Ok(counts)
}
