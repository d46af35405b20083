//! The timetable grid (`/events/{slug}?view=grid`): for each day, rooms across and time
//! down, each session a cell as tall as it lasts — the view a programme is printed in. On a
//! phone the grid scrolls sideways inside its own box and the list view is one tap away.

use hansa_web::i18n::Tr;
use hansa_web::view::Text;

use crate::model::time::{self, Day};
use crate::store::Programme;

pub struct Cell {
    pub slug: String,
    pub time: String,
    pub kind: String,
    pub title: Text,
    pub rows: usize,
}

/// One row of a day's grid: its start time and, per column, a session starting here, a
/// session still running (`None`, drawn by the cell above), or nothing (`Some(None)`).
pub struct GridRow {
    pub time: String,
    pub cells: Vec<Option<Option<Cell>>>,
}

pub struct DayGrid {
    pub iso: String,
    pub label: String,
    pub columns: Vec<String>,
    pub rows: Vec<GridRow>,
}

/// Columns for a day: each room the day uses, then as many "elsewhere" columns as sessions
/// without a room overlap (greedy interval partitioning keeps them side by side).
fn columns(p: &Programme, day: &[usize], tr: &Tr) -> (Vec<String>, Vec<usize>) {
    let mut names = Vec::new();
    let mut col_of = vec![0; day.len()];
    let mut rooms: Vec<&str> = Vec::new();
    for r in &p.rooms {
        if day.iter().any(|&i| p.sessions[i].draft.room.as_deref() == Some(r.slug.as_str())) {
            rooms.push(&r.slug);
            names.push(Text::of(&r.name, tr.lang, None).text);
        }
    }
    let mut free_at: Vec<i64> = Vec::new();
    for (k, &i) in day.iter().enumerate() {
        let s = &p.sessions[i];
        match s.draft.room.as_deref().and_then(|r| rooms.iter().position(|x| *x == r)) {
            Some(c) => col_of[k] = c,
            None => {
                let lane = free_at.iter().position(|&end| end <= s.start).unwrap_or_else(|| {
                    free_at.push(i64::MIN);
                    names.push(tr.t(if s.draft.online { "event-online" } else { "programme-elsewhere" }));
                    free_at.len() - 1
                });
                free_at[lane] = s.end;
                col_of[k] = rooms.len() + lane;
            }
        }
    }
    (names, col_of)
}

pub fn grid(tr: &Tr, p: &Programme, tz: &jiff::tz::TimeZone, kinds: impl Fn(&str) -> String) -> Vec<DayGrid> {
    let mut out: Vec<DayGrid> = Vec::new();
    let mut by_day: Vec<(Day, Vec<usize>)> = Vec::new();
    for (i, s) in p.sessions.iter().enumerate() {
        let d = time::day_of(s.start, tz);
        match by_day.last_mut() {
            Some((day, list)) if *day == d => list.push(i),
            _ => by_day.push((d, vec![i])),
        }
    }
    for (day, sessions) in by_day {
        let (columns, col_of) = columns(p, &sessions, tr);
        let mut marks: Vec<i64> = sessions.iter().flat_map(|&i| [p.sessions[i].start, p.sessions[i].end]).collect();
        marks.sort_unstable();
        marks.dedup();
        let row_of = |t: i64| marks.binary_search(&t).unwrap_or(0);
        let mut rows: Vec<GridRow> = marks
            .iter()
            .take(marks.len().saturating_sub(1))
            .map(|&t| GridRow { time: time::clock(t, tz), cells: (0..columns.len()).map(|_| Some(None)).collect() })
            .collect();
        for (k, &i) in sessions.iter().enumerate() {
            let s = &p.sessions[i];
            let (first, last) = (row_of(s.start), row_of(s.end).max(row_of(s.start) + 1));
            let c = col_of[k];
            for row in rows.iter_mut().take(last).skip(first + 1) {
                row.cells[c] = None;
            }
            if let Some(row) = rows.get_mut(first) {
                row.cells[c] = Some(Some(Cell {
                    slug: s.draft.slug.clone(),
                    time: format!("{}–{}", time::clock(s.start, tz), time::clock(s.end, tz)),
                    kind: kinds(s.draft.kind.code()),
                    title: Text::of(&s.draft.title, tr.lang, None),
                    rows: last - first,
                }));
            }
        }
        out.push(DayGrid {
            iso: day.iso(),
            label: format!("{} ({})", super::view::long_date(tr, day.0), super::view::weekday(tr, day.0)),
            columns,
            rows,
        });
    }
    out
}
