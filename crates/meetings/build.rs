// Templates and translations are embedded at compile time; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=../web/templates");
    println!("cargo:rerun-if-changed=../../locales");
}
