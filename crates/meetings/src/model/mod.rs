//! The outreach model and its rules; nothing here knows of HTTP or SQL.

pub mod follow_up;
pub mod meeting;
pub mod timeline;

pub use follow_up::{FollowUp, FollowUpDraft, FollowUpStatus, LeadsTo, StatusStep, days_after, sort_for_owner, today};
pub use meeting::{BilateralMeeting, MeetingDraft, Named, Side};
pub use timeline::{TimelineEntry, TimelineKind};
