//! A sample sheet in the forum's languages, and the poppler tools the tests read PDFs with.

#![allow(dead_code)] // Each test file uses its own part of this.

use std::path::{Path, PathBuf};
use std::process::Command;

use hansa_badges::{Badge, BadgeSheet, Rgb};

pub const DELEGATE: Rgb = Rgb::new(0x1d, 0x4e, 0x89);
pub const PRESS: Rgb = Rgb::new(0xf2, 0xc1, 0x4e);
pub const STAFF: Rgb = Rgb::new(0x2e, 0x7d, 0x32);
/// White: the band needs an outline to be seen.
pub const VISITOR: Rgb = Rgb::new(0xff, 0xff, 0xff);

pub fn badge(native: &str, romanised: &str, organisation: &str, country: &str, code: &str) -> Badge {
    Badge {
        native_name: native.to_string(),
        romanised_name: romanised.to_string(),
        honorific_title: "Director-General for International Affairs".to_string(),
        organisation: organisation.to_string(),
        country: country.to_string(),
        category_label: "Delegate".to_string(),
        category_colour: DELEGATE,
        qr_payload: format!("HANSA:near-forum-2023:{code}"),
        code: code.to_string(),
    }
}

/// Korean, Chinese (simplified and traditional), Japanese, Russian, Mongolian, Vietnamese and
/// Polish names; two badges have no native name.
pub fn sample_sheet() -> BadgeSheet {
    let mut press =
        badge("Батбаяр Өлзийсайхан", "Batbayar ÖLZIISAIKHAN", "Улаанбаатар хотын захиргаа", "Mongolia", "M0NG01");
    press.category_label = "Press".to_string();
    press.category_colour = PRESS;
    let mut staff = badge("", "Nguyễn Thị Minh Khai", "Ủy ban Nhân dân Thành phố Hồ Chí Minh", "Viet Nam", "VN0042");
    staff.category_label = "Staff".to_string();
    staff.category_colour = STAFF;
    let mut visitor = badge("", "Zofia KOWALSKA-WOŹNIAK", "Urząd Miasta Krakowa", "Poland", "PL0008");
    visitor.honorific_title = "Zastępczyni Prezydenta Miasta".to_string();
    visitor.category_label = "Visitor".to_string();
    visitor.category_colour = VISITOR;
    BadgeSheet {
        event_title: "NEAR Forum 2023 · 동북아지역자치단체연합 포럼".to_string(),
        event_dates: "12–14 September 2023, Pohang".to_string(),
        badges: vec![
            badge("임병진", "LIM Byung-jin", "NEAR Secretariat", "Republic of Korea", "K7P2QX"),
            badge("王晓明", "WANG Xiaoming", "黑龙江省人民政府外事办公室", "People's Republic of China", "CN0001"),
            badge("陳經緯", "CHEN Jingwei", "臺灣省政府", "Taiwan", "TW0002"),
            badge("山田 花子", "YAMADA Hanako", "鳥取県庁 国際交流課", "Japan", "JP0003"),
            badge(
                "Иванов Пётр Сергеевич",
                "Ivanov Pyotr Sergeyevich",
                "Правительство Приморского края",
                "Russian Federation",
                "RU0004",
            ),
            press,
            staff,
            visitor,
        ],
    }
}

/// Write `pdf` where a person can look at it after the run, and return the path.
pub fn save(name: &str, pdf: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, pdf).expect("write the PDF");
    path
}

/// Run a poppler tool; fail (not skip) when it is missing, saying how to install it.
pub fn poppler(tool: &str, args: &[&str]) -> Vec<u8> {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|error| {
        panic!("{tool} could not be run ({error}); install poppler-utils: apt-get install -y poppler-utils")
    });
    assert!(output.status.success(), "{tool} {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

pub fn page_count(pdf: &Path) -> usize {
    let info = String::from_utf8(poppler("pdfinfo", &[pdf.to_str().unwrap()])).unwrap();
    let line = info.lines().find(|line| line.starts_with("Pages:")).expect("pdfinfo prints Pages:");
    line["Pages:".len()..].trim().parse().unwrap()
}

/// A piece of text on a page as pdftotext places it, with its box in points from the page's
/// top-left corner.
#[derive(Debug)]
pub struct TextBox {
    pub text: String,
    pub x_min: f32,
    pub x_max: f32,
    pub y_min: f32,
    pub y_max: f32,
}

/// A line of text and its words.
#[derive(Debug)]
pub struct TextLine {
    pub line: TextBox,
    pub words: Vec<TextBox>,
}

/// The text lines of every page of `pdf`, from `pdftotext -bbox-layout` (page by page).
/// pdftotext joins words of neighbouring badges on one baseline into one line, so on A4 only
/// the words' boxes tell which badge they are on.
pub fn lines_of(pdf: &Path) -> Vec<Vec<TextLine>> {
    let html = String::from_utf8(poppler("pdftotext", &["-bbox-layout", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"]))
        .unwrap();
    let text_box = |tag: &str, text: String| {
        let attribute = |name: &str| -> f32 {
            let start =
                tag.find(&format!("{name}=\"")).unwrap_or_else(|| panic!("no {name} in {tag}")) + name.len() + 2;
            tag[start..start + tag[start..].find('"').unwrap()].parse().unwrap()
        };
        TextBox {
            text,
            x_min: attribute("xMin"),
            x_max: attribute("xMax"),
            y_min: attribute("yMin"),
            y_max: attribute("yMax"),
        }
    };
    let unescape = |text: &str| text.replace("&amp;", "&").replace("&apos;", "'").replace("&quot;", "\"");
    html.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<line ")
                .skip(1)
                .map(|line| {
                    let words: Vec<TextBox> = line
                        .split("<word ")
                        .skip(1)
                        .map(|word| {
                            let text = &word[word.find('>').unwrap() + 1..word.find("</word>").unwrap()];
                            text_box(&word[..word.find('>').unwrap()], unescape(text))
                        })
                        .collect();
                    let text = words.iter().map(|word| word.text.as_str()).collect::<Vec<_>>().join(" ");
                    TextLine { line: text_box(&line[..line.find('>').unwrap()], text), words }
                })
                .collect()
        })
        .collect()
}

/// The text in a rectangle of page `page` (from 1), whitespace collapsed to single spaces, so
/// a name broken over two lines reads as it was given.
pub fn text_in(pdf: &Path, page: usize, (x, y, width, height): (f32, f32, f32, f32)) -> String {
    // pdftotext takes whole points; a text's box is well inside its badge's margins.
    let whole = |value: f32| (value.round() as i32).to_string();
    let (page, x, y, width, height) = (page.to_string(), whole(x), whole(y), whole(width), whole(height));
    let args = ["-enc", "UTF-8", "-f", &page, "-l", &page, "-x", &x, "-y", &y, "-W", &width, "-H", &height];
    let text = String::from_utf8(poppler("pdftotext", &[&args[..], &[pdf.to_str().unwrap(), "-"]].concat())).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Page `page` (from 1) of `pdf` as greyscale pixels at `dpi`: (width, height, one byte a pixel).
pub fn raster(pdf: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    // With -singlefile, pdftoppm writes exactly `<prefix>.pgm`.
    let prefix = format!("{}.page{page}", pdf.with_extension("").display());
    let (page, dpi) = (page.to_string(), dpi.to_string());
    poppler(
        "pdftoppm",
        &["-gray", "-r", &dpi, "-f", &page, "-l", &page, "-singlefile", pdf.to_str().unwrap(), &prefix],
    );
    parse_pgm(&std::fs::read(format!("{prefix}.pgm")).expect("pdftoppm -gray writes a .pgm"))
}

/// A binary PGM (P5, 8-bit): the three numbers of its header, then the pixels.
fn parse_pgm(pgm: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 2; // after "P5"
    assert_eq!(&pgm[..2], b"P5", "not a binary PGM");
    while fields.len() < 3 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(std::str::from_utf8(&pgm[start..at]).unwrap().parse::<usize>().unwrap());
    }
    let (width, height) = (fields[0], fields[1]);
    assert_eq!(fields[2], 255, "8-bit PGM expected");
    let pixels = pgm[at + 1..].to_vec();
    assert_eq!(pixels.len(), width * height);
    (width, height, pixels)
}
