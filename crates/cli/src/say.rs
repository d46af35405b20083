//! Every message of the command line in the user's language, from the same Fluent catalogues
//! as the web (`--lang`, else `LC_ALL` / `LC_MESSAGES` / `LANG`, else English), and errors in
//! words — a refused field is named with its message, never as a catalogue key.

use std::sync::OnceLock;

use hansa_core::DomainError;
use hansa_web::i18n::{Tr, negotiate};

static LANG: OnceLock<&'static str> = OnceLock::new();

/// The language from `--lang` or the environment (`ko_KR.UTF-8` → `ko`).
pub fn init(flag: Option<&str>) {
    let env = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    let wanted = flag.map(str::to_owned).or(env).unwrap_or_default();
    let tag = wanted.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    let _ = LANG.set(negotiate(None, Some(&tag)));
}

pub fn tr() -> Tr {
    Tr::new(LANG.get().copied().unwrap_or("en"))
}

pub fn t(key: &str) -> String {
    tr().t(key)
}

pub fn t1(key: &str, name: &str, value: impl ToString) -> String {
    tr().t1(key, name, value)
}

/// A message with several variables.
pub fn tn(key: &str, args: &[(&str, String)]) -> String {
    tr().tn(key, args)
}

/// A field error as a line: `country: “XX” is not a country code …`.
pub fn field_error(e: &hansa_core::FieldError) -> String {
    format!("{}: {}", e.field, tr().error(e))
}

/// An error as the user reads it: domain errors through the catalogue, others as they are.
pub fn error_text(e: &anyhow::Error) -> String {
    let tr = tr();
    match e.downcast_ref::<DomainError>() {
        Some(DomainError::Invalid(errors)) => errors.iter().map(field_error).collect::<Vec<_>>().join("\n  "),
        Some(DomainError::Conflict(f)) => field_error(f),
        Some(DomainError::ForbiddenFields(errors)) => errors.iter().map(field_error).collect::<Vec<_>>().join("\n  "),
        Some(DomainError::NotFound) => tr.t("cli-not-found"),
        Some(DomainError::Forbidden) | Some(DomainError::Unauthorized) => tr.t("cli-forbidden"),
        Some(DomainError::Storage(detail)) => tr.t1("cli-storage", "detail", detail),
        None => format!("{e:#}"),
    }
}
