//! The demo's attendance: the NEAR forum's delegate list imported as a secretariat would
//! (through the delegate import), then checked in at the door on the forum's days, so the
//! attendance figures are computed from the same records as at a real event.

use hansa_core::Caller;
use hansa_core::error::{DomainError, DomainResult, FieldError};

use crate::model::{RegStatus, Scan};
use crate::service;
use crate::store::EventsStore;

/// The delegate list of the NEAR International Forum 2023 (demo/make_delegates.py).
pub const NEAR_FORUM_DELEGATES: &str = include_str!("../../../demo/near-forum-2023-delegates.csv");

/// Imports `csv` for the event and checks everyone in on `days` (all on the first day, every
/// fourth one skipping each later day, as people leave before the local tours). Returns how
/// many were registered.
pub async fn load_attendance(store: &dyn EventsStore, event: &str, csv: &str, days: &[&str]) -> DomainResult<usize> {
    let caller = Caller::system();
    let report = service::import_delegates(store, &caller, event, csv.as_bytes(), false, &mut |_, _| {}).await?;
    if report.problems() > 0 {
        let first = report.rows.iter().find(|r| !r.problems.is_empty()).map(|r| r.line).unwrap_or(0);
        return Err(DomainError::Invalid(vec![FieldError::with("delegates", "err-row", first)]));
    }
    let event_id = store.event(event).await?.ok_or(DomainError::NotFound)?.id;
    let registrations = store.registrations(event_id).await?;
    for r in registrations.iter().filter(|r| r.status == RegStatus::Pending) {
        service::decide(store, &caller, &r.code, RegStatus::Approved).await?;
    }
    for (d, day) in days.iter().enumerate() {
        let scans: Vec<Scan> = registrations
            .iter()
            .enumerate()
            .filter(|(i, _)| d == 0 || i % 4 != 0)
            .map(|(i, r)| Scan {
                scan_id: format!("demo-{event}-{day}-{i:04}"),
                code: r.code.clone(),
                day: (*day).to_owned(),
                session: String::new(),
                at: 0,
            })
            .collect();
        service::check_in(store, &caller, event, &format!("demo-desk-{}", d + 1), &scans).await?;
    }
    Ok(report.written)
}
