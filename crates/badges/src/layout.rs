//! Paged tables, as the agenda and the table plan print them: text wrapped into columns, rows
//! never split across pages, a section's heading and the column headings repeated where the
//! section goes on over a page, and a footer with "page/pages".
//!
//! Everything is shaped and placed before anything is drawn: a text the fonts cannot print
//! fails the document before a page is begun, and the page count is known on page 1.

use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;

use crate::badge::{INK, MM, MUTED, fill_rect};
use crate::cells::{LEADING, Stack, Style, Writer};
use crate::fonts::Weight;
use crate::text::Wrap;
use crate::{BadgeError, Rgb};

/// Above and below a row's text; the rules between rows run through this space.
const ROW_PAD: f32 = 5.0;
/// Between a cell's text and its column's edges, so neighbouring columns never touch.
pub(crate) const CELL_PAD: f32 = 5.0;
const RULE: Rgb = Rgb::new(0xc4, 0xc4, 0xc4);
/// Room kept right of the footer for the page number.
const PAGE_NUMBER_ROOM: f32 = 50.0;

/// A sheet of paper in points, with the margin kept clear on every side.
pub(crate) struct Paper {
    pub(crate) width: f32,
    pub(crate) height: f32,
    pub(crate) margin: f32,
}

impl Paper {
    pub(crate) const A4: Paper = Paper { width: 210.0 * MM, height: 297.0 * MM, margin: 18.0 * MM };
    /// Landscape, with a narrower margin: the plan's columns of names need the width.
    pub(crate) const A4_LANDSCAPE: Paper = Paper { width: 297.0 * MM, height: 210.0 * MM, margin: 14.0 * MM };

    pub(crate) fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }
}

/// A heading and the rows under it, one stack a column.
pub(crate) struct Section {
    pub(crate) heading: Stack,
    pub(crate) rows: Vec<Vec<Stack>>,
    /// Start on a page of its own, as a plan's time slot does.
    pub(crate) new_page: bool,
}

/// A whole document: a header, then the sections, on as many pages as they take.
pub(crate) struct Table {
    pub(crate) paper: Paper,
    /// The PDF's title, which a reader shows in its title bar.
    pub(crate) title: String,
    /// At the top of the first page.
    pub(crate) header: Stack,
    /// At the top of the others, so a loose page still says whose and what it is.
    pub(crate) running: Stack,
    /// Column widths, together the paper's text width, and their headings.
    pub(crate) widths: Vec<f32>,
    pub(crate) columns: Vec<Stack>,
    pub(crate) sections: Vec<Section>,
    /// Printed instead when there is no section.
    pub(crate) empty: Stack,
    pub(crate) footer: String,
}

/// What a page holds: a stack at its left edge and top, or a rule at a height (thickness, colour).
enum Mark<'a> {
    Text(&'a Stack, f32, f32),
    Rule(f32, f32, Rgb),
}

/// The pages being filled, and how far down the last one is.
struct Flow<'a> {
    table: &'a Table,
    pages: Vec<Vec<Mark<'a>>>,
    y: f32,
    /// Whether the last page holds only its header, or also a row.
    has_section: bool,
    has_row: bool,
}

impl<'a> Flow<'a> {
    fn new_page(&mut self) {
        let header = if self.pages.is_empty() { &self.table.header } else { &self.table.running };
        self.pages.push(Vec::new());
        self.y = self.table.paper.margin;
        self.text(header, 0.0);
        self.y += header.height() + 6.0 * MM;
        (self.has_section, self.has_row) = (false, false);
    }

    fn text(&mut self, stack: &'a Stack, x: f32) {
        let mark = Mark::Text(stack, self.table.paper.margin + x, self.y);
        self.pages.last_mut().expect("a page is begun first").push(mark);
    }

    /// Space above a heading: none at the top of a page, some under another section.
    fn above(&self) -> f32 {
        if self.has_section { 5.0 * MM } else { 0.0 }
    }

    /// The space a section's heading takes with the column headings under it.
    fn heading_height(&self, section: &Section) -> f32 {
        self.above() + section.heading.height() + 2.0 + row_height(&self.table.columns)
    }

    fn heading(&mut self, section: &'a Section) {
        self.y += self.above();
        self.text(&section.heading, 0.0);
        self.y += section.heading.height() + 2.0;
        self.row(&self.table.columns, 1.0, INK);
        self.has_section = true;
    }

    fn row(&mut self, cells: &'a [Stack], rule: f32, colour: Rgb) {
        let mut x = 0.0;
        let top = self.y;
        self.y += ROW_PAD;
        for (cell, width) in cells.iter().zip(&self.table.widths) {
            self.text(cell, x + CELL_PAD);
            x += width;
        }
        self.y = top + row_height(cells);
        let mark = Mark::Rule(self.y, rule, colour);
        self.pages.last_mut().expect("a page is begun first").push(mark);
    }
}

fn row_height(cells: &[Stack]) -> f32 {
    cells.iter().map(Stack::height).fold(0.0, f32::max) + 2.0 * ROW_PAD
}

impl Table {
    /// Place every section and row on pages. A row taller than a whole page (pages of notes)
    /// is the one thing that runs past the foot of its page: it is never split.
    fn paginate(&self, bottom: f32) -> Vec<Vec<Mark<'_>>> {
        let mut flow = Flow { table: self, pages: Vec::new(), y: 0.0, has_section: false, has_row: false };
        flow.new_page();
        if self.sections.is_empty() {
            flow.text(&self.empty, 0.0);
        }
        for section in &self.sections {
            // A heading is kept with its first row.
            let first = section.rows.first().map_or(0.0, |row| row_height(row));
            if flow.has_section && (section.new_page || flow.y + flow.heading_height(section) + first > bottom) {
                flow.new_page();
            }
            flow.heading(section);
            for row in &section.rows {
                if flow.has_row && flow.y + row_height(row) > bottom {
                    flow.new_page();
                    flow.heading(section);
                }
                flow.row(row, 0.5, RULE);
                flow.has_row = true;
            }
        }
        flow.pages
    }

    /// Lay out and draw the whole document; `writer` names the document in errors.
    pub(crate) fn render(&self, writer: &Writer) -> Result<Vec<u8>, BadgeError> {
        let Paper { width, height, margin } = self.paper;
        let full = self.paper.text_width();
        let small = Style::new(Weight::Regular, 8.5, MUTED).fitted(Wrap::OneLine);
        let footer = writer.text("footer", &self.footer, small, full - PAGE_NUMBER_ROOM)?;
        let footer_top = height - margin - footer.height().max(8.5 * LEADING);
        let pages = self.paginate(footer_top - 4.0 * MM);
        let settings = PageSettings::from_wh(width, height).ok_or_else(|| BadgeError::Pdf("bad page size".into()))?;
        let mut document = Document::new();
        let metadata = Metadata::new().title(self.title.clone()).creator("Hansa".to_string());
        document.set_metadata(metadata.language("mul".to_string()));
        for (index, marks) in pages.iter().enumerate() {
            let number = match pages.len() {
                1 => Stack::default(),
                total => writer.text("page number", &format!("{}/{total}", index + 1), small, PAGE_NUMBER_ROOM)?,
            };
            let mut page = document.start_page_with(settings.clone());
            let mut surface = page.surface();
            for mark in marks {
                match mark {
                    Mark::Text(stack, x, top) => stack.draw(writer.fonts, &mut surface, *x, *top),
                    Mark::Rule(y, weight, colour) => {
                        fill_rect(&mut surface, *colour, margin, y - weight / 2.0, full, *weight)
                    }
                }
            }
            footer.draw(writer.fonts, &mut surface, margin, footer_top);
            number.draw(writer.fonts, &mut surface, width - margin - number.width(), footer_top);
            surface.finish();
            page.finish();
        }
        document.finish().map_err(|error| BadgeError::Pdf(error.to_string()))
    }
}
