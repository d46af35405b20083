//! Events on SQLite and PostgreSQL: one statement text for both where the dialects agree.

mod checkins;
mod events;
mod privacy;
mod programme_read;
mod registration_form;
mod registration_rows;
mod registrations;
mod rows;
