//! Texts people write (names, titles, descriptions) in several languages.
//!
//! A `Localized` maps a language tag to text. Reading it follows the fallback chain
//! requested → the organisation's own language → English → any, and says which language
//! it fell back to so the page can mark it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::FieldError;
use crate::validate::Errors;

/// The interface languages; lists are sorted for readers of each of them.
pub const INTERFACE_LANGUAGES: [&str; 6] = ["en", "ko", "zh", "ja", "ru", "mn"];

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(transparent)]
#[schema(value_type = BTreeMap<String, String>, example = json!({"en": "Gyeongju-si", "ko": "경주시"}))]
pub struct Localized(pub BTreeMap<String, String>);

/// The text chosen for a reader, and the language it is in when that is not the one asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a str,
    pub fallback: Option<&'a str>,
}

impl Localized {
    pub fn en(text: &str) -> Self {
        Self(BTreeMap::from([("en".to_owned(), text.to_owned())]))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// Picks the text for `requested`, falling back to `own` (the record's own language),
    /// then English, then the first language there is.
    pub fn resolve<'a>(&'a self, requested: &str, own: Option<&'a str>) -> Resolved<'a> {
        if let Some(text) = self.get(requested) {
            return Resolved { text, fallback: None };
        }
        let chain = own.into_iter().chain(["en"]);
        for lang in chain {
            if let Some((l, text)) = self.0.get_key_value(lang) {
                return Resolved { text, fallback: Some(l) };
            }
        }
        match self.0.iter().next() {
            Some((l, text)) => Resolved { text, fallback: Some(l) },
            None => Resolved { text: "", fallback: None },
        }
    }

    /// How a reader of each interface language sees this name, lower-cased, for sorting.
    pub fn sort_keys(&self, own: &str) -> Vec<(&'static str, String)> {
        INTERFACE_LANGUAGES.iter().map(|l| (*l, self.resolve(l, Some(own)).text.to_lowercase())).collect()
    }

    /// Every text, lower-cased and joined, for searching a name in any language or script.
    pub fn search_text(&self) -> String {
        let mut all: Vec<String> = self.0.values().map(|v| v.to_lowercase()).collect();
        all.dedup();
        all.join(" | ")
    }

    /// Trims every text, drops empty ones and checks tags and lengths.
    /// `required_en` makes an English text mandatory (names are; descriptions are not).
    pub fn clean(&self, field: &str, max: usize, required_en: bool, errors: &mut Errors) -> Self {
        let mut out = BTreeMap::new();
        for (lang, text) in &self.0 {
            let lang = lang.trim().to_ascii_lowercase();
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            if !is_language_tag(&lang) {
                errors.push(FieldError::with(format!("{field}.{lang}"), "err-language", &lang));
                continue;
            }
            if text.chars().count() > max {
                errors.push(FieldError::with(format!("{field}.{lang}"), "err-too-long", max));
                continue;
            }
            if text.contains('\0') || (text.chars().any(char::is_control) && max <= crate::validate::MAX_NAME) {
                errors.push(FieldError::new(format!("{field}.{lang}"), "err-control-chars"));
                continue;
            }
            out.insert(lang, text.to_owned());
        }
        if required_en && !out.contains_key("en") {
            errors.push(FieldError::new(format!("{field}.en"), "err-required"));
        }
        Self(out)
    }
}

/// A BCP 47 tag as we store it: a 2–3 letter language, optionally `-Script` or `-REGION`
/// (`ko`, `zh-hant`, `mn-mong`, `pt-br`), lower-cased.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn names() -> Localized {
        Localized(BTreeMap::from([("en".into(), "Gyeongju-si".into()), ("ko".into(), "경주시".into())]))
    }

    #[test]
    fn fallback_chain() {
        let n = names();
        assert_eq!(n.resolve("ko", None), Resolved { text: "경주시", fallback: None });
        assert_eq!(n.resolve("ja", Some("ko")).fallback, Some("ko"));
        assert_eq!(n.resolve("ja", None), Resolved { text: "Gyeongju-si", fallback: Some("en") });
        let only_ru = Localized(BTreeMap::from([("ru".into(), "Ульяновск".into())]));
        assert_eq!(only_ru.resolve("en", None).fallback, Some("ru"));
    }

    #[test]
    fn clean_refuses_bad_input() {
        let mut e = Errors::default();
        let raw = Localized(BTreeMap::from([
            ("en".into(), "x".repeat(301)),
            ("Not a tag!".into(), "y".into()),
            ("ko".into(), "  ".into()),
        ]));
        let out = raw.clean("name", 300, true, &mut e);
        let codes: Vec<_> = e.0.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, ["err-language", "err-too-long", "err-required"]);
        assert!(out.is_empty());
    }

    proptest! {
        /// Whatever is stored, a non-empty map always yields some text, and the
        /// fallback is absent exactly when the requested language is present.
        #[test]
        fn resolve_always_finds_text(map in prop::collection::btree_map("[a-z]{2}", "[^\\s]{1,10}", 1..5), req in "[a-z]{2}") {
            let l = Localized(map.clone());
            let r = l.resolve(&req, None);
            prop_assert!(!r.text.is_empty());
            prop_assert_eq!(r.fallback.is_none(), map.contains_key(&req));
        }
    }
}
