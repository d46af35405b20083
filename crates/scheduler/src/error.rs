//! Why an instance was refused. Every message names the item at fault, so a secretariat can
//! find it in its spreadsheet without reading the solver.

use thiserror::Error;

/// A malformed meeting or roundtable instance.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    /// Not JSON, or JSON of the wrong shape (serde's message, with line and column).
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A semantic problem, already phrased with the item's id first, e.g.
    /// "meeting m7: participant p99 is unknown".
    #[error("{0}")]
    Invalid(String),
}

impl InputError {
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        InputError::Invalid(message.into())
    }
}

impl From<serde_json::Error> for InputError {
    fn from(error: serde_json::Error) -> Self {
        InputError::Json(error.to_string())
    }
}
