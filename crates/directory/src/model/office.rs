//! Regional offices: a member hosts an office of the network for a region, for a while.

use serde::{Deserialize, Serialize};

use hansa_core::text::Localized;
use hansa_core::validate::{self, Errors, MAX_NAME};

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RegionalOffice {
    pub id: i64,
    pub network_id: i64,
    pub host_id: i64,
    pub city: Localized,
    pub region_covered: Localized,
    pub since: Option<String>,
    /// Set when the office has closed.
    pub until: Option<String>,
}

impl RegionalOffice {
    pub fn is_open(&self) -> bool {
        self.until.is_none()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct OfficeInput {
    pub network: String,
    /// Slug of the hosting organisation.
    pub host: String,
    pub city: Localized,
    pub region_covered: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

impl OfficeInput {
    pub fn validate(&self) -> Result<OfficeInput, hansa_core::DomainError> {
        let mut e = Errors::default();
        let city = self.city.clean("city", MAX_NAME, true, &mut e);
        let region_covered = self.region_covered.clean("region_covered", MAX_NAME, true, &mut e);
        validate::check_period(self.since.as_deref(), self.until.as_deref(), &mut e);
        e.finish(OfficeInput { city, region_covered, ..self.clone() })
    }
}
