//! `sqlx::migrate!` embeds the migration files at compile time; a new file must rebuild the
//! crate (cargo does not see it otherwise).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
