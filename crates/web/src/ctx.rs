//! The request context every page and API handler starts from: the interface language, the
//! signed-in user (if any) and the CSRF token their forms must carry.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use hansa_core::account::User;
use hansa_core::caller::TokenGrant;
use hansa_core::store::prelude::*;
use hansa_core::{Caller, Permission};

use crate::AppState;
use crate::auth;
use crate::error::Failure;
use crate::i18n::{self, Tr};

pub struct Ctx {
    pub tr: Tr,
    pub user: Option<User>,
    /// The session's CSRF token; for visitors, the `hansa_csrf` cookie (may be empty).
    pub csrf: String,
    /// Path and query of this request (for "back here" links such as the language switcher).
    pub path: String,
    /// Signed in with `Authorization: Bearer` (API clients): no CSRF check needed.
    pub bearer: bool,
    /// The client's address, for login throttling.
    pub client: String,
    /// Who is asking, as the services see it (they decide what it may do).
    pub caller: Caller,
}

/// Reads one cookie from the `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let h = &parts.headers;
        let lang =
            i18n::negotiate(cookie(h, i18n::LANG_COOKIE), h.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
        let tr = Tr::new(lang);
        let bearer_token =
            h.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
        let mut user = None;
        let mut grant = None;
        let mut csrf = cookie(h, auth::CSRF_COOKIE).unwrap_or("").to_owned();
        let fail = |e| Failure::from(e).lang(lang);
        if let Some(secret) = bearer_token {
            // An API token: named, scoped, revocable — never a browser session.
            let (token, u) =
                state.store.use_token(&auth::hash_token(secret), auth::now()).await.map_err(fail)?.ok_or_else(
                    || {
                        // A wrong, revoked or expired token is refused outright rather than read
                        // as the public, so an integration learns at once that it lost access.
                        Failure::Unauthorized.lang(lang).api()
                    },
                )?;
            grant = Some(TokenGrant { id: token.id, name: token.name, scope: token.scope });
            user = Some(u);
        } else if let Some(token) = cookie(h, auth::SESSION_COOKIE) {
            let found = state.store.session(&auth::hash_token(token), auth::now()).await.map_err(fail)?;
            if let Some((session, u)) = found {
                csrf = session.csrf;
                user = Some(u);
            }
        }
        let peer = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip());
        let forwarded = h.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok());
        let client = crate::client_addr::client_address(peer, forwarded, &state.config.trusted_proxies);
        let mut caller = user.as_ref().map_or_else(Caller::public, Caller::of);
        if let Some(grant) = grant {
            caller = caller.with_token(grant);
        }
        Ok(Ctx {
            caller,
            tr,
            user,
            csrf,
            path: parts.uri.path_and_query().map_or("/".into(), |p| p.as_str().to_owned()),
            bearer: bearer_token.is_some(),
            client: client.map_or_else(|| "local".into(), |ip| ip.to_string()),
        })
    }
}

impl Ctx {
    pub fn lang(&self) -> &'static str {
        self.tr.lang
    }

    pub fn is_staff(&self) -> bool {
        self.caller.may(Permission::ReadStaff)
    }

    /// Ok when the policy table gives the caller `permission`; otherwise 401 (not signed in)
    /// or 403, in the reader's language.
    pub fn require(&self, permission: Permission) -> Result<(), Failure> {
        self.caller.require(permission).map_err(|e| Failure::from(e).lang(self.lang()))
    }

    /// The signed-in staff member, or 401 (not signed in) / 403 (another role).
    pub fn require_staff(&self) -> Result<&User, Failure> {
        self.require(Permission::ReadStaff)?;
        self.user.as_ref().ok_or(Failure::Unauthorized)
    }

    pub fn require_admin(&self) -> Result<&User, Failure> {
        self.require(Permission::Administer)?;
        self.user.as_ref().ok_or(Failure::Unauthorized)
    }

    /// Checks the token a form or API call sent against this session's. Bearer-token API
    /// calls carry no cookie a third-party site could ride on, so they need none.
    pub fn check_csrf(&self, sent: &str) -> Result<(), Failure> {
        if self.bearer || (!self.csrf.is_empty() && auth::constant_time_eq(sent.as_bytes(), self.csrf.as_bytes())) {
            Ok(())
        } else {
            Err(Failure::Csrf.lang(self.lang()))
        }
    }

    pub fn user_id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }

    /// The token a form on this page must send back: the session's, or for a visitor a
    /// double-submit token of their own, set in a cookie by [`FormToken::attach`] when new.
    pub fn form_token(&self) -> FormToken {
        if self.csrf.is_empty() {
            FormToken { token: auth::new_token(), new: true }
        } else {
            FormToken { token: self.csrf.clone(), new: false }
        }
    }
}

/// A form's CSRF token, and whether the visitor's cookie must still be set.
pub struct FormToken {
    pub token: String,
    new: bool,
}

impl FormToken {
    /// Sets the visitor's token cookie on the page that carries the form, if it is new.
    pub fn attach(&self, state: &AppState, mut res: axum::response::Response) -> axum::response::Response {
        if self.new
            && let Ok(v) = auth::cookie(auth::CSRF_COOKIE, &self.token, 86_400, state.config.secure_cookies).parse()
        {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
        res
    }
}

/// A form posted by staff: the role is checked first (401/403), then the CSRF token, and only
/// then are the fields read into `T` — the preamble every staff form handler shares, in the
/// order that tells a refused caller nothing.
pub struct StaffPost<T = std::collections::HashMap<String, String>> {
    pub ctx: Ctx,
    pub fields: T,
}

impl<T: serde::de::DeserializeOwned> axum::extract::FromRequest<AppState> for StaffPost<T> {
    type Rejection = Failure;

    async fn from_request(req: axum::extract::Request, state: &AppState) -> Result<Self, Self::Rejection> {
        use axum::extract::Request;
        let (mut parts, body) = req.into_parts();
        let ctx = Ctx::from_request_parts(&mut parts, state).await?;
        ctx.require(Permission::EditDirectory)?;
        // An unreadable body (or one cut off at the route's limit) is refused, never taken
        // for an empty form.
        let bytes = axum::body::Bytes::from_request(Request::from_parts(parts, body), state).await.map_err(|e| {
            Failure::BadRequest(hansa_core::FieldError::with("form", "err-form", e.body_text())).lang(ctx.lang())
        })?;
        let form = || {
            // A POST: for GET, axum's Form reads the query string instead of the body.
            Request::builder()
                .method(axum::http::Method::POST)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(bytes.clone()))
                .unwrap_or_default()
        };
        let unreadable = |e: axum::extract::rejection::FormRejection| {
            Failure::BadRequest(hansa_core::FieldError::with("form", "err-form", e.body_text())).lang(ctx.lang())
        };
        let axum::Form(all) = axum::Form::<std::collections::HashMap<String, String>>::from_request(form(), state)
            .await
            .map_err(unreadable)?;
        ctx.check_csrf(all.get("csrf").map_or("", String::as_str))?;
        let axum::Form(fields) = axum::Form::<T>::from_request(form(), state).await.map_err(unreadable)?;
        Ok(StaffPost { ctx, fields })
    }
}
