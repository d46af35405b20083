//! The translation catalogues: English and Korean complete, the other four complete at least
//! for navigation and the directory, and every key the code asks for exists in English.

use std::collections::BTreeSet;

fn ids(lang: &str) -> BTreeSet<String> {
    // Every .ftl file of the language, as the loader embeds them all (a feature may keep its
    // keys in a file of its own).
    let dir = format!("{}/../../locales/{lang}", env!("CARGO_MANIFEST_DIR"));
    let mut text = String::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "ftl") {
            text += &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            text.push('\n');
        }
    }
    text.lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id.trim().to_owned())
        .filter(|id| {
            !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        })
        .collect()
}

#[test]
fn english_and_korean_are_complete() {
    let en = ids("en");
    assert!(en.len() > 200);
    let ko = ids("ko");
    let missing: Vec<_> = en.difference(&ko).collect();
    assert!(missing.is_empty(), "Korean lacks {missing:?}");
}

#[test]
fn other_languages_cover_navigation_and_directory() {
    let en = ids("en");
    for lang in ["zh", "ja", "ru", "mn"] {
        let have = ids(lang);
        let missing: Vec<_> = en
            .iter()
            .filter(|id| {
                id.starts_with("nav-") || id.starts_with("dir-") || id.starts_with("kind-") || id.starts_with("region-")
            })
            .filter(|id| !have.contains(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn the_outbox_speaks_every_language() {
    let en = ids("en");
    let outbox: Vec<_> = en
        .iter()
        .filter(|id| id.starts_with("messages-") || id.starts_with("message-") || id.starts_with("cli-mail-"))
        .collect();
    assert!(outbox.len() >= 30, "{outbox:?}");
    for lang in ["ko", "zh", "ja", "ru", "mn"] {
        let have = ids(lang);
        let missing: Vec<_> = outbox.iter().filter(|id| !have.contains(**id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn every_key_used_in_templates_exists_in_english() {
    let en = ids("en");
    // Every crate's templates: the shell's and each feature's.
    let crates = format!("{}/..", env!("CARGO_MANIFEST_DIR"));
    let mut used = BTreeSet::new();
    let mut stack: Vec<std::path::PathBuf> = std::fs::read_dir(&crates)
        .unwrap()
        .map(|e| e.unwrap().path().join("templates"))
        .filter(|p| p.is_dir())
        .collect();
    assert!(stack.len() >= 2, "the shell's and the directory's templates");
    while let Some(p) = stack.pop() {
        for entry in std::fs::read_dir(&p).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in ["c.t(\"", "c.t1(\""] {
                for part in text.split(marker).skip(1) {
                    if let Some((key, _)) = part.split_once('"') {
                        used.insert(key.to_owned());
                    }
                }
            }
        }
    }
    let missing: Vec<_> = used.iter().filter(|k| !en.contains(*k)).collect();
    assert!(used.len() > 100 && missing.is_empty(), "templates use keys missing from English: {missing:?}");
}

#[test]
fn korean_pages_really_are_korean() {
    let tr = hansa_web::i18n::Tr::new("ko");
    for key in ["nav-directory", "home-title", "dir-title", "status-active", "err-required"] {
        let text = tr.t(key);
        assert!(text.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c)), "{key} = {text:?} is not Korean");
    }
}
