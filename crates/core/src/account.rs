//! Accounts, roles and sessions. Password hashing happens at the edge (web); the domain only
//! keeps the hash and decides what each role may do.

use serde::Serialize;

use crate::code_enum;
use crate::error::FieldError;
use crate::validate::Errors;

code_enum!(
    /// What a signed-in person may do. Someone not signed in is the public.
    Role {
        Admin = "admin",
        Staff = "staff",
        FocalPoint = "focal_point",
        Delegate = "delegate",
        Jury = "jury",
    }
);

impl Role {
    /// Staff and admins run the directory; everyone else only reads public pages.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Admin | Role::Staff)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The organisation a focal point acts for.
    pub organisation_id: Option<i64>,
    #[serde(skip)]
    pub password_hash: String,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub password_hash: String,
}

/// Checks an e-mail and a new password before anything is hashed or stored.
pub fn check_credentials(email: &str, password: &str) -> Result<(), crate::DomainError> {
    let mut e = Errors::default();
    if !crate::validate::is_email(email) {
        e.push(FieldError::new("email", "err-email"));
    }
    check_password(password, &mut e);
    e.finish(())
}

/// At least 10 characters (NIST 800-63B favours length over composition rules).
pub fn check_password(password: &str, e: &mut Errors) {
    let n = password.chars().count();
    if n < 10 {
        e.push(FieldError::with("password", "err-password-short", 10));
    } else if n > 256 {
        e.push(FieldError::with("password", "err-too-long", 256));
    }
}

/// A signed-in browser or an API token. Only a hash of the secret is stored.
#[derive(Debug, Clone)]
pub struct Session {
    pub token_hash: String,
    pub user_id: i64,
    /// The form token bound to this session (checked on every unsafe request).
    pub csrf: String,
    pub expires_at: i64,
}

/// An API token as its owner and admins see it (never its secret).
#[derive(Debug, Clone, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub scope: crate::caller::TokenScope,
    /// Unix seconds.
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

impl ApiToken {
    /// Usable at `now`: neither revoked nor expired.
    pub fn is_live(&self, now: i64) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|e| e > now)
    }
}

/// A token to store: the hash of its secret, never the secret.
#[derive(Debug, Clone)]
pub struct NewApiToken {
    pub user_id: i64,
    pub name: String,
    pub token_hash: String,
    pub scope: crate::caller::TokenScope,
    pub expires_at: Option<i64>,
}

/// Failed sign-ins noted under one throttling key within a window: how many, and when the
/// earliest and latest were (None when there were none).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoginFailures {
    pub count: i64,
    pub first: Option<i64>,
    pub last: Option<i64>,
}
