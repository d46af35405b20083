//! Admin pages (audit log, accounts) and the human-readable API page.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hansa_domain::account::{NewUser, Role, check_credentials};
use hansa_domain::audit::AuditNote;

use crate::AppState;
use crate::auth;
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

fn utc(at: i64) -> String {
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
                e.actor.unwrap_or_else(|| "system".into()),
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
    let admin = ctx.require_admin()?.id;
    ctx.check_csrf(&f.csrf)?;
    let refuse = |msg: String| async {
        Ok::<_, Failure>(
            (StatusCode::UNPROCESSABLE_ENTITY, page(&users_page(&state, &ctx, Some(msg)).await?)).into_response(),
        )
    };
    let Some(role) = Role::parse(f.role.trim()) else {
        return refuse(ctx.tr.t1("err-choice", "detail", f.role.chars().take(40).collect::<String>())).await;
    };
    if let Err(hansa_domain::DomainError::Invalid(errs)) = check_credentials(f.email.trim(), &f.password) {
        return refuse(errs.iter().map(|e| ctx.tr.error(e)).collect::<Vec<_>>().join(" ")).await;
    }
    let name = f.display_name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return refuse(ctx.tr.t("err-required")).await;
    }
    let organisation_id = match f.organisation.trim() {
        "" => None,
        slug => match state.store.organisation(slug).await? {
            Some(o) => Some(o.id),
            None => return refuse(ctx.tr.t1("err-unknown", "detail", slug)).await,
        },
    };
    let password = f.password.clone();
    let hash = tokio::task::spawn_blocking(move || auth::hash_password(&password))
        .await
        .ok()
        .and_then(Result::ok)
        .ok_or(Failure::Domain(hansa_domain::DomainError::Storage("password hashing failed".into())))?;
    let new = NewUser {
        email: f.email.trim().to_lowercase(),
        display_name: name.to_owned(),
        role,
        organisation_id,
        password_hash: hash,
    };
    let audit =
        AuditNote::new(Some(admin), "create", &format!("user:{}", new.email), serde_json::json!({"role": role}));
    match state.store.create_user(&new, audit).await {
        Ok(_) => Ok(Redirect::to("/admin/users").into_response()),
        Err(hansa_domain::DomainError::Conflict(e)) => refuse(ctx.tr.error(&e)).await,
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage {
    c: Chrome,
    endpoints: Vec<(String, String, String)>,
}

/// Lists the API from the same OpenAPI document the code generates.
pub async fn api_page(ctx: Ctx) -> Response {
    let doc = crate::api::openapi();
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
