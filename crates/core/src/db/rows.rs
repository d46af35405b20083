//! Account rows as both drivers decode them.

use crate::account::{Role, User};

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    id: i64,
    email: String,
    display_name: String,
    role: String,
    organisation_id: Option<i64>,
    password_hash: String,
}

impl From<UserRow> for User {
    fn from(r: UserRow) -> Self {
        User {
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            role: Role::parse(&r.role).unwrap_or(Role::Delegate),
            organisation_id: r.organisation_id,
            password_hash: r.password_hash,
        }
    }
}

pub(crate) const USER_COLUMNS: &str = "u.id, u.email, u.display_name, u.role, u.organisation_id, u.password_hash";
