//! The table plan for the meeting hall, on A4 landscape: for each time slot a page (or more,
//! when there are many tables) listing every table and the two sides meeting at it, large
//! enough to be read from a step away when it is pinned by the door.

use crate::BadgeError;
use crate::badge::{INK, MUTED};
use crate::cells::{Stack, Style, Writer};
use crate::fonts::{FontSet, Weight};
use crate::layout::{CELL_PAD, Paper, Section, Table};
use crate::text::Wrap;

/// The whole plan; every text arrives written (and translated) by the caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TablePlan {
    /// At the top of every page, e.g. "WeGO-ASCN Mayoral Conference".
    pub event_title: String,
    /// The column headings: table, one side, the other side.
    pub columns: [String; 3],
    /// Each starts on a page of its own.
    pub slots: Vec<PlanSlot>,
    /// At the foot of every page, e.g. "Printed 7 December 2026".
    pub footer: String,
}

/// One time slot and the meetings in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSlot {
    /// e.g. "Thu 21 Nov 14:00–14:25"; repeated where the slot goes on over a page.
    pub heading: String,
    pub rows: Vec<PlanRow>,
}

/// One table in one slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    /// The table's number or name, printed large.
    pub table: String,
    /// Each side: the name(s) first, printed bold, then organisation and the like, one a line.
    pub a: Vec<String>,
    pub b: Vec<String>,
}

/// Render the plan as an A4 landscape PDF, each slot from a new page, pages numbered "1/6".
///
/// # Errors
/// A text with characters the shipped fonts lack (naming the field, and the slot and table it
/// is in); a PDF that cannot be written.
pub fn render_table_plan(plan: &TablePlan) -> Result<Vec<u8>, BadgeError> {
    let fonts = FontSet::load();
    let paper = Paper::A4_LANDSCAPE;
    let full = paper.text_width();
    // The two sides share the width alike: neither is the host, and an usher scans both.
    let side = (full - 90.0) / 2.0;
    let widths = vec![90.0, side, side];
    let inner = |column: usize| widths[column] - 2.0 * CELL_PAD;
    let writer = Writer { fonts: &fonts, place: "the table plan".to_string() };

    // The event's title on every page: a page taken down from the door says what it is.
    let title_style = Style::new(Weight::Bold, 12.0, MUTED);
    let header = writer.text("event title", &plan.event_title, title_style, full)?;
    let running = writer.text("event title", &plan.event_title, title_style, full)?;
    let heading_style = Style::new(Weight::Bold, 10.0, MUTED);
    let columns = (0..3)
        .map(|column| writer.text("column headings", &plan.columns[column], heading_style, inner(column)))
        .collect::<Result<Vec<_>, _>>()?;

    let mut sections = Vec::new();
    for slot in &plan.slots {
        let heading = writer.text("slot heading", &slot.heading, Style::new(Weight::Bold, 22.0, INK), full)?;
        let rows = slot.rows.iter().map(|row| {
            let writer =
                Writer { fonts: &fonts, place: format!("the table plan, {}, table {}", slot.heading, row.table) };
            row_cells(&writer, row, &inner)
        });
        sections.push(Section { heading, rows: rows.collect::<Result<_, _>>()?, new_page: true });
    }

    let table = Table {
        paper,
        title: plan.event_title.clone(),
        header,
        running,
        widths,
        columns,
        sections,
        empty: Stack::default(),
        footer: plan.footer.clone(),
    };
    table.render(&writer)
}

/// A table's three cells.
fn row_cells(writer: &Writer, row: &PlanRow, inner: &impl Fn(usize) -> f32) -> Result<Vec<Stack>, BadgeError> {
    let side = (Style::new(Weight::Bold, 13.0, INK), Style::new(Weight::Regular, 10.5, MUTED));
    Ok(vec![
        // Fitted, not wrapped: one line, or two split at a space, never a cut inside "117".
        writer.text("table", &row.table, Style::new(Weight::Bold, 26.0, INK).fitted(Wrap::AtSpaces), inner(0))?,
        writer.lines("side A", &row.a, side, inner(1))?,
        writer.lines("side B", &row.b, side, inner(2))?,
    ])
}
