//! The demo's matchmaking (demo/matchmaking.toml): the WeGO-ASCN Mayoral Conference's
//! governors, mayors and partners registered, their profiles, requests answered, a meeting
//! arranged and locked by staff, and the scheduler run — all through the same services as the
//! pages, so the demo is also a test of them.

use std::collections::HashMap;

use hansa_core::error::{DomainError, DomainResult};
use hansa_core::{Caller, FieldError, Localized};
use hansa_events::model::{CategoryPlaces, FormSettings, RegistrationInput};
use serde::Deserialize;

use super::model::{Profile, RequestInput, Settings, SlotInput, Theme};
use super::service::{self, MatchmakingStore};
use super::staff::{self, StaffMeeting};

pub const DEMO_MATCHMAKING: &str = include_str!("../../../../demo/matchmaking.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    event: String,
    open: bool,
    request_days: i32,
    max_meetings: Option<i32>,
    #[serde(default)]
    theme: Vec<ThemeRow>,
    #[serde(default)]
    slot: Vec<SlotInput>,
    #[serde(default)]
    interpreter: Vec<InterpreterRow>,
    #[serde(default)]
    participant: Vec<ParticipantRow>,
    #[serde(default)]
    request: Vec<RequestRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeRow {
    name: Localized,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InterpreterRow {
    name: String,
    languages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParticipantRow {
    key: String,
    category: String,
    honorific: Option<String>,
    given_name: String,
    family_name: String,
    native_name: Option<String>,
    position: Option<String>,
    organisation: Option<String>,
    country: Option<String>,
    email: String,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    themes: Vec<String>,
    #[serde(default)]
    offers: String,
    #[serde(default)]
    needs: String,
    available: Option<Vec<usize>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestRow {
    from: String,
    to: String,
    #[serde(default)]
    with: Vec<String>,
    status: String,
    #[serde(default)]
    message: String,
    /// Only for meetings staff arrange: how much the secretariat wants it to happen.
    priority: Option<i32>,
    #[serde(default)]
    by_staff: bool,
    lock: Option<LockRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockRow {
    slot: usize,
    table: i32,
}

fn bad(field: &str, detail: &str) -> DomainError {
    DomainError::Invalid(vec![FieldError::with(field, "err-unknown", detail)])
}

/// Loads `text` (demo/matchmaking.toml's format) for `caller`, schedules it, and gives the run.
pub async fn load_matchmaking(
    store: &dyn MatchmakingStore,
    caller: &Caller,
    text: &str,
) -> DomainResult<super::store::Run> {
    let file: File = toml::from_str(text).map_err(|e| bad("matchmaking.toml", &e.to_string()))?;
    let slug = file.event.as_str();
    // The conference's registration: the categories matchmaking needs, no limit.
    let categories = ["head_of_delegation", "delegate", "partner"]
        .iter()
        .filter_map(|c| hansa_events::model::Category::parse(c))
        .map(|category| CategoryPlaces { category, capacity: None, needs_approval: false })
        .collect();
    let form = FormSettings { deadline: None, categories, questions: Vec::new() };
    hansa_events::service::set_form(store, caller, slug, &form).await?;
    let themes = file.theme.into_iter().map(|t| Theme { code: String::new(), name: t.name }).collect();
    let settings =
        Settings { open: file.open, request_days: file.request_days, max_meetings: file.max_meetings, themes };
    service::save_settings(store, caller, slug, settings).await?;
    for s in &file.slot {
        service::add_slot(store, caller, slug, s).await?;
    }
    for i in &file.interpreter {
        service::add_interpreter(store, caller, slug, &i.name, &i.languages.join(", ")).await?;
    }
    let slots = service::staff_board(store, caller, slug).await?.slots;
    let mut people: HashMap<String, (i64, String)> = HashMap::new();
    for p in file.participant {
        let input = RegistrationInput {
            category: p.category,
            honorific: p.honorific,
            given_name: p.given_name,
            family_name: p.family_name,
            native_name: p.native_name,
            position: p.position,
            organisation: p.organisation,
            country: p.country,
            email: p.email,
            lang: Some("en".into()),
            ..Default::default()
        };
        let reg = hansa_events::service::register(store, caller, slug, &input).await?;
        let available: Vec<i64> =
            p.available.iter().flatten().filter_map(|n| slots.get(n.wrapping_sub(1))).map(|s| s.id).collect();
        let profile = Profile {
            offers: p.offers,
            needs: p.needs,
            // The themes as listed, in order, are also their roundtable choices.
            ranking: p.themes.clone(),
            themes: p.themes,
            languages: p.languages,
            max_meetings: None,
            available: available.clone(),
        };
        service::save_profile(store, &reg.code, profile, available.is_empty()).await?;
        people.insert(p.key, (reg.id, reg.code));
    }
    let who = |key: &str| people.get(key).cloned().ok_or_else(|| bad("participant", key));
    for r in file.request {
        let (from, from_code) = who(&r.from)?;
        let (to, to_code) = who(&r.to)?;
        let companions = r.with.iter().map(|k| who(k).map(|p| p.0)).collect::<DomainResult<Vec<_>>>()?;
        if r.by_staff {
            let place = match r.lock {
                Some(l) => {
                    Some((slots.get(l.slot.wrapping_sub(1)).ok_or_else(|| bad("lock.slot", &r.from))?.id, l.table))
                }
                None => None,
            };
            let lock = place.is_some();
            let m = StaffMeeting { a: from, b: to, companions, priority: r.priority.unwrap_or(1), place, lock };
            staff::create_meeting(store, caller, slug, m).await?;
            continue;
        }
        let id = service::request(store, &from_code, RequestInput { to, message: r.message, companions }).await?;
        match r.status.as_str() {
            "accepted" => service::answer(store, &to_code, id, true).await?,
            "declined" => service::answer(store, &to_code, id, false).await?,
            "pending" => {}
            other => return Err(bad("status", other)),
        }
    }
    let run = super::schedule::run(store, caller, slug, &|_, _, _| {}).await?;
    // The five SCAP roundtables: two rounds, one table a theme, nobody at a theme twice.
    let setup = super::roundtables::RoundtableSetup::default();
    super::roundtables::assign(store, caller, slug, setup).await?;
    Ok(run)
}
