//! The outreach model and its rules; nothing here knows of HTTP or SQL.

pub mod board;
pub mod follow_up;
pub mod meeting;
pub mod pipeline;
pub mod reminder;
pub mod timeline;

pub use board::{ProspectCard, RegionRow};
pub use follow_up::{FollowUp, FollowUpDraft, FollowUpStatus, LeadsTo, StatusStep, days_after, sort_for_owner, today};
pub use meeting::{BilateralMeeting, MeetingDraft, Named, Side};
pub use pipeline::{Stage, Standing, check_move};
pub use reminder::OverdueOwner;
pub use timeline::{TimelineEntry, TimelineKind};
