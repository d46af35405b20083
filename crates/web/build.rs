// Translations, templates and static files are embedded at compile time; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=../../static");
}
