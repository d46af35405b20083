//! Extractors that answer bad JSON or query strings with problem details, like every other
//! API error, instead of axum's plain-text rejections.

use axum::Json;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::request::Parts;
use hansa_core::FieldError;
use serde::de::DeserializeOwned;

use crate::AppState;
use crate::ctx::Ctx;
use crate::error::Failure;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = Failure;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(e) => Err(Failure::Domain(hansa_core::DomainError::Invalid(vec![FieldError::with(
                "body",
                "err-json",
                e.body_text(),
            )]))
            .api()),
        }
    }
}

pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(v)) => Ok(ApiQuery(v)),
            Err(e) => Err(Failure::Domain(hansa_core::DomainError::Invalid(vec![FieldError::with(
                "query",
                "err-query",
                e.body_text(),
            )]))
            .api()),
        }
    }
}

/// A JSON write: the reader is checked first (401/403), then the CSRF header for cookie
/// sessions, and only then is the body read — so a refused caller learns nothing from the
/// body's shape and nothing is parsed on their behalf.
pub struct Authorised<T> {
    pub ctx: Ctx,
    pub body: T,
}

/// Who may send a JSON write.
pub trait Policy {
    fn check(ctx: &Ctx) -> Result<(), Failure>;
}

/// The secretariat's writes (`Permission::EditDirectory`).
pub struct Staff;
/// Changes to an organisation's description: staff, or a focal point (the service then
/// decides about the record and its fields).
pub struct Describe;

impl Policy for Staff {
    fn check(ctx: &Ctx) -> Result<(), Failure> {
        ctx.require(hansa_core::Permission::EditDirectory)
    }
}

impl Policy for Describe {
    fn check(ctx: &Ctx) -> Result<(), Failure> {
        ctx.require(hansa_core::Permission::EditOwnOrganisation)
    }
}

/// Events' writes (`Permission::EditEvents`): programme, registrations, check-in.
pub struct Events;

impl Policy for Events {
    fn check(ctx: &Ctx) -> Result<(), Failure> {
        ctx.require(hansa_core::Permission::EditEvents)
    }
}

pub struct Checked<P, T>(pub Authorised<T>, pub std::marker::PhantomData<P>);

impl<P: Policy, T: DeserializeOwned> FromRequest<AppState> for Checked<P, T> {
    type Rejection = Failure;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = req.into_parts();
        let ctx = Ctx::from_request_parts(&mut parts, state).await.map_err(Failure::api)?;
        P::check(&ctx).map_err(|f| f.lang(ctx.lang()).api())?;
        let sent = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
        ctx.check_csrf(sent).map_err(Failure::api)?;
        let ApiJson(body) = ApiJson::<T>::from_request(Request::from_parts(parts, body), state).await?;
        Ok(Checked(Authorised { ctx, body }, std::marker::PhantomData))
    }
}

/// A JSON write by staff.
pub type StaffJson<T> = Checked<Staff, T>;
/// A JSON write of events' staff (a check-in desk's sync).
pub type EventsJson<T> = Checked<Events, T>;
/// A JSON change to an organisation's description.
pub type DescribeJson<T> = Checked<Describe, T>;
