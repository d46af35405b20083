//! A reminder of overdue follow-ups: one message a day at most to each staff member who owns
//! open follow-ups past their due date, listing them all, in their language when known.

use super::FollowUp;

/// A staff member with the open follow-ups they own that are past due, oldest due first.
#[derive(Debug, Clone, PartialEq)]
pub struct OverdueOwner {
    pub owner: i64,
    pub email: String,
    pub name: String,
    /// The interface language they last used on the staff start page, if any.
    pub lang: Option<String>,
    /// The day they were last reminded (YYYY-MM-DD).
    pub reminded_on: Option<String>,
    pub follow_ups: Vec<FollowUp>,
}

impl OverdueOwner {
    /// A reminder is due unless one was already queued on `today` (or, by a clock that ran
    /// ahead, later): re-running the reminders the same day sends nothing.
    pub fn due_on(&self, today: &str) -> bool {
        self.reminded_on.as_deref().is_none_or(|last| last < today)
    }
}
