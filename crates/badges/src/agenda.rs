//! A delegate's own meetings at a matchmaking session, on A4: whose agenda it is and at which
//! event, then a table per day — time, table number, with whom, notes — running over as many
//! pages as it takes, a meeting never split between two.

use crate::BadgeError;
use crate::badge::{INK, MUTED};
use crate::cells::{Stack, Style, Writer};
use crate::fonts::{FontSet, Weight};
use crate::layout::{CELL_PAD, Paper, Section, Table};
use crate::text::Wrap;

/// What the agenda says; every text arrives written (and translated) by the caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    /// At the top, e.g. "Your meetings".
    pub title: String,
    /// e.g. "WeGO-ASCN Mayoral Conference".
    pub event_title: String,
    /// Dates, venue and the time zone the times are in, e.g. "21–22 November 2019, Grand
    /// Hilton, Seoul · times in Asia/Seoul (UTC+09:00)".
    pub event_line: String,
    /// Whose agenda it is, e.g. "Ms. KIM Min-ji"; repeated at the top of every further page.
    pub person: String,
    /// The person's organisation; may be empty.
    pub organisation: String,
    /// The column headings: time, table, with whom, notes.
    pub columns: [String; 4],
    /// A day without rows is left out.
    pub days: Vec<AgendaDay>,
    /// Printed instead of the table when no day has a row, e.g. "You have no meetings yet."
    pub empty_text: String,
    /// At the foot of every page, e.g. "Printed 7 December 2026 · HANSA code K7P2QX".
    pub footer: String,
}

/// One day's meetings, in the order they are printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaDay {
    /// e.g. "Thursday 21 November 2019"; repeated where the day goes on over a page.
    pub heading: String,
    pub rows: Vec<AgendaRow>,
}

/// One meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaRow {
    /// e.g. "14:00–14:25".
    pub time: String,
    /// The table's number or name, printed large: it is what a delegate looks for in the hall.
    pub table: String,
    /// The counterpart's name(s) first, printed bold; then their organisation, an
    /// interpreter ("Interpreter: ko–en") and the like, one a line.
    pub with: Vec<String>,
    /// May be empty.
    pub notes: String,
}

/// Render the agenda as a one- or more-page A4 PDF; pages are numbered "1/2" when there are
/// more than one.
///
/// # Errors
/// A text with characters the shipped fonts lack (naming the field, and the day and time of
/// the meeting it is in); a PDF that cannot be written.
pub fn render_agenda(agenda: &Agenda) -> Result<Vec<u8>, BadgeError> {
    let fonts = FontSet::load();
    let paper = Paper::A4;
    let full = paper.text_width();
    // Time and table are short; the counterparts get the most room, for two-line names.
    let rest = full - 84.0 - 58.0;
    let widths = vec![84.0, 58.0, 0.56 * rest, 0.44 * rest];
    let inner = |column: usize| widths[column] - 2.0 * CELL_PAD;
    let writer = Writer { fonts: &fonts, place: "the agenda".to_string() };

    let mut header = writer.text("title", &agenda.title, Style::new(Weight::Bold, 20.0, INK), full)?;
    header.space(4.0);
    writer.add(&mut header, "event title", &agenda.event_title, Style::new(Weight::Bold, 12.0, INK), full)?;
    writer.add(&mut header, "event line", &agenda.event_line, Style::new(Weight::Regular, 9.5, MUTED), full)?;
    header.space(12.0);
    writer.add(&mut header, "person", &agenda.person, Style::new(Weight::Bold, 15.0, INK), full)?;
    writer.add(&mut header, "organisation", &agenda.organisation, Style::new(Weight::Regular, 11.0, MUTED), full)?;
    let running = format!("{} · {}", agenda.person, agenda.event_title);
    let running =
        writer.text("person", &running, Style::new(Weight::Regular, 9.0, MUTED).fitted(Wrap::OneLine), full)?;

    let heading_style = Style::new(Weight::Bold, 9.0, MUTED);
    let columns = (0..4)
        .map(|column| writer.text("column headings", &agenda.columns[column], heading_style, inner(column)))
        .collect::<Result<Vec<_>, _>>()?;

    let mut sections = Vec::new();
    for day in agenda.days.iter().filter(|day| !day.rows.is_empty()) {
        let heading = writer.text("day heading", &day.heading, Style::new(Weight::Bold, 13.0, INK), full)?;
        let rows = day.rows.iter().map(|row| {
            let writer = Writer { fonts: &fonts, place: format!("the agenda, {}, {}", day.heading, row.time) };
            row_cells(&writer, row, &inner)
        });
        sections.push(Section { heading, rows: rows.collect::<Result<_, _>>()?, new_page: false });
    }
    let empty = writer.text("empty text", &agenda.empty_text, Style::new(Weight::Regular, 12.0, MUTED), full)?;

    let table = Table {
        paper,
        title: format!("{}: {}", agenda.title, agenda.person),
        header,
        running,
        widths,
        columns,
        sections,
        empty,
        footer: agenda.footer.clone(),
    };
    table.render(&writer)
}

/// A meeting's four cells.
fn row_cells(writer: &Writer, row: &AgendaRow, inner: &impl Fn(usize) -> f32) -> Result<Vec<Stack>, BadgeError> {
    let with = (Style::new(Weight::Bold, 11.0, INK), Style::new(Weight::Regular, 9.5, MUTED));
    Ok(vec![
        writer.text("time", &row.time, Style::new(Weight::Regular, 11.0, INK), inner(0))?,
        // Fitted, not wrapped: one line, or two split at a space, never a cut inside "117".
        writer.text("table", &row.table, Style::new(Weight::Bold, 20.0, INK).fitted(Wrap::AtSpaces), inner(1))?,
        writer.lines("with text", &row.with, with, inner(2))?,
        writer.text("notes", &row.notes, Style::new(Weight::Regular, 9.5, INK), inner(3))?,
    ])
}
