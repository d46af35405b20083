//! Search that forgives: names are indexed as terms that are case- and accent-blind in every
//! script, and a query matches a record when each of its words is the prefix of one of the
//! record's terms — so "sao paulo" finds São Paulo, "lodz" Łódź and "izmir" İzmir.
//!
//! Two kinds of term, so both the romanisation and the native script are searchable:
//! - *folded* words: the text transliterated to ASCII (deunicode) and lower-cased, split at
//!   anything that is not a letter or digit, plus the whole text run together
//!   ("gyeongju-si" is found by "gyeongjusi");
//! - for scripts written without spaces (Chinese, Japanese, Korean, Thai) the native text
//!   itself, every suffix of each run, so a query for any part of 서울특별시 or 北京市 finds it.
//!   Folding alone would make 北 (bei) match "Beirut".
//!
//! The store keeps the terms in an indexed table and looks prefixes up as ranges
//! (`term >= p AND term < p || U+10FFFF`), which both SQLite and PostgreSQL answer from the
//! index — never a scan of every name per query.

use std::collections::BTreeSet;

/// Most words of a query that are looked up; the rest are ignored (each is one index range).
pub const MAX_QUERY_WORDS: usize = 6;
/// Longest native run indexed by suffixes; longer texts index their first characters only.
const MAX_RUN: usize = 24;

/// Whether `c` belongs to a script written without spaces between words.
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1100..=0x11FF    // Hangul Jamo
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3130..=0x318F    // Hangul compatibility Jamo
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x2FFFF) // CJK extensions B–F
}

/// The text as ASCII, lower-case: "Łódź" → "lodz", "İzmir" → "izmir", "北京" → "bei jing".
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

fn folded_words(text: &str) -> impl Iterator<Item = String> {
    fold(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

/// Runs of characters of the unspaced scripts in `text`.
fn native_runs(text: &str) -> Vec<Vec<char>> {
    let mut runs = vec![];
    let mut run = vec![];
    for c in text.chars() {
        if unspaced(c) {
            run.push(c);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Every term under which `texts` (names in any language, a slug …) are found.
pub fn terms<'a>(texts: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for text in texts {
        let words: Vec<String> = folded_words(text).collect();
        if words.len() > 1 {
            out.insert(words.concat());
        }
        out.extend(words);
        for run in native_runs(text) {
            let run = &run[..run.len().min(MAX_RUN)];
            for start in 0..run.len() {
                out.insert(run[start..].iter().collect());
            }
        }
    }
    out
}

/// The prefixes a query is looked up by; a record must match every one of them.
pub fn query_prefixes(query: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for word in query.split_whitespace() {
        if word.chars().any(unspaced) {
            // Native script: looked up as written, without the spaces and signs around it.
            out.extend(native_runs(word).into_iter().map(|r| r.into_iter().collect::<String>()));
        } else {
            out.extend(folded_words(word));
        }
    }
    out.dedup();
    out.truncate(MAX_QUERY_WORDS);
    out
}

/// The exclusive upper bound of the range of terms starting with `prefix`.
pub fn prefix_end(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(name: &str, query: &str) -> bool {
        let t = terms([name]);
        let q = query_prefixes(query);
        !q.is_empty() && q.iter().all(|p| t.iter().any(|term| term.starts_with(p.as_str())))
    }

    #[test]
    fn accents_and_case_are_forgiven_in_every_script() {
        for (name, query) in [
            ("São Paulo", "sao paulo"),
            ("Łódź", "lodz"),
            ("İzmir", "izmir"),
            ("Zürich", "zurich"),
            ("Kraków", "KRAK"),
            ("Москва", "москва"),
            ("Москва", "МОСК"),
            ("Gyeongju-si", "gyeongjusi"),
            ("서울특별시", "서울"),
            ("서울특별시", "특별"),
            ("北京市", "北京"),
            ("Улаанбаатар", "улаан"),
        ] {
            assert!(finds(name, query), "{query:?} should find {name:?}");
        }
    }

    #[test]
    fn a_query_is_not_a_substring_search_in_latin_scripts() {
        assert!(!finds("Pohang-si", "hang"));
        assert!(!finds("Beirut", "北"), "a Chinese character must not match a romanisation");
        assert!(!finds("São Paulo", "rio"));
        assert!(query_prefixes("  ,; ").is_empty());
    }

    #[test]
    fn long_queries_are_capped() {
        assert_eq!(query_prefixes("a b c d e f g h").len(), MAX_QUERY_WORDS);
    }
}
