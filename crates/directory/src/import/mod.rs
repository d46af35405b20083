//! Bringing data in: CSV files of organisations (what staff have in spreadsheets) and
//! directory bundles in TOML (the demo data, or a whole directory moved between installs)
//! — and taking a whole directory out again as such a bundle.

pub mod bundle;
pub mod bundle_export;
pub mod csv_organisations;
