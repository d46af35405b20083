//! Which URLs are kept, which areas of data each is made from, and the one spelling of its
//! query string it is kept under.
//!
//! Only the parameters a page's handler reads take part, in a fixed order, empty ones left
//! out: `?b=1&a=2` and `?a=2&b=1&c=` are one page. A parameter the handler does not know
//! sends the request past the cache (neither served from it nor kept), so a flood of junk
//! query strings can neither fill the cache nor push real pages out of it.

use hansa_domain::Area;

/// A kept route: the query parameters its handler reads, in key order, and the areas of
/// data its content depends on (empty: made from the code and the language alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Route {
    pub params: &'static [&'static str],
    pub areas: &'static [Area],
}

const NONE: &[&str] = &[];
/// `OrgFilter` (hansa-domain), read by the directory page and `/api/v1/organisations`.
const ORG_FILTER: &[&str] = &["q", "kind", "country", "region", "network", "status", "page", "per_page", "lang"];
const PAGING: &[&str] = &["page", "per_page"];
/// Numbers: empty, the handler refuses them (an error page), so the handler must answer.
const NUMBERS: &[&str] = &["page", "per_page"];
const DIRECTORY: &[Area] = &[Area::Directory];

/// The public, read-only routes whose content depends only on data, language and URL.
pub(super) fn route(path: &str) -> Option<Route> {
    let segments: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
    let (params, areas): (&'static [&'static str], &'static [Area]) = match segments.as_slice() {
        [""] | ["networks"] => (NONE, DIRECTORY),
        ["directory"] | ["api", "v1", "organisations"] => (ORG_FILTER, DIRECTORY),
        ["map"] => (&["network"], DIRECTORY),
        ["organisations", slug] | ["organisations", slug, "logo"] | ["networks", slug] | ["people", slug]
            if !slug.is_empty() =>
        {
            (NONE, DIRECTORY)
        }
        // The API's own description is made from the code: no change of data ends it.
        ["api"] | ["api", "v1", "openapi.json"] => (NONE, &[]),
        ["api", "v1", "people"] => (PAGING, DIRECTORY),
        ["api", "v1", "networks" | "bodies" | "offices"] | ["api", "v1", "stats", "countries"] => (NONE, DIRECTORY),
        ["api", "v1", "organisations" | "people", slug] | ["api", "v1", "networks", slug, "memberships"]
            if !slug.is_empty() =>
        {
            (NONE, DIRECTORY)
        }
        _ => return None,
    };
    Some(Route { params, areas })
}

/// The query string `query` is kept under ("" for none), or `None` when the request must
/// go past the cache: an unknown or repeated parameter, or an empty number.
pub(super) fn normalise(route: &Route, query: Option<&str>) -> Option<String> {
    let mut known: Vec<(usize, String, String)> = Vec::new();
    // The same decoding as axum's `Query`, so equal keys mean equal handler inputs.
    for (name, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        let at = route.params.iter().position(|p| *p == name)?;
        if known.iter().any(|(i, _, _)| *i == at) {
            return None;
        }
        if value.is_empty() {
            if NUMBERS.contains(&&*name) {
                return None;
            }
            continue;
        }
        known.push((at, name.into_owned(), value.into_owned()));
    }
    known.sort_by_key(|(at, _, _)| *at);
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (_, name, value) in &known {
        out.append_pair(name, value);
    }
    Some(out.finish())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn key(path: &str, query: &str) -> Option<String> {
        normalise(&route(path).expect(path), Some(query))
    }

    #[test]
    fn public_pages_only() {
        for public in ["/", "/directory", "/map", "/networks", "/organisations/seoul", "/organisations/seoul/logo"] {
            assert_eq!(route(public).map(|r| r.areas), Some(DIRECTORY), "{public}");
        }
        assert_eq!(route("/api").map(|r| r.areas), Some(&[][..]), "no data on the API page");
        assert_eq!(route("/api/v1/organisations").map(|r| r.params), Some(ORG_FILTER));
        assert_eq!(route("/api/v1/people").map(|r| r.params), Some(PAGING));
        for private in [
            "/login",
            "/staff",
            "/admin/audit",
            "/metrics",
            "/healthz",
            "/account/password",
            "/lang/ko",
            "/organisations/",
            "/static/hansa.css",
            "/staff/export.csv",
            "/api/v1/import/organisations",
        ] {
            assert!(route(private).is_none(), "{private}");
        }
    }

    #[test]
    fn one_spelling_per_page() {
        assert_eq!(key("/directory", "country=KR&q=seoul"), key("/directory", "q=seoul&country=KR"));
        assert_eq!(key("/directory", "q=seoul&country=KR").as_deref(), Some("q=seoul&country=KR"), "fixed order");
        assert_eq!(key("/directory", "q=&kind=&country=KR").as_deref(), Some("country=KR"), "empty values dropped");
        assert_eq!(key("/directory", "q=s%C3%A9oul").as_deref(), key("/directory", "q=séoul").as_deref());
        assert_eq!(key("/directory", "q=a+b").as_deref(), Some("q=a+b"));
        assert_eq!(key("/directory", "").as_deref(), Some(""));
        assert_eq!(key("/map", "network=wego").as_deref(), Some("network=wego"));
        assert_eq!(key("/directory", "utm_source=x"), None, "unknown parameters go past the cache");
        assert_eq!(key("/organisations/seoul", "q=x"), None, "known elsewhere is unknown here");
        assert_eq!(key("/directory", "q=a&q=b"), None, "repeated: the handler decides");
        assert_eq!(key("/directory", "page="), None, "an empty number is the handler's to refuse");
        assert_eq!(key("/api/v1/people", "per_page=2&page=3").as_deref(), Some("page=3&per_page=2"));
    }

    proptest! {
        /// Any order of known parameters gives one key; any unknown parameter gives none.
        #[test]
        fn order_does_not_matter_and_strangers_bypass(
            values in prop::collection::vec("[a-z0-9 %&=+가-힣]{0,6}", ORG_FILTER.len()),
            order in Just((0..ORG_FILTER.len()).collect::<Vec<usize>>()).prop_shuffle(),
            stranger in "x_[a-z]{1,8}",
        ) {
            let route = route("/directory").unwrap();
            let encode = |order: &[usize], extra: Option<&str>| {
                let mut s = form_urlencoded::Serializer::new(String::new());
                for &i in order {
                    // An empty number would bypass; leave those out.
                    if !(values[i].is_empty() && NUMBERS.contains(&ORG_FILTER[i])) {
                        s.append_pair(ORG_FILTER[i], &values[i]);
                    }
                }
                if let Some(name) = extra {
                    s.append_pair(name, "1");
                }
                s.finish()
            };
            let straight: Vec<usize> = (0..ORG_FILTER.len()).collect();
            let first = normalise(&route, Some(&encode(&straight, None)));
            prop_assert!(first.is_some());
            prop_assert_eq!(&first, &normalise(&route, Some(&encode(&order, None))));
            prop_assert_eq!(normalise(&route, Some(&encode(&order, Some(&stranger)))), None);
        }
    }
}
