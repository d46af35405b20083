//! What sends a claimed message: the SMTP relay in production ([`super::smtp::SmtpMailer`]),
//! anything else in tests.

use async_trait::async_trait;

use super::Claimed;

/// Sends one message. The runner decides what happens next from the kind of refusal.
#[async_trait]
pub trait Mailer: Send + Sync {
    async fn send(&self, message: &Claimed) -> Result<(), SendError>;
}

/// Why a message did not go. The text is for the staff's page (it may quote the relay, and so
/// the address); it never goes to the logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth another attempt later: the relay is unreachable or busy, answered 4xx, or refused
    /// our credentials (the operator's to fix, not the message's fault).
    #[error("{0}")]
    Temporary(String),
    /// Will never go as it is: the relay refused it (5xx) or the address cannot be written.
    #[error("{0}")]
    Permanent(String),
}

impl SendError {
    pub fn is_permanent(&self) -> bool {
        matches!(self, SendError::Permanent(_))
    }

    pub fn detail(&self) -> &str {
        match self {
            SendError::Temporary(d) | SendError::Permanent(d) => d,
        }
    }
}
