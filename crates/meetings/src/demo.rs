//! The demo's outreach log (`demo/outreach.toml`): meetings from the seed articles, each with
//! the follow-ups it led to, and the prospects staff moved on from "contacted" on the pipeline
//! board, recorded through the services as staff would.

use hansa_core::Caller;
use hansa_core::error::{DomainError, DomainResult, FieldError};

use crate::model::{FollowUpDraft, LeadsTo, MeetingDraft, Stage};
use crate::service;
use crate::store::MeetingsStore;

/// The demo outreach log, embedded so `hansa demo` works from any directory.
pub const DEMO_OUTREACH: &str = include_str!("../../../demo/outreach.toml");

/// A follow-up as the file writes it: its owner by e-mail, its meeting implied.
#[derive(Debug, serde::Deserialize)]
struct FollowUpEntry {
    title: String,
    organisation: String,
    owner: String,
    due_on: String,
    leads_to: LeadsTo,
    #[serde(default)]
    reference: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
struct MeetingEntry {
    #[serde(flatten)]
    draft: MeetingDraft,
    #[serde(default)]
    follow_up: Vec<FollowUpEntry>,
}

/// A prospect's stage on a network's pipeline board, as staff set it.
#[derive(Debug, serde::Deserialize)]
struct ProspectEntry {
    network: String,
    organisation: String,
    stage: Stage,
}

#[derive(Debug, serde::Deserialize)]
struct OutreachFile {
    #[serde(default)]
    meeting: Vec<MeetingEntry>,
    #[serde(default)]
    prospect: Vec<ProspectEntry>,
}

/// Records every meeting of the file with its follow-ups; the first refusal stops the load,
/// named by the meeting's position. Returns `(meetings, follow-ups)` written.
pub async fn load_outreach(store: &dyn MeetingsStore, caller: &Caller, text: &str) -> DomainResult<(usize, usize)> {
    let file: OutreachFile = toml::from_str(text)
        .map_err(|err| DomainError::Invalid(vec![FieldError::with("file", "err-outreach-file", err.message())]))?;
    let prefix = |i: usize, err: DomainError| match err {
        DomainError::Invalid(list) => DomainError::Invalid(
            list.into_iter().map(|f| FieldError { field: format!("meeting.{i}.{}", f.field), ..f }).collect(),
        ),
        other => other,
    };
    let mut follow_ups = 0;
    for (i, entry) in file.meeting.iter().enumerate() {
        let id = service::record_meeting(store, caller, entry.draft.clone()).await.map_err(|e| prefix(i, e))?;
        for f in &entry.follow_up {
            let owner = store.user_by_email(&f.owner).await?.map(|u| u.id).ok_or_else(|| {
                DomainError::Invalid(vec![FieldError::with(format!("meeting.{i}.owner"), "err-unknown", &f.owner)])
            })?;
            let draft = FollowUpDraft {
                title: f.title.clone(),
                organisation: f.organisation.clone(),
                meeting: Some(id),
                owner,
                due_on: f.due_on.clone(),
                leads_to: f.leads_to,
                reference: f.reference.clone(),
            };
            service::add_follow_up(store, caller, draft).await.map_err(|e| prefix(i, e))?;
            follow_ups += 1;
        }
    }
    for (i, p) in file.prospect.iter().enumerate() {
        // Moved from wherever the board shows it now (a directory prospect: "contacted").
        let board = service::board(store, caller, Some(&p.network)).await?;
        let from = board.cards.iter().find(|c| c.organisation == p.organisation).map(|c| c.stage());
        if from != Some(p.stage) {
            service::move_prospect(store, caller, &p.network, &p.organisation, from, p.stage).await.map_err(
                |e| match e {
                    DomainError::Invalid(list) => DomainError::Invalid(
                        list.into_iter()
                            .map(|f| FieldError { field: format!("prospect.{i}.{}", f.field), ..f })
                            .collect(),
                    ),
                    other => other,
                },
            )?;
        }
    }
    Ok((file.meeting.len(), follow_ups))
}
