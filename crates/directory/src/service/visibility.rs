//! Who sees which memberships. Each network decides which statuses the public sees (by
//! default only active members); staff see everything. The outreach pipeline — prospects,
//! applicants — and lapsed, suspended or withdrawn members stay off public pages, the API,
//! counts and the map. Every read of memberships for a page or the API goes through here.

use std::collections::HashMap;

use serde_json::json;

use super::*;
use crate::store::DirectoryStore;

/// The memberships a caller may see, decided once per request.
pub struct MembershipVisibility {
    staff: bool,
    shown: HashMap<i64, Vec<MembershipStatus>>,
}

impl MembershipVisibility {
    pub async fn for_caller(store: &dyn DirectoryStore, caller: &Caller) -> DomainResult<Self> {
        let staff = caller.may(Permission::ReadStaff);
        let shown = if staff {
            HashMap::new()
        } else {
            store.networks().await?.into_iter().map(|n| (n.id, n.public_statuses)).collect()
        };
        Ok(Self { staff, shown })
    }

    /// The same, from networks already read (no query).
    pub fn from_networks(caller: &Caller, networks: &[Network]) -> Self {
        let staff = caller.may(Permission::ReadStaff);
        let shown =
            if staff { HashMap::new() } else { networks.iter().map(|n| (n.id, n.public_statuses.clone())).collect() };
        Self { staff, shown }
    }

    /// Everything, for staff and the system.
    pub fn staff(&self) -> bool {
        self.staff
    }

    pub fn shows(&self, m: &Membership) -> bool {
        self.staff || self.shown.get(&m.network_id).is_some_and(|s| s.contains(&m.status))
    }

    pub fn filter(&self, all: Vec<Membership>) -> Vec<Membership> {
        all.into_iter().filter(|m| self.shows(m)).collect()
    }

    /// Whether the caller may see members of this status at all (a status filter).
    pub fn shows_status_anywhere(&self, status: MembershipStatus) -> bool {
        self.staff || self.shown.values().any(|s| s.contains(&status))
    }
}

/// Staff decide which statuses of a network the public sees.
pub async fn set_public_statuses(
    store: &dyn DirectoryStore,
    caller: &Caller,
    network_slug: &str,
    statuses: &[MembershipStatus],
) -> DomainResult<Network> {
    caller.require(Permission::EditDirectory)?;
    let network = resolve_network(store, network_slug).await?;
    let before: Vec<&str> = network.public_statuses.iter().map(|s| s.code()).collect();
    let after: Vec<&str> = statuses.iter().map(|s| s.code()).collect();
    let audit = caller.audit("update", &format!("network:{network_slug}"), json!({"public_statuses": [before, after]}));
    store.set_public_statuses(network.id, statuses, audit).await?;
    resolve_network(store, network_slug).await
}
