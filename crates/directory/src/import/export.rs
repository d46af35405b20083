//! Spreadsheet exports (staff only): organisations in the import format — every language of
//! names and descriptions, parents by slug even when archived — so an export edited and
//! imported again with "update" changes only what was edited; memberships with their dated
//! status history; people with their positions. As CSV or XLSX, from one table of text.

use std::collections::{BTreeSet, HashMap};

use crate::model::Organisation;
use crate::store::DirectoryStore;
use hansa_core::error::{DomainError, DomainResult};

/// The file formats an export is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv; charset=utf-8",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
        }
    }
}

/// A sheet of text: a header and rows of the same width.
pub struct Sheet {
    pub name: &'static str,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn write(sheet: &Sheet, format: Format) -> DomainResult<Vec<u8>> {
    let fail = |e: &dyn std::fmt::Display| DomainError::Storage(e.to_string());
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(&sheet.header).map_err(|e| fail(&e))?;
            for r in &sheet.rows {
                w.write_record(r).map_err(|e| fail(&e))?;
            }
            w.into_inner().map_err(|e| fail(&e.error()))
        }
        Format::Xlsx => {
            let mut book = rust_xlsxwriter::Workbook::new();
            let ws = book.add_worksheet();
            ws.set_name(sheet.name).map_err(|e| fail(&e))?;
            let bold = rust_xlsxwriter::Format::new().set_bold();
            for (c, h) in sheet.header.iter().enumerate() {
                ws.write_string_with_format(0, c as u16, h, &bold).map_err(|e| fail(&e))?;
            }
            for (r, row) in sheet.rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    // Text cells throughout: codes like "0042" or dates stay as written.
                    ws.write_string(r as u32 + 1, c as u16, v).map_err(|e| fail(&e))?;
                }
            }
            ws.set_freeze_panes(1, 0).map_err(|e| fail(&e))?;
            book.save_to_buffer().map_err(|e| fail(&e))
        }
    }
}

/// Every stored organisation (archived ones only as the parents they are), in the import format.
pub fn organisations_sheet(all: &[Organisation]) -> Sheet {
    let slug_of: HashMap<i64, &str> = all.iter().map(|o| (o.id, o.slug.as_str())).collect();
    let langs = |pick: fn(&Organisation) -> &hansa_core::Localized| -> Vec<String> {
        let set: BTreeSet<&String> = all.iter().flat_map(|o| pick(o).0.keys()).filter(|l| *l != "en").collect();
        std::iter::once("en".to_owned()).chain(set.into_iter().cloned()).collect()
    };
    let (names, descriptions) = (langs(|o| &o.name), langs(|o| &o.description));
    let mut header: Vec<String> = vec!["slug".into(), "kind".into()];
    header.extend(names.iter().map(|l| format!("name_{l}")));
    header.extend(["default_lang", "country", "region", "parent", "website", "founding_member"].map(String::from));
    header.extend(descriptions.iter().map(|l| format!("description_{l}")));
    let rows = all
        .iter()
        .filter(|o| !o.archived)
        .map(|o| {
            let mut r = vec![o.slug.clone(), o.kind.code().into()];
            r.extend(names.iter().map(|l| o.name.get(l).unwrap_or("").to_owned()));
            r.push(o.default_lang.clone());
            r.push(o.country.clone().unwrap_or_default());
            r.push(o.region.map(|x| x.code().to_owned()).unwrap_or_default());
            r.push(o.parent_id.and_then(|p| slug_of.get(&p)).map(|s| (*s).to_owned()).unwrap_or_default());
            r.push(o.website.clone().unwrap_or_default());
            r.push(o.founding_member.to_string());
            r.extend(descriptions.iter().map(|l| o.description.get(l).unwrap_or("").to_owned()));
            r
        })
        .collect();
    Sheet { name: "organisations", header, rows }
}

/// Every membership with its dated status history (`2019-05-01 applicant; 2020-01-10 active`).
pub async fn memberships_sheet(store: &dyn DirectoryStore, all: &[Organisation]) -> DomainResult<Sheet> {
    let slug_of: HashMap<i64, &str> = all.iter().map(|o| (o.id, o.slug.as_str())).collect();
    let header = ["network", "organisation", "type", "status", "since", "until", "history"].map(String::from).to_vec();
    let mut rows = Vec::new();
    for n in store.networks().await? {
        let members = store.memberships_of_network(n.id).await?;
        let ids: Vec<i64> = members.iter().map(|m| m.id).collect();
        let mut history: HashMap<i64, Vec<String>> = HashMap::new();
        for (id, step) in store.membership_histories(&ids).await? {
            history.entry(id).or_default().push(format!("{} {}", step.date, step.status.code()));
        }
        for m in members {
            rows.push(vec![
                n.slug.clone(),
                slug_of.get(&m.organisation_id).map(|s| (*s).to_owned()).unwrap_or_default(),
                m.type_code.clone(),
                m.status.code().into(),
                m.since.clone().unwrap_or_default(),
                m.until.clone().unwrap_or_default(),
                history.remove(&m.id).unwrap_or_default().join("; "),
            ]);
        }
    }
    Ok(Sheet { name: "memberships", header, rows })
}

/// People with contact details (a staff export) and every position, one row per position.
pub async fn people_sheet(store: &dyn DirectoryStore, all: &[Organisation]) -> DomainResult<Sheet> {
    let slug_of: HashMap<i64, &str> = all.iter().map(|o| (o.id, o.slug.as_str())).collect();
    let header = [
        "slug",
        "given_name",
        "family_name",
        "name_order",
        "native_name",
        "honorific",
        "email",
        "phone",
        "focal_point_for",
        "organisation",
        "title_en",
        "since",
        "until",
    ]
    .map(String::from)
    .to_vec();
    let mut rows = Vec::new();
    // Every person at once: pages sorted by name could skip or repeat namesakes.
    let mut positions_of: HashMap<i64, Vec<crate::store::StoredPosition>> = HashMap::new();
    for pos in store.all_positions().await? {
        positions_of.entry(pos.person_id).or_default().push(pos);
    }
    for p in store.all_people().await? {
        let person = vec![
            p.slug.clone(),
            p.given_name.clone(),
            p.family_name.clone(),
            p.name_order.code().into(),
            p.native_name.clone().unwrap_or_default(),
            p.honorific.clone().unwrap_or_default(),
            p.email.clone().unwrap_or_default(),
            p.phone.clone().unwrap_or_default(),
            p.focal_point_for.and_then(|o| slug_of.get(&o)).map(|s| (*s).to_owned()).unwrap_or_default(),
        ];
        let positions = positions_of.remove(&p.id).unwrap_or_default();
        if positions.is_empty() {
            rows.push([person.clone(), vec![String::new(); 4]].concat());
        }
        for pos in positions {
            let at = vec![
                slug_of.get(&pos.organisation_id).map(|s| (*s).to_owned()).unwrap_or_default(),
                pos.title.get("en").unwrap_or("").to_owned(),
                pos.since.clone().unwrap_or_default(),
                pos.until.clone().unwrap_or_default(),
            ];
            rows.push([person.clone(), at].concat());
        }
    }
    Ok(Sheet { name: "people", header, rows })
}

/// What can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Organisations,
    Memberships,
    People,
}

impl What {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "organisations" => Some(Self::Organisations),
            "memberships" => Some(Self::Memberships),
            "people" => Some(Self::People),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Self::Organisations => "organisations",
            Self::Memberships => "memberships",
            Self::People => "people",
        }
    }
}

/// The export as bytes of `format`, read straight from the store (the caller checks the role).
pub async fn export(store: &dyn DirectoryStore, what: What, format: Format) -> DomainResult<Vec<u8>> {
    let all = store.all_organisations().await?;
    let sheet = match what {
        What::Organisations => organisations_sheet(&all),
        What::Memberships => memberships_sheet(store, &all).await?,
        What::People => people_sheet(store, &all).await?,
    };
    write(&sheet, format)
}
