//! Events of a network of cities: forums, general assemblies, mayoral conferences, trainings —
//! their organisers and partners from the directory, the programme of sessions in rooms and
//! time zones, the people in them with the title they held then, and the checks staff need
//! (a room booked twice, a person in two places, a session outside the event).
//!
//! Layers inside: `model` (rules, no SQL, no HTTP) → `service` (every write, with the
//! `Caller`) → `store` (the contract) and `storage` (its SQL); `pages` turn requests into calls;
//! `export` writes the programme in formats other tools read (frab / c3voc schedules).

pub mod api;
mod api_staff;
pub mod demo;
pub mod export;
pub mod model;
pub mod pages;
pub mod programme_cache;
pub mod service;
mod storage;
pub mod store;

/// Events as the web shell serves them.
pub fn feature() -> hansa_web::Feature {
    hansa_web::Feature {
        routes: pages::routes().merge(api::routes()),
        openapi: api::openapi(),
        kept: pages::kept,
        staff_panel: None,
        registration_panel: None,
    }
}
