//! The directory's storage contract, implemented on both backends in `storage`. Every method
//! that changes data takes the `AuditNote` and writes it in the same transaction.

use async_trait::async_trait;
use hansa_core::Store;
use hansa_core::audit::AuditNote;
use hansa_core::error::DomainResult;
use hansa_core::text::Localized;

use crate::model::*;

/// Filters of the directory list. Empty fields do not filter.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrgFilter {
    /// Name in any language or script, or slug.
    pub q: Option<String>,
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub region: Option<String>,
    /// Network slug: only members of it.
    pub network: Option<String>,
    /// Membership status in that network (or in any, without `network`).
    pub status: Option<String>,
    /// 1-based.
    pub page: Option<i64>,
    pub per_page: Option<i64>,
    /// Sort by the names as a reader of this interface language sees them (en, ko, zh, ja, ru, mn).
    pub lang: Option<String>,
    /// Staff see every membership status; everyone else only what each network shows.
    #[serde(skip)]
    pub staff: bool,
}

impl OrgFilter {
    pub fn limit(&self) -> i64 {
        self.per_page.unwrap_or(50).clamp(1, 500)
    }
    /// The interface language to sort by; English for anything else.
    pub fn sort_lang(&self) -> &'static str {
        let wanted = self.lang.as_deref().unwrap_or("en");
        hansa_core::text::INTERFACE_LANGUAGES.iter().find(|l| **l == wanted).copied().unwrap_or("en")
    }

    pub fn offset(&self) -> i64 {
        (self.page.unwrap_or(1).clamp(1, 1_000_000) - 1) * self.limit()
    }
}

/// Which governance bodies to read.
#[derive(Debug, Clone, Copy)]
pub enum BodyScope<'a> {
    All,
    Network(i64),
    Ids(&'a [i64]),
    Slug(&'a str),
}

/// Which seats to read.
#[derive(Debug, Clone, Copy)]
pub enum SeatScope<'a> {
    All,
    /// Seats one organisation holds.
    Holder(i64),
    /// Seats in these bodies.
    Bodies(&'a [i64]),
}

/// Counts for the home page and network lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryStats {
    pub organisations: i64,
    /// Organisations with at least one active membership.
    pub active_members: i64,
    /// Active members per network id.
    pub active_by_network: Vec<(i64, i64)>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct StoredBodySession {
    pub body_id: i64,
    pub number: i64,
    pub date: String,
    pub host_id: Option<i64>,
    pub place: Localized,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct StoredSeat {
    pub body_id: i64,
    pub organisation_id: Option<i64>,
    pub person_id: Option<i64>,
    pub role: SeatRole,
    pub since: Option<String>,
    pub until: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct StoredPosition {
    pub person_id: i64,
    pub organisation_id: i64,
    pub title: Localized,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// A new person with references already resolved to ids.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub input: PersonInput,
    pub focal_point_for: Option<i64>,
    pub positions: Vec<StoredPosition>,
}

/// The directory page's reads (see [`OrganisationStore::listing`]).
#[derive(Debug, Clone)]
pub struct Listing {
    pub page: Page<Organisation>,
    pub networks: Vec<Network>,
    /// Of the page's organisations, every one (visibility is the service's to apply).
    pub memberships: Vec<Membership>,
}

/// Everything the directory stores, beside what every feature has (`hansa_core::Store`).
/// Split by concern so each storage file implements one part.
pub trait DirectoryStore:
    Store + OrganisationStore + NetworkStore + GovernanceStore + PeopleStore + ImportStore + BundleReads
{
}
impl<T: Store + OrganisationStore + NetworkStore + GovernanceStore + PeopleStore + ImportStore + BundleReads>
    DirectoryStore for T
{
}

/// One record an import writes, with the diff its audit entry carries and, for a change of
/// English name, the old name for the history.
#[derive(Debug, Clone)]
pub struct ImportItem {
    pub write: crate::import::plan::Write,
    pub changes: serde_json::Value,
    pub renamed: Option<HistoryEntry>,
}

/// A committed import as the imports page lists it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ImportRecord {
    pub id: i64,
    /// Unix seconds.
    pub at: i64,
    pub actor: Option<String>,
    pub file_name: String,
    pub summary: serde_json::Value,
    pub undone_at: Option<i64>,
}

/// What an undo did: records archived (the import created them), restored (it changed
/// them), and refused because someone changed them since — by slug.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct UndoReport {
    pub archived: Vec<String>,
    pub restored: Vec<String>,
    pub refused: Vec<String>,
}

#[async_trait]
pub trait ImportStore: Send + Sync {
    /// Every organisation, archived ones too: what an import matches its rows against.
    async fn all_organisations(&self) -> DomainResult<Vec<Organisation>>;
    /// Writes a planned import in one transaction — all or nothing — and records what it
    /// did to each record so it can be undone. A record changed since the preview refuses
    /// the whole import (`Conflict`, naming it). `audit` is the note of the import itself;
    /// each record gets its own entry with its diff. Returns the import's id.
    /// Writes the items in one transaction; `written(done)` is told as it goes.
    async fn apply_import(
        &self,
        file_name: &str,
        items: &[ImportItem],
        audit: AuditNote,
        written: &mut (dyn FnMut(usize) + Send),
    ) -> DomainResult<i64>;
    /// Undoes an import: records it created are archived, fields it changed restored —
    /// each only while nothing else changed it since; the others are named in `refused`.
    async fn undo_import(&self, id: i64, audit: AuditNote) -> DomainResult<UndoReport>;
    async fn imports(&self, limit: i64) -> DomainResult<Vec<ImportRecord>>;
    async fn import_record(&self, id: i64) -> DomainResult<Option<ImportRecord>>;
    /// The column mapping last chosen for files with this header (see `columns::header_key`).
    async fn saved_mapping(&self, header_key: &str) -> DomainResult<Option<crate::import::columns::MappingSpec>>;
    async fn save_mapping(&self, header_key: &str, spec: &crate::import::columns::MappingSpec) -> DomainResult<()>;
    /// Rebuilds every organisation's search terms (after an upgrade, or when the folding
    /// rules change); with `only_if_empty`, only when no term is stored yet. Returns how many
    /// organisations were indexed.
    async fn rebuild_search_terms(&self, only_if_empty: bool) -> DomainResult<usize>;
}

#[async_trait]
pub trait OrganisationStore: Send + Sync {
    async fn organisation(&self, slug: &str) -> DomainResult<Option<Organisation>>;
    async fn organisation_by_id(&self, id: i64) -> DomainResult<Option<Organisation>>;
    async fn organisations_by_ids(&self, ids: &[i64]) -> DomainResult<Vec<Organisation>>;
    async fn organisations(&self, filter: &OrgFilter) -> DomainResult<Page<Organisation>>;
    /// What the directory page shows, read on one connection: the filtered page, every
    /// network, and the memberships of the page's organisations.
    async fn listing(&self, filter: &OrgFilter) -> DomainResult<Listing>;
    /// Key figures for the home page in one round of cheap aggregate queries.
    async fn directory_stats(&self) -> DomainResult<DirectoryStats>;
    async fn children(&self, id: i64) -> DomainResult<Vec<Organisation>>;
    /// Every stored slug (the import preview tells new rows from updates with it).
    async fn organisation_slugs(&self) -> DomainResult<Vec<String>>;
    async fn create_organisation(
        &self,
        d: &OrganisationDraft,
        parent_id: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<Organisation>;
    /// Overwrites the current fields; `renamed` (the old name, dated) goes into the history
    /// in the same transaction, so a rename is never lost.
    async fn update_organisation(
        &self,
        id: i64,
        d: &OrganisationDraft,
        parent_id: Option<i64>,
        renamed: Option<&HistoryEntry>,
        audit: AuditNote,
    ) -> DomainResult<Organisation>;
    /// Every organisation's id, slug, parent and name: what an import checks its rows against.
    async fn organisation_tree(&self) -> DomainResult<Vec<(i64, String, Option<i64>, Localized)>>;
    /// Hides an organisation from lists (or shows it again); its record and history stay.
    async fn set_archived(&self, id: i64, archived: bool, audit: AuditNote) -> DomainResult<()>;
    async fn set_logo(&self, id: i64, content_type: &str, bytes: &[u8], audit: AuditNote) -> DomainResult<()>;
    async fn logo(&self, id: i64) -> DomainResult<Option<(String, Vec<u8>)>>;
    async fn add_history(&self, id: i64, entry: &HistoryEntry, audit: AuditNote) -> DomainResult<()>;
    async fn history(&self, id: i64) -> DomainResult<Vec<HistoryEntry>>;
    /// Organisations with an active membership, counted by country (`network` limits it).
    async fn member_counts_by_country(&self, network_id: Option<i64>) -> DomainResult<Vec<(String, i64)>>;
}

#[async_trait]
pub trait NetworkStore: Send + Sync {
    /// Which membership statuses of network `id` the public sees.
    async fn set_public_statuses(&self, id: i64, statuses: &[MembershipStatus], audit: AuditNote) -> DomainResult<()>;
    async fn networks(&self) -> DomainResult<Vec<Network>>;
    async fn network(&self, slug: &str) -> DomainResult<Option<Network>>;
    async fn create_network(
        &self,
        input: &NetworkInput,
        organisation_id: Option<i64>,
        audit: AuditNote,
    ) -> DomainResult<Network>;
    async fn create_membership(
        &self,
        network_id: i64,
        organisation_id: i64,
        input: &MembershipInput,
        audit: AuditNote,
    ) -> DomainResult<Membership>;
    async fn membership(&self, id: i64) -> DomainResult<Option<Membership>>;
    /// Appends a dated status change and makes it the current status — only if the status is
    /// still `from` when the write happens (otherwise `Conflict`, nothing written), so a rule
    /// checked against `from` and its write commit together.
    async fn change_membership_status(
        &self,
        id: i64,
        from: MembershipStatus,
        change: &StatusChange,
        audit: AuditNote,
    ) -> DomainResult<Membership>;
    async fn memberships_of_organisation(&self, organisation_id: i64) -> DomainResult<Vec<Membership>>;
    async fn memberships_of_network(&self, network_id: i64) -> DomainResult<Vec<Membership>>;
    /// The memberships of several organisations at once (a directory page), in one query.
    async fn memberships_of_organisations(&self, organisation_ids: &[i64]) -> DomainResult<Vec<Membership>>;
    async fn membership_history(&self, id: i64) -> DomainResult<Vec<StatusChange>>;
    /// The histories of several memberships in one query, as (membership id, step), oldest first.
    async fn membership_histories(&self, ids: &[i64]) -> DomainResult<Vec<(i64, StatusChange)>>;

    // Offices and governance bodies
}

/// Regional offices and governance bodies with their sessions and seats.
#[async_trait]
pub trait GovernanceStore: Send + Sync {
    async fn create_office(
        &self,
        network_id: i64,
        host_id: i64,
        input: &OfficeInput,
        audit: AuditNote,
    ) -> DomainResult<RegionalOffice>;
    /// Offices, all of them or those hosted by one organisation.
    async fn offices(&self, host_id: Option<i64>) -> DomainResult<Vec<RegionalOffice>>;
    async fn create_body(
        &self,
        network_id: i64,
        input: &BodyInput,
        sessions: &[StoredBodySession],
        seats: &[StoredSeat],
        audit: AuditNote,
    ) -> DomainResult<GovernanceBody>;
    /// Bodies: all, one network's, some by id, or one by slug — a page reads only its own.
    async fn bodies(&self, scope: BodyScope<'_>) -> DomainResult<Vec<GovernanceBody>>;
    /// The sessions of these bodies (all bodies' for `None`).
    async fn body_sessions(&self, body_ids: Option<&[i64]>) -> DomainResult<Vec<StoredBodySession>>;
    /// Seats: all, one holder organisation's, or those in some bodies.
    async fn seats(&self, scope: SeatScope<'_>) -> DomainResult<Vec<StoredSeat>>;
    /// Sets the closing date of an office (offices close; their record stays).
    async fn close_office(&self, id: i64, until: &str, audit: AuditNote) -> DomainResult<()>;
    async fn add_body_session(&self, s: &StoredBodySession, audit: AuditNote) -> DomainResult<()>;
    async fn add_seat(&self, s: &StoredSeat, audit: AuditNote) -> DomainResult<()>;
}

#[async_trait]
pub trait PeopleStore: Send + Sync {
    async fn create_person(&self, p: &NewPerson, audit: AuditNote) -> DomainResult<Person>;
    /// Overwrites a person's names, contact details and focal-point duty (positions are
    /// added with `add_position`, so the record of who held what stays).
    async fn update_person(&self, id: i64, p: &NewPerson, audit: AuditNote) -> DomainResult<Person>;
    async fn add_position(&self, p: &StoredPosition, audit: AuditNote) -> DomainResult<()>;
    /// Erases a person for real (on request): their positions, seats and record.
    async fn erase_person(&self, id: i64, audit: AuditNote) -> DomainResult<()>;
    async fn person(&self, slug: &str) -> DomainResult<Option<Person>>;
    async fn people_by_ids(&self, ids: &[i64]) -> DomainResult<Vec<Person>>;
    async fn people(&self, limit: i64, offset: i64) -> DomainResult<Page<Person>>;
    async fn positions_at(&self, organisation_id: i64) -> DomainResult<Vec<StoredPosition>>;
    async fn positions_of(&self, person_id: i64) -> DomainResult<Vec<StoredPosition>>;
    async fn focal_points(&self, organisation_id: i64) -> DomainResult<Vec<Person>>;
}

/// Reads of the whole directory that only the bundle export needs.
#[async_trait]
pub trait BundleReads: Send + Sync {
    /// Every person, contact details included (staff only), in no particular order. Paging
    /// `people` would not do for a complete copy: it sorts by name, and two people of one
    /// name may change places between pages, so one is read twice and the other never.
    async fn all_people(&self) -> DomainResult<Vec<Person>>;
    /// Every position of every person in one query (exports; not one query per person),
    /// each person's in the order `positions_of` gives them.
    async fn all_positions(&self) -> DomainResult<Vec<StoredPosition>>;
}

/// The traits to bring into scope to call the store's methods (`use crate::store::prelude::*`).
pub mod prelude {
    pub use super::{BundleReads, GovernanceStore, ImportStore, NetworkStore, OrganisationStore, PeopleStore};
    pub use hansa_core::store::prelude::*;
}
