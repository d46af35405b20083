//! Text: split into runs by font, shape, measure, fit into a width, draw.
//!
//! Text is shaped here (rustybuzz) rather than by krilla's simple text API so that the width
//! used to fit a name is computed from exactly the glyphs and advances that are then drawn.

use krilla::geom::Point;
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::UnicodeBuffer;

use crate::fonts::{FontId, FontSet, Weight, is_cjk};

/// A stretch of text set in one font, shaped. Advances are in em, so any size can be drawn.
struct Run {
    font: FontId,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    advance: f32,
}

/// One line of shaped text, possibly in several fonts.
pub(crate) struct Line {
    runs: Vec<Run>,
    /// The sum of the glyph advances, in em.
    advance: f32,
}

impl Line {
    /// The width of the line at `size` points.
    pub(crate) fn width(&self, size: f32) -> f32 {
        self.advance * size
    }
}

/// Text fitted into a width: one or two lines at one size.
pub(crate) struct Fitted {
    pub(crate) lines: Vec<Line>,
    pub(crate) size: f32,
}

impl Fitted {
    /// The widest line, in points.
    pub(crate) fn width(&self) -> f32 {
        self.lines.iter().map(|line| line.width(self.size)).fold(0.0, f32::max)
    }
}

/// Shape `text` with the shipped fonts, or return the characters none of them has.
pub(crate) fn shape(fonts: &FontSet, text: &str, weight: Weight) -> Result<Line, Vec<char>> {
    let mut pieces: Vec<(FontId, String)> = Vec::new();
    let mut missing = Vec::new();
    for ch in text.chars() {
        let current = pieces.last().map(|(font, _)| *font);
        match (fonts.font_for(ch, current, weight), pieces.last_mut()) {
            (Some(font), Some((last, run))) if *last == font => run.push(ch),
            (Some(font), _) => pieces.push((font, ch.to_string())),
            (None, _) if !missing.contains(&ch) => missing.push(ch),
            (None, _) => {}
        }
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    let runs: Vec<Run> = pieces.into_iter().map(|(font, text)| shape_run(fonts, font, text)).collect();
    let advance = runs.iter().map(|run| run.advance).sum();
    Ok(Line { runs, advance })
}

fn shape_run(fonts: &FontSet, font: FontId, text: String) -> Run {
    let face = &fonts.face(font).shaper;
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(&text);
    buffer.guess_segment_properties();
    let output = rustybuzz::shape(face, &[], buffer);
    let em = face.units_per_em() as f32;

    // krilla wants, for each glyph, the bytes of text its cluster covers (for copy and search
    // in the PDF): from the glyph's cluster to the next cluster after it, in text order.
    let mut clusters: Vec<usize> = output.glyph_infos().iter().map(|info| info.cluster as usize).collect();
    clusters.sort_unstable();
    clusters.dedup();
    let end_of = |start: usize| clusters.iter().copied().find(|&c| c > start).unwrap_or(text.len());

    let glyphs: Vec<KrillaGlyph> = output
        .glyph_infos()
        .iter()
        .zip(output.glyph_positions())
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / em,
                pos.x_offset as f32 / em,
                pos.y_offset as f32 / em,
                pos.y_advance as f32 / em,
                start..end_of(start),
                None,
            )
        })
        .collect();
    let advance = glyphs.iter().map(|glyph| glyph.x_advance).sum();
    Run { font, text, glyphs, advance }
}

/// Where a text may break onto a second line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wrap {
    /// Never: one line, shrunk to fit.
    OneLine,
    /// Only at spaces: for names, which must not break inside a word or between the
    /// characters of a Chinese or Japanese name.
    AtSpaces,
    /// At spaces and between CJK characters: for organisations and titles.
    Anywhere,
}

/// Fit `text` into `width` points at `max_size` or smaller: on one line or, where `wrap`
/// allows and it makes the text markedly larger, on two.
///
/// "Provincial Government of Gyeongsangbuk-do" at 6 pt helps no one; two lines cost height, so
/// they are taken only for a gain of a fifth in size.
pub(crate) fn fit(
    fonts: &FontSet,
    text: &str,
    weight: Weight,
    max_size: f32,
    width: f32,
    wrap: Wrap,
) -> Result<Fitted, Vec<char>> {
    let one = shape(fonts, text, weight)?;
    let size_one = size_for(one.advance, max_size, width);
    let mut best = Fitted { lines: vec![one], size: size_one };
    if wrap == Wrap::OneLine || size_one >= max_size {
        return Ok(best);
    }
    // A name on two lines at full size would fill the badge; it stops at four fifths.
    let two_line_max = if wrap == Wrap::AtSpaces { 0.8 * max_size } else { max_size };
    for at in break_points(text, wrap == Wrap::Anywhere) {
        let (first, second) = (text[..at].trim_end(), text[at..].trim_start());
        let lines = vec![shape(fonts, first, weight)?, shape(fonts, second, weight)?];
        let widest = lines.iter().map(|line| line.advance).fold(0.0, f32::max);
        let size = size_for(widest, two_line_max, width);
        if size > best.size && size > size_one * 1.2 {
            best = Fitted { lines, size };
        }
    }
    Ok(best)
}

/// Break `text` into lines no wider than `width` points at `size`: between words, and inside a
/// word only where it is wider than a line (Chinese and Japanese have no spaces). Whitespace
/// runs, line breaks included, are one space; blank text gives no line.
pub(crate) fn wrap(fonts: &FontSet, text: &str, weight: Weight, size: f32, width: f32) -> Result<Vec<Line>, Vec<char>> {
    // Shaped whole first: most texts fit on one line, and an error then names every character
    // the fonts lack, not only those of the first word that has one.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let whole = shape(fonts, &text, weight)?;
    if text.is_empty() || whole.width(size) <= width {
        return Ok(if text.is_empty() { Vec::new() } else { vec![whole] });
    }
    let fits = |s: &str| shape(fonts, s, weight).map(|line| line.width(size) <= width);
    let (mut lines, mut current) = (Vec::new(), String::new());
    for word in text.split(' ') {
        let candidate = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
        if fits(&candidate)? {
            current = candidate;
            continue;
        }
        lines.push(std::mem::take(&mut current));
        for ch in word.chars() {
            if !current.is_empty() && !fits(&format!("{current}{ch}"))? {
                lines.push(std::mem::take(&mut current));
            }
            current.push(ch);
        }
    }
    lines.push(current);
    lines.iter().filter(|line| !line.is_empty()).map(|line| shape(fonts, line, weight)).collect()
}

/// The largest size up to `max_size` at which `advance` em fit into `width` points.
fn size_for(advance: f32, max_size: f32, width: f32) -> f32 {
    if advance <= 0.0 { max_size } else { max_size.min(width / advance) }
}

/// Byte offsets where a line may break: at spaces and, if `between_cjk`, between two Han or
/// kana characters (Chinese and Japanese are written without spaces) and after a slash or
/// dash. Korean puts spaces between words, and a word broken between syllables reads badly.
fn break_points(text: &str, between_cjk: bool) -> Vec<usize> {
    let unspaced = |ch: char| is_cjk(ch) && !is_hangul(ch);
    let mut points = Vec::new();
    let mut previous: Option<char> = None;
    for (at, ch) in text.char_indices() {
        if let Some(before) = previous {
            let cjk_pair = unspaced(before) && unspaced(ch);
            let after_mark = matches!(before, '/' | '-' | '–') && !ch.is_whitespace();
            if (ch.is_whitespace() && !before.is_whitespace()) || (between_cjk && (cjk_pair || after_mark)) {
                points.push(at);
            }
        }
        previous = Some(ch);
    }
    points
}

fn is_hangul(ch: char) -> bool {
    matches!(ch, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{A960}'..='\u{A97F}' | '\u{AC00}'..='\u{D7FF}')
}

/// Draw `line` with its left end at `x` and its baseline at `baseline`, at `size` points, in
/// the surface's current fill.
pub(crate) fn draw(fonts: &FontSet, surface: &mut Surface, line: &Line, x: f32, baseline: f32, size: f32) {
    let mut pen = x;
    for run in &line.runs {
        let font = fonts.face(run.font).pdf.clone();
        surface.draw_glyphs(Point::from_xy(pen, baseline), &run.glyphs, font, &run.text, size, false);
        pen += run.advance * size;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Family;

    #[test]
    fn mixed_text_splits_into_runs_by_font_and_measures_by_advances() {
        let fonts = FontSet::load();
        let line = shape(&fonts, "임병진 LIM", Weight::Bold).unwrap();
        let families: Vec<Family> = line.runs.iter().map(|run| run.font.family).collect();
        assert_eq!(families, [Family::Cjk, Family::Latin]);
        assert_eq!(line.runs[0].text, "임병진 ");
        // A CJK syllable is one em wide; three of them and a space are more than three em.
        assert!(line.advance > 3.0 && line.advance < 6.0, "advance {}", line.advance);
        assert_eq!(line.width(10.0), line.advance * 10.0);
    }

    #[test]
    fn unsupported_characters_are_reported_not_drawn_as_boxes() {
        let fonts = FontSet::load();
        let missing = shape(&fonts, "Kim 😀", Weight::Regular).err().unwrap();
        assert_eq!(missing, ['😀']);
    }

    #[test]
    fn a_long_name_shrinks_to_the_width_and_stays_on_one_line() {
        let fonts = FontSet::load();
        let name = "Wolfeschlegelsteinhausenbergerdorff-Schlegelsteinhausen Maximilian";
        let fitted = fit(&fonts, name, Weight::Bold, 30.0, 260.0, Wrap::OneLine).unwrap();
        assert_eq!(fitted.lines.len(), 1);
        assert!(fitted.size < 30.0);
        assert!(fitted.width() <= 260.0 + 1e-3, "width {}", fitted.width());
    }

    #[test]
    fn a_long_organisation_takes_two_lines_at_a_larger_size() {
        let fonts = FontSet::load();
        let org = "Gyeongsangbuk-do Provincial Government, Department of International Relations";
        let fitted = fit(&fonts, org, Weight::Bold, 12.0, 260.0, Wrap::Anywhere).unwrap();
        assert_eq!(fitted.lines.len(), 2);
        assert!(fitted.width() <= 260.0 + 1e-3);
        let one_line = fit(&fonts, org, Weight::Bold, 12.0, 260.0, Wrap::OneLine).unwrap();
        assert!(fitted.size > one_line.size);
    }

    #[test]
    fn chinese_breaks_between_characters_but_a_name_only_at_spaces() {
        assert_eq!(break_points("黑龙江省", true), [3, 6, 9]);
        assert_eq!(break_points("黑龙江省", false), []);
        assert_eq!(break_points("São Paulo", true), [4]);
        assert_eq!(break_points("山田 花子", false), [6]);
        assert_eq!(break_points("경상북도 국제협력과", true), [12], "Korean breaks between words only");
    }

    #[test]
    fn a_long_name_with_spaces_takes_two_lines_and_one_without_shrinks() {
        let fonts = FontSet::load();
        let spaced = fit(&fonts, "Нямдоржийн Өлзийбаатарын Цэрэндоржсүрэн", Weight::Bold, 40.0, 260.0, Wrap::AtSpaces);
        assert_eq!(spaced.unwrap().lines.len(), 2);
        let unspaced =
            fit(&fonts, "爱新觉罗溥仪爱新觉罗溥杰爱新觉罗毓嶦", Weight::Bold, 40.0, 260.0, Wrap::AtSpaces).unwrap();
        assert_eq!(unspaced.lines.len(), 1);
        assert!(unspaced.width() <= 260.0 + 1e-3);
    }

    #[test]
    fn wrapping_breaks_between_words_and_cuts_only_a_word_longer_than_a_line() {
        let fonts = FontSet::load();
        let wrapped = |text, width| -> Vec<String> {
            let lines = wrap(&fonts, text, Weight::Regular, 10.0, width).unwrap();
            lines.iter().map(|line| line.runs.iter().map(|run| run.text.as_str()).collect()).collect()
        };
        let organisation = "Provincial Government\n of  Gyeongsangbuk-do";
        assert_eq!(wrapped(organisation, 120.0), ["Provincial Government of", "Gyeongsangbuk-do"]);
        // Ten points a character: five to a 50-point line.
        assert_eq!(wrapped("黑龙江省人民政府外事办公室", 50.0), ["黑龙江省人", "民政府外事", "办公室"]);
        assert!(wrapped(" \t\n", 50.0).is_empty());
    }
}
