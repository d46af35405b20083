//! Signing in and out, changing one's password, choosing the interface language.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::account::Session;
use hansa_core::store::prelude::*;
use serde::Deserialize;

use crate::AppState;
use crate::auth::{self, SESSION_COOKIE};
use crate::ctx::Ctx;
use crate::error::Failure;
use crate::i18n::{self, LANG_COOKIE};
use crate::throttle;
use crate::view::{Chrome, page};

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Remembers the chosen language for a year and goes back to the page the reader was on.
pub async fn switch_language(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<Next>,
) -> Response {
    // Only local paths: never an open redirect.
    let next = q.next.filter(|n| n.starts_with('/') && !n.starts_with("//")).unwrap_or_else(|| "/".into());
    if !i18n::is_supported(&code) {
        return Redirect::to(&next).into_response();
    }
    let cookie = format!(
        "{LANG_COOKIE}={code}; Max-Age=31536000; Path=/; SameSite=Lax{}",
        if state.config.secure_cookies { "; Secure" } else { "" }
    );
    ([(header::SET_COOKIE, cookie)], Redirect::to(&next)).into_response()
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    c: Chrome,
    error: Option<String>,
    email: String,
}

fn login_page(state: &AppState, ctx: &Ctx, status: StatusCode, error: Option<String>, email: String) -> Response {
    // Visitors get a form token in a cookie of their own (double-submit), since they have no session yet.
    let token = ctx.form_token();
    let mut c = Chrome::new(ctx, ctx.tr.t("login-title"));
    c.csrf = token.token.clone();
    token.attach(state, (status, page(&LoginPage { c, error, email })).into_response())
}

pub async fn login_form(State(state): State<AppState>, ctx: Ctx) -> Response {
    login_page(&state, &ctx, StatusCode::OK, None, String::new())
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// A valid hash to check against when the account does not exist, so a wrong e-mail
/// takes as long as a wrong password.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| auth::hash_password("not a real password").unwrap_or_default());

/// The refusal of an attempt that must wait: 429, `Retry-After`, and the wait in words.
fn throttled(state: &AppState, ctx: &Ctx, seconds: i64, email: String) -> Response {
    let msg = if seconds < 60 {
        ctx.tr.t1("login-wait-seconds", "seconds", seconds)
    } else {
        ctx.tr.t1("login-wait-minutes", "minutes", (seconds + 59) / 60)
    };
    tracing::info!(retry_after = seconds, "login refused until the delay is over");
    let mut res = login_page(state, ctx, StatusCode::TOO_MANY_REQUESTS, Some(msg), email);
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    res
}

pub async fn login(State(state): State<AppState>, ctx: Ctx, Form(f): Form<LoginForm>) -> Result<Response, Failure> {
    ctx.check_csrf(&f.csrf)?;
    let store = state.store.as_ref();
    let email = f.email.trim().to_lowercase();
    let keys = throttle::Keys::new(&email, &ctx.client);
    // Refused before the password is looked at: a waiting pair learns nothing and costs no hashing.
    let attempt = match state.throttle.admit(store, &keys, auth::now()).await? {
        Ok(attempt) => attempt,
        Err(seconds) => return Ok(throttled(&state, &ctx, seconds, email)),
    };
    let user = store.user_by_email(&email).await?;
    let hash = user.as_ref().map_or(DUMMY_HASH.as_str(), |u| u.password_hash.as_str()).to_owned();
    let password = f.password.clone();
    let ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &hash)).await.unwrap_or(false);
    let Some(user) = user.filter(|_| ok) else {
        attempt.failed(store, auth::now()).await?;
        tracing::info!("login failed");
        return Ok(login_page(&state, &ctx, StatusCode::UNAUTHORIZED, Some(ctx.tr.t("login-failed")), email));
    };
    attempt.succeeded(store).await?;
    let token = auth::new_token();
    let session = Session {
        token_hash: auth::hash_token(&token),
        user_id: user.id,
        csrf: auth::new_token(),
        expires_at: auth::now() + auth::SESSION_SECONDS,
    };
    store.create_session(&session).await?;
    tracing::info!(user_id = user.id, "signed in");
    let cookie = auth::cookie(SESSION_COOKIE, &token, auth::SESSION_SECONDS, state.config.secure_cookies);
    // Staff start in their workspace, a focal point on the organisation it acts for.
    let focal_org = match (user.role, user.organisation_id) {
        (hansa_core::account::Role::FocalPoint, Some(id)) => {
            store.organisation_ref(hansa_core::store::OrgRef::Id(id)).await?.map(|(_, slug)| slug)
        }
        _ => None,
    };
    let to = match focal_org {
        _ if user.role.is_staff() => "/staff".to_owned(),
        Some(slug) => format!("/organisations/{slug}"),
        None => "/".to_owned(),
    };
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&to)).into_response())
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    ctx: Ctx,
    headers: axum::http::HeaderMap,
    Form(f): Form<CsrfOnly>,
) -> Result<Response, Failure> {
    ctx.check_csrf(&f.csrf)?;
    if let Some(token) = crate::ctx::cookie(&headers, SESSION_COOKIE) {
        state.store.delete_session(&auth::hash_token(token)).await?;
    }
    let cookie = auth::cookie(SESSION_COOKIE, "", 0, state.config.secure_cookies);
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response())
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    c: Chrome,
    error: Option<String>,
    done: bool,
}

pub async fn password_form(ctx: Ctx) -> Result<Response, Failure> {
    if ctx.user.is_none() {
        return Err(Failure::Unauthorized.lang(ctx.lang()));
    }
    Ok(page(&PasswordPage { c: Chrome::new(&ctx, ctx.tr.t("password-title")), error: None, done: false }))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(f): Form<PasswordForm>,
) -> Result<Response, Failure> {
    let Some(user) = ctx.user.clone() else { return Err(Failure::Unauthorized.lang(ctx.lang())) };
    ctx.check_csrf(&f.csrf)?;
    let fail = |msg: String| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(&PasswordPage { c: Chrome::new(&ctx, ctx.tr.t("password-title")), error: Some(msg), done: false }),
        )
            .into_response()
    };
    match hansa_core::accounts::change_password(state.store.as_ref(), &ctx.caller, &f.current, &f.new).await {
        Ok(()) => {}
        Err(hansa_core::DomainError::Invalid(errs)) => {
            return Ok(fail(errs.iter().map(|e| ctx.tr.error(e)).collect::<Vec<_>>().join(" ")));
        }
        Err(e) => return Err(Failure::from(e).lang(ctx.lang())),
    }
    // Every session ended with the old password; this browser gets a new one.
    let token = auth::new_token();
    let session = Session {
        token_hash: auth::hash_token(&token),
        user_id: user.id,
        csrf: auth::new_token(),
        expires_at: auth::now() + auth::SESSION_SECONDS,
    };
    state.store.create_session(&session).await?;
    let mut c = Chrome::new(&ctx, ctx.tr.t("password-title"));
    c.csrf = session.csrf.clone();
    let cookie = auth::cookie(SESSION_COOKIE, &token, auth::SESSION_SECONDS, state.config.secure_cookies);
    Ok(([(header::SET_COOKIE, cookie)], page(&PasswordPage { c, error: None, done: true })).into_response())
}
