//! The member directory of a network of cities: organisations (names in every script, a
//! parent, a kept history), networks and their memberships with a dated status lifecycle,
//! regional offices, governance bodies with sessions and seats, and the people who act for
//! members — with its rules, its service (the one path every write takes, with the
//! `Caller`), its storage on both backends, its pages, its API and its imports.
//!
//! Layers inside: `model` (rules, no SQL, no HTTP) → `service` → `store` (the contract) and
//! `storage` (its SQL); `pages` and `api` only turn requests into service calls.

pub mod api;
pub mod import;
mod kept_pages;
mod map;
pub mod model;
pub mod pages;
pub mod service;
mod storage;
pub mod store;
mod view;

/// The directory as the web shell serves it: routes with their permissions, its part of
/// the API document, and the pages the page cache may keep.
pub fn feature() -> hansa_web::Feature {
    hansa_web::Feature {
        routes: pages::routes().merge(api::routes()),
        openapi: api::openapi(),
        kept: kept_pages::kept,
        staff_panel: None,
        registration_panel: None,
    }
}
