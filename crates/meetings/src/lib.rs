//! Meetings of the secretariat with cities and organisations. This first slice is the
//! outreach log: bilateral meetings (when, where or at which event, who sat on each side,
//! topics as tags, staff notes, outcome) and the follow-ups they lead to (an invitation, a
//! prize application, a membership), each owned by a staff member, with a due date.
//!
//! Layers inside: `model` (rules, no SQL, no HTTP) → `service` (every write and read, with
//! the `Caller` and `Permission::EditOutreach`) → `store` (the contract) and `storage` (its
//! SQL); `pages` turn staff requests into calls. Nothing here is public.

pub mod demo;
pub mod matchmaking;
pub mod model;
pub mod pages;
pub mod service;
mod storage;
pub mod store;

/// The outreach log as the web shell serves it: staff pages only, none kept by the cache.
pub fn feature() -> hansa_web::Feature {
    hansa_web::Feature {
        routes: pages::routes().merge(matchmaking::pages::routes()),
        openapi: utoipa::openapi::OpenApiBuilder::new().build(),
        kept: pages::kept,
        staff_panel: Some(pages::staff_panel),
        registration_panel: Some(matchmaking::pages::registration_panel),
    }
}
