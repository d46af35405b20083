//! Networks: the secretariat's own and the others it works with (NEAR, ASCN, LASCN).

use serde::{Deserialize, Serialize};

use super::MembershipStatus;

use hansa_core::error::FieldError;
use hansa_core::text::Localized;
use hansa_core::validate::{self, Errors, MAX_NAME};

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Network {
    pub id: i64,
    pub slug: String,
    pub name: Localized,
    /// The organisation that runs the network.
    pub organisation_id: Option<i64>,
    pub membership_types: Vec<MembershipType>,
    /// The membership statuses the public sees; staff see all. Default: active only — the
    /// outreach pipeline (prospects, applicants) and former members stay private.
    pub public_statuses: Vec<MembershipStatus>,
}

impl Network {
    pub fn shows_publicly(&self, status: MembershipStatus) -> bool {
        self.public_statuses.contains(&status)
    }
}

/// The statuses as stored: codes joined by commas (`active,lapsed`).
pub fn statuses_text(statuses: &[MembershipStatus]) -> String {
    statuses.iter().map(|s| s.code()).collect::<Vec<_>>().join(",")
}

pub fn statuses_parse(text: &str) -> Vec<MembershipStatus> {
    text.split(',').filter_map(|c| MembershipStatus::parse(c.trim())).collect()
}

/// A configurable kind of membership (full, associate, private-sector ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MembershipType {
    pub code: String,
    pub name: Localized,
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NetworkInput {
    pub slug: String,
    pub name: Localized,
    /// Slug of the organisation that runs it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, alias = "membership_type", skip_serializing_if = "Vec::is_empty")]
    pub membership_types: Vec<MembershipType>,
    /// Membership statuses the public sees (default: active only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_statuses: Option<Vec<MembershipStatus>>,
}

impl NetworkInput {
    pub fn validate(&self) -> Result<NetworkInput, hansa_core::DomainError> {
        let mut e = Errors::default();
        validate::check_slug("slug", &self.slug, &mut e);
        let name = self.name.clean("name", MAX_NAME, true, &mut e);
        let mut types = Vec::new();
        for (i, t) in self.membership_types.iter().enumerate() {
            let code_ok = !t.code.is_empty()
                && t.code.len() <= 32
                && t.code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
            if !code_ok {
                e.push(FieldError::with(format!("membership_types[{i}].code"), "err-slug", &t.code));
            }
            if types.iter().any(|x: &MembershipType| x.code == t.code) {
                e.push(FieldError::with(format!("membership_types[{i}].code"), "err-duplicate", &t.code));
            }
            let name = t.name.clean(&format!("membership_types[{i}].name"), MAX_NAME, true, &mut e);
            types.push(MembershipType { code: t.code.clone(), name });
        }
        e.finish(NetworkInput {
            slug: self.slug.clone(),
            name,
            organisation: validate::non_empty(self.organisation.as_deref()),
            membership_types: types,
            public_statuses: self.public_statuses.clone(),
        })
    }
}
