//! Which directory pages the page cache keeps, the query parameters each handler reads (in
//! a fixed order), and the areas of data each is made from.

use hansa_core::Area;
use hansa_web::page_cache::keys::{NONE, Route};

/// `OrgFilter` (`store`), read by the directory page and `/api/v1/organisations`.
const ORG_FILTER: &[&str] = &["q", "kind", "country", "region", "network", "status", "page", "per_page", "lang"];
const PAGING: &[&str] = &["page", "per_page"];
const DIRECTORY: &[Area] = &[Area::Directory];

/// The directory's kept routes, by path segments.
pub fn kept(segments: &[&str]) -> Option<Route> {
    let (params, areas): (&'static [&'static str], &'static [Area]) = match segments {
        [""] | ["networks"] => (NONE, DIRECTORY),
        ["directory"] | ["api", "v1", "organisations"] => (ORG_FILTER, DIRECTORY),
        ["map"] => (&["network"], DIRECTORY),
        ["organisations", slug] | ["organisations", slug, "logo"] | ["networks", slug] | ["people", slug]
            if !slug.is_empty() =>
        {
            (NONE, DIRECTORY)
        }
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use hansa_web::page_cache::keys::{NUMBERS, normalise};

    fn route(path: &str) -> Option<Route> {
        hansa_web::page_cache::keys::route(path, &[kept])
    }

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
            "/staff/export/organisations.csv",
            "/staff/imports",
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
