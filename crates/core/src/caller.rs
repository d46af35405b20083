//! Who is asking and what they may do. Every service takes a `Caller` and decides with the
//! one policy table below ([`allows`]); the web layer only turns requests into calls, and the
//! authorisation-matrix test walks the same table for every route and role.

use serde_json::Value;

use crate::account::{Role, User};
use crate::audit::AuditNote;
use crate::code_enum;
use crate::error::{DomainError, DomainResult, FieldError};

code_enum!(
    /// What an action needs. Every route and every service call names exactly one.
    Permission {
        /// Public pages and API reads: anyone, signed in or not.
        ReadPublic = "read_public",
        /// Anything a signed-in account does to itself: its password, its API tokens.
        OwnAccount = "own_account",
        /// Staff pages: the dashboard, forms, contact details of people, exports.
        ReadStaff = "read_staff",
        /// The descriptive fields of one's own organisation (names, description, website,
        /// logo, its people's contacts). Focal points hold it for the organisation they act
        /// for; staff hold [`Permission::EditDirectory`], which covers every organisation.
        EditOwnOrganisation = "edit_own_organisation",
        /// The secretariat's decisions: organisations' identity (slug, kind, parent,
        /// country, founding flag), networks, memberships and their status, offices,
        /// bodies, seats, people, imports.
        EditDirectory = "edit_directory",
        /// Events: their details, programme, rooms and sessions (the secretariat's staff).
        EditEvents = "edit_events",
        /// The outreach log: bilateral meetings with cities, staff notes and follow-ups. The
        /// secretariat's own working record, never shown to members or the public.
        EditOutreach = "edit_outreach",
        /// Accounts, the audit log, erasure of a person on request.
        Administer = "administer",
    }
);

impl Permission {
    /// Permissions that change data: a read-only API token never carries them.
    pub fn writes(self) -> bool {
        !matches!(self, Permission::ReadPublic | Permission::ReadStaff)
    }
}

/// THE policy table: which role holds which permission (`None` is the public). A match is
/// exhaustive, so a new permission or role cannot be added without deciding here.
pub fn allows(permission: Permission, role: Option<Role>) -> bool {
    use Permission::*;
    match permission {
        ReadPublic => true,
        OwnAccount => role.is_some(),
        ReadStaff | EditDirectory | EditEvents | EditOutreach => matches!(role, Some(Role::Admin | Role::Staff)),
        EditOwnOrganisation => matches!(role, Some(Role::Admin | Role::Staff | Role::FocalPoint)),
        Administer => role == Some(Role::Admin),
    }
}

code_enum!(
    /// What an API token may do.
    TokenScope {
        Read = "read",
        Write = "write",
    }
);

/// The API token a request came with, if any: its writes are audited under its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenGrant {
    pub id: i64,
    pub name: String,
    pub scope: TokenScope,
}

/// The person (or program) behind a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub account: Option<i64>,
    /// `None`: the public, not signed in.
    pub role: Option<Role>,
    /// The organisation a focal point acts for.
    pub organisation: Option<i64>,
    pub token: Option<TokenGrant>,
}

impl Caller {
    pub fn public() -> Caller {
        Caller { account: None, role: None, organisation: None, token: None }
    }

    /// The command line and the demo loader. Whoever runs `hansa` on the server already
    /// holds the database, so it acts with every permission; the audit shows no account.
    pub fn system() -> Caller {
        Caller { account: None, role: Some(Role::Admin), organisation: None, token: None }
    }

    pub fn of(user: &User) -> Caller {
        Caller { account: Some(user.id), role: Some(user.role), organisation: user.organisation_id, token: None }
    }

    pub fn with_token(mut self, grant: TokenGrant) -> Caller {
        self.token = Some(grant);
        self
    }

    pub fn may(&self, permission: Permission) -> bool {
        let token_allows = !permission.writes() || self.token.as_ref().is_none_or(|t| t.scope == TokenScope::Write);
        allows(permission, self.role) && token_allows
    }

    /// Ok, or why not: the public must sign in (401); anyone else is refused (403).
    pub fn require(&self, permission: Permission) -> DomainResult<()> {
        if self.may(permission) {
            Ok(())
        } else if self.role.is_none() {
            Err(DomainError::Unauthorized)
        } else {
            Err(DomainError::Forbidden)
        }
    }

    /// May change the descriptive fields of this organisation: staff any, a focal point its own.
    pub fn may_describe(&self, organisation_id: i64) -> bool {
        self.may(Permission::EditDirectory)
            || (self.may(Permission::EditOwnOrganisation) && self.organisation == Some(organisation_id))
    }

    pub fn require_describe(&self, organisation_id: i64) -> DomainResult<()> {
        if self.may_describe(organisation_id) { Ok(()) } else { self.require(Permission::EditDirectory) }
    }

    /// The audit note of a change this caller makes, naming the token when one was used.
    pub fn audit(&self, action: &str, entity: &str, changes: Value) -> AuditNote {
        let mut note = AuditNote::new(self.account, action, entity, changes);
        note.token = self.token.as_ref().map(|t| t.name.clone());
        note
    }
}

/// Refuses, naming each field, a change to fields only the secretariat decides.
pub fn refuse_fields(fields: &[&str]) -> DomainResult<()> {
    if fields.is_empty() {
        return Ok(());
    }
    Err(DomainError::ForbiddenFields(fields.iter().map(|f| FieldError::new(*f, "err-secretariat-field")).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_role(role: Role) -> Caller {
        Caller { account: Some(1), role: Some(role), organisation: Some(7), token: None }
    }

    #[test]
    fn the_public_reads_only() {
        let p = Caller::public();
        assert!(p.may(Permission::ReadPublic));
        for perm in Permission::ALL.iter().filter(|p| **p != Permission::ReadPublic) {
            assert!(!p.may(*perm), "{perm:?}");
            assert!(matches!(p.require(*perm), Err(DomainError::Unauthorized)));
        }
    }

    #[test]
    fn focal_points_describe_their_own_organisation_only() {
        let f = as_role(Role::FocalPoint);
        assert!(f.may_describe(7));
        assert!(!f.may_describe(8));
        assert!(!f.may(Permission::EditDirectory));
        assert!(matches!(f.require_describe(8), Err(DomainError::Forbidden)));
        assert!(as_role(Role::Staff).may_describe(8));
        assert!(!as_role(Role::Delegate).may_describe(7));
    }

    #[test]
    fn read_only_tokens_never_write() {
        let grant = TokenGrant { id: 1, name: "website".into(), scope: TokenScope::Read };
        let admin = as_role(Role::Admin).with_token(grant);
        assert!(admin.may(Permission::ReadStaff));
        for perm in Permission::ALL.iter().filter(|p| p.writes()) {
            assert!(!admin.may(*perm), "{perm:?}");
        }
        let writer =
            as_role(Role::Admin).with_token(TokenGrant { id: 2, name: "crm".into(), scope: TokenScope::Write });
        assert!(writer.may(Permission::Administer));
        assert_eq!(writer.audit("update", "organisation:x", Value::Null).token.as_deref(), Some("crm"));
    }

    #[test]
    fn only_admins_administer() {
        for role in Role::ALL {
            assert_eq!(allows(Permission::Administer, Some(*role)), *role == Role::Admin);
        }
    }
}
