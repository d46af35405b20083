//! One badge's design: A6 portrait, drawn with its top-left corner at the surface's origin.
//!
//! From the top: the event's title and dates, a rule in the category's colour, the names and
//! the person's title, organisation and country (centred in the space left), the QR code and
//! its code, and the category band at the foot, where it shows below a lanyard clip.

use krilla::geom::{PathBuilder, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;

use crate::fonts::{FontSet, Weight};
use crate::qr::{QUIET_ZONE, Symbol};
use crate::text::{self, Fitted, Wrap};
use crate::{Badge, BadgeError, Rgb};

/// A6 is 105 × 148 mm; PDF measures in points of 1/72 inch.
pub(crate) const WIDTH: f32 = 105.0 * MM;
pub(crate) const HEIGHT: f32 = 148.0 * MM;
pub(crate) const MM: f32 = 72.0 / 25.4;
/// 6 mm: clear of most printers' unprintable edge and of a cut that lands a little off.
const MARGIN: f32 = 6.0 * MM;
/// The width text may take.
pub(crate) const TEXT_WIDTH: f32 = WIDTH - 2.0 * MARGIN;
const BAND_HEIGHT: f32 = 44.0;
const QR_SIZE: f32 = 76.0;

pub(crate) const INK: Rgb = Rgb::new(0x1a, 0x1a, 0x1a);
pub(crate) const MUTED: Rgb = Rgb::new(0x4d, 0x4d, 0x4d);
const WHITE: Rgb = Rgb::new(0xff, 0xff, 0xff);

/// The event's title and dates, fitted once for every badge of the sheet.
pub(crate) struct Header {
    title: Block,
    dates: Block,
}

impl Header {
    pub(crate) fn fit(fonts: &FontSet, title: &str, dates: &str) -> Result<Header, BadgeError> {
        let block = |field, text: &str, weight, size, wrap, colour| {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let fitted = text::fit(fonts, &text, weight, size, TEXT_WIDTH, wrap)
                .map_err(|missing| BadgeError::unsupported(None, field, &missing))?;
            Ok(Block { fitted, colour, leading: 1.25 })
        };
        Ok(Header {
            title: block("event title", title, Weight::Bold, 12.0, Wrap::Anywhere, INK)?,
            dates: block("event dates", dates, Weight::Regular, 9.0, Wrap::OneLine, MUTED)?,
        })
    }
}

/// A piece of text placed in the flow, with its colour and line spacing.
struct Block {
    fitted: Fitted,
    colour: Rgb,
    leading: f32,
}

impl Block {
    fn height(&self) -> f32 {
        self.fitted.lines.len() as f32 * self.fitted.size * self.leading
    }

    /// Draw centred between the margins, from `top` down, at `scale` times the fitted size;
    /// returns the `top` below it.
    fn draw(&self, fonts: &FontSet, surface: &mut Surface, mut top: f32, scale: f32) -> f32 {
        surface.set_fill(Some(fill(self.colour)));
        let size = self.fitted.size * scale;
        for line in &self.fitted.lines {
            // The baseline sits 0.92 em below the top: room for Hangul, Han and Vietnamese
            // stacked accents, which reach higher than Latin capitals.
            let x = MARGIN + (TEXT_WIDTH - line.width(size)) / 2.0;
            text::draw(fonts, surface, line, x, top + 0.92 * size, size);
            top += size * self.leading;
        }
        top
    }
}

/// A badge with its texts shaped and fitted and its QR code encoded: everything that can
/// fail is done, so drawing cannot leave a page half drawn.
pub(crate) struct Prepared {
    /// The native and the romanised name, as present.
    names: Vec<Block>,
    /// Title, organisation and country, as present.
    details: Vec<Block>,
    colour: Rgb,
    label: Option<Block>,
    code: Option<Block>,
    symbol: Option<Symbol>,
}

/// Prepare `badge`, the `number`th of the sheet (from 1, for error messages).
pub(crate) fn prepare(fonts: &FontSet, badge: &Badge, number: usize) -> Result<Prepared, BadgeError> {
    let who = if badge.romanised_name.trim().is_empty() { &badge.native_name } else { &badge.romanised_name };
    let block = |field, text: &str, weight, size, wrap, colour, leading| -> Result<Option<Block>, BadgeError> {
        // Tabs and line breaks pasted in from a spreadsheet print as spaces.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Ok(None);
        }
        let fitted = text::fit(fonts, &text, weight, size, TEXT_WIDTH, wrap)
            .map_err(|missing| BadgeError::unsupported(Some((number, who)), field, &missing))?;
        debug_assert!(fitted.width() <= TEXT_WIDTH * 1.0001, "{field} overflows: {}", fitted.width());
        Ok(Some(Block { fitted, colour, leading }))
    };

    let has_native = !badge.native_name.trim().is_empty();
    let romanised_size = if has_native { 18.0 } else { 34.0 };
    let names = [
        block("native name", &badge.native_name, Weight::Bold, 40.0, Wrap::AtSpaces, INK, 1.25)?,
        block("romanised name", &badge.romanised_name, Weight::Bold, romanised_size, Wrap::AtSpaces, INK, 1.3)?,
    ];
    let details = [
        block("title", &badge.honorific_title, Weight::Regular, 11.5, Wrap::Anywhere, MUTED, 1.3)?,
        block("organisation", &badge.organisation, Weight::Bold, 13.0, Wrap::Anywhere, INK, 1.3)?,
        block("country", &badge.country, Weight::Regular, 11.5, Wrap::OneLine, MUTED, 1.3)?,
    ];
    let label_colour = text_colour_on(badge.category_colour);
    // The payload is encoded exactly as given: a scanner's lookup may depend on every byte.
    let symbol = match badge.qr_payload.as_str() {
        "" => None,
        payload => Some(Symbol::encode(payload).map_err(|reason| BadgeError::QrCode {
            badge: number,
            name: who.clone(),
            reason,
        })?),
    };
    Ok(Prepared {
        names: names.into_iter().flatten().collect(),
        details: details.into_iter().flatten().collect(),
        colour: badge.category_colour,
        label: block("category", &badge.category_label, Weight::Bold, 20.0, Wrap::OneLine, label_colour, 1.0)?,
        code: block("code", &badge.code, Weight::Regular, 9.0, Wrap::OneLine, INK, 1.3)?,
        symbol,
    })
}

/// Draw a prepared badge under `header`.
pub(crate) fn draw(fonts: &FontSet, surface: &mut Surface, header: &Header, badge: &Prepared) {
    let Prepared { names, details, colour, label, code, symbol } = badge;
    // Header, then a rule in the category colour.
    let mut top = header.title.draw(fonts, surface, MARGIN, 1.0);
    top = header.dates.draw(fonts, surface, top + 1.0, 1.0) + 4.0;
    fill_rect(surface, *colour, MARGIN, top, TEXT_WIDTH, 2.0);
    let flow_top = top + 10.0;

    // The band at the foot, with the category label centred in it. A band nearly as light as
    // the card (a white "Visitor" band) gets an outline, or it would not be seen as one.
    let band_top = HEIGHT - MARGIN - BAND_HEIGHT;
    fill_rect(surface, *colour, MARGIN, band_top, TEXT_WIDTH, BAND_HEIGHT);
    if contrast(*colour, WHITE) < 1.3 {
        outline_rect(surface, MUTED, MARGIN, band_top, TEXT_WIDTH, BAND_HEIGHT);
    }
    if let Some(label) = label {
        let size = label.fitted.size;
        // Centre the glyphs' visual middle (about 0.36 em above the baseline) in the band.
        label.draw(fonts, surface, band_top + BAND_HEIGHT / 2.0 + 0.36 * size - 0.92 * size, 1.0);
    }

    // The QR code above the band, its code below it, with the light margin (quiet zone) the
    // QR specification asks for kept clear of text above and below.
    let mut flow_bottom = band_top - 6.0;
    if let Some(code) = code {
        flow_bottom -= code.height();
        code.draw(fonts, surface, flow_bottom, 1.0);
    }
    if let Some(symbol) = symbol {
        let quiet = QUIET_ZONE as f32 * QR_SIZE / symbol.width() as f32;
        flow_bottom -= quiet + QR_SIZE;
        surface.set_fill(Some(fill(INK)));
        symbol.draw(surface, (WIDTH - QR_SIZE) / 2.0, flow_bottom, QR_SIZE);
        flow_bottom -= quiet;
    }
    flow_bottom -= 4.0;

    // Names and details, centred in what is left between the rule and the QR code, with a
    // gap between the two groups.
    const GAP: f32 = 10.0;
    let gap = if names.is_empty() || details.is_empty() { 0.0 } else { GAP };
    let height: f32 = names.iter().chain(details).map(Block::height).sum::<f32>();
    let room = flow_bottom - flow_top - gap;
    // Every block fits the width; if two-line names and organisations together are too tall,
    // all of them shrink alike, which keeps them inside the width too.
    let scale = if height > room { room / height } else { 1.0 };
    let mut top = flow_top + (room - height * scale) / 2.0;
    for block in names {
        top = block.draw(fonts, surface, top, scale);
    }
    top += gap;
    for block in details {
        top = block.draw(fonts, surface, top, scale);
    }
}

pub(crate) fn fill(colour: Rgb) -> Fill {
    Fill {
        paint: krilla::color::rgb::Color::new(colour.r, colour.g, colour.b).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn rect_path(x: f32, y: f32, width: f32, height: f32) -> Option<krilla::geom::Path> {
    let mut path = PathBuilder::new();
    path.push_rect(Rect::from_xywh(x, y, width, height)?);
    path.finish()
}

pub(crate) fn fill_rect(surface: &mut Surface, colour: Rgb, x: f32, y: f32, width: f32, height: f32) {
    let Some(path) = rect_path(x, y, width, height) else { return };
    surface.set_fill(Some(fill(colour)));
    surface.draw_path(&path);
}

fn outline_rect(surface: &mut Surface, colour: Rgb, x: f32, y: f32, width: f32, height: f32) {
    let Some(path) = rect_path(x, y, width, height) else { return };
    let paint = krilla::color::rgb::Color::new(colour.r, colour.g, colour.b).into();
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke { paint, width: 0.75, ..Stroke::default() }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (a, b) = (a.luminance(), b.luminance());
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Near-black or white, whichever contrasts more with `band`.
fn text_colour_on(band: Rgb) -> Rgb {
    if contrast(band, WHITE) >= contrast(band, INK) { WHITE } else { INK }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_band_label_takes_the_colour_that_contrasts_more() {
        let navy = Rgb::new(0x1d, 0x4e, 0x89);
        let yellow = Rgb::new(0xf2, 0xc1, 0x4e);
        let red = Rgb::new(0xc6, 0x28, 0x28);
        let light_grey = Rgb::new(0xee, 0xee, 0xee);
        assert_eq!(text_colour_on(navy), WHITE);
        assert_eq!(text_colour_on(red), WHITE);
        assert_eq!(text_colour_on(yellow), INK);
        assert_eq!(text_colour_on(light_grey), INK);
        // Whichever is taken reads at WCAG AA for large text (3:1) on these bands, and at AA
        // for body text (4.5:1) on all but the mid-tones.
        for band in [navy, yellow, red, light_grey, Rgb::new(0x80, 0x80, 0x80)] {
            assert!(contrast(band, text_colour_on(band)) >= 3.0, "{band:?}");
        }
        assert!((contrast(Rgb::new(0, 0, 0), WHITE) - 21.0).abs() < 0.01);
    }

    #[test]
    fn pasted_line_breaks_print_as_spaces_and_blank_fields_are_left_out() {
        let fonts = FontSet::load();
        let badge = Badge {
            native_name: " \t ".into(),
            romanised_name: "LIM\nByung-jin\r\n".into(),
            honorific_title: String::new(),
            organisation: "NEAR\tSecretariat".into(),
            country: String::new(),
            category_label: "Delegate".into(),
            category_colour: WHITE,
            qr_payload: String::new(),
            code: String::new(),
        };
        let prepared = prepare(&fonts, &badge, 1).unwrap();
        assert_eq!(prepared.names.len(), 1, "the blank native name is left out");
        assert_eq!(prepared.details.len(), 1);
        assert!(prepared.symbol.is_none() && prepared.code.is_none());
    }
}
