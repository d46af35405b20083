//! The directory's `store` traits on SQLite and PostgreSQL: the SQL is written once where
//! the dialects agree, run on whichever pool the URL chose (`hansa_core::on_pool!`).

mod bundle_reads;
mod governance;
mod import_state;
mod imports;
mod networks;
mod organisation_sql;
mod organisations;
mod people;
mod rows;
