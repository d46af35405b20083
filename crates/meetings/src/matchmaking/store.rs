//! The storage contract of matchmaking. Every write takes its `AuditNote` (and the messages it
//! causes) and writes them in the same transaction; a write that would break a rule the
//! database also guards (one live request per pair, one meeting a table) comes back as a
//! `Conflict` naming the field, with nothing written.

use async_trait::async_trait;
use hansa_core::Localized;
use hansa_core::audit::AuditNote;
use hansa_core::error::DomainResult;
use hansa_core::outbox::Message;

use super::model::{Profile, RequestStatus, Settings, Slot};

/// Someone who takes part: an admitted registration of the event, with their profile if
/// they wrote one. `email` is there to write to them, never to show.
#[derive(Debug, Clone)]
pub struct Participant {
    pub id: i64,
    /// Their registration code, the key to their own pages: only for messages to them.
    pub code: String,
    pub name: String,
    pub native_name: Option<String>,
    pub position: Option<String>,
    pub organisation: Localized,
    pub country: Option<String>,
    pub category: String,
    pub email: String,
    pub lang: Option<String>,
    pub profile: Option<Profile>,
}

/// A request, and once accepted a meeting, with where it was placed.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchRequest {
    pub id: i64,
    pub from: i64,
    pub to: i64,
    pub companions: Vec<i64>,
    pub message: String,
    pub status: RequestStatus,
    pub priority: i32,
    pub by_staff: bool,
    pub created_at: i64,
    pub expires_at: i64,
    pub slot: Option<i64>,
    pub table: Option<i32>,
    pub interpreter: Option<i64>,
    pub locked: bool,
}

impl MatchRequest {
    /// The status as of `now`: an unanswered request past its time has expired, whether or
    /// not anything has written that down yet.
    pub fn status_at(&self, now: i64) -> RequestStatus {
        if self.status == RequestStatus::Pending && self.expires_at <= now {
            RequestStatus::Expired
        } else {
            self.status
        }
    }

    /// Everyone on the sender's side: the sender and the colleagues they bring.
    pub fn from_side(&self) -> Vec<i64> {
        std::iter::once(self.from).chain(self.companions.iter().copied()).collect()
    }

    /// Whether `registration` sits at this meeting, on either side.
    pub fn involves(&self, registration: i64) -> bool {
        self.to == registration || self.from == registration || self.companions.contains(&registration)
    }
}

/// A request to store.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub from: i64,
    pub to: i64,
    pub companions: Vec<i64>,
    pub message: String,
    pub priority: i32,
    pub by_staff: bool,
    pub status: RequestStatus,
    pub created_at: i64,
    pub expires_at: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Interpreter {
    pub id: i64,
    pub name: String,
    pub languages: Vec<String>,
}

/// Where the scheduler put a meeting.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub request: i64,
    pub slot: i64,
    pub table: i32,
    pub interpreter: Option<i64>,
}

/// Someone who got fewer meetings than they wanted, and why (the scheduler's reason code:
/// no_requests, no_common_availability, capacity).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Shortfall {
    pub registration: i64,
    pub wanted: u32,
    pub got: u32,
    pub reason: String,
}

/// One scheduler run's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub at: i64,
    pub scheduled: i64,
    pub unscheduled: i64,
    pub priority_total: i64,
    pub upper_bound: i64,
    pub elapsed_ms: i64,
    pub shortfalls: Vec<Shortfall>,
}

/// Which participants a read brings: a participant's page needs only the people it names,
/// not an event's thousands (and their availability) on every request.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    All,
    Only(&'a [i64]),
}

/// Which requests a read brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestScope {
    All,
    /// Those a registration sits at: sent, received, or as a colleague on the sender's side.
    Of(i64),
    One(i64),
}

#[async_trait]
pub trait MatchStore: Send + Sync {
    async fn settings(&self, event_id: i64) -> DomainResult<Option<Settings>>;
    async fn save_settings(&self, event_id: i64, settings: &Settings, audit: AuditNote) -> DomainResult<()>;
    /// By start.
    async fn slots(&self, event_id: i64) -> DomainResult<Vec<Slot>>;
    async fn add_slot(&self, event_id: i64, slot: &Slot, audit: AuditNote) -> DomainResult<i64>;
    /// Takes the slot's unlocked meetings off it; refuses (`Conflict`) while a locked one sits there.
    async fn delete_slot(&self, event_id: i64, slot_id: i64, audit: AuditNote) -> DomainResult<()>;
    async fn interpreters(&self, event_id: i64) -> DomainResult<Vec<Interpreter>>;
    async fn add_interpreter(&self, event_id: i64, interpreter: &Interpreter, audit: AuditNote) -> DomainResult<i64>;
    /// The event's approved and attended registrations in `scope`, by name, with profiles;
    /// their available slots only if `availability` (tens of thousands of rows at scale).
    async fn participants(&self, event_id: i64, scope: Scope<'_>, availability: bool)
    -> DomainResult<Vec<Participant>>;
    async fn save_profile(
        &self,
        event_id: i64,
        registration: i64,
        profile: &Profile,
        audit: AuditNote,
    ) -> DomainResult<()>;
    /// The event's requests in `scope`, oldest first.
    async fn requests(&self, event_id: i64, scope: RequestScope) -> DomainResult<Vec<MatchRequest>>;
    /// Stores a request; a live one between the same two people already (either way round)
    /// is a `Conflict` on `to`. Expired requests of the pair are marked so first.
    async fn create_request(
        &self,
        event_id: i64,
        request: &NewRequest,
        message: Option<Message>,
        audit: AuditNote,
    ) -> DomainResult<i64>;
    /// Moves a request from `from` to `to` only if it still is `from` (and, from pending,
    /// only before it expires at `now`); leaving `accepted` frees its table. Else `Conflict`.
    async fn move_request(
        &self,
        id: i64,
        from: RequestStatus,
        to: RequestStatus,
        now: i64,
        message: Option<Message>,
        audit: AuditNote,
    ) -> DomainResult<()>;
    /// Staff place (or take off, `None`) an accepted meeting and lock or unlock it; a table
    /// already taken in that slot is a `Conflict` on `table`.
    async fn place(&self, id: i64, place: Option<(i64, i32)>, locked: bool, audit: AuditNote) -> DomainResult<()>;
    /// Replaces every unlocked placement of the event by `placements` (each only if its
    /// meeting is still accepted and unlocked) and records the run, in one transaction.
    async fn save_schedule(
        &self,
        event_id: i64,
        placements: &[Placement],
        run: &Run,
        audit: AuditNote,
    ) -> DomainResult<()>;
    async fn last_run(&self, event_id: i64) -> DomainResult<Option<Run>>;
    /// Queues messages together (a reminder to everyone without a meeting), or none.
    async fn queue(&self, messages: &[Message], audit: AuditNote) -> DomainResult<()>;
}
