//! An organisation's timeline for staff: its outreach meetings, the follow-ups it is owed,
//! and the steps of its memberships from the directory, by date, newest first.

/// What happened on a day.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub enum TimelineKind {
    /// A meeting (its id) and the topics talked about.
    Meeting { id: i64, topics: Vec<String> },
    /// A follow-up (its id), its title and where it stands; dated by its due day, or the day
    /// it was closed.
    FollowUp { id: i64, title: String, status: crate::model::FollowUpStatus },
    /// A membership's step: the network's slug and the status it took.
    Membership { network: String, status: String },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TimelineEntry {
    /// YYYY-MM-DD (or a shorter ISO prefix when a membership's start is known only by year).
    pub date: String,
    pub kind: TimelineKind,
}

/// Newest first; on one day, meetings before what followed from them.
pub fn order(entries: &mut [TimelineEntry]) {
    let rank = |k: &TimelineKind| match k {
        TimelineKind::Meeting { .. } => 0,
        TimelineKind::FollowUp { .. } => 1,
        TimelineKind::Membership { .. } => 2,
    };
    entries.sort_by(|a, b| b.date.cmp(&a.date).then(rank(&a.kind).cmp(&rank(&b.kind))));
}
