//! The command line speaks in the user's words: every error the importers and validators
//! produce, driven through the real binary, in English and Korean, with no catalogue key
//! (`err-…`, `cli-…`) in what a person reads.

use std::path::Path;
use std::process::Command;

fn hansa(dir: &Path, lang: &str, args: &[&str]) -> (bool, String) {
    let db = format!("sqlite://{}", dir.join("hansa.db").display());
    let out = Command::new(env!("CARGO_BIN_EXE_hansa"))
        .args(["--database-url", &db, "--lang", lang])
        .args(args)
        .env("HANSA_LOG", "warn")
        .output()
        .expect("the binary runs");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

fn no_keys(label: &str, text: &str) {
    for key in ["err-", "cli-", "import-count", "import-field-"] {
        assert!(!text.contains(key), "{label}: catalogue key {key:?} in the output:\n{text}");
    }
}

#[test]
fn every_import_error_reads_as_words() {
    let dir = std::env::temp_dir().join(format!("hansa-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let mut big = String::from("kind,name_en\n");
    for i in 0..20_001 {
        big.push_str(&format!("city,City {i}\n"));
    }
    let cases: Vec<(&str, String, Vec<&str>, &str)> = vec![
        ("unknown column", file("unknown.csv", b"kind,name_en,population\ncity,Seoul,9400000\n"), vec![], "population"),
        ("missing column", file("missing.csv", b"kind,nom\ncity,Paris\n"), vec![], "name_en"),
        ("two columns", file("two.csv", b"name,city,kind\nA,B,city\n"), vec![], "name (A), city (B)"),
        ("blank header", file("blank.csv", b"kind,,name_en\ncity,x,Y\n"), vec![], " B "),
        ("syntax", file("syntax.csv", b"kind,name_en\ncity,a,b\n"), vec![], "CSV"),
        ("too many rows", file("big.csv", big.as_bytes()), vec![], "20"),
        ("empty", file("empty.csv", b"kind,name_en\n"), vec![], "rows"),
        (
            "bad rows",
            file("rows.csv", "kind,name_en,country,founding_member\nvillage,,XX,maybe\n".as_bytes()),
            vec![],
            "maybe",
        ),
        ("bad encoding", file("utf8.csv", b"kind,name_en\ncity,S\xe3o\n"), vec!["--encoding", "utf-8"], "2"),
        (
            "bad mapping",
            file("map.csv", b"kind,name_en\ncity,Seoul\n"),
            vec!["--mapping", "/nonexistent/map.toml"],
            "map.toml",
        ),
    ];
    for lang in ["en", "ko"] {
        for (label, path, extra, must) in &cases {
            let mut args = vec!["import", "organisations", path.as_str(), "--dry-run"];
            args.extend(extra.iter().copied());
            let (_, text) = hansa(&dir, lang, &args);
            no_keys(&format!("{label} ({lang})"), &text);
            // Values (columns, lines, limits) are named in every language; the words around
            // them are checked in English.
            if lang == "en" || !must.chars().all(char::is_alphabetic) {
                assert!(text.contains(must), "{label} ({lang}): {must:?} not named in:\n{text}");
            }
        }
    }
    // Korean really is Korean, and a good file previews and imports with a summary.
    let (_, ko) = hansa(&dir, "ko", &["import", "organisations", &cases[1].1, "--dry-run"]);
    assert!(ko.chars().any(|c| ('\u{AC00}'..='\u{D7AF}').contains(&c)), "{ko}");
    let good = file("good.csv", "kind,name_en,country\ncity,Kraków,PL\n".as_bytes());
    let (ok, text) = hansa(&dir, "en", &["import", "organisations", &good]);
    assert!(ok, "{text}");
    no_keys("good import", &text);
    assert!(text.contains("1 new") && text.contains("hansa import undo"), "{text}");
    let (ok, text) = hansa(&dir, "en", &["import", "undo", "1"]);
    assert!(ok && text.contains("1 created records archived"), "{text}");
    let (ok, text) = hansa(&dir, "en", &["import", "undo", "1"]);
    assert!(!ok, "a second undo is refused");
    no_keys("second undo", &text);
    let _ = std::fs::remove_dir_all(&dir);
}
