//! What every Hansa feature stands on: texts in several languages, validation, one error
//! type, the audit, the `Caller` and the one policy table, accounts and API tokens, and the
//! storage seam (`db`: SQLite or PostgreSQL, chosen once from the URL, with the migrations),
//! and the outbox of messages to people with the runner that sends them (`outbox`, `jobs`).
//!
//! Features (`hansa-directory`, and events, meetings … after it) add their own model, rules,
//! service, storage, pages and API on top; nothing here knows about any of them.

pub mod account;
pub mod accounts;
pub mod area;
pub mod audit;
pub mod caller;
mod code;
pub mod country;
pub mod db;
pub mod error;
pub mod jobs;
pub mod outbox;
pub mod progress;
pub mod search;
pub mod store;
pub mod text;
pub mod validate;

pub use area::Area;
pub use caller::{Caller, Permission};
pub use code::Page;
pub use db::{Backend, Pool, SqlStore};
pub use error::{DomainError, FieldError};
pub use store::Store;
pub use text::Localized;
