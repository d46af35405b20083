//! The PDF as a reader sees it: its text, its pages, where its text lies.

mod common;

use common::*;
use hansa_badges::{BadgeError, BadgeSheet, Layout, render, render_with_progress};

/// 105 × 148 mm in points, and the 6 mm margin text keeps from a badge's edge.
const A6: (f32, f32) = (297.638, 419.528);
const MARGIN: f32 = 17.0;
/// pdftotext's boxes come from the fonts' advances and rounding; allow a hair.
const SLACK: f32 = 0.5;

#[test]
fn every_name_can_be_read_back_from_its_own_badge() {
    let sheet = sample_sheet();
    for layout in [Layout::A6, Layout::A4FourUp] {
        let path = save(&format!("sample-{layout:?}.pdf"), &render(&sheet, layout).unwrap());
        for (i, badge) in sheet.badges.iter().enumerate() {
            // The badge's own A6 cell: whole pages on A6, a quarter of one (rows centred) on A4.
            let (page, cell) = match layout {
                Layout::A6 => (i + 1, (0.0, 0.0, A6.0, A6.1)),
                _ => {
                    let slot = i % 4;
                    let top = (841.89 - 2.0 * A6.1) / 2.0;
                    (i / 4 + 1, ((slot % 2) as f32 * A6.0, top + (slot / 2) as f32 * A6.1, A6.0, A6.1))
                }
            };
            let text = text_in(&path, page, cell);
            let fields = [&badge.native_name, &badge.romanised_name, &badge.organisation, &badge.country, &badge.code];
            for field in fields {
                assert!(text.contains(field.as_str()), "{layout:?}: {field:?} not on badge {}: {text}", i + 1);
            }
            assert!(text.contains(&sheet.event_title), "{layout:?}: no event title on badge {}: {text}", i + 1);
        }
    }
}

#[test]
fn a6_has_a_page_per_badge_and_a4_a_page_per_four() {
    let mut sheet = sample_sheet();
    for count in [1, 4, 5, 7, 8, 9] {
        sheet.badges = (0..count).map(|i| sample_sheet().badges[i % 8].clone()).collect();
        let a6 = save(&format!("count-{count}-a6.pdf"), &render(&sheet, Layout::A6).unwrap());
        let a4 = save(&format!("count-{count}-a4.pdf"), &render(&sheet, Layout::A4FourUp).unwrap());
        assert_eq!(page_count(&a6), count, "A6, {count} badges");
        assert_eq!(page_count(&a4), count.div_ceil(4), "A4, {count} badges");
    }
    let info = String::from_utf8(poppler(
        "pdfinfo",
        &["-f", "1", "-l", "1", save("one.pdf", &render(&sheet, Layout::A4FourUp).unwrap()).to_str().unwrap()],
    ))
    .unwrap();
    assert!(info.contains("595.276 x 841.89 pts (A4)"), "A4 page size:\n{info}");
}

#[test]
fn an_empty_sheet_is_an_error_that_says_so() {
    let sheet = BadgeSheet { event_title: "NEAR Forum".into(), event_dates: "2023".into(), badges: Vec::new() };
    let error = render(&sheet, Layout::A6).unwrap_err();
    assert_eq!(error, BadgeError::EmptySheet);
    assert_eq!(error.to_string(), "the badge sheet has no badges: there is nothing to print");
}

#[test]
fn a_character_no_font_has_is_an_error_naming_badge_field_and_character() {
    let mut sheet = sample_sheet();
    sheet.badges[1].organisation = "Ministry of Fun 🎉".into();
    let error = render(&sheet, Layout::A6).unwrap_err().to_string();
    assert_eq!(
        error,
        "badge 2 (WANG Xiaoming): the organisation has characters the badge fonts cannot print: 🎉 (U+1F389)"
    );
}

#[test]
fn progress_counts_every_badge_once_in_order() {
    let sheet = sample_sheet();
    let mut seen = Vec::new();
    render_with_progress(&sheet, Layout::A4FourUp, |done, total| seen.push((done, total))).unwrap();
    let total = sheet.badges.len();
    assert_eq!(seen, (1..=total).map(|done| (done, total)).collect::<Vec<_>>());
}

/// Badges whose names are far too long for one line at full size.
fn long_sheet() -> BadgeSheet {
    let mut sheet = sample_sheet();
    sheet.badges = vec![
        badge(
            "김수한무거북이와두루미삼천갑자동방삭치치카포사리사리센타워리워리세브리캉",
            "KIM Suhanmu-geobugiwa-durumi-samcheongapja-dongbangsak",
            "경상북도 국제관계대사 겸 동북아지역자치단체연합 사무국 국제협력과",
            "Republic of Korea",
            "LONG01",
        ),
        badge(
            "",
            "Wolfeschlegelsteinhausenbergerdorff Maximilian Alexander",
            "Администрация Муниципального образования городского округа Петропавловск-Камчатский",
            "Russian Federation",
            "LONG02",
        ),
        badge(
            "爱新觉罗·溥仪爱新觉罗·溥杰爱新觉罗·毓嶦",
            "AISIN-GIORO Puyi Pujie Yuzhan",
            "中华人民共和国黑龙江省哈尔滨市人民政府外事办公室",
            "China",
            "LONG03",
        ),
        badge(
            "Нямдоржийн Өлзийбаатарын Цэрэндоржсүрэн",
            "Nyamdorj Ölziibaatar Tserendorjsüren",
            "Mongolia",
            "Mongolia",
            "LONG04",
        ),
    ];
    sheet
}

#[test]
fn a_very_long_name_shrinks_to_fit_inside_the_badge() {
    let sheet = long_sheet();
    let path = save("long-a6.pdf", &render(&sheet, Layout::A6).unwrap());
    let pages = lines_of(&path);
    assert_eq!(pages.len(), sheet.badges.len());
    for (badge, lines) in sheet.badges.iter().zip(&pages) {
        for name in [&badge.native_name, &badge.romanised_name].into_iter().filter(|name| !name.is_empty()) {
            for TextLine { line, .. } in name_lines(lines, name) {
                assert!(
                    line.x_min >= MARGIN - SLACK && line.x_max <= A6.0 - MARGIN + SLACK,
                    "{:?} of {name:?} runs from {} to {} pt, outside the margins of a {} pt badge",
                    line.text,
                    line.x_min,
                    line.x_max,
                    A6.0
                );
            }
        }
    }
}

/// The one line, or two consecutive lines, that together read `name`.
fn name_lines<'a>(lines: &'a [TextLine], name: &str) -> &'a [TextLine] {
    for (i, line) in lines.iter().enumerate() {
        if line.line.text == name {
            return &lines[i..=i];
        }
        if let Some(next) = lines.get(i + 1)
            && format!("{} {}", line.line.text, next.line.text) == name
        {
            return &lines[i..=i + 1];
        }
    }
    let texts: Vec<&str> = lines.iter().map(|line| line.line.text.as_str()).collect();
    panic!("{name:?} is not on one line or two of its page: {texts:#?}");
}

#[test]
fn no_word_crosses_a_margin_or_another_line_on_a4() {
    let mut sheet = long_sheet();
    sheet.badges.extend(sample_sheet().badges);
    let path = save("long-a4.pdf", &render(&sheet, Layout::A4FourUp).unwrap());
    let top = (841.89 - 2.0 * A6.1) / 2.0;
    for (page, lines) in lines_of(&path).iter().enumerate() {
        let words: Vec<(usize, &TextBox)> =
            lines.iter().enumerate().flat_map(|(i, line)| line.words.iter().map(move |word| (i, word))).collect();
        for (_, word) in &words {
            // The A6 cell the word starts in: it must stay inside that cell's margins. Across,
            // the box is the glyphs' advances; up and down it is the font's whole ascender and
            // descender, which reach a fifth of the box beyond any glyph drawn here.
            let (column, row) = ((word.x_min / A6.0).floor(), ((word.y_min - top) / A6.1).floor());
            let (left, cell_top) = (column * A6.0, top + row * A6.1);
            let headroom = 0.2 * (word.y_max - word.y_min);
            assert!(
                word.x_min >= left + MARGIN - SLACK
                    && word.x_max <= left + A6.0 - MARGIN + SLACK
                    && word.y_min >= cell_top + MARGIN - headroom
                    && word.y_max <= cell_top + A6.1 - MARGIN + headroom,
                "page {}: {word:?} leaves its badge's margins",
                page + 1
            );
        }
        // pdftotext's boxes span the fonts' whole ascender and descender (room for stacked
        // Vietnamese accents), a little more than the line spacing; allow them 10 % overlap.
        for (i, (line_a, a)) in words.iter().enumerate() {
            for (line_b, b) in &words[i + 1..] {
                if line_a == line_b {
                    continue;
                }
                let overlap_x = a.x_min < b.x_max && b.x_min < a.x_max;
                let overlap_y = a.y_max.min(b.y_max) - a.y_min.max(b.y_min);
                let allowed = 0.1 * (a.y_max - a.y_min).min(b.y_max - b.y_min);
                assert!(!overlap_x || overlap_y <= allowed, "page {}: {a:?} overlaps {b:?}", page + 1);
            }
        }
    }
}
