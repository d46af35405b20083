//! Check-in: staff's desks send scans (one at a time online, a queue after the Wi-Fi comes
//! back); each is checked against the event — its code, the registration's status, the day
//! and session — and recorded, the first of a person for a day counting. What a desk gets
//! back says, scan by scan, what happened, so it can show duplicates and conflicts.

use std::collections::{HashMap, HashSet};

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult, FieldError};
use serde_json::json;

use crate::model::time::Day;
use crate::model::*;
use crate::store::{EventsStore, Recorded, ScanWrite};

/// At most this many scans in one sync: a desk's morning, with room to spare.
pub const MAX_SCANS: usize = 5_000;

fn result(scan: &Scan, outcome: ScanOutcome, r: Option<&Registration>) -> ScanResult {
    ScanResult {
        scan_id: scan.scan_id.clone(),
        outcome,
        code: r.map(|r| r.code.clone()),
        name: r.map(|r| r.input.display_name()),
        status: r.filter(|_| outcome == ScanOutcome::NotAdmitted).map(|r| r.status.code().to_owned()),
        first_at: None,
        first_device: None,
    }
}

/// Checks and records a desk's scans; the answer has one result per scan, in order.
pub async fn check_in(
    store: &dyn EventsStore,
    caller: &Caller,
    event_slug: &str,
    device: &str,
    scans: &[Scan],
) -> DomainResult<Vec<ScanResult>> {
    caller.require(Permission::EditEvents)?;
    let device = device.trim();
    if device.is_empty() || device.len() > 64 {
        return Err(DomainError::Invalid(vec![FieldError::new("device", "err-device")]));
    }
    if scans.len() > MAX_SCANS {
        return Err(DomainError::Invalid(vec![FieldError::with("scans", "err-too-many", MAX_SCANS)]));
    }
    let event = store.event(event_slug).await?.ok_or(DomainError::NotFound)?;
    let (first, last) = (event.draft.starts_on.parse().ok().map(Day), event.draft.ends_on.parse().ok().map(Day));
    let programme = crate::programme_cache::programme(store, event.id).await?;
    let sessions: HashSet<&str> = programme.sessions.iter().map(|s| s.draft.slug.as_str()).collect();
    let registrations = store.registrations(event.id).await?;
    let by_code: HashMap<&str, &Registration> = registrations.iter().map(|r| (r.code.as_str(), r)).collect();

    let mut results: Vec<Option<ScanResult>> = Vec::with_capacity(scans.len());
    let mut writes = Vec::new();
    let mut written_at = Vec::new();
    for (i, scan) in scans.iter().enumerate() {
        let day_ok = scan
            .day
            .parse::<jiff::civil::Date>()
            .ok()
            .map(Day)
            .is_some_and(|d| first.is_some_and(|f| d >= f) && last.is_some_and(|l| d <= l));
        let id_ok = hansa_core::progress::valid_key(&scan.scan_id);
        let session_ok = scan.session.is_empty() || sessions.contains(scan.session.as_str());
        if !(day_ok && id_ok && session_ok) {
            results.push(Some(result(scan, ScanOutcome::Invalid, None)));
            continue;
        }
        let r = match code_of(event_slug, &scan.code) {
            Err(outcome) => {
                results.push(Some(result(scan, outcome, None)));
                continue;
            }
            Ok(code) => match by_code.get(code.as_str()) {
                None => {
                    results.push(Some(result(scan, ScanOutcome::Unknown, None)));
                    continue;
                }
                Some(r) => *r,
            },
        };
        if !matches!(r.status, RegStatus::Approved | RegStatus::Attended) {
            results.push(Some(result(scan, ScanOutcome::NotAdmitted, Some(r))));
            continue;
        }
        results.push(None);
        written_at.push((i, r));
        writes.push(ScanWrite { scan: scan.clone(), registration_id: r.id });
    }
    if !writes.is_empty() {
        let audit =
            caller.audit("check_in", &format!("event:{event_slug}"), json!({"device": device, "scans": writes.len()}));
        let recorded = store.record_scans(event.id, device, &writes, audit).await?;
        for ((i, r), rec) in written_at.into_iter().zip(recorded) {
            let scan = &scans[i];
            results[i] = Some(match rec {
                Recorded::First => result(scan, ScanOutcome::CheckedIn, Some(r)),
                Recorded::Replayed => result(scan, ScanOutcome::Replayed, Some(r)),
                Recorded::Duplicate { first_at, first_device } => ScanResult {
                    first_at: Some(first_at),
                    first_device: Some(first_device),
                    ..result(scan, ScanOutcome::Duplicate, Some(r))
                },
            });
        }
    }
    Ok(results.into_iter().flatten().collect())
}
