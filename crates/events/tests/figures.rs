//! Attendance figures on both backends, computed from the demo's imported delegate list and
//! its check-ins: the NEAR forum's "more than 200 delegates from 38 local governments and
//! organisations of 5 countries" comes out of the records, in the page, its chart, its tables
//! and its CSV; a delegate list with problems is refused whole, line by line.

use hansa_core::Caller;
use hansa_core::account::Role;
use hansa_events::service;
use hansa_events::store::{EventStore, RegistrationStore};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::http::{get, send};

store_test!(the_forum_figures_come_from_its_records, |db: TestDbRef| async move {
    common::load_demo_with_attendance(db.store.as_ref()).await;
    let app = hansa_web::app(
        db.store.clone(),
        hansa_web::WebConfig::default(),
        vec![hansa_directory::feature(), hansa_events::feature()],
    );
    let page = get(&app, "/events/near-forum-2023/figures", "", "en").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("More than 200 delegates from 38 local governments and organisations of 5 countries"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-countries\""));
    assert!(page.body.contains("<th scope=\"row\">South Korea</th>"), "a table beside the chart");
    assert!(!page.body.contains("@example.org"), "no personal data in the figures");
    let csv = get(&app, "/events/near-forum-2023/figures.csv", "", "en").await;
    assert!(csv.body.contains("delegates,,214\norganisations,,38\ncountries,,5\n"), "{}", csv.body);
    assert!(csv.body.contains("day,2023-12-07,214\n") && csv.body.contains("day,2023-12-08,160\n"));
    let event = get(&app, "/events/near-forum-2023", "", "ko").await;
    assert!(event.body.contains("/events/near-forum-2023/figures"), "the event page links its figures");
    // An event that has not run shows none to the public.
    assert_eq!(get(&app, "/events/near-forum-2027/figures", "", "en").await.status, 404);
    let _ = send;
});

store_test!(a_delegate_list_with_problems_is_refused_whole, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let s = db.store.as_ref();
    let csv = "family_name,given_name,email,category,organisation,country,answer:local-tour\n\
               Kim,Min-ji,kim@example.org,delegate,gyeongju,KR,yes\n\
               Lee,Ho,lee@example.org,diplomat,gyeongju,KR,yes\n\
               Park,Su,KIM@example.org,delegate,Yonhap News,KR,no\n\
               Choi,Ha,not-an-email,delegate,gyeongju,XX,no\n";
    let r = service::import_delegates(s, &Caller::system(), "near-forum-2027", csv.as_bytes(), false, &mut |_, _| {})
        .await
        .unwrap();
    let problems: Vec<(usize, Vec<&str>)> =
        r.rows.iter().map(|row| (row.line, row.problems.iter().map(|p| p.code.as_str()).collect())).collect();
    assert_eq!(
        problems,
        [
            (2, vec![]),
            (3, vec!["err-choice"]),
            (4, vec!["err-delegate-duplicate"]),
            (5, vec!["err-email", "err-country"]),
        ]
    );
    let event = s.event("near-forum-2027").await.unwrap().unwrap();
    assert!(s.registrations(event.id).await.unwrap().is_empty(), "nothing written");
    // An unknown column refuses the file: its data would be lost.
    let odd = "family_name,email,shoe_size\nKim,kim@example.org,44\n";
    let err = service::import_delegates(s, &Caller::system(), "near-forum-2027", odd.as_bytes(), false, &mut |_, _| {})
        .await
        .unwrap_err();
    assert!(format!("{err:?}").contains("err-delegate-columns") && format!("{err:?}").contains("shoe_size"));
    // The good rows alone go in, one transaction; a press organisation not in the directory is kept by name.
    let good = "family_name,given_name,email,category,organisation,country,answer:local-tour\n\
                Kim,Min-ji,kim@example.org,delegate,gyeongju,KR,yes\n\
                Park,Su,park@example.org,press,Yonhap News,KR,no\n";
    let r = service::import_delegates(s, &Caller::system(), "near-forum-2027", good.as_bytes(), false, &mut |_, _| {})
        .await
        .unwrap();
    assert_eq!(r.written, 2);
    let all = s.registrations(event.id).await.unwrap();
    assert_eq!(all[1].input.organisation_name.as_deref(), Some("Yonhap News"));
    assert_eq!(all[0].input.organisation.as_deref(), Some("gyeongju"));
    // Staff only.
    let focal = Caller { role: Some(Role::FocalPoint), ..Caller::system() };
    assert!(
        service::import_delegates(s, &focal, "near-forum-2027", good.as_bytes(), true, &mut |_, _| {}).await.is_err()
    );
});
