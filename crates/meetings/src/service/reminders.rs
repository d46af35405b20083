//! Overdue follow-ups: a staff member's own on their start page, and a daily reminder through
//! the outbox — one message per owner listing all their overdue follow-ups, at most once a
//! day, in the language they last used on the staff pages (English when none is known).
//!
//! [`remind_overdue`] is what a scheduler calls: `hansa remind` from cron, or the loop
//! `hansa serve` runs beside the outbox's runner. Calling it more often than daily is safe —
//! the database keeps the day each owner was reminded — so any number of app servers may.

use hansa_core::caller::{Caller, Permission};
use hansa_core::error::{DomainError, DomainResult};
use hansa_core::outbox::Message;
use hansa_web::i18n::Tr;

use crate::model::{FollowUp, OverdueOwner, today};
use crate::store::MeetingsStore;

/// The outbox's kind for a reminder (catalogue-free, for the staff's message list).
pub const REMINDER_KIND: &str = "follow-ups-overdue";

/// What one run of the reminders did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RemindersRun {
    /// Messages queued: one per owner reminded.
    pub queued: usize,
    /// Owners with overdue follow-ups who were reminded on this day already.
    pub already_reminded: usize,
}

/// The signed-in staff member's open follow-ups that are past due, oldest due first. Their
/// interface language `lang` is remembered for their reminders: the start page calls this,
/// and it is the page a staff member opens most.
pub async fn my_overdue_follow_ups(
    store: &dyn MeetingsStore,
    caller: &Caller,
    lang: &str,
) -> DomainResult<Vec<FollowUp>> {
    caller.require(Permission::EditOutreach)?;
    let me = caller.account.ok_or(DomainError::Unauthorized)?;
    store.remember_language(me, lang).await?;
    let today = today();
    let mut open = super::open_follow_ups_of(store, caller, me).await?;
    open.retain(|f| f.is_overdue(&today));
    Ok(open)
}

/// Queues one reminder per staff member with follow-ups due before `today` (YYYY-MM-DD),
/// unless they were reminded on `today` already. `site` is the public address the message
/// links to (`https://hansa.example.org`; empty: the path alone). Nothing is queued when
/// nothing is overdue.
pub async fn remind_overdue(
    store: &dyn MeetingsStore,
    caller: &Caller,
    today: &str,
    site: &str,
) -> DomainResult<RemindersRun> {
    caller.require(Permission::EditOutreach)?;
    let mut run = RemindersRun::default();
    for owner in store.overdue_owners(today).await? {
        // Read before composing, to skip the work; the store decides for real as it writes.
        if owner.due_on(today) && store.queue_reminder(owner.owner, today, &reminder(&owner, site)).await? {
            run.queued += 1;
        } else {
            run.already_reminded += 1;
        }
    }
    Ok(run)
}

/// The message to `owner`, in their language: a line per overdue follow-up and a link to the
/// outreach log, where they are listed first.
pub fn reminder(owner: &OverdueOwner, site: &str) -> Message {
    let tr = Tr::for_code(owner.lang.as_deref());
    let lines: Vec<String> = owner
        .follow_ups
        .iter()
        .map(|f| {
            let organisation = f.organisation_name.resolve(tr.lang, None).text.to_owned();
            let vars =
                [("due", f.draft.due_on.clone()), ("title", f.draft.title.clone()), ("organisation", organisation)];
            format!("- {}", tr.tn("mail-follow-ups-overdue-line", &vars))
        })
        .collect();
    let vars = [
        ("name", owner.name.clone()),
        ("count", owner.follow_ups.len().to_string()),
        ("list", lines.join("\n")),
        ("link", format!("{}/staff/outreach", site.trim_end_matches('/'))),
    ];
    Message {
        kind: REMINDER_KIND.to_owned(),
        to_address: owner.email.clone(),
        to_name: Some(owner.name.clone()),
        subject: tr.tn("mail-follow-ups-overdue-subject", &vars),
        body_text: tr.tn("mail-follow-ups-overdue-body", &vars),
        lang: tr.lang.to_owned(),
        entity: format!("user:{}", owner.owner),
    }
}
