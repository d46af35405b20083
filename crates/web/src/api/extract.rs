//! Extractors that answer bad JSON or query strings with problem details, like every other
//! API error, instead of axum's plain-text rejections.

use axum::Json;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::request::Parts;
use hansa_domain::FieldError;
use serde::de::DeserializeOwned;

use crate::error::Failure;

pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = Failure;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(e) => Err(Failure::Domain(hansa_domain::DomainError::Invalid(vec![FieldError::with(
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
            Err(e) => Err(Failure::Domain(hansa_domain::DomainError::Invalid(vec![FieldError::with(
                "query",
                "err-query",
                e.body_text(),
            )]))
            .api()),
        }
    }
}
