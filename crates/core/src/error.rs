//! One error type for the domain layer; the web layer maps it to HTTP in one place.

use serde::Serialize;

/// A problem with one input field. `code` is a key in the translation catalogue
/// (e.g. `err-required`), so the message can be shown in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, as named in forms and JSON (`name.en`, `country`, `parent`).
    pub field: String,
    /// Translation key of the message.
    pub code: String,
    /// A value to put into the message (a limit, the offending value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str) -> Self {
        Self { field: field.into(), code: code.to_owned(), detail: None }
    }
    pub fn with(field: impl Into<String>, code: &str, detail: impl ToString) -> Self {
        Self { field: field.into(), code: code.to_owned(), detail: Some(detail.to_string()) }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    /// Input was refused; nothing was written.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    /// A unique value is taken (slug, e-mail) — named so the form can point at it.
    #[error("conflict on {}", .0.field)]
    Conflict(FieldError),
    /// Only for someone signed in: the public must sign in first.
    #[error("sign-in needed")]
    Unauthorized,
    #[error("not allowed")]
    Forbidden,
    /// The caller may change this record, but not these fields (the secretariat decides them).
    #[error("not allowed to change {0:?}")]
    ForbiddenFields(Vec<FieldError>),
    /// Storage failed; details go to the log, not to the user.
    #[error("storage error: {0}")]
    Storage(String),
}

impl DomainError {
    pub fn invalid(field: &str, code: &str) -> Self {
        Self::Invalid(vec![FieldError::new(field, code)])
    }
}

pub type DomainResult<T> = Result<T, DomainError>;
