//! The instance JSON exactly as written by a secretariat (or by [`crate::generator`]), before
//! any check. Unknown fields are refused so that a misspelt `max_meeting` is an error rather
//! than a silently ignored limit.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstanceInput {
    pub slots: Vec<SlotInput>,
    pub participants: Vec<ParticipantInput>,
    pub meetings: Vec<MeetingInput>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpreters: Vec<InterpreterInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotInput {
    pub id: String,
    /// RFC 3339 with an offset, e.g. `2026-05-12T09:00:00+09:00`.
    pub start: String,
    pub end: String,
    /// Signed so that `0` or `-1` is reported as such rather than as a type error.
    pub tables: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParticipantInput {
    pub id: String,
    /// Slot ids; absent means every slot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<Vec<String>>,
    /// Absent means no limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_meetings: Option<i64>,
    /// Only the fair objective pursues it; shortfalls are reported whenever one is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_meetings: Option<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

/// One side of a meeting: a participant id, or a delegation of several that meet together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SideInput {
    One(String),
    Delegation(Vec<String>),
}

impl SideInput {
    pub fn ids(&self) -> &[String] {
        match self {
            SideInput::One(id) => std::slice::from_ref(id),
            SideInput::Delegation(ids) => ids,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingInput {
    pub id: String,
    pub a: SideInput,
    pub b: SideInput,
    /// Positive; absent means 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<LockInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockInput {
    pub slot: String,
    pub table: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterpreterInput {
    pub id: String,
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<Vec<String>>,
}
