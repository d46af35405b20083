//! API tokens on the account page: each person lists, creates and revokes their own; admins
//! see and revoke everyone's. The secret is shown once, right after it is made.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::Permission;
use hansa_core::account::ApiToken;
use hansa_core::accounts::{self, TokenInput};
use hansa_core::store::prelude::*;
use serde::Deserialize;

use super::admin::utc;
use crate::AppState;
use crate::auth;
use crate::ctx::Ctx;
use crate::error::Failure;
use crate::view::{Chrome, page};

/// One row of the list, ready to show.
pub struct TokenRow {
    id: i64,
    name: String,
    owner: String,
    scope: String,
    created: String,
    expires: String,
    last_used: String,
    live: bool,
    state: String,
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    c: Chrome,
    error: Option<String>,
    secret: Option<String>,
    tokens: Vec<TokenRow>,
    /// An admin's list, with every account's tokens and their owners.
    all: bool,
}

async fn tokens_page(
    state: &AppState,
    ctx: &Ctx,
    error: Option<String>,
    secret: Option<String>,
) -> Result<TokensPage, Failure> {
    let all = ctx.caller.may(Permission::Administer);
    let owner = if all { None } else { ctx.caller.account };
    let tokens = accounts::list_tokens(state.store.as_ref(), &ctx.caller, owner).await?;
    let emails: std::collections::HashMap<i64, String> = if all {
        state.store.users().await?.into_iter().map(|u| (u.id, u.email)).collect()
    } else {
        Default::default()
    };
    let tr = &ctx.tr;
    let now = auth::now();
    let row = |t: ApiToken| TokenRow {
        id: t.id,
        owner: emails.get(&t.user_id).cloned().unwrap_or_default(),
        scope: tr.t(&format!("tokens-scope-{}", t.scope.code())),
        created: utc(t.created_at),
        expires: t.expires_at.map_or_else(|| tr.t("tokens-never"), utc),
        last_used: t.last_used_at.map_or_else(|| tr.t("tokens-never"), utc),
        live: t.is_live(now),
        state: tr.t(if t.revoked_at.is_some() { "tokens-revoked" } else { "tokens-expired" }),
        name: t.name,
    };
    let tokens = tokens.into_iter().map(row).collect();
    Ok(TokensPage { c: Chrome::new(ctx, ctx.tr.t("tokens-title")), error, secret, tokens, all })
}

pub async fn list(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    ctx.require(Permission::OwnAccount)?;
    Ok(page(&tokens_page(&state, &ctx, None, None).await?))
}

#[derive(Deserialize)]
pub struct NewTokenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    expires_in_days: String,
}

pub async fn create(State(state): State<AppState>, ctx: Ctx, Form(f): Form<NewTokenForm>) -> Result<Response, Failure> {
    ctx.require(Permission::OwnAccount)?;
    ctx.check_csrf(&f.csrf)?;
    let refuse = |msg: String| async {
        Ok::<_, Failure>(
            (StatusCode::UNPROCESSABLE_ENTITY, page(&tokens_page(&state, &ctx, Some(msg), None).await?))
                .into_response(),
        )
    };
    let days = match f.expires_in_days.trim() {
        "" => None,
        d => match d.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => return refuse(ctx.tr.t1("err-range", "detail", "1–3660")).await,
        },
    };
    let owner = ctx.caller.account.ok_or(Failure::Unauthorized)?;
    let input = TokenInput { name: f.name, scope: f.scope, expires_in_days: days };
    match accounts::issue_token(state.store.as_ref(), &ctx.caller, owner, &input, auth::now()).await {
        Ok((_, secret)) => Ok(page(&tokens_page(&state, &ctx, None, Some(secret)).await?)),
        Err(hansa_core::DomainError::Invalid(errs)) => {
            refuse(errs.iter().map(|e| ctx.tr.error(e)).collect::<Vec<_>>().join(" ")).await
        }
        Err(e) => Err(Failure::from(e).lang(ctx.lang())),
    }
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    csrf: String,
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Form(f): Form<RevokeForm>,
) -> Result<Response, Failure> {
    ctx.require(Permission::OwnAccount)?;
    ctx.check_csrf(&f.csrf)?;
    accounts::revoke_token(state.store.as_ref(), &ctx.caller, id, auth::now())
        .await
        .map_err(|e| Failure::from(e).lang(ctx.lang()))?;
    Ok(Redirect::to("/account/tokens").into_response())
}
