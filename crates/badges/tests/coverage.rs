//! Every character a badge at the forum may need is in the shipped fonts' character maps.
//!
//! Ranges are checked whole, and the Han sets are rebuilt here from the national character
//! sets (through encoding_rs, not the Python codecs the subsetting script used) and the Joyo
//! list, so a subset that lost characters fails here, not on a delegate's badge.

use rustybuzz::ttf_parser::Face;

const LATIN: [(&str, &[u8]); 2] = [
    ("NotoSans-Regular", include_bytes!("../fonts/NotoSans-Regular-subset.ttf")),
    ("NotoSans-Bold", include_bytes!("../fonts/NotoSans-Bold-subset.ttf")),
];
const CJK: [(&str, &[u8]); 2] = [
    ("NotoSansCJKkr-Regular", include_bytes!("../fonts/NotoSansCJKkr-Regular-subset.otf")),
    ("NotoSansCJKkr-Bold", include_bytes!("../fonts/NotoSansCJKkr-Bold-subset.otf")),
];

/// Ranges Noto Sans must cover whole: every code point in them is assigned.
const LATIN_RANGES: &[(&str, u32, u32)] = &[
    ("Basic Latin (printable)", 0x0020, 0x007E),
    ("Latin-1 Supplement", 0x00A0, 0x00FF),
    ("Latin Extended-A", 0x0100, 0x017F),
    ("Latin Extended-B", 0x0180, 0x024F),
    ("Combining Diacritical Marks", 0x0300, 0x036F),
    ("Cyrillic", 0x0400, 0x04FF),
    ("Cyrillic Supplement", 0x0500, 0x052F),
    ("Latin Extended Additional", 0x1E00, 0x1EFF),
];

/// Ranges Noto Sans CJK must cover whole (their assigned part).
const CJK_RANGES: &[(&str, u32, u32)] = &[
    ("Hangul Syllables", 0xAC00, 0xD7A3),
    ("Hangul Jamo", 0x1100, 0x11FF),
    ("Hangul Compatibility Jamo", 0x3131, 0x318E),
    ("Hiragana", 0x3041, 0x3096),
    ("Hiragana marks", 0x3099, 0x309F),
    ("Katakana", 0x30A0, 0x30FF),
    ("Katakana Phonetic Extensions", 0x31F0, 0x31FF),
    ("CJK Symbols and Punctuation", 0x3000, 0x303F),
    ("Fullwidth ASCII variants", 0xFF01, 0xFF5E),
];

fn faces(fonts: &[(&'static str, &'static [u8])]) -> Vec<(&'static str, Face<'static>)> {
    fonts.iter().map(|(name, data)| (*name, Face::parse(data, 0).unwrap_or_else(|e| panic!("{name}: {e}")))).collect()
}

/// Panics naming the first few characters of `chars` that a face lacks.
fn assert_covered(fonts: &[(&'static str, &'static [u8])], what: &str, chars: impl IntoIterator<Item = char> + Clone) {
    for (name, face) in faces(fonts) {
        let missing: Vec<String> = chars
            .clone()
            .into_iter()
            .filter(|&ch| face.glyph_index(ch).is_none_or(|glyph| glyph.0 == 0))
            .map(|ch| format!("{ch} U+{:04X}", ch as u32))
            .collect();
        assert!(
            missing.is_empty(),
            "{name} lacks {} of {what}: {:?}",
            missing.len(),
            &missing[..missing.len().min(20)]
        );
    }
}

fn range(first: u32, last: u32) -> Vec<char> {
    (first..=last).filter_map(char::from_u32).collect()
}

#[test]
fn noto_sans_covers_latin_with_diacritics_and_cyrillic_with_mongolian() {
    for &(what, first, last) in LATIN_RANGES {
        assert_covered(&LATIN, what, range(first, last));
    }
    assert_covered(&LATIN, "the sample letters", "ӨөҮүĞğễỄơưŁłãçÖñ".chars());
}

#[test]
fn noto_sans_cjk_covers_every_hangul_syllable_jamo_and_kana() {
    assert_eq!(range(0xAC00, 0xD7A3).len(), 11_172);
    for &(what, first, last) in CJK_RANGES {
        assert_covered(&CJK, what, range(first, last));
    }
    assert_covered(&CJK, "the sample characters", "가힣ㄱㅏ京經经のアヴー々〇".chars());
}

/// The Han characters (and compatibility ideographs) that `encoding` decodes from the
/// double-byte codes from `first` to `last` with trail bytes in `trail`.
fn han_of(encoding: &'static encoding_rs::Encoding, first: [u8; 2], last: [u8; 2], trail: (u8, u8)) -> Vec<char> {
    let mut found = Vec::new();
    for a in first[0]..=last[0] {
        for b in trail.0..=trail.1 {
            if [a, b] < first || [a, b] > last {
                continue;
            }
            let bytes = [a, b];
            let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
            let mut chars = text.chars();
            if let (false, Some(ch), None) = (had_errors, chars.next(), chars.next())
                && matches!(ch as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF)
            {
                found.push(ch);
            }
        }
    }
    found
}

#[test]
fn noto_sans_cjk_covers_the_common_han_of_china_taiwan_japan_and_korea() {
    let sets = [
        ("GB 2312 levels 1 and 2", han_of(encoding_rs::GBK, [0xB0, 0xA1], [0xF7, 0xFE], (0xA1, 0xFE)), 6_763),
        // Big5 level 1 ends at C67E; encoding_rs's Big5 is the WHATWG one, with HKSCS after it.
        ("Big5 level 1", han_of(encoding_rs::BIG5, [0xA4, 0x40], [0xC6, 0x7E], (0x40, 0xFE)), 5_401),
        ("JIS X 0208 levels 1 and 2", han_of(encoding_rs::EUC_JP, [0xB0, 0xA1], [0xF4, 0xFE], (0xA1, 0xFE)), 6_355),
        ("KS X 1001 hanja", han_of(encoding_rs::EUC_KR, [0xCA, 0xA1], [0xFD, 0xFE], (0xA1, 0xFE)), 4_888),
    ];
    for (what, chars, expected) in sets {
        // The count guards the test itself: a wrong byte range would check too little.
        assert_eq!(chars.len(), expected, "{what}: decoded {} characters", chars.len());
        assert_covered(&CJK, what, chars);
    }
    let joyo: Vec<char> = include_str!("data/joyo-kanji.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| line.chars().next().unwrap())
        .collect();
    assert_eq!(joyo.len(), 2_136);
    assert_covered(&CJK, "the Joyo kanji", joyo);
}
