//! How directory records look on pages: an organisation as lists and links show it.

use hansa_core::country;
use hansa_web::i18n::Tr;
use hansa_web::view::Text;

use crate::model::Organisation;

/// An organisation as lists and links show it.
#[derive(Clone, Debug)]
pub struct OrgView {
    pub slug: String,
    pub name: Text,
    /// The name in the organisation's own language and script, when that differs.
    pub native: Option<Text>,
    pub kind: String,
    pub country: String,
    pub region: String,
    pub has_logo: bool,
    pub founding_member: bool,
}

impl OrgView {
    pub fn new(o: &Organisation, tr: &Tr) -> OrgView {
        let name = Text::of(&o.name, tr.lang, Some(&o.default_lang));
        let native = o.name.get(&o.default_lang).filter(|n| *n != name.text).map(|n| Text {
            text: n.to_owned(),
            lang: o.default_lang.clone(),
            fallback: None,
        });
        OrgView {
            slug: o.slug.clone(),
            name,
            native,
            kind: tr.t(&format!("kind-{}", o.kind.code())),
            country: o
                .country
                .as_deref()
                .and_then(country::country)
                .map_or_else(String::new, |c| c.name(tr.lang).to_owned()),
            region: o.region.map_or_else(String::new, |r| tr.t(&format!("region-{}", r.code()))),
            has_logo: o.has_logo,
            founding_member: o.founding_member,
        }
    }
}
