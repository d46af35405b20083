//! The storage contract of what every feature shares: the site (readiness, area versions),
//! accounts and API tokens. `db::SqlStore` implements it on SQLite and PostgreSQL; every
//! method that changes data takes the `AuditNote` and writes it in the same transaction.

use async_trait::async_trait;

use crate::account::{ApiToken, LoginFailures, NewApiToken, NewUser, Session, User};
use crate::area::Area;
use crate::audit::{AuditEntry, AuditNote};
use crate::error::DomainResult;
use crate::progress::JobProgress;

/// What every feature's store also is.
pub trait Store: SiteStore + AccountStore + TokenStore {}
impl<T: SiteStore + AccountStore + TokenStore> Store for T {}

#[async_trait]
pub trait SiteStore: Send + Sync {
    /// Answers when the database is reachable (readiness).
    async fn ping(&self) -> DomainResult<()>;
    /// The data version of each area, in the order asked: a number that grows with every
    /// audited change in that area, so equal numbers mean that area's data is unchanged.
    /// One small query for all of them (page caches ask on every request).
    async fn area_versions(&self, areas: &[Area]) -> DomainResult<Vec<i64>>;
    /// Notes where the job under `key` is (outside any transaction, at once visible).
    async fn set_progress(&self, key: &str, progress: &JobProgress) -> DomainResult<()>;
    /// Where the job under `key` is, if it reported in the last day.
    async fn progress(&self, key: &str) -> DomainResult<Option<JobProgress>>;
}

#[async_trait]
pub trait AccountStore: Send + Sync {
    async fn create_user(&self, u: &NewUser, audit: AuditNote) -> DomainResult<User>;
    async fn user(&self, id: i64) -> DomainResult<Option<User>>;
    async fn user_by_email(&self, email: &str) -> DomainResult<Option<User>>;
    async fn users(&self) -> DomainResult<Vec<User>>;
    /// The id and slug of an organisation an account acts for (accounts only refer to
    /// organisations; the directory owns them).
    async fn organisation_ref(&self, slug_or_id: OrgRef<'_>) -> DomainResult<Option<(i64, String)>>;
    async fn set_password(&self, id: i64, hash: &str, audit: AuditNote) -> DomainResult<()>;
    async fn create_session(&self, s: &Session) -> DomainResult<()>;
    /// The live session and its user, if the token is known and not expired at `now`.
    async fn session(&self, token_hash: &str, now: i64) -> DomainResult<Option<(Session, User)>>;
    async fn delete_session(&self, token_hash: &str) -> DomainResult<()>;
    /// Notes a failed sign-in under `key` at `at`, and forgets that key's failures before
    /// `forget_before` (they no longer count, so the table stays small).
    async fn note_login_failure(&self, key: &str, at: i64, forget_before: i64) -> DomainResult<()>;
    /// The failures under `key` at or after `since`.
    async fn login_failures(&self, key: &str, since: i64) -> DomainResult<LoginFailures>;
    async fn clear_login_failures(&self, key: &str) -> DomainResult<()>;
    /// Forgets every key's failures before `before` (keys that never fail again are not
    /// swept by `note_login_failure`); answers how many went.
    async fn forget_login_failures(&self, before: i64) -> DomainResult<u64>;
    async fn audit_log(&self, limit: i64, offset: i64) -> DomainResult<Vec<AuditEntry>>;
}

/// API tokens of accounts (integrations), apart from browser sessions.
#[async_trait]
pub trait TokenStore: Send + Sync {
    async fn create_token(&self, t: &NewApiToken, audit: AuditNote) -> DomainResult<ApiToken>;
    /// Tokens of one account, or of every account (`None`), newest first.
    async fn tokens(&self, user_id: Option<i64>) -> DomainResult<Vec<ApiToken>>;
    async fn token(&self, id: i64) -> DomainResult<Option<ApiToken>>;
    /// The live token with this hash and its account; notes its use (at most once a minute,
    /// so busy integrations do not write on every request).
    async fn use_token(&self, token_hash: &str, now: i64) -> DomainResult<Option<(ApiToken, User)>>;
    async fn revoke_token(&self, id: i64, now: i64, audit: AuditNote) -> DomainResult<()>;
}

/// How an account names the organisation it acts for.
#[derive(Debug, Clone, Copy)]
pub enum OrgRef<'a> {
    Slug(&'a str),
    Id(i64),
}

/// The traits to bring into scope to call the store's methods (`use hansa_core::store::prelude::*`).
pub mod prelude {
    pub use super::{AccountStore, SiteStore, TokenStore};
}
