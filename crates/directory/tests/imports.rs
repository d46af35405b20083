//! Spreadsheet imports on both backends: nothing is lost unless the user chose to change it,
//! matching and duplicate rules, every encoding and XLSX oddity, undo, and all-or-nothing.

use std::collections::BTreeMap;

use hansa_core::{Caller, DomainError, Localized};
use hansa_directory::import::columns::{MappingSpec, Unknown};
use hansa_directory::import::plan::{ImportOptions, OnMatch, Outcome};
use hansa_directory::model::*;
use hansa_directory::service::{self, ImportRequest};
use hansa_directory::store::DirectoryStore as Store;
use hansa_directory::store::OrgFilter;
use hansa_directory::store::prelude::*;
use hansa_testkit::{TestDbRef, store_test};

fn sys() -> Caller {
    Caller::system()
}

/// Seoul as the demo has it: a founder with names in four languages, a description, a website.
async fn seed(s: &dyn Store) {
    let seoul = OrganisationInput {
        slug: Some("seoul".into()),
        kind: "city".into(),
        name: Localized(BTreeMap::from([
            ("en".into(), "Seoul".into()),
            ("ko".into(), "서울특별시".into()),
            ("ja".into(), "ソウル特別市".into()),
            ("zh".into(), "首尔特别市".into()),
        ])),
        default_lang: Some("ko".into()),
        country: Some("KR".into()),
        website: Some("https://english.seoul.go.kr".into()),
        description: Localized::en("Capital of Korea"),
        founding_member: Some(true),
        ..Default::default()
    };
    service::create_organisation(s, &sys(), &seoul).await.unwrap();
    let krakow = OrganisationInput {
        kind: "city".into(),
        name: Localized::en("Kraków"),
        country: Some("PL".into()),
        ..Default::default()
    };
    service::create_organisation(s, &sys(), &krakow).await.unwrap();
}

fn req(bytes: &[u8], on_match: OnMatch) -> ImportRequest<'_> {
    ImportRequest { bytes, options: ImportOptions { on_match, ..Default::default() }, ..Default::default() }
}

async fn preview(s: &dyn Store, r: &ImportRequest<'_>) -> Result<service::Preview, DomainError> {
    service::preview_import(s, &sys(), r, &mut |_, _, _| {}).await
}

async fn commit(s: &dyn Store, r: &ImportRequest<'_>) -> Result<service::ImportDone, DomainError> {
    service::commit_import(s, &sys(), r, "test.csv", &mut |_, _, _| {}).await
}

store_test!(a_matching_row_changes_nothing_unless_asked, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let before = s.organisation("seoul").await.unwrap().unwrap();
    let csv = b"kind,name_en,name_ko,country,population\ncity,Seoul,\xec\x84\x9c\xec\x9a\xb8,KR,9400000\n";
    // An unknown column refuses the file, naming it, unless ignored.
    let Err(DomainError::Invalid(e)) = preview(s, &req(csv, OnMatch::Skip)).await else { panic!("unknown column") };
    assert_eq!((e[0].code.as_str(), e[0].detail.as_deref()), ("err-csv-unknown-column", Some("population")));
    let mut r = req(csv, OnMatch::Skip);
    r.unknown = Unknown::Ignore;
    let done = commit(s, &r).await.unwrap();
    assert_eq!((done.counts.duplicates, done.import_id), (1, None), "matched by name and country, skipped");
    let after = s.organisation("seoul").await.unwrap().unwrap();
    assert_eq!(
        (after.name.clone(), after.description.clone(), after.website.clone()),
        (before.name.clone(), before.description.clone(), before.website.clone())
    );
    // Update touches only the file's columns; other languages, description, founder flag stay.
    r.options.on_match = OnMatch::Update;
    let p = preview(s, &r).await.unwrap();
    let Outcome::Change { changes, .. } = &p.plan.rows[0].outcome else { panic!("{:?}", p.plan.rows[0].outcome) };
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(
        (changes[0].field.as_str(), changes[0].old.as_str(), changes[0].new.as_str()),
        ("name_ko", "서울특별시", "서울")
    );
    commit(s, &r).await.unwrap();
    let after = s.organisation("seoul").await.unwrap().unwrap();
    assert_eq!(after.name.get("ko"), Some("서울"));
    assert_eq!(after.name.get("ja"), Some("ソウル特別市"));
    assert_eq!((after.default_lang.as_str(), after.founding_member), ("ko", true));
    assert_eq!(after.description.get("en"), Some("Capital of Korea"));
    assert_eq!(after.website, before.website);
});

store_test!(fill_and_empty_cells, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let csv = "slug,website,name_ru,description_en\nseoul,https://other.example.org,Сеул,\n".as_bytes();
    // Fill writes only what is empty today: the Russian name, not the website.
    commit(s, &req(csv, OnMatch::Fill)).await.unwrap();
    let o = s.organisation("seoul").await.unwrap().unwrap();
    assert_eq!((o.name.get("ru"), o.website.as_deref()), (Some("Сеул"), Some("https://english.seoul.go.kr")));
    assert_eq!(o.description.get("en"), Some("Capital of Korea"), "an empty cell leaves the value");
    // Update with "empty cells clear values" clears the description.
    let mut r = req(csv, OnMatch::Update);
    r.options.empty_clears = true;
    commit(s, &r).await.unwrap();
    let o = s.organisation("seoul").await.unwrap().unwrap();
    assert_eq!((o.description.get("en"), o.website.as_deref()), (None, Some("https://other.example.org")));
});

store_test!(duplicates_within_the_file_and_slugs_from_every_script, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let mut csv = String::from("kind,name_en,country,website\n");
    for _ in 0..21 {
        csv.push_str("city,Barcelona,ES,https://barcelona.example.org\n");
    }
    for i in 0..5 {
        csv.push_str(&format!("city,Hamilton,CA,https://h{i}.example.org\n"));
    }
    csv.push_str("city,Barcelona,VE,\ncity,San José,CR,\ncity,北京,CN,\ncity,Kraków,PL,\n");
    let p = preview(s, &req(csv.as_bytes(), OnMatch::Skip)).await.unwrap();
    let c = p.plan.counts;
    assert_eq!((c.new, c.duplicates, c.problems), (5, 20 + 4 + 1, 0), "{c:?}");
    let slugs: Vec<String> = p
        .plan
        .rows
        .iter()
        .filter_map(|r| match &r.outcome {
            Outcome::New { slug } => Some(slug.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(slugs, ["barcelona", "hamilton", "barcelona-ve", "san-jose", "bei-jing"]);
    assert!(matches!(p.plan.rows[1].outcome, Outcome::Duplicate { of_line: Some(2), .. }));
    // A slug given twice in the file is an error naming the first row.
    let given = b"slug,kind,name_en\nvictoria,city,Victoria\nvictoria,city,Victoria BC\n";
    let p = preview(s, &req(given, OnMatch::Skip)).await.unwrap();
    let Outcome::Problem { errors } = &p.plan.rows[1].outcome else { panic!() };
    assert_eq!((errors[0].code.as_str(), errors[0].detail.as_deref()), ("err-import-slug-twice", Some("victoria (2)")));
    // "Create anyway" makes the near-duplicates (exact copies stay duplicates), numbered.
    let p = preview(
        s,
        &req(
            "kind,name_en,country,website\ncity,Kraków,PL,https://a.example.org\ncity,Kraków,PL,\n".as_bytes(),
            OnMatch::Create,
        ),
    )
    .await
    .unwrap();
    let slugs: Vec<_> = p.plan.rows.iter().map(|r| format!("{:?}", r.outcome)).collect();
    assert!(slugs[0].contains("krakow-pl") && slugs[1].contains("krakow-pl-2"), "{slugs:?}");
});

store_test!(encodings_read_alike_and_never_as_mojibake, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    let plain = "kind,name_en,country\ncity,São Paulo,BR\ncity,Zürich,CH\n";
    let crlf_bom = format!("\u{feff}{}", plain.replace('\n', "\r\n"));
    let latin1: Vec<u8> = plain.chars().map(|c| c as u32 as u8).collect();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(plain.replace(',', "\t").encode_utf16().flat_map(|u| u.to_le_bytes()));
    let names = |p: service::Preview| p.plan.rows.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
    let want = ["São Paulo", "Zürich"];
    for (label, bytes) in
        [("plain", plain.as_bytes().to_vec()), ("bom", crlf_bom.into_bytes()), ("latin1", latin1), ("utf16", utf16)]
    {
        let p = preview(s, &req(&bytes, OnMatch::Skip)).await.unwrap_or_else(|e| panic!("{label}: {e:?}"));
        assert_eq!(p.plan.counts.new, 2, "{label}");
        assert_eq!(names(p), want, "{label}");
    }
    commit(s, &req(plain.as_bytes(), OnMatch::Skip)).await.unwrap();
    // Search forgives accents and case, and finds prefixes, from the index.
    for q in ["sao paulo", "SAO", "zurich", "Zür"] {
        let found = s.organisations(&OrgFilter { q: Some(q.into()), ..Default::default() }).await.unwrap();
        assert_eq!(found.total, 1, "{q}");
    }
    let none = s.organisations(&OrgFilter { q: Some("paulo sao x".into()), ..Default::default() }).await.unwrap();
    assert_eq!(none.total, 0);
});

fn xlsx(build: impl FnOnce(&mut rust_xlsxwriter::Workbook)) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    build(&mut book);
    book.save_to_buffer().unwrap()
}

store_test!(xlsx_as_people_have_them, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    let bytes = xlsx(|book| {
        book.add_worksheet().set_name("empty").unwrap();
        let ws = book.add_worksheet();
        let f = rust_xlsxwriter::Format::new();
        ws.merge_range(0, 0, 0, 1, "name", &f).unwrap(); // a merged header over an empty column
        ws.write_string(0, 2, "kind").unwrap();
        ws.write_string(0, 3, "founded").unwrap();
        ws.write_string(0, 4, "country").unwrap();
        ws.write_string(1, 0, "Gyeongju-si").unwrap();
        ws.write_string(1, 2, "city").unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2023, 12, 7).unwrap();
        ws.write_datetime_with_format(1, 3, &date, &rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd"))
            .unwrap();
        ws.write_formula(1, 4, rust_xlsxwriter::Formula::new("=\"K\"&\"R\"").set_result("KR")).unwrap();
    });
    let mut r = req(&bytes, OnMatch::Skip);
    r.mapping = MappingSpec::from([("founded".into(), "ignore".into())]);
    let p = preview(s, &r).await.unwrap();
    assert_eq!(p.plan.read_as, "XLSX");
    assert_eq!(p.headers, ["name", "kind", "founded", "country"], "the empty merged column is dropped");
    assert_eq!(p.plan.counts.new, 1, "{:?}", p.plan.rows);
    commit(s, &r).await.unwrap();
    assert_eq!(
        s.organisation("gyeongju-si").await.unwrap().unwrap().country.as_deref(),
        Some("KR"),
        "formula by value"
    );
    // A workbook with nothing in it, two columns for one field, and too many rows: refused.
    let empty = xlsx(|b| {
        b.add_worksheet();
    });
    let code = |e: DomainError| match e {
        DomainError::Invalid(v) => v[0].code.clone(),
        other => format!("{other:?}"),
    };
    assert_eq!(code(preview(s, &req(&empty, OnMatch::Skip)).await.unwrap_err()), "err-csv-empty");
    let two = b"name,city,kind\nA,B,city\n";
    assert_eq!(code(preview(s, &req(two, OnMatch::Skip)).await.unwrap_err()), "err-import-two-columns");
    let mut big = String::from("kind,name_en\n");
    for i in 0..100_000 {
        big.push_str(&format!("city,City {i}\n"));
    }
    assert_eq!(code(preview(s, &req(big.as_bytes(), OnMatch::Skip)).await.unwrap_err()), "err-csv-too-many-rows");
    let orgs = s.organisations(&OrgFilter::default()).await.unwrap();
    assert_eq!(orgs.total, 1, "nothing half-written");
});

store_test!(undo_restores_what_no_one_changed_since, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let csv = "slug,kind,name_en,country,website\nseoul,city,Seoul City,KR,https://seoul.example.org\nandong,city,Andong,KR,\npohang,city,Pohang,KR,\n";
    let done = commit(s, &req(csv.as_bytes(), OnMatch::Update)).await.unwrap();
    let id = done.import_id.unwrap();
    let seoul = s.organisation("seoul").await.unwrap().unwrap();
    assert_eq!(s.history(seoul.id).await.unwrap().len(), 1, "the rename is in the history");
    // Someone edits Pohang after the import: the undo leaves it, naming it.
    let mut pohang = OrganisationInput {
        kind: "city".into(),
        name: Localized::en("Pohang-si"),
        country: Some("KR".into()),
        ..Default::default()
    };
    pohang.slug = Some("pohang".into());
    service::update_organisation(s, &sys(), "pohang", &pohang).await.unwrap();
    let report = service::undo_import(s, &sys(), id).await.unwrap();
    assert_eq!(report.refused, ["pohang"]);
    assert_eq!(report.archived, ["andong"]);
    assert_eq!(report.restored, ["seoul"]);
    let seoul = s.organisation("seoul").await.unwrap().unwrap();
    assert_eq!((seoul.name.get("en"), seoul.website.as_deref()), (Some("Seoul"), Some("https://english.seoul.go.kr")));
    assert_eq!(seoul.name.get("ko"), Some("서울특별시"));
    assert!(s.history(seoul.id).await.unwrap().is_empty(), "the import's rename went with it");
    assert!(s.organisation("andong").await.unwrap().unwrap().archived);
    assert!(!s.organisation("pohang").await.unwrap().unwrap().archived);
    assert!(matches!(service::undo_import(s, &sys(), id).await, Err(DomainError::Conflict(_))), "once only");
    let log = s.audit_log(100, 0).await.unwrap();
    let entry = log.iter().find(|e| e.action == "import" && e.entity == "organisation:seoul").unwrap();
    assert_eq!(entry.changes["import"], id);
    assert!(entry.changes["changes"].to_string().contains("https://seoul.example.org"), "{}", entry.changes);
});

store_test!(imports_are_all_or_nothing_and_for_staff, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let province = OrganisationInput {
        slug: Some("gb".into()),
        kind: "regional_government".into(),
        name: Localized::en("Gyeongsangbuk-do"),
        country: Some("KR".into()),
        parent: Some("seoul".into()),
        ..Default::default()
    };
    service::create_organisation(s, &sys(), &province).await.unwrap();
    let before = s.audit_log(1000, 0).await.unwrap().len();
    // Seoul under the province that is under Seoul: the file is refused, naming the line.
    let csv = b"slug,kind,name_en,parent\nnew-town,city,New Town,\nseoul,city,Seoul,gb\n";
    let Err(DomainError::Invalid(e)) = commit(s, &req(csv, OnMatch::Update)).await else { panic!("cycle imported") };
    assert_eq!((e[0].field.as_str(), e[0].code.as_str()), ("line 3.parent", "err-parent-cycle"));
    assert!(s.organisation("new-town").await.unwrap().is_none());
    assert_eq!(s.audit_log(1000, 0).await.unwrap().len(), before);
    let delegate =
        Caller { account: Some(1), role: Some(hansa_core::account::Role::Delegate), organisation: None, token: None };
    let r = req(csv, OnMatch::Skip);
    assert!(matches!(service::preview_import(s, &delegate, &r, &mut |_, _, _| {}).await, Err(DomainError::Forbidden)));
    assert!(matches!(service::undo_import(s, &delegate, 1).await, Err(DomainError::Forbidden)));
});

store_test!(the_pipeline_stays_private, |db: TestDbRef| async move {
    let s = db.store.as_ref();
    seed(s).await;
    let net = NetworkInput {
        slug: "wego".into(),
        name: Localized::en("WeGO"),
        organisation: None,
        membership_types: vec![MembershipType { code: "full".into(), name: Localized::en("Full") }],
        public_statuses: None,
    };
    service::create_network(s, &sys(), &net).await.unwrap();
    for (org, status) in [("seoul", MembershipStatus::Active), ("krakow", MembershipStatus::Prospect)] {
        let m = MembershipInput {
            network: "wego".into(),
            organisation: org.into(),
            type_code: "full".into(),
            since: Some("2020-01-01".into()),
            until: None,
            status: None,
            history: vec![StatusChange { date: "2020-01-01".into(), status, note: None }],
        };
        service::create_membership(s, &sys(), &m).await.unwrap();
    }
    let members = |staff: bool| OrgFilter { network: Some("wego".into()), staff, ..Default::default() };
    assert_eq!(s.organisations(&members(false)).await.unwrap().total, 1, "the public sees active members only");
    assert_eq!(s.organisations(&members(true)).await.unwrap().total, 2);
    let prospects = OrgFilter { status: Some("prospect".into()), ..Default::default() };
    assert_eq!(s.organisations(&prospects).await.unwrap().total, 0);
    let network = s.network("wego").await.unwrap().unwrap();
    let seen = service::MembershipVisibility::from_networks(&Caller::public(), std::slice::from_ref(&network));
    assert_eq!(seen.filter(s.memberships_of_network(network.id).await.unwrap()).len(), 1);
    // The network may choose to show its prospects.
    service::set_public_statuses(s, &sys(), "wego", &[MembershipStatus::Active, MembershipStatus::Prospect])
        .await
        .unwrap();
    assert_eq!(s.organisations(&members(false)).await.unwrap().total, 2);
});
