//! `hansa demo`: the demo directory drawn from the seed articles (WeGO, NEAR, ASCN, LASCN and
//! their members), loaded through the same bundle import users have, plus demo accounts.

use std::sync::Arc;

use hansa_core::account::Role;
use hansa_directory::store::OrgFilter;

use super::{import, serve, user};
use crate::config::Config;

/// The demo bundle, embedded so `hansa demo` works from any directory.
pub const DEMO_BUNDLE: &str = include_str!("../../../../demo/directory.toml");
/// The four events of the seed articles, with their programmes.
pub const DEMO_EVENTS: &str = include_str!("../../../../demo/events.toml");
/// Every demo account shares this password; it is printed at start-up.
pub const DEMO_PASSWORD: &str = "hansa-demo-2026";

#[derive(clap::Args)]
pub struct Args {
    /// Load the demo data and accounts, then stop instead of serving.
    #[arg(long)]
    no_serve: bool,
}

/// Loads the demo unless the database already has organisations; then the demo accounts, and
/// the outreach log (its follow-ups belong to the demo staff account, so it comes after) and
/// the WeGO-ASCN conference's matchmaking.
pub async fn load<S>(store: &S) -> anyhow::Result<()>
where
    S: hansa_events::store::EventsStore
        + hansa_meetings::store::MeetingsStore
        + hansa_meetings::matchmaking::service::MatchmakingStore,
{
    let existing = store.organisations(&OrgFilter { per_page: Some(1), ..Default::default() }).await?.total;
    if existing == 0 {
        println!("{}", crate::say::t("cli-demo-loading"));
        let counts = import::load_bundle(store, DEMO_BUNDLE).await?;
        println!("{}", import::bundle_counts(&counts));
    } else {
        println!("{}", crate::say::t1("cli-demo-exists", "count", existing));
    }
    if store.events(true).await?.is_empty() {
        let saved = hansa_events::service::load_events_file(store, &hansa_core::Caller::system(), DEMO_EVENTS).await?;
        println!("{}", crate::say::t1("cli-demo-events", "count", saved.len()));
        let days = ["2023-12-07", "2023-12-08"];
        let delegates = hansa_events::demo::load_attendance(
            store,
            "near-forum-2023",
            hansa_events::demo::NEAR_FORUM_DELEGATES,
            &days,
        )
        .await?;
        println!("{}", crate::say::t1("cli-demo-delegates", "count", delegates));
    }
    let accounts = [
        ("admin@example.org", "Demo Admin", Role::Admin, None),
        ("staff@example.org", "Demo Staff", Role::Staff, None),
        ("focal@example.org", "Demo Focal Point (Gyeongju)", Role::FocalPoint, Some("gyeongju")),
        ("delegate@example.org", "Demo Delegate", Role::Delegate, None),
    ];
    for (email, name, role, org) in accounts {
        user::ensure_user(store, email, name, role, org, DEMO_PASSWORD).await?;
    }
    if store.meetings(&Default::default()).await?.is_empty() {
        let caller = hansa_core::Caller::system();
        let (meetings, follow_ups) =
            hansa_meetings::demo::load_outreach(store, &caller, hansa_meetings::demo::DEMO_OUTREACH).await?;
        let counts = [("meetings", meetings.to_string()), ("follow_ups", follow_ups.to_string())];
        println!("{}", crate::say::tn("cli-demo-outreach", &counts));
    }
    // The WeGO-ASCN conference's matchmaking, scheduled (once: it is the event's own setup).
    let conference = store.event("wego-ascn-mayoral-conference-2019").await?;
    if let Some(event) = conference
        && store.settings(event.id).await?.is_none()
    {
        use hansa_meetings::matchmaking::demo::{DEMO_MATCHMAKING, load_matchmaking};
        let run = load_matchmaking(store, &hansa_core::Caller::system(), DEMO_MATCHMAKING).await?;
        let counts = [("scheduled", run.scheduled.to_string()), ("unscheduled", run.unscheduled.to_string())];
        println!("{}", crate::say::tn("cli-demo-matchmaking", &counts));
    }
    Ok(())
}

pub async fn run(config: &Config, args: Args) -> anyhow::Result<()> {
    let store = Arc::new(config.open_store().await?);
    load(store.as_ref()).await?;
    println!("{}", crate::say::t1("cli-demo-sign-in", "detail", DEMO_PASSWORD));
    if args.no_serve {
        return Ok(());
    }
    serve::serve(config, store).await
}
