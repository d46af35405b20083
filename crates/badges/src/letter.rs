//! A visa invitation letter on A4: the organiser's letterhead, place and date, the reference,
//! the addressee as in their passport, a title, paragraphs wrapped to the page, and the
//! signature — with the same shipped fonts as the badges, so a passport name in Cyrillic or
//! an address in Hangul prints on a server without fonts.

use krilla::Document;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};

use crate::BadgeError;
use crate::fonts::{FontSet, Weight};
use crate::text::{self, Line};

const MM: f32 = 72.0 / 25.4;
const WIDTH: f32 = 210.0 * MM;
const HEIGHT: f32 = 297.0 * MM;
const MARGIN: f32 = 25.0 * MM;
const BODY: f32 = 11.0;
const LEADING: f32 = 1.45;

/// What the letter says; every text arrives written (and translated) by the caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    /// The organiser, printed as the letterhead ("NEAR Secretariat").
    pub letterhead: String,
    /// Under the letterhead: address, web site.
    pub letterhead_lines: Vec<String>,
    /// "Gyeongju, 1 October 2027".
    pub place_date: String,
    /// "Ref. NEAR-2027-K7P2QX".
    pub reference: String,
    /// The addressee as in their passport, their nationality, position.
    pub addressee: Vec<String>,
    pub title: String,
    pub paragraphs: Vec<String>,
    /// Name and office of whoever signs.
    pub signature: Vec<String>,
}

fn black() -> Fill {
    Fill {
        paint: krilla::color::rgb::Color::new(0x11, 0x18, 0x27).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn shaped(fonts: &FontSet, text: &str, weight: Weight, field: &'static str) -> Result<Line, BadgeError> {
    text::shape(fonts, text, weight).map_err(|missing| BadgeError::unsupported(None, field, &missing))
}

/// The title and paragraphs, wrapped to the page; an error names "the letter", as it did
/// before the agenda came to share the wrapping.
fn wrap(fonts: &FontSet, text: &str, size: f32, width: f32) -> Result<Vec<Line>, BadgeError> {
    text::wrap(fonts, text, Weight::Regular, size, width)
        .map_err(|missing| BadgeError::unsupported(None, "letter", &missing))
}

/// Render the letter as a one- or more-page A4 PDF.
///
/// # Errors
/// A text with characters the shipped fonts lack; a PDF that cannot be written.
pub fn render_letter(letter: &Letter) -> Result<Vec<u8>, BadgeError> {
    let fonts = FontSet::load();
    let width = WIDTH - 2.0 * MARGIN;
    // Everything as (line, size) with the space before it, laid out top to bottom.
    let mut flow: Vec<(Line, f32, f32)> = Vec::new();
    flow.push((shaped(&fonts, &letter.letterhead, Weight::Bold, "letterhead")?, 16.0, 0.0));
    for l in &letter.letterhead_lines {
        flow.push((shaped(&fonts, l, Weight::Regular, "letterhead")?, 9.0, 2.0));
    }
    flow.push((shaped(&fonts, &letter.place_date, Weight::Regular, "date")?, BODY, 14.0 * MM));
    flow.push((shaped(&fonts, &letter.reference, Weight::Regular, "reference")?, BODY, 2.0));
    for (i, l) in letter.addressee.iter().enumerate() {
        let weight = if i == 0 { Weight::Bold } else { Weight::Regular };
        flow.push((shaped(&fonts, l, weight, "addressee")?, BODY, if i == 0 { 10.0 * MM } else { 2.0 }));
    }
    for (i, line) in wrap(&fonts, &letter.title, 13.0, width)?.into_iter().enumerate() {
        flow.push((line, 13.0, if i == 0 { 10.0 * MM } else { 2.0 }));
    }
    for p in &letter.paragraphs {
        for (i, line) in wrap(&fonts, p, BODY, width)?.into_iter().enumerate() {
            flow.push((line, BODY, if i == 0 { 4.0 * MM } else { BODY * (LEADING - 1.0) }));
        }
    }
    for (i, l) in letter.signature.iter().enumerate() {
        flow.push((shaped(&fonts, l, Weight::Regular, "signature")?, BODY, if i == 0 { 18.0 * MM } else { 2.0 }));
    }

    // Pages first (each line with its baseline), then drawing: a surface borrows its page.
    let mut pages: Vec<Vec<(&Line, f32, f32)>> = vec![Vec::new()];
    let mut y = MARGIN;
    for (line, size, before) in &flow {
        y += before + size;
        if y > HEIGHT - MARGIN {
            pages.push(Vec::new());
            y = MARGIN + size;
        }
        if let Some(current) = pages.last_mut() {
            current.push((line, *size, y));
        }
    }
    let mut document = Document::new();
    document.set_metadata(Metadata::new().title(letter.title.clone()).creator("Hansa".to_string()));
    for lines in &pages {
        let settings = PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| BadgeError::Pdf("bad page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        surface.set_fill(Some(black()));
        for (line, size, baseline) in lines {
            text::draw(&fonts, &mut surface, line, MARGIN, *baseline, *size);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|error| BadgeError::Pdf(error.to_string()))
}
