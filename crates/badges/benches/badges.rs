//! Renders a forum's 1,000 badges as one PDF and prints the time, size, pages and badges per
//! second, beside the same 1,000 badges with Latin names only as a baseline.
//!
//! `cargo bench -p hansa-badges`. Targets: under 10 s and under 5 MB for the mixed sheet.

use std::time::Instant;

use hansa_badges::{Badge, BadgeSheet, Layout, Rgb, render_with_progress};

const BADGES: usize = 1_000;

/// Name parts per country, each a native form and its romanisation. Korean and Chinese given
/// names are built from two syllables of a pool, so the sheet uses hundreds of distinct
/// Hangul and Han glyphs, as a real forum's does.
struct Country {
    family: &'static [(&'static str, &'static str)],
    given: &'static [(&'static str, &'static str)],
    /// How many parts of `given` make a given name, and what joins their romanisations.
    given_parts: usize,
    romanised_joiner: &'static str,
    /// Between the native family and given name.
    separator: &'static str,
    organisation: &'static str,
    country: &'static str,
}

const COUNTRIES: [Country; 5] = [
    Country {
        family: &[
            ("김", "KIM"),
            ("이", "LEE"),
            ("박", "PARK"),
            ("최", "CHOI"),
            ("정", "JUNG"),
            ("임", "LIM"),
            ("강", "KANG"),
            ("윤", "YOON"),
        ],
        given: &[
            ("민", "Min"),
            ("준", "Jun"),
            ("서", "Seo"),
            ("연", "Yeon"),
            ("지", "Ji"),
            ("훈", "Hoon"),
            ("하", "Ha"),
            ("은", "Eun"),
            ("병", "Byung"),
            ("진", "Jin"),
            ("현", "Hyun"),
            ("우", "Woo"),
            ("수", "Soo"),
            ("영", "Young"),
            ("혜", "Hye"),
            ("성", "Sung"),
            ("재", "Jae"),
            ("윤", "Yoon"),
            ("태", "Tae"),
            ("희", "Hee"),
            ("경", "Kyung"),
            ("동", "Dong"),
            ("석", "Seok"),
            ("숙", "Sook"),
        ],
        given_parts: 2,
        romanised_joiner: "-",
        separator: "",
        organisation: "경상북도청 국제협력과",
        country: "Republic of Korea",
    },
    Country {
        family: &[
            ("王", "WANG"),
            ("李", "LI"),
            ("张", "ZHANG"),
            ("劉", "LIU"),
            ("陳", "CHEN"),
            ("楊", "YANG"),
            ("黄", "HUANG"),
            ("趙", "ZHAO"),
        ],
        given: &[
            ("晓", "Xiao"),
            ("明", "Ming"),
            ("丽", "Li"),
            ("华", "Hua"),
            ("建", "Jian"),
            ("國", "Guo"),
            ("嘉", "Jia"),
            ("怡", "Yi"),
            ("喆", "Zhe"),
            ("伟", "Wei"),
            ("芳", "Fang"),
            ("娜", "Na"),
            ("秀", "Xiu"),
            ("英", "Ying"),
            ("敏", "Min"),
            ("静", "Jing"),
            ("強", "Qiang"),
            ("磊", "Lei"),
            ("軍", "Jun"),
            ("洋", "Yang"),
            ("勇", "Yong"),
            ("艳", "Yan"),
            ("傑", "Jie"),
            ("濤", "Tao"),
        ],
        given_parts: 2,
        romanised_joiner: "",
        separator: "",
        organisation: "黑龙江省人民政府外事办公室",
        country: "People's Republic of China",
    },
    Country {
        family: &[
            ("山田", "YAMADA"),
            ("佐藤", "SATO"),
            ("鈴木", "SUZUKI"),
            ("高橋", "TAKAHASHI"),
            ("渡辺", "WATANABE"),
            ("伊藤", "ITO"),
        ],
        given: &[
            ("花子", "Hanako"),
            ("太郎", "Taro"),
            ("さくら", "Sakura"),
            ("健一", "Ken'ichi"),
            ("美穂", "Miho"),
            ("翔太", "Shota"),
        ],
        given_parts: 1,
        romanised_joiner: "",
        separator: " ",
        organisation: "鳥取県庁 国際交流課",
        country: "Japan",
    },
    Country {
        family: &[("Иванов", "Ivanov"), ("Смирнова", "Smirnova"), ("Кузнецов", "Kuznetsov"), ("Попова", "Popova")],
        given: &[("Пётр", "Pyotr"), ("Анна", "Anna"), ("Сергей", "Sergey"), ("Екатерина", "Yekaterina")],
        given_parts: 1,
        romanised_joiner: "",
        separator: " ",
        organisation: "Правительство Приморского края",
        country: "Russian Federation",
    },
    Country {
        family: &[("Батбаяр", "Batbayar"), ("Өлзийбат", "Ölziibat"), ("Ганбаатар", "Ganbaatar"), ("Сүхбат", "Sükhbat")],
        given: &[
            ("Оюунчимэг", "Oyuunchimeg"),
            ("Төмөр", "Tömör"),
            ("Үүрцайх", "Üürtsaikh"),
            ("Энхжаргал", "Enkhjargal"),
        ],
        given_parts: 1,
        romanised_joiner: "",
        separator: " ",
        organisation: "Улаанбаатар хотын захиргаа",
        country: "Mongolia",
    },
];

const CATEGORIES: [(&str, Rgb); 4] = [
    ("Delegate", Rgb::new(0x1d, 0x4e, 0x89)),
    ("Speaker", Rgb::new(0x8e, 0x24, 0xaa)),
    ("Press", Rgb::new(0xf2, 0xc1, 0x4e)),
    ("Staff", Rgb::new(0x2e, 0x7d, 0x32)),
];

/// A small deterministic generator, so every run prints the same sheet.
struct Lcg(u64);

impl Lcg {
    fn pick(&mut self, len: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % len as u64) as usize
    }
}

fn sheet(native: bool) -> BadgeSheet {
    let mut random = Lcg(2023);
    let badges = (0..BADGES)
        .map(|i| {
            let country = &COUNTRIES[i % COUNTRIES.len()];
            let (family, romanised_family) = country.family[random.pick(country.family.len())];
            let (mut given, mut romanised_given) = (String::new(), String::new());
            for part in 0..country.given_parts {
                let (native, romanised) = country.given[random.pick(country.given.len())];
                given.push_str(native);
                if part > 0 {
                    romanised_given.push_str(country.romanised_joiner);
                    romanised_given.push_str(&romanised.to_lowercase());
                } else {
                    romanised_given.push_str(romanised);
                }
            }
            let (category, colour) = CATEGORIES[random.pick(CATEGORIES.len())];
            let code = format!("{:06X}", 0x10_0000 + i * 7919);
            Badge {
                native_name: if native { format!("{family}{}{given}", country.separator) } else { String::new() },
                romanised_name: format!("{romanised_family} {romanised_given}"),
                honorific_title: "Director-General for International Affairs".into(),
                organisation: if native { country.organisation.into() } else { "Provincial Government".into() },
                country: country.country.into(),
                category_label: category.into(),
                category_colour: colour,
                qr_payload: format!("HANSA:near-forum-2023:{code}"),
                code,
            }
        })
        .collect();
    BadgeSheet {
        event_title: "NEAR Forum 2023 · 동북아지역자치단체연합 포럼".into(),
        event_dates: "12–14 September 2023, Pohang".into(),
        badges,
    }
}

/// Page objects in the file (`/Type /Page`, with or without the space, but not `/Pages`),
/// counted from the PDF itself rather than taken from the layout.
fn pages_in(pdf: &[u8]) -> usize {
    let is_page = |rest: &[u8]| rest.starts_with(b"/Page") && rest.get(5).is_none_or(|&next| next != b's');
    (0..pdf.len())
        .filter(|&at| pdf[at..].starts_with(b"/Type"))
        .filter(|&at| {
            let rest = &pdf[at + 5..];
            is_page(rest) || (rest.first().is_some_and(u8::is_ascii_whitespace) && is_page(&rest[1..]))
        })
        .count()
}

fn main() {
    println!("{BADGES} badges, one PDF each run (release build)");
    for (label, native) in [("CJK + Cyrillic names", true), ("Latin names only (baseline)", false)] {
        let sheet = sheet(native);
        for layout in [Layout::A6, Layout::A4FourUp] {
            let started = Instant::now();
            let mut last_report = 0;
            let pdf = render_with_progress(&sheet, layout, |done, _| last_report = done).expect("the sheet renders");
            let seconds = started.elapsed().as_secs_f64();
            assert_eq!(last_report, BADGES);
            let pages = pages_in(&pdf);
            assert_eq!(pages, layout.pages(BADGES), "page objects in the PDF");
            println!(
                "{label:<28} {:<9} {seconds:>6.2} s  {:>6.2} MB  {pages:>5} pages  {:>7.0} badges/s",
                format!("{layout:?}"),
                pdf.len() as f64 / 1_000_000.0,
                BADGES as f64 / seconds,
            );
        }
    }
}
