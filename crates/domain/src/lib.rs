//! Hansa's domain: the membership of a network of cities — organisations, networks and their
//! memberships, regional offices, governance bodies, people — plus accounts and the audit log.
//!
//! Nothing here knows about HTTP or SQL. Values are validated when they are built, so once an
//! `OrganisationDraft` exists it is valid; the `Store` trait is implemented by `hansa-store`.

pub mod account;
pub mod accounts;
pub mod area;
pub mod audit;
pub mod caller;
pub mod country;
pub mod directory;
pub mod error;
pub mod import;
pub mod store;
pub mod text;
pub mod validate;

pub use area::Area;
pub use caller::{Caller, Permission};
pub use error::{DomainError, FieldError};
pub use store::Store;
pub use text::Localized;
