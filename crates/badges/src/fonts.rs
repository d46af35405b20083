//! The fonts the crate ships, and which of them sets each character.
//!
//! Two families, each in a regular and a bold weight: Noto Sans for Latin, Greek and Cyrillic,
//! and Noto Sans CJK KR for Hangul, Han and kana. They are subsets made by
//! `fonts/make-subsets.py` (see `fonts/README.md`) and compiled into the binary, because a
//! fresh server has no CJK fonts and nothing may be downloaded at run time. The bold CJK face
//! has the whole CJK Unified Ideographs block, the regular one the 10,832 common Han
//! characters; regular text borrows a rarer character from the bold face rather than fail.

use krilla::text::Font;

const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular-subset.ttf");
const NOTO_SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold-subset.ttf");
const NOTO_SANS_CJK_REGULAR: &[u8] = include_bytes!("../fonts/NotoSansCJKkr-Regular-subset.otf");
const NOTO_SANS_CJK_BOLD: &[u8] = include_bytes!("../fonts/NotoSansCJKkr-Bold-subset.otf");

/// The stroke weight of a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// Which shipped family sets a run of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// Noto Sans: Latin (with Vietnamese), Greek, Cyrillic (with Mongolian).
    Latin,
    /// Noto Sans CJK KR: Hangul, Han (simplified and traditional), kana.
    Cjk,
}

/// One shipped font: a family in a weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FontId {
    pub(crate) family: Family,
    pub(crate) weight: Weight,
}

/// One font, parsed twice: by rustybuzz to shape and measure, by krilla to embed and draw.
pub(crate) struct Face {
    pub(crate) shaper: rustybuzz::Face<'static>,
    pub(crate) pdf: Font,
}

impl Face {
    fn load(name: &str, data: &'static [u8]) -> Self {
        // The bytes are compiled in and a test parses every one of them, so a failure here is a
        // broken build, not something a caller could handle.
        let shaper =
            rustybuzz::Face::from_slice(data, 0).unwrap_or_else(|| panic!("shipped font {name} is not a font"));
        let pdf = Font::new(data.into(), 0).unwrap_or_else(|| panic!("krilla cannot read shipped font {name}"));
        Face { shaper, pdf }
    }

    /// Whether the font's character map has a glyph for `ch`.
    pub(crate) fn covers(&self, ch: char) -> bool {
        self.shaper.glyph_index(ch).is_some_and(|glyph| glyph.0 != 0)
    }
}

/// The four shipped faces, loaded once per document.
pub(crate) struct FontSet {
    latin: [Face; 2],
    cjk: [Face; 2],
}

impl FontSet {
    pub(crate) fn load() -> Self {
        FontSet {
            latin: [Face::load("Noto Sans Regular", NOTO_SANS_REGULAR), Face::load("Noto Sans Bold", NOTO_SANS_BOLD)],
            cjk: [
                Face::load("Noto Sans CJK KR Regular", NOTO_SANS_CJK_REGULAR),
                Face::load("Noto Sans CJK KR Bold", NOTO_SANS_CJK_BOLD),
            ],
        }
    }

    pub(crate) fn face(&self, font: FontId) -> &Face {
        let faces = match font.family {
            Family::Latin => &self.latin,
            Family::Cjk => &self.cjk,
        };
        match font.weight {
            Weight::Regular => &faces[0],
            Weight::Bold => &faces[1],
        }
    }

    /// The font that sets `ch` in text of `weight`, given the font of the run it would join;
    /// `None` when no shipped font has it.
    ///
    /// Han, Hangul and kana go to the CJK font even where Noto Sans has a glyph, so a name is
    /// set in one design. Spaces, digits, punctuation and combining marks stay in the current
    /// run, so that "김 민준" is one run and a decomposed "é" keeps its accent on its letter.
    /// A character the weight lacks is taken from the bold CJK face, which has the most.
    pub(crate) fn font_for(&self, ch: char, current: Option<FontId>, weight: Weight) -> Option<FontId> {
        if is_neutral(ch)
            && let Some(font) = current
            && self.face(font).covers(ch)
        {
            return Some(font);
        }
        let font = |family| FontId { family, weight };
        let bold_cjk = FontId { family: Family::Cjk, weight: Weight::Bold };
        let candidates = if is_cjk(ch) {
            [font(Family::Cjk), bold_cjk, bold_cjk]
        } else {
            [font(Family::Latin), font(Family::Cjk), bold_cjk]
        };
        candidates.into_iter().find(|&font| self.face(font).covers(ch))
    }
}

/// Han, Hangul, kana and the CJK punctuation and full-width forms that go with them.
pub(crate) fn is_cjk(ch: char) -> bool {
    matches!(ch as u32,
        0x1100..=0x11FF        // Hangul jamo
        | 0x2E80..=0x2FDF      // CJK and Kangxi radicals
        | 0x3000..=0x303F      // CJK symbols and punctuation
        | 0x3040..=0x30FF      // hiragana, katakana
        | 0x3130..=0x318F      // Hangul compatibility jamo
        | 0x31F0..=0x31FF      // katakana phonetic extensions
        | 0x3200..=0x33FF      // enclosed CJK letters, CJK compatibility
        | 0x3400..=0x4DBF      // Han extension A
        | 0x4E00..=0x9FFF      // Han
        | 0xA960..=0xA97F      // Hangul jamo extended-A
        | 0xAC00..=0xD7FF      // Hangul syllables, jamo extended-B
        | 0xF900..=0xFAFF      // Han compatibility ideographs
        | 0xFF00..=0xFFEF      // half-width and full-width forms
        | 0x20000..=0x3FFFF // Han extensions B and later
    )
}

/// Characters that belong to no script of their own and so join the run around them.
fn is_neutral(ch: char) -> bool {
    ch.is_whitespace()
        || ch.is_ascii_digit()
        || ch.is_ascii_punctuation()
        || matches!(ch as u32, 0x00B7 | 0x0300..=0x036F | 0x2000..=0x206F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_font_parses_in_both_readers() {
        let fonts = FontSet::load();
        for family in [Family::Latin, Family::Cjk] {
            for weight in [Weight::Regular, Weight::Bold] {
                let font = FontId { family, weight };
                assert!(fonts.face(font).covers('A'), "{font:?} lacks 'A'");
                assert!(fonts.face(font).pdf.units_per_em() > 0.0);
            }
        }
    }

    #[test]
    fn scripts_pick_their_family_and_neutral_characters_stay_in_the_run() {
        let fonts = FontSet::load();
        let regular = |family| Some(FontId { family, weight: Weight::Regular });
        let pick = |ch, current| fonts.font_for(ch, current, Weight::Regular);
        assert_eq!(pick('김', None), regular(Family::Cjk));
        assert_eq!(pick('経', None), regular(Family::Cjk));
        assert_eq!(pick('Ө', None), regular(Family::Latin));
        assert_eq!(pick('ễ', None), regular(Family::Latin));
        assert_eq!(pick(' ', regular(Family::Cjk)), regular(Family::Cjk));
        assert_eq!(pick('-', regular(Family::Latin)), regular(Family::Latin));
        assert_eq!(pick('\u{1F600}', None), None, "no shipped font has emoji");
    }

    #[test]
    fn a_rare_han_character_in_regular_text_borrows_the_bold_face() {
        let fonts = FontSet::load();
        let rare = '嶦'; // U+5DA6: in no common set, but in names
        assert!(!fonts.face(FontId { family: Family::Cjk, weight: Weight::Regular }).covers(rare));
        let bold_cjk = Some(FontId { family: Family::Cjk, weight: Weight::Bold });
        assert_eq!(fonts.font_for(rare, None, Weight::Regular), bold_cjk);
    }
}
