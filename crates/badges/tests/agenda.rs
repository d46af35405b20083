//! A delegate's agenda and the hall's table plan, read back as a reader sees them.

mod common;

use std::path::Path;

use common::*;
use hansa_badges::{Agenda, AgendaDay, AgendaRow, PlanRow, PlanSlot, TablePlan, render_agenda, render_table_plan};

const DAYS: [&str; 2] = ["Thursday 21 November 2019", "Friday 22 November 2019"];

fn agenda(days: Vec<AgendaDay>) -> Agenda {
    Agenda {
        title: "Your meetings".into(),
        event_title: "WeGO-ASCN Mayoral Conference".into(),
        event_line: "21–22 November 2019, Grand Hilton, Seoul · times in Asia/Seoul (UTC+09:00)".into(),
        person: "Ms. KIM Min-ji".into(),
        organisation: "서울특별시 국제협력과".into(),
        columns: ["Time".into(), "Table".into(), "With".into(), "Notes".into()],
        days,
        empty_text: "You have no meetings yet.".into(),
        footer: "Printed 7 December 2026 · HANSA code K7P2QX".into(),
    }
}

fn row(time: &str, table: &str, with: &[&str], notes: &str) -> AgendaRow {
    AgendaRow {
        time: time.into(),
        table: table.into(),
        with: with.iter().map(|s| s.to_string()).collect(),
        notes: notes.into(),
    }
}

/// A page's text, whitespace collapsed, so a text wrapped at a space reads as it was given.
fn page_text(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    let args = ["-enc", "UTF-8", "-f", &page, "-l", &page, pdf.to_str().unwrap(), "-"];
    String::from_utf8(poppler("pdftotext", &args)).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pages_text(pdf: &Path) -> Vec<String> {
    (1..=page_count(pdf)).map(|page| page_text(pdf, page)).collect()
}

#[test]
fn korean_russian_and_mongolian_names_print_with_their_tables_and_days() {
    let days = vec![
        AgendaDay {
            heading: DAYS[0].into(),
            rows: vec![
                row("14:00–14:25", "5", &["박영수 PARK Young-soo", "부산광역시"], "Port twinning"),
                row("14:30–14:55", "17", &["Иванов Пётр Сергеевич", "Правительство Приморского края"], ""),
            ],
        },
        AgendaDay {
            heading: DAYS[1].into(),
            rows: vec![row(
                "09:00–09:25",
                "42",
                &["Батбаяр Өлзийсайхан", "Улаанбаатар хотын захиргаа", "Interpreter: mn–ko"],
                "Smart-city pilot; bring the 2019 data sheet",
            )],
        },
    ];
    let path = save("agenda-mixed.pdf", &render_agenda(&agenda(days)).unwrap());
    assert_eq!(page_count(&path), 1);
    let text = page_text(&path, 1);
    for expected in [
        "Ms. KIM Min-ji",
        "서울특별시 국제협력과",
        "박영수 PARK Young-soo",
        "Иванов Пётр Сергеевич",
        "Батбаяр Өлзийсайхан",
        "Interpreter: mn–ko",
        DAYS[0],
        DAYS[1],
        "14:30–14:55",
    ] {
        assert!(text.contains(expected), "{expected:?} not in the agenda: {text}");
    }
    let words: Vec<String> =
        lines_of(&path).into_iter().flatten().flat_map(|line| line.words).map(|word| word.text).collect();
    for table in ["5", "17", "42"] {
        assert!(words.iter().any(|word| word == table), "table {table} not printed: {words:?}");
    }
    assert!(!text.contains("1/1"), "a one-page agenda has no page number");
}

#[test]
fn forty_meetings_run_over_pages_and_no_meeting_is_split() {
    let names = ["김민준", "Иван Петров", "Батбаяр Дорж", "王晓明", "山田 花子"];
    let rows = |day: usize| -> Vec<AgendaRow> {
        (0..20)
            .map(|i| {
                let n = day * 20 + i;
                let minutes = (8 + day * 5) * 60 + i * 15;
                let time =
                    format!("{:02}:{:02}–{:02}:{:02}", minutes / 60, minutes % 60, minutes / 60, minutes % 60 + 10);
                let (name, tag) = (format!("{} R{:02}", names[n % 5], n + 1), format!("O{:02}", n + 1));
                let with = [name.as_str(), "City Hall, International Relations", tag.as_str()];
                // Every third meeting has notes long enough to take several lines.
                let notes = match n % 3 {
                    0 => format!(
                        "Follow-up on the memorandum of understanding signed in Ulaanbaatar; annex N{:02}",
                        n + 1
                    ),
                    _ => String::new(),
                };
                row(&time, &(n + 1).to_string(), &with, &notes)
            })
            .collect()
    };
    let days = (0..2).map(|day| AgendaDay { heading: DAYS[day].into(), rows: rows(day) }).collect::<Vec<_>>();
    let path = save("agenda-forty.pdf", &render_agenda(&agenda(days.clone())).unwrap());
    let pages = pages_text(&path);
    assert!(pages.len() > 1, "40 meetings on {} page", pages.len());
    for row in days.iter().flat_map(|day| &day.rows) {
        let on = |text: &str| (0..pages.len()).filter(|&p| pages[p].contains(text)).collect::<Vec<_>>();
        let time = on(&row.time);
        assert_eq!(time.len(), 1, "{} is on pages {time:?}", row.time);
        for part in [&row.with[0], &row.with[2]].into_iter().chain(Some(&row.notes).filter(|n| !n.is_empty())) {
            assert_eq!(on(part), time, "{part:?} is not on the page of {}", row.time);
        }
    }
    for (page, text) in pages.iter().enumerate() {
        assert!(text.contains(&format!("{}/{}", page + 1, pages.len())), "no page number on page {}", page + 1);
        assert!(DAYS.iter().any(|day| text.contains(day)), "page {} does not say which day it is", page + 1);
        assert!(text.contains("Ms. KIM Min-ji"), "page {} does not say whose agenda it is", page + 1);
    }
}

#[test]
fn an_agenda_without_meetings_prints_the_empty_text() {
    let days = vec![AgendaDay { heading: DAYS[0].into(), rows: Vec::new() }];
    let path = save("agenda-empty.pdf", &render_agenda(&agenda(days)).unwrap());
    assert_eq!(page_count(&path), 1);
    let text = page_text(&path, 1);
    assert!(text.contains("You have no meetings yet."), "{text}");
    assert!(!text.contains("Notes") && !text.contains(DAYS[0]), "no table for no meetings: {text}");
}

#[test]
fn a_character_no_font_has_is_an_error_naming_the_field() {
    let days =
        vec![AgendaDay { heading: DAYS[0].into(), rows: vec![row("14:00–14:25", "5", &["PARK"], "Gift 🎁")] }];
    assert_eq!(
        render_agenda(&agenda(days)).unwrap_err().to_string(),
        "the agenda, Thursday 21 November 2019, 14:00–14:25: the notes has characters the badge fonts cannot print: 🎁 (U+1F381)"
    );
    let mut with_emoji = agenda(Vec::new());
    with_emoji.person = "KIM 😀".into();
    let error = render_agenda(&with_emoji).unwrap_err().to_string();
    assert!(error.starts_with("the agenda: the person has characters"), "{error}");

    let mut plan = plan(1, 2);
    plan.slots[0].rows[1].b[0] = "LEE ☃".into();
    let error = render_table_plan(&plan).unwrap_err().to_string();
    assert!(error.starts_with("the table plan, Slot 1 14:00–14:25, table 2: the side B has"), "{error}");
}

fn plan(slots: usize, tables: usize) -> TablePlan {
    let side = |name: String, organisation: &str| vec![name, organisation.to_string()];
    TablePlan {
        event_title: "WeGO-ASCN Mayoral Conference · 세계스마트시티기구".into(),
        columns: ["Table".into(), "Side A".into(), "Side B".into()],
        slots: (0..slots)
            .map(|s| PlanSlot {
                heading: format!("Slot {} 14:00–14:25", s + 1),
                rows: (1..=tables)
                    .map(|t| PlanRow {
                        table: t.to_string(),
                        a: side(format!("김민준 A{s}-{t}"), "서울특별시 국제협력과"),
                        b: side(format!("Батбаяр B{s}-{t}"), "Улаанбаатар хотын захиргаа, Гадаад харилцааны хэлтэс"),
                    })
                    .collect(),
            })
            .collect(),
        footer: "Printed 7 December 2026".into(),
    }
}

#[test]
fn a_table_plan_prints_every_table_of_every_slot_on_landscape_pages() {
    let plan = plan(3, 12);
    let path = save("table-plan.pdf", &render_table_plan(&plan).unwrap());
    assert!(page_count(&path) >= 3, "{} pages", page_count(&path));
    let info = String::from_utf8(poppler("pdfinfo", &[path.to_str().unwrap()])).unwrap();
    assert!(info.contains("841.89 x 595.276 pts"), "A4 landscape:\n{info}");
    let pages = pages_text(&path);
    let words = lines_of(&path);
    for slot in &plan.slots {
        let of_slot: Vec<usize> = (0..pages.len()).filter(|&p| pages[p].contains(&slot.heading)).collect();
        // The table numbers are the numbers in the left column, but for the heading's and the
        // footer's; each is printed once for its slot.
        let mut tables: Vec<String> = of_slot
            .iter()
            .flat_map(|&p| &words[p])
            .filter(|line| !line.line.text.contains(&slot.heading) && !line.line.text.contains(&plan.footer))
            .flat_map(|line| &line.words)
            .filter(|word| word.x_max < 130.0 && word.text.chars().all(|ch| ch.is_ascii_digit()))
            .map(|word| word.text.clone())
            .collect();
        tables.sort_by_key(|table| table.parse::<u32>().unwrap());
        let expected: Vec<String> = slot.rows.iter().map(|row| row.table.clone()).collect();
        assert_eq!(tables, expected, "{}", slot.heading);
        for row in &slot.rows {
            let found = of_slot.iter().any(|&p| pages[p].contains(&row.a[0]) && pages[p].contains(&row.b[0]));
            assert!(found, "{}: table {} does not have both sides on one page", slot.heading, row.table);
        }
    }
}
