//! Accounts' use cases: create one, change or reset a password. Every path — the admin's
//! page, the account page, `hansa user`, the demo loader — comes through here, so the same
//! checks and audit apply. Hashing is Argon2id; a leaked table gives no working password.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::account::{ApiToken, NewApiToken, NewUser, Role, User, check_credentials, check_password};
use crate::caller::{Caller, Permission, TokenScope};
use crate::error::{DomainError, DomainResult, FieldError};
use crate::store::Store;
use crate::validate::Errors;

pub fn hash_password(password: &str) -> DomainResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| DomainError::Storage(format!("password hashing failed: {e}")))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A fresh random secret (256 bits), URL-safe.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a token: a leaked table does not give working sessions.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A new account as a form or the command line gives it.
#[derive(Debug, Clone, Default)]
pub struct AccountInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
    /// Slug of the organisation a focal point acts for.
    pub organisation: Option<String>,
    pub password: String,
}

/// Creates an account (admins only). Every field is checked before anything is hashed.
pub async fn create_account(store: &dyn Store, caller: &Caller, input: &AccountInput) -> DomainResult<User> {
    caller.require(Permission::Administer)?;
    let email = input.email.trim().to_lowercase();
    let mut e = Errors::default();
    let role = Role::parse(input.role.trim());
    if role.is_none() {
        e.push(FieldError::with("role", "err-choice", input.role.chars().take(40).collect::<String>()));
    }
    if let Err(DomainError::Invalid(errs)) = check_credentials(&email, &input.password) {
        errs.into_iter().for_each(|f| e.push(f));
    }
    let name = input.display_name.trim();
    if name.is_empty() {
        e.push(FieldError::new("display_name", "err-required"));
    } else if name.chars().count() > 200 {
        e.push(FieldError::with("display_name", "err-too-long", 200));
    }
    let slug = input.organisation.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let organisation_id = match slug {
        Some(slug) => match store.organisation_ref(crate::store::OrgRef::Slug(slug)).await? {
            Some((id, _)) => Some(id),
            None => {
                e.push(FieldError::with("organisation", "err-unknown", slug));
                None
            }
        },
        None => None,
    };
    let role = e.finish(role)?.unwrap_or(Role::Delegate);
    if store.user_by_email(&email).await?.is_some() {
        return Err(DomainError::Conflict(FieldError::with("email", "err-taken", &email)));
    }
    let new = NewUser {
        email: email.clone(),
        display_name: name.to_owned(),
        role,
        organisation_id,
        password_hash: hash_password(&input.password)?,
    };
    store.create_user(&new, caller.audit("create", &format!("user:{email}"), json!({"role": role}))).await
}

/// A signed-in person changes their own password, proving the current one. Their browser
/// sessions end (the page signs this one in again); their API tokens stay, so integrations
/// keep working.
pub async fn change_password(store: &dyn Store, caller: &Caller, current: &str, new: &str) -> DomainResult<()> {
    caller.require(Permission::OwnAccount)?;
    let id = caller.account.ok_or(DomainError::Unauthorized)?;
    let user = store.user(id).await?.ok_or(DomainError::Unauthorized)?;
    if !verify_password(current, &user.password_hash) {
        return Err(DomainError::invalid("current", "password-wrong"));
    }
    let mut e = Errors::default();
    check_password(new, &mut e);
    e.finish(())?;
    let audit = caller.audit("change-password", &format!("user:{id}"), json!({}));
    store.set_password(id, &hash_password(new)?, audit).await
}

/// An admin (or `hansa user reset-password`) sets someone's password.
pub async fn reset_password(store: &dyn Store, caller: &Caller, email: &str, new: &str) -> DomainResult<User> {
    caller.require(Permission::Administer)?;
    let user = store.user_by_email(email).await?.ok_or(DomainError::NotFound)?;
    let mut e = Errors::default();
    check_password(new, &mut e);
    e.finish(())?;
    let audit = caller.audit("reset-password", &format!("user:{}", user.id), json!({}));
    store.set_password(user.id, &hash_password(new)?, audit).await?;
    Ok(user)
}

/// What a new API token should be.
#[derive(Debug, Clone, Default)]
pub struct TokenInput {
    pub name: String,
    /// `read` or `write`.
    pub scope: String,
    /// Days until it stops working; `None` for no expiry.
    pub expires_in_days: Option<i64>,
}

/// Issues an API token for `owner` (oneself, or anyone for an admin). The secret is answered
/// once and never stored; the token is listed by its name from then on.
pub async fn issue_token(
    store: &dyn Store,
    caller: &Caller,
    owner: i64,
    input: &TokenInput,
    now: i64,
) -> DomainResult<(ApiToken, String)> {
    require_owner_or_admin(caller, owner)?;
    let mut e = Errors::default();
    let name = input.name.trim();
    if name.is_empty() {
        e.push(FieldError::new("name", "err-required"));
    } else if name.chars().count() > 100 {
        e.push(FieldError::with("name", "err-too-long", 100));
    }
    let scope = TokenScope::parse(input.scope.trim());
    if scope.is_none() {
        e.push(FieldError::with("scope", "err-choice", input.scope.chars().take(20).collect::<String>()));
    }
    if let Some(days) = input.expires_in_days
        && !(1..=3660).contains(&days)
    {
        e.push(FieldError::with("expires_in_days", "err-range", "1–3660"));
    }
    let scope = e.finish(scope)?.unwrap_or(TokenScope::Read);
    let secret = new_token();
    let new = NewApiToken {
        user_id: owner,
        name: name.to_owned(),
        token_hash: hash_token(&secret),
        scope,
        expires_at: input.expires_in_days.map(|d| now + d * 24 * 3600),
    };
    let audit = caller.audit("create-token", &format!("user:{owner}"), json!({"name": name, "scope": scope}));
    Ok((store.create_token(&new, audit).await?, secret))
}

/// The tokens one may see: one's own, or everyone's for an admin (`owner: None`).
pub async fn list_tokens(store: &dyn Store, caller: &Caller, owner: Option<i64>) -> DomainResult<Vec<ApiToken>> {
    match owner {
        Some(id) => require_owner_or_admin(caller, id)?,
        None => caller.require(Permission::Administer)?,
    }
    store.tokens(owner).await
}

/// Revokes a token at once (its owner or an admin). Revoking a revoked token changes nothing.
pub async fn revoke_token(store: &dyn Store, caller: &Caller, id: i64, now: i64) -> DomainResult<ApiToken> {
    let token = store.token(id).await?.ok_or(DomainError::NotFound)?;
    require_owner_or_admin(caller, token.user_id)?;
    let audit = caller.audit("revoke-token", &format!("user:{}", token.user_id), json!({"name": token.name}));
    store.revoke_token(id, now, audit).await?;
    store.token(id).await?.ok_or(DomainError::NotFound)
}

fn require_owner_or_admin(caller: &Caller, owner: i64) -> DomainResult<()> {
    if caller.account == Some(owner) {
        caller.require(Permission::OwnAccount)
    } else {
        caller.require(Permission::Administer)
    }
}
