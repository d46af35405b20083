//! An organisation's whole story with the secretariat, for staff: its meetings, its
//! follow-ups and its memberships' steps, by date.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult};
use hansa_directory::model::Organisation;

use crate::model::timeline::order;
use crate::model::{BilateralMeeting, FollowUp, FollowUpStatus, TimelineEntry, TimelineKind};
use crate::store::{FollowUpFilter, MeetingFilter, MeetingsStore};

/// The timeline with the records it names, for the page to show them.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub organisation: Organisation,
    pub entries: Vec<TimelineEntry>,
    pub meetings: Vec<BilateralMeeting>,
    pub follow_ups: Vec<FollowUp>,
    /// Network slug → its name, for the membership steps.
    pub networks: Vec<(String, hansa_core::Localized)>,
}

pub async fn timeline(store: &dyn MeetingsStore, caller: &Caller, slug: &str) -> DomainResult<Timeline> {
    caller.require(Permission::EditOutreach)?;
    let organisation = store.organisation(slug).await?.ok_or(DomainError::NotFound)?;
    let meetings = store.meetings(&MeetingFilter { organisation: Some(slug.to_owned()), ..Default::default() }).await?;
    let follow_ups =
        store.follow_ups(&FollowUpFilter { organisation: Some(slug.to_owned()), ..Default::default() }).await?;
    let memberships = store.memberships_of_organisation(organisation.id).await?;
    let ids: Vec<i64> = memberships.iter().map(|m| m.id).collect();
    let histories = store.membership_histories(&ids).await?;
    let networks: Vec<(i64, String, hansa_core::Localized)> =
        store.networks().await?.into_iter().map(|n| (n.id, n.slug, n.name)).collect();
    let network_of = |id: i64| networks.iter().find(|n| n.0 == id).map(|n| n.1.clone()).unwrap_or_default();

    let mut entries = Vec::new();
    for m in &meetings {
        entries.push(TimelineEntry {
            date: m.draft.met_on.clone(),
            kind: TimelineKind::Meeting { id: m.id, topics: m.draft.topics.clone() },
        });
    }
    for f in &follow_ups {
        // A closed follow-up sits on the day it closed; an open one on the day it is due.
        let date = if f.status == FollowUpStatus::Open {
            f.draft.due_on.clone()
        } else {
            f.closed_on.clone().unwrap_or_default()
        };
        entries.push(TimelineEntry {
            date,
            kind: TimelineKind::FollowUp { id: f.id, title: f.draft.title.clone(), status: f.status },
        });
    }
    for m in &memberships {
        let steps: Vec<_> = histories.iter().filter(|(id, _)| *id == m.id).map(|(_, s)| s).collect();
        if steps.is_empty() {
            // No recorded steps: the membership's start (if known) stands for its status.
            if let Some(since) = &m.since {
                entries.push(TimelineEntry {
                    date: since.clone(),
                    kind: TimelineKind::Membership {
                        network: network_of(m.network_id),
                        status: m.status.code().into(),
                    },
                });
            }
        }
        for s in steps {
            entries.push(TimelineEntry {
                date: s.date.clone(),
                kind: TimelineKind::Membership { network: network_of(m.network_id), status: s.status.code().into() },
            });
        }
    }
    order(&mut entries);
    let networks = networks.into_iter().map(|(_, slug, name)| (slug, name)).collect();
    Ok(Timeline { organisation, entries, meetings, follow_ups, networks })
}
