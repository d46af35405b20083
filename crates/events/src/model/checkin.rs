//! Check-in at the door: a desk scans a badge's QR code (or types its code), for a day of the
//! event and possibly one session. Desks keep working when the Wi-Fi fails and send their
//! scans later, so every scan carries the device's own id for it: a sync sent twice changes
//! nothing, and two desks that scanned one person are both kept, the first counting.

use hansa_core::code_enum;

/// A scan as a desk sends it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Scan {
    /// The device's id for this scan (random, 16–64 characters): what makes a replay harmless.
    pub scan_id: String,
    /// What was scanned or typed: `HANSA:{event}:{code}` from the QR code, or the bare code.
    pub code: String,
    /// The event day, `2023-12-07`.
    pub day: String,
    /// A session's slug, for per-session attendance; empty for the day itself.
    #[serde(default)]
    pub session: String,
    /// When the desk scanned it (unix seconds, the device's clock).
    pub at: i64,
}

code_enum!(
    /// What became of a scan.
    ScanOutcome {
        /// Counted: the first check-in of this person for the day (and session).
        CheckedIn = "checked_in",
        /// Someone already checked this person in for the day: kept, not counted.
        Duplicate = "duplicate",
        /// This very scan arrived before (a replayed sync): nothing changed.
        Replayed = "replayed",
        /// No registration of this event has the code.
        Unknown = "unknown",
        /// The QR code is another event's badge.
        WrongEvent = "wrong_event",
        /// The registration holds no place (cancelled, rejected, pending, waitlisted).
        NotAdmitted = "not_admitted",
        /// A day outside the event or a session it does not have.
        Invalid = "invalid",
    }
);

/// The answer for one scan, with what the desk shows.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct ScanResult {
    pub scan_id: String,
    pub outcome: ScanOutcome,
    /// The registration's code, when one was found.
    pub code: Option<String>,
    /// The person's name as the badge shows it, when one was found.
    pub name: Option<String>,
    /// The registration's status when it was not admitted.
    pub status: Option<String>,
    /// For a duplicate: when and on which device the counted check-in was made.
    pub first_at: Option<i64>,
    pub first_device: Option<String>,
}

/// The registration code a scan names, or why it names none of this event's.
pub fn code_of(event_slug: &str, scanned: &str) -> Result<String, ScanOutcome> {
    let scanned = scanned.trim();
    let code = match scanned.strip_prefix("HANSA:") {
        Some(rest) => {
            let (event, code) = rest.rsplit_once(':').ok_or(ScanOutcome::Unknown)?;
            if event != event_slug {
                return Err(ScanOutcome::WrongEvent);
            }
            code
        }
        None => scanned,
    };
    let code = code.trim().to_ascii_uppercase();
    let plausible = (4..=32).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric());
    if plausible { Ok(code) } else { Err(ScanOutcome::Unknown) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scan_names_a_code_of_this_event() {
        assert_eq!(code_of("near-forum-2027", "HANSA:near-forum-2027:K7P2QXAB3C4D"), Ok("K7P2QXAB3C4D".into()));
        assert_eq!(code_of("near-forum-2027", " k7p2qxab3c4d "), Ok("K7P2QXAB3C4D".into()), "typed by hand");
        assert_eq!(code_of("near-forum-2027", "HANSA:wego-ga-2023:K7P2QXAB3C4D"), Err(ScanOutcome::WrongEvent));
        assert_eq!(code_of("near-forum-2027", "https://example.org/"), Err(ScanOutcome::Unknown));
        assert_eq!(code_of("near-forum-2027", ""), Err(ScanOutcome::Unknown));
    }
}
