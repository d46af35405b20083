//! Which registrations get a badge: staff print them, only for people who hold an approved
//! (or attended) place — a cancelled, rejected, pending or waiting registration has no badge,
//! and asking for one by code says so rather than printing it.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};

use crate::model::*;
use crate::store::EventsStore;

/// What to print: everyone approved (optionally of one category), or the given codes.
#[derive(Debug, Clone, Default)]
pub struct BadgeRequest {
    pub category: Option<Category>,
    pub codes: Vec<String>,
}

/// The registrations to print, in the order asked (codes) or by family name.
pub async fn badge_registrations(
    store: &dyn EventsStore,
    caller: &Caller,
    event_slug: &str,
    req: &BadgeRequest,
) -> DomainResult<(Event, Vec<Registration>)> {
    caller.require(Permission::EditEvents)?;
    let event = store.event(event_slug).await?.ok_or(DomainError::NotFound)?;
    let all = store.registrations(event.id).await?;
    let printable = |r: &Registration| matches!(r.status, RegStatus::Approved | RegStatus::Attended);
    let chosen: Vec<Registration> = if req.codes.is_empty() {
        let mut v: Vec<Registration> =
            all.into_iter().filter(|r| printable(r) && req.category.is_none_or(|c| r.category == c)).collect();
        v.sort_by(|a, b| (&a.input.family_name, &a.input.given_name).cmp(&(&b.input.family_name, &b.input.given_name)));
        v
    } else {
        let mut problems = Vec::new();
        let mut v = Vec::new();
        for code in &req.codes {
            match all.iter().find(|r| r.code.eq_ignore_ascii_case(code)) {
                None => problems.push(FieldError::with("codes", "err-unknown", code)),
                Some(r) if !printable(r) => problems.push(FieldError::with(
                    "codes",
                    "err-badge-not-approved",
                    format!("{} ({})", r.code, r.status.code()),
                )),
                Some(r) => v.push(r.clone()),
            }
        }
        if !problems.is_empty() {
            return Err(DomainError::Invalid(problems));
        }
        v
    };
    if chosen.is_empty() {
        return Err(DomainError::Invalid(vec![FieldError::new("category", "err-no-badges")]));
    }
    Ok((event, chosen))
}
