//! The storage contract of events. `hansa_core::SqlStore` implements it on both backends;
//! every write takes the `AuditNote` and writes it in the same transaction.

use async_trait::async_trait;
use hansa_core::audit::AuditNote;
use hansa_core::error::DomainResult;

use crate::model::{Event, EventDraft, Room, Session};

/// An event's programme, read in a fixed number of statements whatever its size.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Programme {
    pub rooms: Vec<Room>,
    /// By start, then room order.
    pub sessions: Vec<Session>,
    /// The directory people the programme names (no contact details).
    pub people: Vec<hansa_directory::model::Person>,
    /// The organisations the event and its programme name: slug, names, own language.
    pub organisations: Vec<OrgName>,
}

/// An organisation as the programme shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct OrgName {
    pub slug: String,
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub name: hansa_core::Localized,
    pub default_lang: String,
}

/// A session to write: what was entered and its instants in UTC.
#[derive(Debug, Clone)]
pub struct SessionWrite {
    pub session: crate::model::SessionDraft,
    pub start: i64,
    pub end: i64,
}

/// What a save expects to find under the event's slug; a save that finds otherwise writes
/// nothing and is a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// Whatever is there is replaced (a file import, the demo).
    Anything,
    /// Nothing: a new event's slug must be free.
    Nothing,
    /// The event as the editor read it, at this revision.
    Revision(i64),
}

#[async_trait]
pub trait EventStore: Send + Sync {
    /// Creates the event, or replaces the one with its slug, with its whole programme, in one
    /// transaction, if the slug holds what `expect` says (else `Conflict` on `slug` or
    /// `revision`, nothing written). Organisations and people are named by slug and must exist.
    async fn save_event(
        &self,
        draft: &EventDraft,
        rooms: &[Room],
        sessions: &[SessionWrite],
        expect: Expect,
        audit: AuditNote,
    ) -> DomainResult<Event>;
    /// Events by first day, newest first; only public ones unless `all`.
    async fn events(&self, all: bool) -> DomainResult<Vec<Event>>;
    async fn event(&self, slug: &str) -> DomainResult<Option<Event>>;
    async fn programme(&self, event_id: i64) -> DomainResult<Programme>;
}

/// A category's places and how many are held now.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct PlacesHeld {
    #[serde(flatten)]
    pub places: crate::model::CategoryPlaces,
    pub held: i64,
}

/// What a status change did, beside the registration it changed: the registration promoted
/// from the waiting list into the place it freed, if any.
#[derive(Debug, Clone)]
pub struct StatusChanged {
    pub registration: crate::model::Registration,
    pub promoted: Option<crate::model::Registration>,
}

#[async_trait]
pub trait RegistrationStore: Send + Sync {
    /// Registers in one transaction: takes a place of the category if one is free (a
    /// conditional update exactly one racer wins), else a place on its waiting list. A second
    /// live registration of the same e-mail for the event is a conflict.
    async fn register(
        &self,
        event_id: i64,
        draft: &crate::model::RegistrationDraft,
        code: &str,
        registered_by: Option<i64>,
        audit: AuditNote,
        compose: &dyn Compose,
    ) -> DomainResult<crate::model::Registration>;
    /// Registers a list (a delegate import) in one transaction: all or nothing. A refused row
    /// is named `rows.{index}.{field}`.
    async fn register_many(
        &self,
        event_id: i64,
        drafts: &[(crate::model::RegistrationDraft, String)],
        registered_by: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<Vec<i64>>;
    async fn registration(&self, code: &str) -> DomainResult<Option<crate::model::Registration>>;
    /// Records the review of a registration's visa letter, with its message, in one transaction.
    async fn set_visa_letter(
        &self,
        id: i64,
        review: crate::model::VisaLetter,
        message: Option<hansa_core::outbox::Message>,
        audit: AuditNote,
    ) -> DomainResult<()>;
    /// The directory organisations an event's registrations stand for, in one statement.
    async fn registration_organisations(&self, event_id: i64) -> DomainResult<Vec<OrgName>>;
    /// A registration's statuses with when each began, oldest first.
    async fn history(&self, registration_id: i64) -> DomainResult<Vec<(i64, crate::model::RegStatus)>>;
    /// The registrations one account made for an event (a focal point's delegation), oldest first.
    async fn delegation(&self, event_id: i64, account: i64) -> DomainResult<Vec<crate::model::Registration>>;
    /// An event's registrations, oldest first, with their places on the waiting lists.
    async fn registrations(&self, event_id: i64) -> DomainResult<Vec<crate::model::Registration>>;
    /// Moves a registration to `to` (the lifecycle is the service's to check); a freed place
    /// goes to the first on its category's waiting list, in the same transaction.
    async fn change_status(
        &self,
        id: i64,
        to: crate::model::RegStatus,
        actor: Option<i64>,
        audit: AuditNote,
        compose: &dyn Compose,
    ) -> DomainResult<StatusChanged>;
}

/// An event's registration form as stored: places with how many are held, its own questions,
/// and its deadline (UTC seconds).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct RegistrationForm {
    pub places: Vec<PlacesHeld>,
    pub questions: Vec<crate::model::Question>,
    pub deadline: Option<i64>,
}

#[async_trait]
pub trait FormStore: Send + Sync {
    /// Replaces an event's categories (held places are recounted), questions and deadline in
    /// one transaction.
    async fn set_form(
        &self,
        event_id: i64,
        places: &[crate::model::CategoryPlaces],
        questions: &[crate::model::Question],
        deadline: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<()>;
    async fn form(&self, event_id: i64) -> DomainResult<RegistrationForm>;
    /// The event under `slug` with its registration form, read together on one connection.
    async fn event_form(&self, slug: &str) -> DomainResult<Option<(crate::model::Event, RegistrationForm)>>;
    async fn places(&self, event_id: i64) -> DomainResult<Vec<PlacesHeld>>;
}

/// A scan checked by the service, ready to record.
#[derive(Debug, Clone)]
pub struct ScanWrite {
    pub scan: crate::model::Scan,
    pub registration_id: i64,
}

/// What recording a scan did.
#[derive(Debug, Clone, PartialEq)]
pub enum Recorded {
    First,
    /// Counted before: when and on which device.
    Duplicate {
        first_at: i64,
        first_device: String,
    },
    /// This scan id was recorded before.
    Replayed,
}

/// A recorded check-in, for counters and attendance figures.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CheckInRow {
    pub registration_id: i64,
    pub day: String,
    pub session: String,
    pub scanned_at: i64,
    pub device: String,
    pub duplicate: bool,
}

#[async_trait]
pub trait CheckInStore: Send + Sync {
    /// Records a desk's scans in one transaction, in order: the first scan of a person for a
    /// day and session counts (and marks an approved registration attended), later ones are
    /// kept as duplicates of it, a scan id seen before changes nothing.
    async fn record_scans(
        &self,
        event_id: i64,
        device: &str,
        scans: &[ScanWrite],
        audit: AuditNote,
    ) -> DomainResult<Vec<Recorded>>;
    async fn check_ins(&self, event_id: i64) -> DomainResult<Vec<CheckInRow>>;
}

/// A registration whose status the store has just set, as its message needs it.
#[derive(Debug, Clone)]
pub struct News {
    pub registration_id: i64,
    pub code: String,
    pub status: crate::model::RegStatus,
    pub waitlist_position: Option<i64>,
    pub email: String,
    pub name: String,
    pub lang: Option<String>,
    /// Moved up from the waiting list by someone else's cancellation.
    pub promoted: bool,
}

/// Writes the message a status change sends (the store puts it in the outbox in the same
/// transaction, so no change is without its message and no message without its change).
pub trait Compose: Send + Sync {
    fn compose(&self, news: &News) -> Option<hansa_core::outbox::Message>;
}

/// Sends nothing (a delegate list imported by staff, the demo).
pub struct Silent;

impl Compose for Silent {
    fn compose(&self, _: &News) -> Option<hansa_core::outbox::Message> {
        None
    }
}

/// What an event still holds on one person (the privacy report's line).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct HeldData {
    pub code: String,
    pub name: String,
    pub email: String,
    pub status: crate::model::RegStatus,
    pub passport_name: bool,
    pub dietary: bool,
    pub accessibility: bool,
    pub visa_letter: bool,
    pub answers: usize,
    pub check_ins: i64,
    pub messages: i64,
}

#[async_trait]
pub trait PrivacyStore: Send + Sync {
    /// Per registration of an event: which personal data it holds, and how many check-ins
    /// and messages refer to it.
    async fn held_data(&self, event_id: i64) -> DomainResult<Vec<HeldData>>;
    /// Erases every registration of `email` (any event) with its history, check-ins and
    /// messages, in one transaction; returns how many registrations went.
    async fn erase_registrations(&self, email: &str, audit: AuditNote) -> DomainResult<u64>;
}

/// What the events feature needs of the one store.
pub trait EventsStore:
    EventStore + RegistrationStore + FormStore + CheckInStore + PrivacyStore + hansa_directory::store::DirectoryStore
{
}
impl<
    T: EventStore + RegistrationStore + FormStore + CheckInStore + PrivacyStore + hansa_directory::store::DirectoryStore,
> EventsStore for T
{
}
