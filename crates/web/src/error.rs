//! One place that turns failures into responses: an HTML page in the reader's language for
//! pages, RFC 9457 problem details for the API. Internal details go to the log only.

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use hansa_core::{DomainError, FieldError};
use serde::Serialize;

use crate::i18n::Tr;

#[derive(Debug)]
pub enum Failure {
    Domain(DomainError),
    Unauthorized,
    Forbidden,
    NotFound,
    Csrf,
    TooManyRequests,
    BadRequest(FieldError),
    /// A body over its route's limit; carries the limit to tell the reader, in KiB.
    TooLarge(usize),
    /// Carries the language to answer in, and whether the caller is the JSON API.
    In(Box<Failure>, &'static str, bool),
}

impl From<DomainError> for Failure {
    fn from(e: DomainError) -> Self {
        Failure::Domain(e)
    }
}

impl Failure {
    pub fn lang(self, lang: &'static str) -> Failure {
        match self {
            Failure::In(f, _, api) => Failure::In(f, lang, api),
            f => Failure::In(Box::new(f), lang, false),
        }
    }

    /// Answer as problem+json rather than as a page.
    pub fn api(self) -> Failure {
        match self {
            Failure::In(f, lang, _) => Failure::In(f, lang, true),
            f => Failure::In(Box::new(f), "en", true),
        }
    }

    fn parts(&self) -> (StatusCode, &'static str, Vec<FieldError>) {
        match self {
            Failure::Domain(DomainError::Invalid(errs)) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "problem-invalid", errs.clone())
            }
            Failure::Domain(DomainError::Conflict(f)) => (StatusCode::CONFLICT, "problem-conflict", vec![f.clone()]),
            Failure::Domain(DomainError::NotFound) | Failure::NotFound => {
                (StatusCode::NOT_FOUND, "problem-not-found", vec![])
            }
            Failure::Domain(DomainError::Forbidden) | Failure::Forbidden => {
                (StatusCode::FORBIDDEN, "problem-forbidden", vec![])
            }
            Failure::Domain(DomainError::ForbiddenFields(errs)) => {
                (StatusCode::FORBIDDEN, "problem-forbidden", errs.clone())
            }
            Failure::Domain(DomainError::Unauthorized) => (StatusCode::UNAUTHORIZED, "problem-unauthorized", vec![]),
            Failure::Domain(DomainError::Storage(e)) => {
                tracing::error!(error = %e, "storage failure");
                (StatusCode::SERVICE_UNAVAILABLE, "problem-storage", vec![])
            }
            Failure::Unauthorized => (StatusCode::UNAUTHORIZED, "problem-unauthorized", vec![]),
            Failure::Csrf => (StatusCode::FORBIDDEN, "problem-csrf", vec![]),
            Failure::TooManyRequests => (StatusCode::TOO_MANY_REQUESTS, "problem-too-many", vec![]),
            Failure::BadRequest(f) => (StatusCode::BAD_REQUEST, "problem-bad-request", vec![f.clone()]),
            Failure::TooLarge(kib) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "problem-too-large",
                vec![FieldError::with("body", "err-body-too-large", kib)],
            ),
            Failure::In(f, _, _) => f.parts(),
        }
    }
}

/// RFC 9457 problem details, with the field errors a form needs.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub errors: Vec<ProblemField>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProblemField {
    pub field: String,
    pub code: String,
    pub message: String,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let (lang, api) = match &self {
            Failure::In(_, lang, api) => (*lang, *api),
            _ => ("en", false),
        };
        let (status, title_key, errors) = self.parts();
        let tr = Tr::new(lang);
        if api {
            let body = Problem {
                kind: format!("https://hansa.example.org/problems/{}", title_key.trim_start_matches("problem-")),
                title: tr.t(title_key),
                status: status.as_u16(),
                errors: errors
                    .iter()
                    .map(|e| ProblemField { field: e.field.clone(), code: e.code.clone(), message: tr.error(e) })
                    .collect(),
            };
            return (
                status,
                [(header::CONTENT_TYPE, "application/problem+json")],
                Json(body).into_response().into_body(),
            )
                .into_response();
        }
        if status == StatusCode::UNAUTHORIZED {
            return Redirect::to("/login").into_response();
        }
        let page = crate::view::ErrorPage::new(
            &tr,
            status.as_u16(),
            &tr.t(title_key),
            errors.iter().map(|e| format!("{}: {}", e.field, tr.error(e))).collect(),
        );
        (status, page).into_response()
    }
}

pub type PageResult = Result<Response, Failure>;
