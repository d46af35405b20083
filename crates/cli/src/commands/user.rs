//! `hansa user`: accounts from the command line (the first admin, password resets, API tokens).

use anyhow::{Context, bail};
use hansa_core::Caller;

use hansa_core::account::Role;
use hansa_core::accounts::{self, AccountInput};
use hansa_core::store::prelude::*;
use hansa_web::auth;

use crate::config::Config;

#[derive(clap::Subcommand)]
pub enum User {
    /// Create an account. Without --password, one is generated and printed.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Make it an administrator (same as --role admin).
        #[arg(long)]
        admin: bool,
        /// admin, staff, focal_point, delegate or jury
        #[arg(long, default_value = "staff")]
        role: String,
        /// Organisation slug (for a focal point).
        #[arg(long)]
        organisation: Option<String>,
        #[arg(long, env = "HANSA_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Set a new password (generated and printed unless given).
    ResetPassword {
        #[arg(long)]
        email: String,
        #[arg(long, env = "HANSA_NEW_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Issue a named API token for an integration; it is printed once. Send it as
    /// `Authorization: Bearer <token>`.
    Token {
        #[arg(long)]
        email: String,
        /// What the token is for, as it will be listed and named in the audit log.
        #[arg(long)]
        name: String,
        /// read or write
        #[arg(long, default_value = "read")]
        scope: String,
        /// Days until it stops working (default: no expiry).
        #[arg(long)]
        expires_days: Option<i64>,
    },
    /// List API tokens (of one account, or all) without their secrets.
    Tokens {
        #[arg(long)]
        email: Option<String>,
    },
    /// Revoke an API token at once, by the number `hansa user tokens` shows.
    RevokeToken {
        #[arg(long)]
        id: i64,
    },
}

fn generated() -> String {
    auth::new_token().chars().take(20).collect()
}

/// Creates an account, or leaves the existing one with that e-mail as it is.
pub async fn ensure_user(
    store: &dyn hansa_core::Store,
    email: &str,
    name: &str,
    role: Role,
    organisation: Option<&str>,
    password: &str,
) -> anyhow::Result<()> {
    if store.user_by_email(email).await?.is_some() {
        return Ok(());
    }
    let input = AccountInput {
        email: email.into(),
        display_name: name.into(),
        role: role.code().into(),
        organisation: organisation.map(str::to_owned),
        password: password.into(),
    };
    accounts::create_account(store, &Caller::system(), &input).await?;
    Ok(())
}

pub async fn run(config: &Config, cmd: User) -> anyhow::Result<()> {
    let store = config.open_store().await?;
    match cmd {
        User::Create { email, name, admin, role, organisation, password } => {
            let role = if admin {
                Role::Admin
            } else {
                Role::parse(&role).with_context(|| format!("unknown role {role:?}"))?
            };
            if store.user_by_email(&email).await?.is_some() {
                bail!("{}", crate::say::t1("cli-account-exists", "detail", &email));
            }
            let (password, shown) = match password {
                Some(p) => (p, false),
                None => (generated(), true),
            };
            ensure_user(&store, &email, &name, role, organisation.as_deref(), &password).await?;
            println!(
                "{}",
                crate::say::tn("cli-account-created", &[("role", role.code().to_owned()), ("email", email.clone())])
            );
            if shown {
                println!("{}", crate::say::t1("cli-password", "detail", &password));
            }
        }
        User::ResetPassword { email, password } => {
            let user = store.user_by_email(&email).await?.with_context(|| format!("no account {email}"))?;
            let (password, shown) = match password {
                Some(p) => (p, false),
                None => (generated(), true),
            };
            accounts::reset_password(&store, &Caller::system(), &user.email, &password).await?;
            println!("{}", crate::say::t1("cli-password-reset", "detail", &email));
            if shown {
                println!("{}", crate::say::t1("cli-password", "detail", &password));
            }
        }
        User::Token { email, name, scope, expires_days } => {
            let user = store.user_by_email(&email).await?.with_context(|| format!("no account {email}"))?;
            let input = accounts::TokenInput { name, scope, expires_in_days: expires_days };
            let (token, secret) =
                accounts::issue_token(&store, &Caller::system(), user.id, &input, auth::now()).await?;
            eprintln!(
                "{}",
                crate::say::tn(
                    "cli-token-issued",
                    &[
                        ("id", token.id.to_string()),
                        ("name", token.name.clone()),
                        ("scope", token.scope.code().to_owned()),
                        ("email", email.clone())
                    ]
                )
            );
            println!("{secret}");
        }
        User::Tokens { email } => {
            let owner = match email {
                Some(e) => Some(store.user_by_email(&e).await?.with_context(|| format!("no account {e}"))?.id),
                None => None,
            };
            let emails: std::collections::HashMap<i64, String> =
                store.users().await?.into_iter().map(|u| (u.id, u.email)).collect();
            let now = auth::now();
            for t in accounts::list_tokens(&store, &Caller::system(), owner).await? {
                let state = if t.revoked_at.is_some() {
                    "revoked"
                } else if t.is_live(now) {
                    "live"
                } else {
                    "expired"
                };
                let owner = emails.get(&t.user_id).map_or("?", String::as_str);
                println!("#{}\t{}\t{}\t{}\t{state}", t.id, t.name, owner, t.scope.code());
            }
        }
        User::RevokeToken { id } => {
            let t = accounts::revoke_token(&store, &Caller::system(), id, auth::now()).await?;
            println!("{}", crate::say::tn("cli-token-revoked", &[("id", t.id.to_string()), ("name", t.name.clone())]));
        }
    }
    Ok(())
}
