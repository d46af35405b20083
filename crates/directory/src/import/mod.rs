//! Bringing data in: CSV files of organisations (what staff have in spreadsheets) and
//! directory bundles in TOML (the demo data, or a whole directory moved between installs).

pub mod bundle;
pub mod csv_organisations;
