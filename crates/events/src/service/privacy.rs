//! Privacy: an event's report of the personal data it still holds (for staff), and erasing
//! one person's registrations everywhere (the administrator, on request). The audit note says
//! that someone was erased and how much, never who.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use serde_json::json;

use crate::store::{EventsStore, HeldData};

pub async fn privacy_report(store: &dyn EventsStore, caller: &Caller, event_slug: &str) -> DomainResult<Vec<HeldData>> {
    caller.require(Permission::EditEvents)?;
    let event = store.event(event_slug).await?.ok_or(DomainError::NotFound)?;
    store.held_data(event.id).await
}

/// Erases every registration of the person with this e-mail, in every event, with their
/// check-ins, status history and messages.
pub async fn erase_registrations(store: &dyn EventsStore, caller: &Caller, email: &str) -> DomainResult<u64> {
    caller.require(Permission::Administer)?;
    if !hansa_core::validate::is_email(email.trim()) {
        return Err(DomainError::Invalid(vec![FieldError::new("email", "err-email")]));
    }
    let audit = caller.audit("erase", "registration:erased", json!({"by": "e-mail on request"}));
    let n = store.erase_registrations(email, audit).await?;
    if n == 0 {
        return Err(DomainError::NotFound);
    }
    Ok(n)
}
