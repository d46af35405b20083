//! Pages: badges placed on A6 or A4 paper, and the document around them.

use krilla::Document;
use krilla::geom::{PathBuilder, Transform};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::surface::Surface;

use crate::badge::{self, HEIGHT, Header, WIDTH};
use crate::fonts::FontSet;
use crate::{BadgeError, BadgeSheet, Layout};

/// A4 is 210 × 297 mm: two A6 (105 × 148 mm) across exactly and, with 1 mm to spare, two
/// down. The rows are centred, meeting in the middle, so two cuts part four badges.
const MM: f32 = 72.0 / 25.4;
const A4_WIDTH: f32 = 210.0 * MM;
const A4_HEIGHT: f32 = 297.0 * MM;
const A4_TOP: f32 = (A4_HEIGHT - 2.0 * HEIGHT) / 2.0;

/// Render `sheet` as one PDF.
///
/// # Errors
/// An empty sheet; a text with characters the shipped fonts lack (named, with the badge);
/// a QR payload too long to encode.
pub fn render(sheet: &BadgeSheet, layout: Layout) -> Result<Vec<u8>, BadgeError> {
    render_with_progress(sheet, layout, |_, _| {})
}

/// Like [`render`], and calls `progress(done, total)` after each badge, so a batch job can
/// report "badges rendered: 250 of 1,000". Writing the file after the last badge (font
/// subsetting, compression) takes a moment more.
///
/// ```
/// # use hansa_badges::*;
/// # let badge = Badge { native_name: String::new(), romanised_name: "Anna PETROVA".into(),
/// #     honorific_title: String::new(), organisation: String::new(), country: String::new(),
/// #     category_label: "Staff".into(), category_colour: Rgb::new(0, 0, 0),
/// #     qr_payload: String::new(), code: String::new() };
/// # let sheet = BadgeSheet { event_title: "Forum".into(), event_dates: "2023".into(), badges: vec![badge; 3] };
/// let mut seen = Vec::new();
/// render_with_progress(&sheet, Layout::A4FourUp, |done, total| seen.push((done, total))).unwrap();
/// assert_eq!(seen, [(1, 3), (2, 3), (3, 3)]);
/// ```
pub fn render_with_progress(
    sheet: &BadgeSheet,
    layout: Layout,
    mut progress: impl FnMut(usize, usize),
) -> Result<Vec<u8>, BadgeError> {
    if sheet.badges.is_empty() {
        return Err(BadgeError::EmptySheet);
    }
    let fonts = FontSet::load();
    let header = Header::fit(&fonts, &sheet.event_title, &sheet.event_dates)?;
    let total = sheet.badges.len();

    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("Badges: {}", sheet.event_title))
            .creator("Hansa".to_string())
            .language("mul".to_string()),
    );
    let per_page = layout.badges_per_page();
    for (page_index, badges) in sheet.badges.chunks(per_page).enumerate() {
        let (width, height) = match layout {
            Layout::A6 => (WIDTH, HEIGHT),
            Layout::A4FourUp => (A4_WIDTH, A4_HEIGHT),
        };
        let settings = PageSettings::from_wh(width, height).ok_or_else(|| BadgeError::Pdf("bad page size".into()))?;
        let first = page_index * per_page + 1;
        let prepared = badges
            .iter()
            .enumerate()
            .map(|(slot, badge)| badge::prepare(&fonts, badge, first + slot))
            .collect::<Result<Vec<_>, _>>()?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for (slot, badge) in prepared.iter().enumerate() {
            let (x, y) = match layout {
                Layout::A6 => (0.0, 0.0),
                // Slots fill left to right, then top to bottom.
                Layout::A4FourUp => ((slot % 2) as f32 * WIDTH, A4_TOP + (slot / 2) as f32 * HEIGHT),
            };
            surface.push_transform(&Transform::from_translate(x, y));
            badge::draw(&fonts, &mut surface, &header, badge);
            surface.pop();
            progress(first + slot, total);
        }
        if layout == Layout::A4FourUp {
            cut_marks(&mut surface);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|error| BadgeError::Pdf(error.to_string()))
}

/// Marks on the two cut lines: at both ends of each (where a guillotine is lined up) and a
/// cross where they meet. They lie on the cut itself, inside the badges' empty margins, so
/// nothing of them is left on a badge once cut.
fn cut_marks(surface: &mut Surface) {
    const LENGTH: f32 = 10.0 * MM;
    // Printers leave a few millimetres at the paper's edge blank; start the marks inside it.
    const EDGE: f32 = 4.0 * MM;
    let mut path = PathBuilder::new();
    let mut line = |x1: f32, y1: f32, x2: f32, y2: f32| {
        path.move_to(x1, y1);
        path.line_to(x2, y2);
    };
    let (x, y) = (A4_WIDTH / 2.0, A4_HEIGHT / 2.0);
    line(x, EDGE, x, EDGE + LENGTH);
    line(x, A4_HEIGHT - EDGE - LENGTH, x, A4_HEIGHT - EDGE);
    line(EDGE, y, EDGE + LENGTH, y);
    line(A4_WIDTH - EDGE - LENGTH, y, A4_WIDTH - EDGE, y);
    line(x - LENGTH / 2.0, y, x + LENGTH / 2.0, y);
    line(x, y - LENGTH / 2.0, x, y + LENGTH / 2.0);
    let Some(path) = path.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: krilla::color::rgb::Color::new(0x80, 0x80, 0x80).into(),
        width: 0.5,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}
