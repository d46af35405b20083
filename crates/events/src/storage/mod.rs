//! Events on SQLite and PostgreSQL: one statement text for both where the dialects agree.

mod events;
mod registration_rows;
mod registrations;
mod rows;
