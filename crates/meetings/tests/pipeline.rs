//! The prospect pipeline through its service and its page, on both backends: the demo's
//! prospects on the board by themselves; staff moves, illegal ones and unknown organisations
//! refused with nothing written; a move from a stale page is a conflict; an organisation whose
//! membership becomes active shows as a member without anyone moving it; and only staff see
//! or move any of it.

use hansa_core::account::Role;
use hansa_core::store::prelude::*;
use hansa_core::{Caller, DomainError};
use hansa_directory::model::{MembershipInput, MembershipStatus, StatusChange};
use hansa_directory::store::{NetworkStore, OrganisationStore};
use hansa_meetings::model::{ProspectCard, Stage, today};
use hansa_meetings::service;
use hansa_testkit::{TestDbRef, store_test};

mod common;

async fn audit_len(db: &TestDbRef) -> usize {
    db.store.audit_log(10_000, 0).await.unwrap().len()
}

/// The WeGO board's card of `slug`, if it is on the board.
async fn card(db: &TestDbRef, caller: &Caller, slug: &str) -> Option<ProspectCard> {
    let board = service::board(db.store.as_ref(), caller, Some("wego")).await.unwrap();
    board.cards.into_iter().find(|c| c.organisation == slug)
}

fn refusal(err: DomainError) -> (String, String) {
    match err {
        DomainError::Invalid(list) => (list[0].field.clone(), list[0].code.clone()),
        other => panic!("expected a refusal naming a field, got {other:?}"),
    }
}

store_test!(staff_move_prospects_along_the_board, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let (store, caller) = (db.store.as_ref(), Caller::of(&staff));
    let areas = store.area_versions(&hansa_core::Area::ALL).await.unwrap();

    // The directory's prospects are on the board by themselves; the demo moved some on.
    let board = service::board(store, &caller, None).await.unwrap();
    assert_eq!(board.network.as_deref(), Some("wego"), "the secretariat's own network first");
    let stage_of = |slug: &str| board.cards.iter().find(|c| c.organisation == slug).map(|c| c.stage());
    assert_eq!(stage_of("lublin"), Some(Stage::Contacted));
    assert_eq!(stage_of("chiang-mai"), Some(Stage::Interested));
    assert_eq!(stage_of("kigali"), Some(Stage::Applying), "its application is recorded in the directory");
    assert_eq!(stage_of("seoul"), None, "long-standing members are not the pipeline's");
    let lublin = board.cards.iter().find(|c| c.organisation == "lublin").unwrap();
    assert_eq!(lublin.last_met_on.as_deref(), Some("2023-03-28"));
    assert_eq!((lublin.open_follow_ups, lublin.overdue_follow_ups), (3, 3), "the demo's 2023 follow-ups");
    assert_eq!(lublin.region, Some(hansa_core::country::Region::Europe));

    // Moved twice, each audited; the day it entered its stage is kept.
    let before = audit_len(&db).await;
    service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Contacted), Stage::Interested).await.unwrap();
    service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Interested), Stage::Applying).await.unwrap();
    let moved = card(&db, &caller, "lublin").await.unwrap();
    assert_eq!((moved.stage(), moved.stage_since), (Stage::Applying, Some(today())));
    assert_eq!(audit_len(&db).await, before + 2);
    let last = &store.audit_log(1, 0).await.unwrap()[0];
    assert_eq!(
        (last.entity.as_str(), last.actor.as_deref()),
        ("outreach:pipeline/wego/lublin", Some("staff@example.org"))
    );
    // Dropped, then courted again from the start.
    service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Applying), Stage::Dropped).await.unwrap();
    service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Dropped), Stage::Contacted).await.unwrap();
    // An organisation the directory does not list as a prospect joins the board.
    assert!(card(&db, &caller, "taipei").await.is_none());
    service::move_prospect(store, &caller, "wego", "taipei", None, Stage::Interested).await.unwrap();
    assert_eq!(card(&db, &caller, "taipei").await.map(|c| c.stage()), Some(Stage::Interested));
    // Another network's board is its own.
    let lascn = service::board(store, &caller, Some("lascn")).await.unwrap();
    let slugs: Vec<_> = lascn.cards.iter().map(|c| c.organisation.as_str()).collect();
    assert_eq!(slugs, ["guarulhos"]);
    assert_eq!(store.area_versions(&hansa_core::Area::ALL).await.unwrap(), areas, "no public page is thrown away");
});

store_test!(illegal_moves_and_unknown_organisations_are_refused_with_nothing_written, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let (store, caller) = (db.store.as_ref(), Caller::of(&staff));
    let before = audit_len(&db).await;
    let caller = &caller;
    let refused = |from: Option<Stage>, to: Stage, org: &'static str| async move {
        refusal(service::move_prospect(store, caller, "wego", org, from, to).await.unwrap_err())
    };
    let stage = |code: &str| ("stage".to_owned(), code.to_owned());
    // Nobody makes a member on the board, nor drops a card that is not on it.
    assert_eq!(refused(Some(Stage::Contacted), Stage::Member, "lublin").await, stage("err-pipeline-move"));
    assert_eq!(refused(None, Stage::Dropped, "taipei").await, stage("err-pipeline-move"));
    assert_eq!(refused(Some(Stage::Contacted), Stage::Contacted, "lublin").await, stage("err-pipeline-move"));
    // A dropped prospect starts again at "contacted", not further on.
    service::move_prospect(store, caller, "wego", "budapest", Some(Stage::Contacted), Stage::Dropped).await.unwrap();
    let after_drop = audit_len(&db).await;
    assert_eq!(refused(Some(Stage::Dropped), Stage::Applying, "budapest").await, stage("err-pipeline-move"));
    // An applicant is the directory's: its card does not move on the board.
    assert_eq!(refused(Some(Stage::Applying), Stage::Dropped, "kigali").await, stage("err-pipeline-by-directory"));
    // Unknown or malformed organisations, and one already on the board, are named as such.
    let org = |code: &str| ("organisation".to_owned(), code.to_owned());
    assert_eq!(refused(None, Stage::Contacted, "atlantis").await, org("err-unknown"));
    assert_eq!(refused(None, Stage::Contacted, "Not A Slug").await, org("err-slug"));
    assert_eq!(refused(None, Stage::Contacted, "chiang-mai").await, org("err-pipeline-on-board"));
    assert_eq!(refused(None, Stage::Contacted, "seoul").await, org("err-pipeline-by-directory"));
    let unknown_network = service::move_prospect(store, caller, "hanseatic-league", "lublin", None, Stage::Contacted);
    assert_eq!(refusal(unknown_network.await.unwrap_err()), ("network".to_owned(), "err-unknown".to_owned()));
    assert_eq!(audit_len(&db).await, after_drop, "refusals write nothing");
    assert_eq!(after_drop, before + 1);
    assert_eq!(card(&db, caller, "budapest").await.unwrap().stage(), Stage::Dropped);
    assert!(card(&db, caller, "atlantis").await.is_none() && card(&db, caller, "taipei").await.is_none());
});

store_test!(a_move_from_a_stale_page_is_a_conflict, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let other = common::account(db.store.as_ref(), Role::Staff, None).await;
    let store = db.store.as_ref();
    let (mine, theirs) = (Caller::of(&staff), Caller::of(&other));
    // Both saw Lublin in "contacted"; the other moved it first.
    service::move_prospect(store, &theirs, "wego", "lublin", Some(Stage::Contacted), Stage::Interested).await.unwrap();
    let before = audit_len(&db).await;
    let stale = service::move_prospect(store, &mine, "wego", "lublin", Some(Stage::Contacted), Stage::Dropped).await;
    let Err(DomainError::Conflict(e)) = stale else { panic!("a stale move is a conflict: {stale:?}") };
    assert_eq!((e.field.as_str(), e.code.as_str()), ("stage", "err-changed-meanwhile"));
    assert_eq!(audit_len(&db).await, before, "nothing written");
    assert_eq!(card(&db, &mine, "lublin").await.unwrap().stage(), Stage::Interested);

    // Two moves of one card at the same moment: one wins, the other is told, whether the card
    // had a stored stage (Chiang Mai) or only the directory's (Budapest).
    for (slug, from) in [("chiang-mai", Stage::Interested), ("budapest", Stage::Contacted)] {
        let before = audit_len(&db).await;
        let (a, b) = tokio::join!(
            service::move_prospect(store, &mine, "wego", slug, Some(from), Stage::Applying),
            service::move_prospect(store, &theirs, "wego", slug, Some(from), Stage::Dropped),
        );
        let won = [&a, &b].iter().filter(|r| r.is_ok()).count();
        let conflicts = [&a, &b].iter().filter(|r| matches!(r, Err(DomainError::Conflict(_)))).count();
        assert_eq!((won, conflicts), (1, 1), "{slug}: {a:?} / {b:?}");
        assert_eq!(audit_len(&db).await, before + 1, "{slug}: only the winner is written");
    }
});

store_test!(a_prospect_that_joins_shows_as_member_by_itself, |db: TestDbRef| async move {
    let staff = common::load_demo(db.store.as_ref()).await;
    let (store, caller) = (db.store.as_ref(), Caller::of(&staff));
    service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Contacted), Stage::Interested).await.unwrap();
    let lublin = store.organisation("lublin").await.unwrap().unwrap();
    let wego = store.network("wego").await.unwrap().unwrap();
    let membership = store.memberships_of_organisation(lublin.id).await.unwrap();
    let membership = membership.iter().find(|m| m.network_id == wego.id).unwrap().id;
    // The directory records the application, then the membership: nobody touches the board.
    let step = |date: &str, status| StatusChange { date: date.into(), status, note: None };
    let applied = step("2024-04-01", MembershipStatus::Applicant);
    hansa_directory::service::change_membership_status(store, &caller, membership, &applied).await.unwrap();
    let card_now = card(&db, &caller, "lublin").await.unwrap();
    assert_eq!(card_now.stage(), Stage::Applying);
    assert!(card_now.standing.held_by_directory());
    let joined = step("2024-06-01", MembershipStatus::Active);
    hansa_directory::service::change_membership_status(store, &caller, membership, &joined).await.unwrap();
    assert_eq!(card(&db, &caller, "lublin").await.unwrap().stage(), Stage::Member);
    // A member's card does not move on the board.
    let before = audit_len(&db).await;
    let moved = service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Member), Stage::Dropped).await;
    assert_eq!(refusal(moved.unwrap_err()), ("stage".to_owned(), "err-pipeline-by-directory".to_owned()));
    assert_eq!(audit_len(&db).await, before);

    // An organisation staff put on the board, whose membership is then recorded as active.
    service::move_prospect(store, &caller, "wego", "taipei", None, Stage::Contacted).await.unwrap();
    let input = MembershipInput {
        network: "wego".into(),
        organisation: "taipei".into(),
        type_code: wego.membership_types[0].code.clone(),
        since: Some("2024-06-01".into()),
        until: None,
        status: None,
        history: vec![step("2024-06-01", MembershipStatus::Active)],
    };
    hansa_directory::service::create_membership(store, &caller, &input).await.unwrap();
    let board = service::board(store, &caller, Some("wego")).await.unwrap();
    let members: Vec<_> =
        board.cards.iter().filter(|c| c.stage() == Stage::Member).map(|c| c.organisation.as_str()).collect();
    assert_eq!(members, ["lublin", "taipei"]);
});

store_test!(only_staff_see_or_move_the_pipeline, |db: TestDbRef| async move {
    common::load_demo(db.store.as_ref()).await;
    let store = db.store.as_ref();
    let before = audit_len(&db).await;
    for role in [Role::Delegate, Role::FocalPoint, Role::Jury] {
        let caller = Caller::of(&common::account(store, role, None).await);
        let moved = service::move_prospect(store, &caller, "wego", "lublin", Some(Stage::Contacted), Stage::Dropped);
        assert!(matches!(moved.await, Err(DomainError::Forbidden)), "{role:?}");
        assert!(matches!(service::board(store, &caller, None).await, Err(DomainError::Forbidden)));
        let overdue = service::remind_overdue(store, &caller, &today(), "").await;
        assert!(matches!(overdue, Err(DomainError::Forbidden)));
    }
    let public = Caller::public();
    let moved = service::move_prospect(store, &public, "wego", "lublin", None, Stage::Contacted).await;
    assert!(matches!(moved, Err(DomainError::Unauthorized)));
    assert_eq!(audit_len(&db).await, before + 3, "only the three accounts were written");
    let staff = store.user_by_email("staff@example.org").await.unwrap().unwrap();
    assert_eq!(card(&db, &Caller::of(&staff), "lublin").await.unwrap().stage(), Stage::Contacted);
});
