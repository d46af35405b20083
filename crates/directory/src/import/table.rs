//! A spreadsheet as rows of text, whatever it came as: CSV or tab-separated text in UTF-8
//! (with or without a BOM), UTF-16 (Excel's "Unicode text"), or Windows-1252; XLSX or ODS.
//!
//! Limits are clear rather than streaming: a file of at most [`MAX_BYTES`] and [`MAX_ROWS`]
//! data rows is read whole (a few MB of memory); a larger one is refused with the limit named.

use std::io::Cursor;

use calamine::{Data, Reader};
use serde::{Deserialize, Serialize};

pub const MAX_ROWS: usize = 20_000;
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// A problem with the whole file: nothing in it can be imported.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FileError {
    pub code: String,
    pub detail: Option<String>,
}

pub fn file_error(code: &str, detail: impl ToString) -> FileError {
    FileError { code: code.into(), detail: Some(detail.to_string()) }
}

/// How to read the bytes of a text file; `Auto` detects it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TextEncoding {
    #[default]
    Auto,
    Utf8,
    Utf16,
    Windows1252,
}

impl TextEncoding {
    pub fn parse(code: &str) -> Option<Self> {
        Some(match code.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "" | "auto" => Self::Auto,
            "utf-8" | "utf8" => Self::Utf8,
            "utf-16" | "utf16" => Self::Utf16,
            "windows-1252" | "cp1252" | "latin-1" | "latin1" | "iso-8859-1" => Self::Windows1252,
            _ => return None,
        })
    }
}

/// One data row: its line (the header is line 1) and a cell per header column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// How the text was read ("UTF-8", "Windows-1252", "XLSX" …), shown in the preview.
    pub read_as: &'static str,
}

/// Reads a file, telling spreadsheets (ZIP containers) from text by their first bytes.
pub fn read(bytes: &[u8], encoding: TextEncoding) -> Result<Table, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(file_error("err-csv-too-large", MAX_BYTES / 1024 / 1024));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return read_workbook(bytes);
    }
    let (text, read_as) = decode(bytes, encoding)?;
    read_delimited(&text, read_as)
}

/// Text as UTF-8, never as mojibake: a BOM decides; otherwise UTF-8 if it is valid, UTF-16 if
/// every other byte is zero, Windows-1252 (a superset of Latin-1 for text) when chosen or as
/// the last resort — every byte of it is a character, and the preview says it was read so.
fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<(String, &'static str), FileError> {
    use encoding_rs::{UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
    let (bom, rest) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, len)) => (Some(enc), &bytes[len..]),
        None => (None, bytes),
    };
    let looks_utf16le = rest.len() >= 4 && rest.iter().skip(1).step_by(2).take(64).all(|&b| b == 0);
    let enc = match (bom, encoding) {
        (Some(enc), _) => enc,
        (None, TextEncoding::Utf8) => UTF_8,
        (None, TextEncoding::Utf16) => UTF_16LE,
        (None, TextEncoding::Windows1252) => WINDOWS_1252,
        (None, TextEncoding::Auto) if looks_utf16le => UTF_16LE,
        (None, TextEncoding::Auto) if std::str::from_utf8(rest).is_ok() => UTF_8,
        (None, TextEncoding::Auto) => WINDOWS_1252,
    };
    let (text, had_errors) = enc.decode_without_bom_handling(rest);
    if had_errors {
        // Only UTF-8 and UTF-16 can be malformed; name the line so it can be found.
        let valid = std::str::from_utf8(rest).map_or_else(|e| e.valid_up_to(), |_| rest.len());
        let line = rest[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(file_error("err-csv-encoding", line));
    }
    let name = if enc == UTF_8 {
        "UTF-8"
    } else if enc == UTF_16LE || enc == UTF_16BE {
        "UTF-16"
    } else {
        "Windows-1252"
    };
    Ok((text.into_owned(), name))
}

/// CSV with the separator the header uses: comma, semicolon (Excel in much of Europe) or tab
/// (Excel's "Unicode text"). CRLF and LF read alike.
fn read_delimited(text: &str, read_as: &'static str) -> Result<Table, FileError> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .filter(|d| first.as_bytes().contains(d))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(false).from_reader(text.as_bytes());
    let headers: Vec<String> =
        reader.headers().map_err(|e| file_error("err-csv-syntax", e))?.iter().map(str::to_owned).collect();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        if i >= MAX_ROWS {
            return Err(file_error("err-csv-too-many-rows", MAX_ROWS));
        }
        let record = record.map_err(|e| file_error("err-csv-syntax", e))?;
        let line = record.position().map_or(i + 2, |p| p.line() as usize);
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        rows.push(Row { line, cells });
    }
    finish(headers, rows, read_as)
}

/// The first sheet that holds anything; cells as the sheet shows them (formulas by their
/// value, dates as YYYY-MM-DD, whole numbers without ".0").
fn read_workbook(bytes: &[u8]) -> Result<Table, FileError> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| file_error("err-sheet-unreadable", e))?;
    let read_as = match &book {
        calamine::Sheets::Ods(_) => "ODS",
        _ => "XLSX",
    };
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| file_error("err-sheet-unreadable", e))?;
        if range.is_empty() {
            continue;
        }
        if range.height() > MAX_ROWS + 1 {
            return Err(file_error("err-csv-too-many-rows", MAX_ROWS));
        }
        let first_row = range.start().map_or(0, |(r, _)| r as usize);
        let mut lines = range.rows().enumerate();
        let headers = lines.next().map(|(_, r)| r.iter().map(cell_text).collect()).unwrap_or_default();
        let rows = lines
            .map(|(i, r)| Row { line: first_row + i + 1, cells: r.iter().map(cell_text).collect() })
            .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
            .collect();
        return finish(headers, rows, read_as);
    }
    Err(file_error("err-csv-empty", ""))
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
    }
}

/// An Excel serial date (days since 1899-12-30) as YYYY-MM-DD.
fn excel_date(serial: f64) -> String {
    let epoch = time::Date::from_calendar_date(1899, time::Month::December, 30).expect("valid date");
    epoch.checked_add(time::Duration::days(serial.floor() as i64)).map_or_else(|| serial.to_string(), |d| d.to_string())
}

/// Trims headers and drops columns that have neither a header nor any value (what merged
/// header cells leave); a column with values but no header is refused, naming it.
fn finish(headers: Vec<String>, mut rows: Vec<Row>, read_as: &'static str) -> Result<Table, FileError> {
    let headers: Vec<String> = headers.into_iter().map(|h| h.trim().to_owned()).collect();
    let keep: Vec<bool> = (0..headers.len())
        .map(|i| !headers[i].is_empty() || rows.iter().any(|r| r.cells.get(i).is_some_and(|c| !c.is_empty())))
        .collect();
    if let Some(i) = (0..headers.len()).find(|&i| keep[i] && headers[i].is_empty()) {
        return Err(file_error("err-import-blank-header", column_letter(i)));
    }
    let headers: Vec<String> = headers.into_iter().zip(&keep).filter(|(_, k)| **k).map(|(h, _)| h).collect();
    for row in &mut rows {
        let cells = std::mem::take(&mut row.cells);
        row.cells = cells
            .into_iter()
            .zip(keep.iter().chain(std::iter::repeat(&false)))
            .filter(|(_, k)| **k)
            .map(|(c, _)| c)
            .collect();
        row.cells.resize(headers.len(), String::new());
    }
    if headers.is_empty() || rows.is_empty() {
        return Err(file_error("err-csv-empty", ""));
    }
    Ok(Table { headers, rows, read_as })
}

/// A spreadsheet's name for column `i` (0 → A, 26 → AA).
pub fn column_letter(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
