//! The directory's use cases: turn checked input into stored records, resolving the slugs
//! people type into ids, refusing parent cycles and illegal status moves, writing the audit.
//! Forms, the JSON API and imports all come through here, so they behave the same.

mod governance;
mod imports;
mod networks;
mod organisations;
mod people;
mod visibility;

pub use governance::*;
pub use imports::*;
pub use networks::*;
pub use organisations::*;
pub use people::*;
pub use visibility::*;

use crate::model::*;
use crate::store::DirectoryStore;
pub use hansa_core::caller::Caller;
use hansa_core::caller::Permission;
use hansa_core::error::{DomainError, DomainResult, FieldError};

fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

async fn resolve_org(store: &dyn DirectoryStore, field: &str, slug: &str) -> DomainResult<Organisation> {
    store
        .organisation(slug)
        .await?
        .ok_or_else(|| DomainError::Invalid(vec![FieldError::with(field, "err-unknown", slug)]))
}

async fn resolve_network(store: &dyn DirectoryStore, slug: &str) -> DomainResult<Network> {
    store
        .network(slug)
        .await?
        .ok_or_else(|| DomainError::Invalid(vec![FieldError::with("network", "err-unknown", slug)]))
}
