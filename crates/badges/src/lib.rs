//! Delegate badges as one printable PDF.
//!
//! A forum of Northeast Asian local governments prints badges in Korean, Chinese, Japanese,
//! Mongolian and Russian names beside their romanisations. This crate turns a [`BadgeSheet`]
//! into a PDF: one A6 badge per page for a badge printer, or four to an A4 sheet with cut
//! marks for an office printer ([`Layout`]). The fonts (Noto Sans and Noto Sans CJK, subsets,
//! OFL) are compiled in, so a server without CJK fonts prints them, and the PDF embeds only
//! the glyphs it uses.
//!
//! ```
//! use hansa_badges::{Badge, BadgeSheet, Layout, Rgb, render};
//!
//! let sheet = BadgeSheet {
//!     event_title: "NEAR Forum 2023".into(),
//!     event_dates: "12–14 September 2023, Pohang".into(),
//!     badges: vec![Badge {
//!         native_name: "임병진".into(),
//!         romanised_name: "LIM Byung-jin".into(),
//!         honorific_title: "Secretary-General".into(),
//!         organisation: "NEAR Secretariat".into(),
//!         country: "Republic of Korea".into(),
//!         category_label: "Delegate".into(),
//!         category_colour: Rgb::new(0x1d, 0x4e, 0x89),
//!         qr_payload: "HANSA:near-forum-2023:K7P2QX".into(),
//!         code: "K7P2QX".into(),
//!     }],
//! };
//! let pdf = render(&sheet, Layout::A6).unwrap();
//! assert!(pdf.starts_with(b"%PDF"));
//! ```

mod agenda;
mod badge;
mod cells;
mod fonts;
mod layout;
mod letter;
mod qr;
mod sheet;
mod table_plan;
mod text;

/// A delegate at a matchmaking session carries their own meetings on paper: phones run flat,
/// the hall's Wi-Fi is busy, and an interpreter needs to see the same list.
pub use agenda::{Agenda, AgendaDay, AgendaRow, render_agenda};
pub use letter::{Letter, render_letter};
pub use sheet::{render, render_with_progress};
/// Posted at the hall's door and handed to the ushers, so delegates find their tables in the
/// few minutes between two meetings.
pub use table_plan::{PlanRow, PlanSlot, TablePlan, render_table_plan};

/// One person's badge. Texts arrive already localised; any may be empty and is then left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    /// The name in its own script, e.g. "임병진", "王晓明", "Батбаяр"; printed largest.
    pub native_name: String,
    /// The romanised name, e.g. "LIM Byung-jin"; printed large when there is no native name.
    pub romanised_name: String,
    /// e.g. "Secretary-General".
    pub honorific_title: String,
    /// e.g. "NEAR Secretariat".
    pub organisation: String,
    /// e.g. "Republic of Korea".
    pub country: String,
    /// The category printed in the band, e.g. "Delegate", "Press", "Staff".
    pub category_label: String,
    /// The band's colour; the label is printed in white or near-black, whichever contrasts more.
    pub category_colour: Rgb,
    /// What the QR code holds, e.g. "HANSA:near-forum-2023:K7P2QX"; no QR code when empty.
    pub qr_payload: String,
    /// Printed under the QR code, for a person to type when a scanner fails.
    pub code: String,
}

/// An event's badges, printed together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadgeSheet {
    /// At the top of every badge, e.g. "NEAR Forum 2023".
    pub event_title: String,
    /// Under the title, e.g. "12–14 September 2023, Pohang".
    pub event_dates: String,
    pub badges: Vec<Badge>,
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const fn new(r: u8, g: u8, b: u8) -> Self {
        Rgb { r, g, b }
    }

    /// Relative luminance as WCAG 2 defines it, from 0 (black) to 1 (white).
    fn luminance(self) -> f32 {
        let linear = |channel: u8| {
            let c = f32::from(channel) / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }
}

/// How badges are placed on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Layout {
    /// One badge per A6 portrait page (105 × 148 mm), the usual lanyard badge.
    #[default]
    A6,
    /// Four A6 badges on each A4 portrait page, with cut marks on the two cut lines.
    A4FourUp,
}

impl Layout {
    /// How many badges one page holds.
    pub fn badges_per_page(self) -> usize {
        match self {
            Layout::A6 => 1,
            Layout::A4FourUp => 4,
        }
    }

    /// How many pages `badges` badges take.
    pub fn pages(self, badges: usize) -> usize {
        badges.div_ceil(self.badges_per_page())
    }
}

/// Why a sheet could not be printed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BadgeError {
    #[error("the badge sheet has no badges: there is nothing to print")]
    EmptySheet,
    /// A text has characters none of the shipped fonts can draw; printed, they would be boxes.
    #[error("{place}: the {field} has characters the badge fonts cannot print: {characters}")]
    UnsupportedCharacters { place: String, field: &'static str, characters: String },
    #[error("badge {badge} ({name}): the QR code cannot hold its payload: {reason}")]
    QrCode { badge: usize, name: String, reason: String },
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl BadgeError {
    /// `badge` is the badge's number (from 1) and the name it is known by; `None` for the
    /// sheet's own texts.
    pub(crate) fn unsupported(badge: Option<(usize, &str)>, field: &'static str, missing: &[char]) -> Self {
        let place = match badge {
            Some((number, name)) => format!("badge {number} ({name})"),
            None => "the sheet".to_string(),
        };
        Self::unsupported_in(place, field, missing)
    }

    /// Like [`BadgeError::unsupported`], for documents that are not badge sheets: `place` says
    /// where in the document the text is, e.g. "the agenda, Thursday 21 November, 14:00".
    pub(crate) fn unsupported_in(place: String, field: &'static str, missing: &[char]) -> Self {
        let characters = missing.iter().map(|ch| format!("{ch} (U+{:04X})", u32::from(*ch))).collect::<Vec<_>>();
        BadgeError::UnsupportedCharacters { place, field, characters: characters.join(", ") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luminance_runs_from_black_to_white() {
        assert_eq!(Rgb::new(0, 0, 0).luminance(), 0.0);
        assert!((Rgb::new(255, 255, 255).luminance() - 1.0).abs() < 1e-6);
    }

    #[test]
    fn pages_round_up() {
        assert_eq!(Layout::A6.pages(7), 7);
        assert_eq!(Layout::A4FourUp.pages(7), 2);
        assert_eq!(Layout::A4FourUp.pages(8), 2);
        assert_eq!(Layout::A4FourUp.pages(9), 3);
    }

    #[test]
    fn an_unsupported_character_is_named_with_its_code_point() {
        let error = BadgeError::unsupported(Some((3, "KIM Min-jun")), "organisation", &['😀']);
        assert_eq!(
            error.to_string(),
            "badge 3 (KIM Min-jun): the organisation has characters the badge fonts cannot print: 😀 (U+1F600)"
        );
    }
}
