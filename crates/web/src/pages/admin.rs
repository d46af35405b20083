//! Admin pages (audit log, accounts) and the human-readable API page.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::account::Role;
use hansa_core::accounts::AccountInput;
use hansa_core::store::prelude::*;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::Failure;
use crate::view::{Chrome, page};

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    c: Chrome,
    entries: Vec<(String, String, String, String, String)>,
    page: i64,
}

#[derive(serde::Deserialize)]
pub struct PageQuery {
    page: Option<i64>,
}

pub fn utc(at: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(at).map_or_else(
        |_| at.to_string(),
        |t| format!("{:04}-{:02}-{:02} {:02}:{:02} UTC", t.year(), u8::from(t.month()), t.day(), t.hour(), t.minute()),
    )
}

/// An audit action in the reader's language (the stored code when there is no message for it).
fn action_label(tr: &crate::i18n::Tr, action: &str) -> String {
    let key = format!("audit-action-{action}");
    let label = tr.t(&key);
    if label == key { action.to_owned() } else { label }
}

pub async fn audit(State(state): State<AppState>, ctx: Ctx, Query(q): Query<PageQuery>) -> Result<Response, Failure> {
    ctx.require_admin()?;
    let page_no = q.page.unwrap_or(1).clamp(1, 100_000);
    let entries = state.store.audit_log(100, (page_no - 1) * 100).await?;
    let rows = entries
        .into_iter()
        .map(|e| {
            (
                utc(e.at),
                match (e.actor, e.token) {
                    (Some(a), Some(t)) => format!("{a} ({})", ctx.tr.t1("audit-via-token", "token", t)),
                    (a, _) => a.unwrap_or_else(|| "system".into()),
                },
                action_label(&ctx.tr, &e.action),
                e.entity,
                e.changes.to_string().chars().take(400).collect(),
            )
        })
        .collect();
    Ok(page(&AuditPage { c: Chrome::new(&ctx, ctx.tr.t("nav-audit")), entries: rows, page: page_no }))
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    c: Chrome,
    error: Option<String>,
    users: Vec<(String, String, String)>,
    roles: Vec<(String, String)>,
}

async fn users_page(state: &AppState, ctx: &Ctx, error: Option<String>) -> Result<UsersPage, Failure> {
    let tr = &ctx.tr;
    let users = state
        .store
        .users()
        .await?
        .into_iter()
        .map(|u| (u.email, u.display_name, tr.t(&format!("role-user-{}", u.role.code()))))
        .collect();
    let roles = Role::ALL.iter().map(|r| (r.code().to_owned(), tr.t(&format!("role-user-{}", r.code())))).collect();
    Ok(UsersPage { c: Chrome::new(ctx, tr.t("admin-users")), error, users, roles })
}

pub async fn users(State(state): State<AppState>, ctx: Ctx) -> Result<Response, Failure> {
    ctx.require_admin()?;
    Ok(page(&users_page(&state, &ctx, None).await?))
}

#[derive(serde::Deserialize)]
pub struct UserForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    password: String,
}

pub async fn create_user(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<UserForm>,
) -> Result<Response, Failure> {
    ctx.require_admin()?;
    ctx.check_csrf(&f.csrf)?;
    let input = AccountInput {
        email: f.email,
        display_name: f.display_name,
        role: f.role,
        organisation: Some(f.organisation),
        password: f.password,
    };
    match hansa_core::accounts::create_account(state.store.as_ref(), &ctx.caller, &input).await {
        Ok(_) => Ok(Redirect::to("/admin/users").into_response()),
        Err(hansa_core::DomainError::Invalid(errs)) => {
            let msg = errs.iter().map(|e| ctx.tr.error(e)).collect::<Vec<_>>().join(" ");
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page(&users_page(&state, &ctx, Some(msg)).await?)).into_response())
        }
        Err(hansa_core::DomainError::Conflict(e)) => {
            let msg = ctx.tr.error(&e);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page(&users_page(&state, &ctx, Some(msg)).await?)).into_response())
        }
        Err(e) => Err(Failure::from(e).lang(ctx.lang())),
    }
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage {
    c: Chrome,
    endpoints: Vec<(String, String, String)>,
}

/// Lists the API from the same OpenAPI document the code generates.
pub async fn api_page(State(state): State<AppState>, ctx: Ctx) -> Response {
    let doc = state.openapi.as_ref();
    let mut endpoints = Vec::new();
    for (path, item) in &doc.paths.paths {
        let ops = [("GET", &item.get), ("POST", &item.post), ("PUT", &item.put), ("DELETE", &item.delete)];
        for (method, op) in ops {
            if let Some(op) = op {
                // The summary in the reader's language when the catalogue has it (`api-op-<operation id>`).
                let english = op.summary.clone().unwrap_or_default();
                let key = format!("api-op-{}", op.operation_id.as_deref().unwrap_or(""));
                let summary = Some(ctx.tr.t(&key)).filter(|t| *t != key).unwrap_or(english);
                endpoints.push((method.to_owned(), path.clone(), summary));
            }
        }
    }
    page(&ApiPage { c: Chrome::new(&ctx, ctx.tr.t("api-title")), endpoints })
}
