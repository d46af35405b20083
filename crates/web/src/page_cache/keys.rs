//! Which URLs are kept, which areas of data each is made from, and the one spelling of its
//! query string it is kept under.
//!
//! Only the parameters a page's handler reads take part, in a fixed order, empty ones left
//! out: `?b=1&a=2` and `?a=2&b=1&c=` are one page. A parameter the handler does not know
//! sends the request past the cache (neither served from it nor kept), so a flood of junk
//! query strings can neither fill the cache nor push real pages out of it.

use hansa_core::Area;

/// A kept route: the query parameters its handler reads, in key order, and the areas of
/// data its content depends on (empty: made from the code and the language alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    pub params: &'static [&'static str],
    pub areas: &'static [Area],
}

/// No query parameters.
pub const NONE: &[&str] = &[];
/// Numbers: empty, the handler refuses them (an error page), so the handler must answer.
pub const NUMBERS: &[&str] = &["page", "per_page"];

/// A feature's table of kept routes, given the path's segments (`/organisations/seoul` →
/// `["organisations", "seoul"]`).
pub type KeptRoutes = fn(&[&str]) -> Option<Route>;

/// The kept route of `path`: the shell's own pages, then each feature's table.
pub fn route(path: &str, features: &[KeptRoutes]) -> Option<Route> {
    let segments: Vec<&str> = path.strip_prefix('/')?.split('/').collect();
    match segments.as_slice() {
        // The API's own description is made from the code: no change of data ends it.
        ["api"] | ["api", "v1", "openapi.json"] => Some(Route { params: NONE, areas: &[] }),
        _ => features.iter().find_map(|kept| kept(&segments)),
    }
}

/// The query string `query` is kept under ("" for none), or `None` when the request must
/// go past the cache: an unknown or repeated parameter, or an empty number.
pub fn normalise(route: &Route, query: Option<&str>) -> Option<String> {
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
    use super::*;

    const LIST: Route = Route { params: &["q", "country", "page"], areas: &[] };

    #[test]
    fn the_shell_keeps_only_the_api_description() {
        assert_eq!(route("/api", &[]).map(|r| r.areas), Some(&[][..]));
        assert!(route("/login", &[]).is_none() && route("/directory", &[]).is_none());
        let all: KeptRoutes = |s| matches!(s, ["directory"]).then_some(LIST);
        assert_eq!(route("/directory", &[all]), Some(LIST));
    }

    #[test]
    fn one_spelling_per_page() {
        let key = |q: &str| normalise(&LIST, Some(q));
        assert_eq!(key("country=KR&q=seoul"), key("q=seoul&country=KR"));
        assert_eq!(key("country=KR&q=seoul").as_deref(), Some("q=seoul&country=KR"), "fixed order");
        assert_eq!(key("q=&country=KR").as_deref(), Some("country=KR"), "empty values dropped");
        assert_eq!(key("utm_source=x"), None, "unknown parameters go past the cache");
        assert_eq!(key("q=a&q=b"), None, "repeated: the handler decides");
        assert_eq!(key("page="), None, "an empty number is the handler's to refuse");
    }
}
