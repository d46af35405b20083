//! The badge's QR code, drawn as filled rectangles: no raster image, so it stays sharp at any
//! printer resolution and costs a few hundred bytes of content stream.

use krilla::geom::{PathBuilder, Rect, Transform};
use krilla::surface::Surface;
use qrcode::{Color, EcLevel, QrCode};

/// An encoded QR symbol: `width` × `width` modules, `true` for dark.
pub(crate) struct Symbol {
    width: usize,
    dark: Vec<bool>,
}

/// The light margin the QR specification asks for around a symbol, in modules. Badges leave
/// it empty; `draw` is given the size of the symbol without it.
pub(crate) const QUIET_ZONE: usize = 4;

impl Symbol {
    /// Encode `payload` at error correction level M (15 %), which survives a crease or a
    /// scratch on a laminated badge while keeping a check-in code at version 2 or 3.
    pub(crate) fn encode(payload: &str) -> Result<Symbol, String> {
        let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).map_err(|e| e.to_string())?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|colour| colour == Color::Dark).collect();
        Ok(Symbol { width, dark })
    }

    /// The number of modules along one side, without the quiet zone.
    pub(crate) fn width(&self) -> usize {
        self.width
    }

    /// Draw the symbol with its top-left corner at (`x`, `y`) and `size` points a side, in the
    /// surface's current fill.
    pub(crate) fn draw(&self, surface: &mut Surface, x: f32, y: f32, size: f32) {
        // Each row's runs of dark modules become one rectangle, all in one path: fewer
        // operators than one square per module, and one path has no hairline seams where two
        // shapes touch. Coordinates are in modules, scaled by one transform, so they are
        // small integers in the content stream.
        let mut path = PathBuilder::new();
        for row in 0..self.width {
            let modules = &self.dark[row * self.width..(row + 1) * self.width];
            let mut column = 0;
            while column < self.width {
                if !modules[column] {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < self.width && modules[column] {
                    column += 1;
                }
                if let Some(rect) = Rect::from_xywh(start as f32, row as f32, (column - start) as f32, 1.0) {
                    path.push_rect(rect);
                }
            }
        }
        let Some(path) = path.finish() else { return };
        let module = size / self.width as f32;
        surface.push_transform(&Transform::from_row(module, 0.0, 0.0, module, x, y));
        surface.draw_path(&path);
        surface.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_in_code_is_a_small_symbol() {
        let symbol = Symbol::encode("HANSA:near-forum-2023:K7P2QX").unwrap();
        // Version 2 or 3 (25 or 29 modules): big enough modules at 76 pt for any scanner.
        assert!(matches!(symbol.width(), 25 | 29), "width {}", symbol.width());
        assert_eq!(symbol.dark.len(), symbol.width() * symbol.width());
        // The finder pattern's corner module is dark.
        assert!(symbol.dark[0]);
    }

    #[test]
    fn a_payload_too_long_for_any_version_is_an_error() {
        assert!(Symbol::encode(&"x".repeat(5000)).is_err());
    }
}
