//! Matchmaking at an event: delegates and partners describe what they offer and need, find
//! each other, request meetings and answer them; staff set slots and tables, arrange and
//! lock meetings, run the scheduler and remind whoever has no meeting; everyone gets their
//! agenda as a page, an iCalendar file and a PDF, and staff a printable table plan.
//!
//! Layers as in the rest of the crate: `model` (rules) → `service`, `staff`, `schedule`
//! (every call with its Caller or a participant's registration code) → `store` (contract)
//! and `storage_*` (SQL on both backends); `pages` turn requests into calls.

pub mod demo;
pub mod model;
pub mod notices;
pub mod pages;
pub mod roundtables;
pub mod schedule;
pub mod service;
pub mod staff;
mod storage_participants;
mod storage_requests;
mod storage_roundtables;
mod storage_setup;
pub mod store;
