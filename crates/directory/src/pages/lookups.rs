//! Option lists for filters and forms, in the reader's language.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::model::{MembershipStatus, Network, OrgKind};
use hansa_core::country::{Region, countries};

use hansa_web::i18n::Tr;
use hansa_web::view::Text;

/// `(value, label, selected)` for a `<select>`.
pub type Choice = (String, String, bool);

pub fn kinds(tr: &Tr, selected: &str) -> Vec<Choice> {
    OrgKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), tr.t(&format!("kind-{}", k.code())), k.code() == selected))
        .collect()
}

pub fn regions(tr: &Tr, selected: &str) -> Vec<Choice> {
    Region::ALL
        .iter()
        .map(|r| (r.code().to_owned(), tr.t(&format!("region-{}", r.code())), r.code() == selected))
        .collect()
}

/// The statuses offered, those `shown` lets the reader filter by.
pub fn statuses(tr: &Tr, selected: &str, shown: impl Fn(MembershipStatus) -> bool) -> Vec<Choice> {
    MembershipStatus::ALL
        .iter()
        .filter(|s| shown(**s))
        .map(|s| (s.code().to_owned(), tr.t(&format!("status-{}", s.code())), s.code() == selected))
        .collect()
}

/// Countries sorted by their name in the reader's language (sorted once per language).
pub fn countries_sorted(tr: &Tr, selected: &str) -> Vec<Choice> {
    type Sorted = HashMap<&'static str, Vec<(&'static str, &'static str)>>;
    static SORTED: LazyLock<Sorted> = LazyLock::new(|| {
        hansa_web::i18n::LANGUAGES
            .iter()
            .map(|(lang, _)| {
                let mut list: Vec<_> = countries().iter().map(|c| (c.alpha2, c.name(lang))).collect();
                list.sort_by(|a, b| a.1.cmp(b.1));
                (*lang, list)
            })
            .collect()
    });
    SORTED.get(tr.lang).map_or_else(Vec::new, |list| {
        list.iter().map(|(code, name)| ((*code).to_owned(), (*name).to_owned(), *code == selected)).collect()
    })
}

pub fn networks(tr: &Tr, nets: &[Network], selected: &str) -> Vec<Choice> {
    nets.iter().map(|n| (n.slug.clone(), Text::of(&n.name, tr.lang, None).text, n.slug == selected)).collect()
}
