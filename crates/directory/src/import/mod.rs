//! Bringing data in and out: spreadsheets of organisations (CSV, XLSX, ODS — what staff
//! have) with column mapping, duplicate rules, a field-by-field preview and undo; exports
//! in the same format; and directory bundles in TOML (the demo data, or a whole directory
//! moved between installs, exported losslessly by `bundle_export`).

pub mod bundle;
pub mod bundle_export;
pub mod columns;
pub mod export;
pub mod merge;
pub mod plan;
mod planner;
pub mod table;
