//! Which column of a spreadsheet holds which field of an organisation.
//!
//! Headers are guessed in any of the six interface languages (이름, 国家, Страна …) and in the
//! import format's own codes (`name_ko`, `country`); the user can correct every guess, or set
//! a column to "ignore". A column no one has mapped is never dropped silently: the import is
//! refused, naming it, unless unknown columns are explicitly ignored.

use std::collections::BTreeMap;

use serde::Serialize;

use super::table::{FileError, column_letter, file_error};
use hansa_core::search::fold;
use hansa_core::text::is_language_tag;

/// A field a column can fill.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Field {
    Id,
    Slug,
    Kind,
    Name(String),
    Description(String),
    DefaultLang,
    Country,
    Region,
    Parent,
    Website,
    FoundingMember,
    Ignore,
}

const PLAIN: [(&str, Field); 10] = [
    ("id", Field::Id),
    ("slug", Field::Slug),
    ("kind", Field::Kind),
    ("default_lang", Field::DefaultLang),
    ("country", Field::Country),
    ("region", Field::Region),
    ("parent", Field::Parent),
    ("website", Field::Website),
    ("founding_member", Field::FoundingMember),
    ("ignore", Field::Ignore),
];

impl Field {
    /// The code used in files, mapping files and forms: `name_ko`, `country`, `ignore`.
    pub fn code(&self) -> String {
        match self {
            Field::Name(l) => format!("name_{l}"),
            Field::Description(l) => format!("description_{l}"),
            other => PLAIN.iter().find(|(_, f)| f == other).map(|(c, _)| (*c).to_owned()).unwrap_or_default(),
        }
    }

    pub fn parse(code: &str) -> Option<Field> {
        let code = code.trim().to_ascii_lowercase();
        if let Some(lang) = code.strip_prefix("name_").filter(|l| is_language_tag(l)) {
            return Some(Field::Name(lang.to_owned()));
        }
        if let Some(lang) = code.strip_prefix("description_").filter(|l| is_language_tag(l)) {
            return Some(Field::Description(lang.to_owned()));
        }
        PLAIN.iter().find(|(c, _)| *c == code).map(|(_, f)| f.clone())
    }

    /// The fields offered in the mapping step (names and descriptions in the six languages).
    pub fn choices() -> Vec<Field> {
        let mut out: Vec<Field> = PLAIN.iter().map(|(_, f)| f.clone()).collect();
        for l in hansa_core::text::INTERFACE_LANGUAGES {
            out.push(Field::Name(l.into()));
            out.push(Field::Description(l.into()));
        }
        out
    }
}

/// Header words in the six interface languages, folded (see `hansa_core::search::fold`) so
/// "País", "pais" and "PAIS" are one. A name header without a language means English.
const ALIASES: [(&str, &[&str]); 8] = [
    (
        "name_en",
        &[
            "name",
            "english name",
            "name (en)",
            "organisation",
            "organization",
            "city",
            "이름",
            "명칭",
            "名称",
            "名前",
            "название",
            "нэр",
        ],
    ),
    ("name_ko", &["korean name", "name (ko)", "한국어 이름", "한글 이름", "korean"]),
    ("country", &["country code", "nation", "iso", "국가", "나라", "国家", "国", "страна", "улс"]),
    ("kind", &["type", "category", "유형", "종류", "类型", "種類", "тип", "төрөл"]),
    ("website", &["url", "web", "homepage", "site", "웹사이트", "网站", "ウェブサイト", "сайт", "вэбсайт"]),
    ("region", &["continent", "지역", "地区", "地域", "регион", "бүс"]),
    ("parent", &["parent organisation", "parent organization", "상위 기관", "上级", "親組織", "вышестоящая"]),
    ("description_en", &["description", "설명", "说明", "説明", "описание", "тайлбар"]),
];

/// The field a header most likely means, if any.
pub fn guess(header: &str) -> Option<Field> {
    let folded = fold(header.trim());
    if let Some(f) = Field::parse(header).or_else(|| Field::parse(&folded.replace([' ', '-'], "_"))) {
        return Some(f);
    }
    ALIASES.iter().find(|(_, words)| words.iter().any(|w| fold(w) == folded)).and_then(|(code, _)| Field::parse(code))
}

/// A user's mapping: header → field code (`ignore` to skip a column). A key `#3` names the
/// fourth column by position (what the web form knows), and wins over its header.
pub type MappingSpec = BTreeMap<String, String>;

/// How unmapped columns are treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unknown {
    #[default]
    Refuse,
    Ignore,
}

/// The key a mapping is remembered under: the file's headers, folded, in order.
pub fn header_key(headers: &[String]) -> String {
    headers.iter().map(|h| fold(h.trim())).collect::<Vec<_>>().join("\u{1f}")
}

/// Decides the field of every column: the user's spec first, then the guess.
pub fn resolve(headers: &[String], spec: &MappingSpec, unknown: Unknown) -> Result<Vec<Field>, FileError> {
    let mut fields = Vec::with_capacity(headers.len());
    let mut unmapped = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let chosen = match spec.get(&format!("#{i}")).or_else(|| spec.get(h)).or_else(|| spec.get(h.trim())) {
            Some(code) => Some(Field::parse(code).ok_or_else(|| file_error("err-import-bad-field", code))?),
            None => guess(h),
        };
        match chosen {
            Some(f) => fields.push(f),
            None if unknown == Unknown::Ignore => fields.push(Field::Ignore),
            None => {
                unmapped.push(h.clone());
                fields.push(Field::Ignore);
            }
        }
    }
    if !unmapped.is_empty() {
        return Err(file_error("err-csv-unknown-column", unmapped.join(", ")));
    }
    for (i, f) in fields.iter().enumerate() {
        if *f == Field::Ignore {
            continue;
        }
        if let Some(j) = fields[..i].iter().position(|g| g == f) {
            let both =
                format!("{} ({}), {} ({}) → {}", headers[j], column_letter(j), headers[i], column_letter(i), f.code());
            return Err(file_error("err-import-two-columns", both));
        }
    }
    let has = |f: &Field| fields.contains(f);
    if !has(&Field::Name("en".into())) && !has(&Field::Slug) && !has(&Field::Id) {
        return Err(file_error("err-csv-missing-column", "name_en"));
    }
    Ok(fields)
}

/// Every accepted field code, for the message refusing unknown columns.
pub fn accepted_codes() -> String {
    let mut out: Vec<String> =
        PLAIN.iter().filter(|(_, f)| *f != Field::Ignore).map(|(c, _)| (*c).to_owned()).collect();
    out.extend(["name_en".into(), "name_<lang>".into(), "description_<lang>".into()]);
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn headers_are_guessed_in_six_languages() {
        assert_eq!(guess("이름"), Some(Field::Name("en".into())));
        assert_eq!(guess("国家"), Some(Field::Country));
        assert_eq!(guess("Страна"), Some(Field::Country));
        assert_eq!(guess("Name_KO"), Some(Field::Name("ko".into())));
        assert_eq!(guess("Default Lang"), Some(Field::DefaultLang));
        assert_eq!(guess("population"), None);
    }

    #[test]
    fn unknown_columns_are_named_or_ignored_on_request() {
        let headers = h(&["kind", "name_en", "population", "latitude"]);
        let e = resolve(&headers, &MappingSpec::new(), Unknown::Refuse).unwrap_err();
        assert_eq!(e, file_error("err-csv-unknown-column", "population, latitude"));
        let f = resolve(&headers, &MappingSpec::new(), Unknown::Ignore).unwrap();
        assert_eq!(f[2], Field::Ignore);
        let spec = MappingSpec::from([("population".into(), "ignore".into()), ("latitude".into(), "ignore".into())]);
        assert!(resolve(&headers, &spec, Unknown::Refuse).is_ok());
    }

    #[test]
    fn two_columns_for_one_field_are_refused() {
        let headers = h(&["name", "city", "kind"]);
        let e = resolve(&headers, &MappingSpec::new(), Unknown::Refuse).unwrap_err();
        assert_eq!(e.code, "err-import-two-columns");
        assert!(e.detail.unwrap().contains("name (A), city (B)"));
    }
}
