//! Interface translations (Fluent catalogues in `locales/`, embedded at build time) and the
//! choice of language: the user's choice (cookie) → Accept-Language → English.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // Bidi isolation marks would end up inside attributes and URLs.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The interface languages, with their own names for the switcher.
pub const LANGUAGES: [(&str, &str); 6] =
    [("en", "English"), ("ko", "한국어"), ("zh", "中文"), ("ja", "日本語"), ("ru", "Русский"), ("mn", "Монгол")];

pub const LANG_COOKIE: &str = "hansa_lang";

pub fn is_supported(code: &str) -> bool {
    LANGUAGES.iter().any(|(c, _)| *c == code)
}

/// Picks the interface language from the cookie, then the Accept-Language header.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> &'static str {
    if let Some(c) = cookie.and_then(|c| LANGUAGES.iter().find(|(l, _)| *l == c)) {
        return c.0;
    }
    let mut ranked: Vec<(f32, &str)> = accept_language
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let mut it = part.trim().split(';');
            let tag = it.next()?.trim();
            let q = it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
            Some((q, tag))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (_, tag) in ranked {
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        if let Some((l, _)) = LANGUAGES.iter().find(|(l, _)| *l == primary) {
            return l;
        }
    }
    "en"
}

/// Translates interface strings for one language. Templates call `t.t("key")`.
#[derive(Clone)]
pub struct Tr {
    pub lang: &'static str,
    id: LanguageIdentifier,
}

impl Tr {
    /// The catalogue of a stored language code (the one a person registered in, a staff
    /// member last used), English when it is none of ours: what messages are written in.
    pub fn for_code(code: Option<&str>) -> Tr {
        Tr::new(code.and_then(|l| LANGUAGES.iter().find(|(c, _)| *c == l)).map_or("en", |(c, _)| *c))
    }

    pub fn new(lang: &'static str) -> Tr {
        Tr { lang, id: lang.parse().unwrap_or_default() }
    }

    pub fn t(&self, key: &str) -> String {
        LOCALES.try_lookup(&self.id, key).unwrap_or_else(|| key.to_owned())
    }

    /// A message with one variable: `t.t1("dir-count", "count", n)`.
    pub fn t1(&self, key: &str, name: &str, value: impl ToString) -> String {
        let value = value.to_string();
        let arg = match value.parse::<f64>() {
            Ok(n) => FluentValue::from(n),
            Err(_) => FluentValue::from(value),
        };
        let args: HashMap<Cow<'static, str>, FluentValue> = HashMap::from([(Cow::Owned(name.to_owned()), arg)]);
        LOCALES.try_lookup_with_args(&self.id, key, &args).unwrap_or_else(|| key.to_owned())
    }

    /// A message with several variables: `t.tn("cli-import-done", &[("created", n), …])`.
    pub fn tn(&self, key: &str, vars: &[(&str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = vars
            .iter()
            .map(|(name, value)| {
                let v = match value.parse::<f64>() {
                    Ok(n) => FluentValue::from(n),
                    Err(_) => FluentValue::from(value.clone()),
                };
                (Cow::Owned((*name).to_owned()), v)
            })
            .collect();
        LOCALES.try_lookup_with_args(&self.id, key, &args).unwrap_or_else(|| key.to_owned())
    }

    /// The message for a field error, with its detail (a limit, a value) filled in.
    pub fn error(&self, e: &hansa_core::FieldError) -> String {
        self.t1(&e.code, "detail", e.detail.clone().unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        assert_eq!(negotiate(Some("ko"), Some("ru")), "ko");
        assert_eq!(negotiate(Some("xx"), Some("ru-RU,ru;q=0.9")), "ru");
        assert_eq!(negotiate(None, Some("de;q=1, ja;q=0.5, ko;q=0.8")), "ko");
        assert_eq!(negotiate(None, None), "en");
    }

    #[test]
    fn messages_resolve() {
        assert_eq!(Tr::new("en").t("nav-directory"), "Directory");
        assert_ne!(Tr::new("ko").t("nav-directory"), "Directory");
        assert_eq!(Tr::new("en").t("no-such-key"), "no-such-key");
    }
}
