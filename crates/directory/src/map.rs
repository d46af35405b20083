//! The world map of members: an SVG drawn by the server from bundled country outlines
//! (Natural Earth 1:110m, see `tools/mapdata`), shaded by the number of members.
//! No tiles, no script, nothing fetched from another host.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::{Arc, LazyLock, Mutex};

use hansa_core::country::country;

use hansa_web::i18n::Tr;
use hansa_web::view::escape;

static SHAPES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| include_str!("../assets/world.tsv").lines().skip(1).filter_map(|l| l.split_once('\t')).collect());

/// Fill colours from few to many members (a sequential teal scale with enough contrast
/// against the empty-country grey).
const SCALE: [&str; 5] = ["#99d5cf", "#5fb8ae", "#2f9a8f", "#16776d", "#0b544d"];
const EMPTY: &str = "#e3e7eb";

fn shade(n: i64, max: i64) -> &'static str {
    if n <= 0 {
        return EMPTY;
    }
    let step = ((n as f64).ln_1p() / (max as f64).ln_1p() * (SCALE.len() as f64 - 1.0)).round() as usize;
    SCALE[step.min(SCALE.len() - 1)]
}

/// The map for member counts per country code, drawn once per (language, counts) and then
/// reused: it is a pure function of both, so the cache cannot go stale, and it stays small.
pub fn render(counts: &[(String, i64)], tr: &Tr) -> Arc<str> {
    type Drawn = HashMap<(String, Vec<(String, i64)>), Arc<str>>;
    static CACHE: LazyLock<Mutex<Drawn>> = LazyLock::new(Default::default);
    let key = (tr.lang.to_owned(), counts.to_vec());
    if let Some(svg) = CACHE.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return svg;
    }
    let svg: Arc<str> = draw(counts, tr).into();
    if let Ok(mut cache) = CACHE.lock() {
        if cache.len() >= 64 {
            cache.clear();
        }
        cache.insert(key, svg.clone());
    }
    svg
}

fn draw(counts: &[(String, i64)], tr: &Tr) -> String {
    let by_code: HashMap<&str, i64> = counts.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    let max = counts.iter().map(|c| c.1).max().unwrap_or(1).max(1);
    let total: i64 = counts.iter().map(|c| c.1).sum();
    let label = tr.t1("map-label", "count", total);
    let mut svg = String::with_capacity(200_000);
    let _ = write!(
        svg,
        r##"<svg class="worldmap" viewBox="0 17 1000 403" role="img" aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg"><title id="map-title">{}</title><rect y="17" width="1000" height="403" fill="#f4f8fb"/>"##,
        escape(&label)
    );
    for (code, d) in SHAPES.iter() {
        let n = by_code.get(code).copied().unwrap_or(0);
        let name = country(code).map_or(*code, |c| c.name(tr.lang));
        let _ = write!(
            svg,
            r##"<path d="{d}" fill="{}" stroke="#fff" stroke-width="0.4"><title>{}: {n}</title></path>"##,
            shade(n, max),
            escape(name)
        );
    }
    // Small countries vanish at this scale: a dot at the capital keeps every member visible.
    for (code, n) in counts {
        if let Some(c) = country(code) {
            let (x, y) = ((c.lon + 180.0) / 360.0 * 1000.0, (90.0 - c.lat) / 180.0 * 500.0);
            let r = 2.0 + (*n as f64).sqrt() * 1.2;
            let _ = write!(
                svg,
                r##"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="#c2410c" fill-opacity="0.8" stroke="#fff" stroke-width="0.6"><title>{}: {n}</title></circle>"##,
                escape(c.name(tr.lang))
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_marked_and_names_escaped() {
        let svg = render(&[("KR".into(), 12), ("NG".into(), 1)], &Tr::new("en"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(SHAPES.len() >= 150, "country outlines are bundled: {}", SHAPES.len());
        assert_eq!(shade(0, 5), EMPTY);
        assert_eq!(shade(5, 5), SCALE[4]);
    }
}
