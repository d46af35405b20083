//! `hansa user`: accounts from the command line (the first admin, password resets, API tokens).

use anyhow::{Context, bail};
use hansa_domain::Caller;
use hansa_domain::Store;
use hansa_domain::account::{Role, Session};
use hansa_domain::accounts::{self, AccountInput};
use hansa_domain::store::AccountStore;
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
    /// Issue an API token (valid one year) for integrations: send it as `Authorization: Bearer <token>`.
    Token {
        #[arg(long)]
        email: String,
    },
}

fn generated() -> String {
    auth::new_token().chars().take(20).collect()
}

/// Creates an account, or leaves the existing one with that e-mail as it is.
pub async fn ensure_user(
    store: &dyn Store,
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
    accounts::create_account(store, &Caller::system(), &input).await.map_err(|e| anyhow::anyhow!("{e}"))?;
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
                bail!("an account with e-mail {email} already exists");
            }
            let (password, shown) = match password {
                Some(p) => (p, false),
                None => (generated(), true),
            };
            ensure_user(&store, &email, &name, role, organisation.as_deref(), &password).await?;
            println!("Created {} account {email}.", role.code());
            if shown {
                println!("Password: {password}");
            }
        }
        User::ResetPassword { email, password } => {
            let user = store.user_by_email(&email).await?.with_context(|| format!("no account {email}"))?;
            let (password, shown) = match password {
                Some(p) => (p, false),
                None => (generated(), true),
            };
            accounts::reset_password(&store, &Caller::system(), &user.email, &password)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("Password of {email} was reset; its sessions were signed out.");
            if shown {
                println!("Password: {password}");
            }
        }
        User::Token { email } => {
            let user = store.user_by_email(&email).await?.with_context(|| format!("no account {email}"))?;
            let token = auth::new_token();
            let session = Session {
                token_hash: auth::hash_token(&token),
                user_id: user.id,
                csrf: auth::new_token(),
                expires_at: auth::now() + 365 * 24 * 3600,
            };
            store.create_session(&session).await?;
            println!("{token}");
        }
    }
    Ok(())
}
