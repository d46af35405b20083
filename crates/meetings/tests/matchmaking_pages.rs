//! Matchmaking's pages through HTTP, on both backends: a participant's pages answer only to
//! an admitted registration's code and are never kept; refused forms answer 422 with the
//! problem shown and nothing written; nobody answers a request addressed to someone else;
//! the agenda downloads as iCalendar and PDF; staff pages refuse everyone but staff.

use axum::http::header;
use hansa_core::Caller;
use hansa_core::account::Role;
use hansa_meetings::matchmaking::demo::{DEMO_MATCHMAKING, load_matchmaking};
use hansa_meetings::matchmaking::model::RequestStatus;
use hansa_meetings::matchmaking::service::{self, Board};
use hansa_testkit::{TestDbRef, store_test};

mod common;

use common::{app, get, post};

const SLUG: &str = "wego-ascn-mayoral-conference-2019";

async fn setup(db: &TestDbRef) -> Board {
    common::load_directory(db.store.as_ref()).await;
    load_matchmaking(db.store.as_ref(), &Caller::system(), DEMO_MATCHMAKING).await.unwrap();
    service::staff_board(db.store.as_ref(), &Caller::system(), SLUG).await.unwrap()
}

fn code_of(b: &Board, family: &str) -> (i64, String) {
    let p = b.participants.iter().find(|p| p.name.contains(&family.to_uppercase())).unwrap();
    (p.id, p.code.clone())
}

/// A participant opens their page: it sets their own CSRF cookie, which a post sends back.
async fn visitor(app: &axum::Router, code: &str) -> (String, String) {
    let page = get(app, &format!("/registrations/{code}/matchmaking"), "").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.headers[header::CACHE_CONTROL], "private, no-store");
    assert_eq!(page.headers[header::REFERRER_POLICY], "no-referrer");
    let set = page.headers.get(header::SET_COOKIE).expect("a visitor's form token").to_str().unwrap().to_owned();
    let cookie = set.split(';').next().unwrap().to_owned();
    let token = cookie.split_once('=').unwrap().1.to_owned();
    (cookie, token)
}

store_test!(a_participant_finds_someone_requests_and_downloads_the_agenda, |db: TestDbRef| async move {
    let b = setup(&db).await;
    let app = app(&db.store);
    let (_, mayor) = code_of(&b, "Dela Cruz");
    let (edcf, edcf_code) = code_of(&b, "Park");
    let (cookie, csrf) = visitor(&app, &mayor).await;
    let page = get(&app, &format!("/registrations/{mayor}/matchmaking"), &cookie).await;
    assert!(page.body.contains("TANAKA Mei") && page.body.contains("table-no"), "her locked ADB meeting at a table");
    // The registration page shows matchmaking's panel.
    let reg = get(&app, &format!("/registrations/{mayor}"), &cookie).await;
    assert!(reg.body.contains(&format!("/registrations/{mayor}/matchmaking")), "the panel links to matchmaking");
    // People to meet, filtered by a theme.
    let people = get(&app, &format!("/registrations/{mayor}/matchmaking/people?theme=buildings"), &cookie).await;
    assert_eq!(people.status, 200);
    assert!(people.body.contains("PARK Jun-ho") && !people.body.contains("KUSUMA"), "only those with the theme");
    assert!(!people.body.contains("@example.org"), "no e-mail address is shown");
    let to = edcf.to_string();
    let url = format!("/registrations/{mayor}/matchmaking/people");
    // Without the form token: refused, nothing sent.
    let forged = post(&app, &url, &cookie, &[("to", &to), ("message", "hi")]).await;
    assert_eq!(forged.status, 403);
    // A message far too long: 422, the text kept on that person's card.
    let long = "x".repeat(1_200);
    let refused = post(&app, &url, &cookie, &[("csrf", &csrf), ("to", &to), ("message", &long)]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("class=\"error\"") && refused.body.contains(&long));
    // To herself: refused at the top of the page.
    let (mayor_id, _) = code_of(&b, "Dela Cruz");
    let me = mayor_id.to_string();
    let own = post(&app, &url, &cookie, &[("csrf", &csrf), ("to", &me), ("message", "x")]).await;
    assert_eq!(own.status, 422);
    assert!(own.body.contains("You cannot ask yourself for a meeting."));
    let sent = post(&app, &url, &cookie, &[("csrf", &csrf), ("to", &to), ("message", "Waste-to-energy?")]).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let board = service::staff_board(db.store.as_ref(), &Caller::system(), SLUG).await.unwrap();
    let r = board.requests.iter().find(|r| r.to == edcf && r.from == mayor_id).unwrap();
    assert_eq!(r.status, RequestStatus::Pending);
    // Someone else cannot answer it (the sender included): 403, it stays pending.
    let answer = format!("/registrations/{mayor}/matchmaking/requests/{}", r.id);
    let own_answer = post(&app, &answer, &cookie, &[("csrf", &csrf), ("action", "accept")]).await;
    assert_eq!(own_answer.status, 403);
    // The addressee accepts.
    let (edcf_cookie, edcf_csrf) = visitor(&app, &edcf_code).await;
    let theirs = format!("/registrations/{edcf_code}/matchmaking/requests/{}", r.id);
    let accepted = post(&app, &theirs, &edcf_cookie, &[("csrf", &edcf_csrf), ("action", "accept")]).await;
    assert_eq!(accepted.status, 303);
    hansa_meetings::matchmaking::schedule::run(db.store.as_ref(), &Caller::system(), SLUG, &|_, _, _| {})
        .await
        .unwrap();
    let agenda = get(&app, &format!("/registrations/{mayor}/matchmaking"), &cookie).await;
    assert!(agenda.body.contains("PARK Jun-ho"), "the new meeting is on her agenda");
    let ics = get(&app, &format!("/registrations/{mayor}/agenda.ics"), &cookie).await;
    assert_eq!(ics.status, 200);
    assert!(ics.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/calendar"));
    assert!(ics.body.contains("BEGIN:VCALENDAR") && ics.body.contains("TZID=Asia/Seoul") && ics.body.contains("PARK"));
    let pdf = get(&app, &format!("/registrations/{mayor}/agenda.pdf"), &cookie).await;
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with("%PDF"));
    // Profile: available nowhere is refused beside the field; nothing changes.
    let profile = format!("/registrations/{mayor}/matchmaking/profile");
    let nowhere = post(&app, &profile, &cookie, &[("csrf", &csrf), ("offers", "x"), ("languages", "en")]).await;
    assert_eq!(nowhere.status, 422);
    assert!(nowhere.body.contains("id=\"e-available\""));
});

store_test!(codes_that_are_not_participants_find_nothing, |db: TestDbRef| async move {
    let b = setup(&db).await;
    let app = app(&db.store);
    assert_eq!(get(&app, "/registrations/NOSUCHCODE/matchmaking", "").await.status, 404);
    assert_eq!(get(&app, "/registrations/NOSUCHCODE/agenda.pdf", "").await.status, 404);
    // A registration of an event without matchmaking: no panel, no page.
    let other = common::register_elsewhere(db.store.as_ref(), "other@example.org").await;
    assert_eq!(get(&app, &format!("/registrations/{}/matchmaking", other.code), "").await.status, 404);
    let page = get(&app, &format!("/registrations/{}", other.code), "").await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("/matchmaking"));
    assert!(b.participants.iter().all(|p| p.id != other.id));
});

store_test!(staff_pages_are_for_staff_and_refuse_bad_forms, |db: TestDbRef| async move {
    setup(&db).await;
    let app = app(&db.store);
    let staff = common::account(db.store.as_ref(), Role::Staff, None).await;
    let delegate = common::account(db.store.as_ref(), Role::Delegate, None).await;
    let (cookie, csrf) = common::session(db.store.as_ref(), &staff).await;
    let (d_cookie, _) = common::session(db.store.as_ref(), &delegate).await;
    let base = format!("/staff/events/{SLUG}/matchmaking");
    let page = get(&app, &base, &cookie).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Run the scheduler") && page.body.contains("locked"));
    assert_eq!(get(&app, &base, &d_cookie).await.status, 403);
    assert!(matches!(get(&app, &base, "").await.status, 401 | 303));
    // A slot outside the event: 422, said on the page; nothing added.
    let before = service::staff_board(db.store.as_ref(), &Caller::system(), SLUG).await.unwrap().slots.len();
    let slot = [("csrf", csrf.as_str()), ("day", "2019-12-01"), ("start", "10:00"), ("end", "10:25"), ("tables", "4")];
    let refused = post(&app, &format!("{base}/slots"), &cookie, &slot).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Outside the event"));
    let after = service::staff_board(db.store.as_ref(), &Caller::system(), SLUG).await.unwrap().slots.len();
    assert_eq!(before, after);
    // With the page's job key (its progress line), as a browser posts it: the answer comes
    // back (it once waited forever on a progress channel nobody closed).
    let job = hansa_web::auth::new_token();
    let (run_url, fields) = (format!("{base}/run"), [("csrf", csrf.as_str()), ("job", job.as_str())]);
    let running = post(&app, &run_url, &cookie, &fields);
    let run = tokio::time::timeout(std::time::Duration::from_secs(20), running).await.expect("the run answers");
    assert_eq!(run.status, 303);
    let progress = get(&app, &format!("/progress/{job}"), &cookie).await;
    assert!(progress.body.contains("\"phase\":\"done\""), "{}", progress.body);
    let done = get(&app, &format!("{base}?done=scheduled"), &cookie).await;
    assert!(
        done.body.contains("Last run: 8 meetings scheduled") || done.body.contains("Last run: 7 meetings scheduled")
    );
    let plan = get(&app, &format!("{base}/plan.pdf"), &cookie).await;
    assert!(plan.status == 200 && plan.body.starts_with("%PDF"));
    assert_eq!(get(&app, &format!("{base}/plan.pdf"), &d_cookie).await.status, 403);
    let tables = get(&app, &format!("/staff/events/{SLUG}/roundtables"), &cookie).await;
    assert!(tables.status == 200 && tables.body.contains("the proven optimum"));
    let bad =
        post(&app, &format!("/staff/events/{SLUG}/roundtables"), &cookie, &[("csrf", &csrf), ("rounds", "9")]).await;
    assert_eq!(bad.status, 422);
    let remind = post(&app, &format!("{base}/remind"), &cookie, &[("csrf", &csrf)]).await;
    assert_eq!(remind.status, 303);
});
