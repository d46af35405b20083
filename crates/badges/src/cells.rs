//! Text set for the cells of a table: shaped, wrapped to a column's width or shrunk onto one
//! line, and stacked with the spacing the agenda and the table plan share. An error names the
//! field and where in the document it is, so staff know which entry to correct.

use krilla::surface::Surface;

use crate::badge::fill;
use crate::fonts::{FontSet, Weight};
use crate::text::{self, Line, Wrap};
use crate::{BadgeError, Rgb};

/// Line spacing, in multiples of the size.
pub(crate) const LEADING: f32 = 1.3;

/// How a text is set.
#[derive(Clone, Copy)]
pub(crate) struct Style {
    pub(crate) weight: Weight,
    pub(crate) size: f32,
    pub(crate) colour: Rgb,
    /// `None`: wrapped onto as many lines as it takes. `Some`: fitted as on a badge, on one
    /// line or two and shrunk if need be, for a text that must stay large (a table number).
    pub(crate) fit: Option<Wrap>,
}

impl Style {
    pub(crate) const fn new(weight: Weight, size: f32, colour: Rgb) -> Style {
        Style { weight, size, colour, fit: None }
    }

    pub(crate) const fn fitted(self, wrap: Wrap) -> Style {
        Style { fit: Some(wrap), ..self }
    }
}

/// Lines of shaped text, top to bottom, each with its size, colour and the space above it.
#[derive(Default)]
pub(crate) struct Stack {
    lines: Vec<(Line, f32, Rgb, f32)>,
    space: f32,
}

impl Stack {
    /// Leave `points` of space above the next line.
    pub(crate) fn space(&mut self, points: f32) {
        self.space += points;
    }

    pub(crate) fn height(&self) -> f32 {
        self.lines.iter().map(|(_, size, _, above)| above + size * LEADING).sum()
    }

    pub(crate) fn width(&self) -> f32 {
        self.lines.iter().map(|(line, size, ..)| line.width(*size)).fold(0.0, f32::max)
    }

    pub(crate) fn draw(&self, fonts: &FontSet, surface: &mut Surface, x: f32, mut top: f32) {
        for (line, size, colour, above) in &self.lines {
            top += above;
            surface.set_fill(Some(fill(*colour)));
            // The baseline one size below the line's top leaves room above for Hangul and
            // Han, which reach higher than Latin capitals, and below for descenders.
            text::draw(fonts, surface, line, x, top + size, *size);
            top += size * LEADING;
        }
    }
}

/// Shapes texts into stacks; an error names `place` and the field whose text failed.
pub(crate) struct Writer<'a> {
    pub(crate) fonts: &'a FontSet,
    pub(crate) place: String,
}

impl Writer<'_> {
    /// Add `text` to `stack`, within `width` points; a blank text adds nothing.
    pub(crate) fn add(
        &self,
        stack: &mut Stack,
        field: &'static str,
        text: &str,
        style: Style,
        width: f32,
    ) -> Result<(), BadgeError> {
        let error = |missing: Vec<char>| BadgeError::unsupported_in(self.place.clone(), field, &missing);
        let lines: Vec<(Line, f32)> = if let Some(wrap) = style.fit {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let fitted = text::fit(self.fonts, &text, style.weight, style.size, width, wrap).map_err(error)?;
            let size = fitted.size;
            fitted.lines.into_iter().filter(|_| !text.is_empty()).map(|line| (line, size)).collect()
        } else {
            let lines = text::wrap(self.fonts, text, style.weight, style.size, width).map_err(error)?;
            lines.into_iter().map(|line| (line, style.size)).collect()
        };
        for (line, size) in lines {
            stack.lines.push((line, size, style.colour, std::mem::take(&mut stack.space)));
        }
        Ok(())
    }

    pub(crate) fn text(&self, field: &'static str, text: &str, style: Style, width: f32) -> Result<Stack, BadgeError> {
        let mut stack = Stack::default();
        self.add(&mut stack, field, text, style, width)?;
        Ok(stack)
    }

    /// `texts` one under another: the first in `first` (a name), the others in `rest`.
    pub(crate) fn lines(
        &self,
        field: &'static str,
        texts: &[String],
        (first, rest): (Style, Style),
        width: f32,
    ) -> Result<Stack, BadgeError> {
        let mut stack = Stack::default();
        for (i, text) in texts.iter().enumerate() {
            self.add(&mut stack, field, text, if i == 0 { first } else { rest }, width)?;
        }
        Ok(stack)
    }
}
