//! A follow-up: something the secretariat promised or hopes for after a meeting — an
//! invitation, a prize application, a membership — with an owner on the staff, a due date,
//! and where it stands. It moves once, from open to done or dropped; the day it moved is kept.

use hansa_core::code_enum;
use hansa_core::error::{DomainError, FieldError};
use hansa_core::validate::{self, Errors};

code_enum!(
    /// Open → done or dropped. A closed follow-up is not reopened: a new one is added, so the
    /// history says what was given up and when.
    FollowUpStatus {
        Open = "open",
        Done = "done",
        Dropped = "dropped",
    }
);

impl FollowUpStatus {
    pub fn can_move_to(self, next: FollowUpStatus) -> bool {
        use FollowUpStatus::*;
        matches!((self, next), (Open, Done) | (Open, Dropped))
    }
}

code_enum!(
    /// What a follow-up leads to, so the secretariat can count what outreach brings.
    LeadsTo {
        EventRegistration = "event_registration",
        PrizeApplication = "prize_application",
        Membership = "membership",
        RegionalOffice = "regional_office",
        Other = "other",
    }
);

/// A follow-up as a form or the demo file gives it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FollowUpDraft {
    pub title: String,
    /// The organisation it concerns, by slug.
    pub organisation: String,
    /// The meeting it came from, if any.
    #[serde(default)]
    pub meeting: Option<i64>,
    /// The account that owns it: staff or admin.
    pub owner: i64,
    /// YYYY-MM-DD.
    pub due_on: String,
    pub leads_to: LeadsTo,
    /// What exactly: an event's slug, a prize's year, a network.
    #[serde(default)]
    pub reference: Option<String>,
}

impl FollowUpDraft {
    /// Field-level checks, every problem at once. That the organisation, the meeting and the
    /// owner exist (and the owner is staff) the store checks in the write's transaction.
    pub fn validate(mut self) -> Result<FollowUpDraft, DomainError> {
        let mut e = Errors::default();
        self.title = self.title.trim().to_owned();
        if self.title.is_empty() {
            e.push(FieldError::new("title", "err-required"));
        }
        validate::check_len("title", &self.title, validate::MAX_NAME, &mut e);
        self.organisation = self.organisation.trim().to_owned();
        validate::check_slug("organisation", &self.organisation, &mut e);
        self.due_on = self.due_on.trim().to_owned();
        if self.due_on.is_empty() {
            e.push(FieldError::new("due_on", "err-required"));
        } else {
            validate::check_date("due_on", &self.due_on, &mut e);
        }
        self.reference = validate::non_empty(self.reference.as_deref());
        if let Some(r) = &self.reference {
            validate::check_len("reference", r, validate::MAX_NAME, &mut e);
        }
        e.finish(self)
    }
}

/// One dated step of a follow-up's life.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StatusStep {
    pub status: FollowUpStatus,
    pub on: String,
    pub actor: Option<String>,
}

/// A stored follow-up with the names people read.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FollowUp {
    pub id: i64,
    pub draft: FollowUpDraft,
    pub status: FollowUpStatus,
    /// The day it was done or dropped.
    pub closed_on: Option<String>,
    pub organisation_name: hansa_core::Localized,
    pub owner_name: String,
}

impl FollowUp {
    /// Open and due before `today` (both YYYY-MM-DD, so they compare as text).
    pub fn is_overdue(&self, today: &str) -> bool {
        self.status == FollowUpStatus::Open && self.draft.due_on.as_str() < today
    }
}

/// Today in UTC as YYYY-MM-DD: a follow-up due today is not overdue anywhere yet.
pub fn today() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%d").to_string()
}

/// `date` (YYYY-MM-DD) plus `days`, or `date` itself if it does not parse: a form's default.
pub fn days_after(date: &str, days: i64) -> String {
    date.parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| d.checked_add(jiff::Span::new().days(days)).ok())
        .map_or_else(|| date.to_owned(), |d| d.to_string())
}

/// Open ones first, the overdue at the top, then by due date: what to do next comes first.
pub fn sort_for_owner(list: &mut [FollowUp], today: &str) {
    list.sort_by(|a, b| {
        let key = |f: &FollowUp| (f.status != FollowUpStatus::Open, !f.is_overdue(today), f.draft.due_on.clone(), f.id);
        key(a).cmp(&key(b))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn follow_up(id: i64, due: &str, status: FollowUpStatus) -> FollowUp {
        FollowUp {
            id,
            draft: FollowUpDraft {
                title: "Invite".into(),
                organisation: "lublin".into(),
                meeting: None,
                owner: 1,
                due_on: due.into(),
                leads_to: LeadsTo::Other,
                reference: None,
            },
            status,
            closed_on: None,
            organisation_name: Default::default(),
            owner_name: String::new(),
        }
    }

    #[test]
    fn only_open_ones_close_once() {
        use FollowUpStatus::*;
        assert!(Open.can_move_to(Done) && Open.can_move_to(Dropped));
        for from in [Done, Dropped] {
            for to in FollowUpStatus::ALL {
                assert!(!from.can_move_to(*to), "{from:?} → {to:?}");
            }
        }
    }

    #[test]
    fn overdue_ones_come_first() {
        let mut list = vec![
            follow_up(1, "2024-05-01", FollowUpStatus::Open),
            follow_up(2, "2024-01-01", FollowUpStatus::Done),
            follow_up(3, "2024-03-01", FollowUpStatus::Open),
            follow_up(4, "2024-02-01", FollowUpStatus::Open),
        ];
        sort_for_owner(&mut list, "2024-04-01");
        assert_eq!(list.iter().map(|f| f.id).collect::<Vec<_>>(), [4, 3, 1, 2]);
        assert!(list[0].is_overdue("2024-04-01") && !list[2].is_overdue("2024-04-01"));
    }

    #[test]
    fn bad_input_is_named_field_by_field() {
        let bad = FollowUpDraft {
            title: " ".into(),
            organisation: "X".into(),
            due_on: "soon".into(),
            ..follow_up(1, "", FollowUpStatus::Open).draft
        };
        let Err(DomainError::Invalid(errors)) = bad.validate() else { panic!("refused") };
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["title", "organisation", "due_on"]);
    }
}
