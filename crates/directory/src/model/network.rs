//! Networks: the secretariat's own and the others it works with (NEAR, ASCN, LASCN).

use serde::{Deserialize, Serialize};

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
        })
    }
}
