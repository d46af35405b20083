//! Registration: categories with a capacity checked when the registration commits, a waiting
//! list promoted first come first served, statuses with a dated history, and the protocol
//! fields a secretariat needs (passport name, visa letter, dietary and access needs).

use std::collections::BTreeMap;

use hansa_core::FieldError;
use hansa_core::code_enum;
use hansa_core::validate::{self, Errors};

code_enum!(
    /// Who someone comes as; each category has its own places.
    Category {
        HeadOfDelegation = "head_of_delegation",
        Delegate = "delegate",
        Speaker = "speaker",
        Partner = "partner",
        Press = "press",
        Observer = "observer",
        Staff = "staff",
    }
);

code_enum!(
    /// Pending → approved / rejected; waitlisted → pending when a place frees; any live
    /// registration may be cancelled; an approved one becomes attended at check-in.
    RegStatus {
        Pending = "pending",
        Approved = "approved",
        Rejected = "rejected",
        Waitlisted = "waitlisted",
        Cancelled = "cancelled",
        Attended = "attended",
    }
);

impl RegStatus {
    /// Whether the registration holds one of its category's places.
    pub fn holds_place(self) -> bool {
        matches!(self, RegStatus::Pending | RegStatus::Approved | RegStatus::Attended)
    }

    pub fn can_move_to(self, next: RegStatus) -> bool {
        use RegStatus::*;
        matches!(
            (self, next),
            (Pending, Approved | Rejected | Cancelled)
                | (Waitlisted, Pending | Approved | Cancelled)
                | (Approved, Cancelled | Attended)
                | (Attended, Approved)
        )
    }
}

/// A category's places at one event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct CategoryPlaces {
    pub category: Category,
    /// `None`: no limit.
    pub capacity: Option<i32>,
    /// Registrations wait for staff approval (otherwise a free place approves at once).
    #[serde(default)]
    pub needs_approval: bool,
}

/// What a person (or a focal point for them) fills in.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct RegistrationInput {
    pub category: String,
    pub honorific: Option<String>,
    pub given_name: String,
    pub family_name: String,
    /// The name in its own script (임병진).
    pub native_name: Option<String>,
    pub position: Option<String>,
    /// The directory organisation they represent, by slug.
    pub organisation: Option<String>,
    /// The organisation as written, when it is not in the directory (a newspaper, a university).
    pub organisation_name: Option<String>,
    pub country: Option<String>,
    /// Personal data: staff and the person only.
    pub email: String,
    pub passport_name: Option<String>,
    #[serde(default)]
    pub visa_letter: bool,
    pub dietary: Option<String>,
    pub accessibility: Option<String>,
    pub interpretation_language: Option<String>,
    /// Answers to the event's own questions, by question code.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// The language they registered in (the page's): their messages are written in it.
    #[serde(default)]
    pub lang: Option<String>,
}

impl RegistrationInput {
    /// `Ms. KIM Min-ji`: honorific, family name in capitals (as on a badge), given name.
    pub fn display_name(&self) -> String {
        let family = self.family_name.to_uppercase();
        [self.honorific.as_deref().unwrap_or(""), family.as_str(), self.given_name.as_str()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A registration's fields as a spreadsheet names its columns: the staff export writes them,
/// the delegate import reads them.
pub const COLUMNS: [&str; 15] = [
    "category",
    "honorific",
    "given_name",
    "family_name",
    "native_name",
    "position",
    "organisation",
    "organisation_name",
    "country",
    "email",
    "interpretation_language",
    "dietary",
    "accessibility",
    "visa_letter",
    "passport_name",
];

/// A checked registration, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistrationDraft {
    pub category: Category,
    pub input: RegistrationInput,
}

fn opt(field: &str, v: &Option<String>, max: usize, e: &mut Errors) -> Option<String> {
    let v = validate::non_empty(v.as_deref());
    if let Some(text) = &v {
        validate::check_len(field, text, max, e);
    }
    v
}

impl RegistrationInput {
    /// Field-level checks against the event's categories.
    pub fn validate(
        &self,
        places: &[CategoryPlaces],
        questions: &[super::Question],
    ) -> Result<RegistrationDraft, hansa_core::DomainError> {
        let mut e = Errors::default();
        let category = Category::parse(self.category.trim());
        match category {
            None => e.push(FieldError::with("category", "err-choice", &self.category)),
            Some(c) if !places.iter().any(|p| p.category == c) => {
                e.push(FieldError::with("category", "err-category-not-offered", &self.category))
            }
            Some(_) => {}
        }
        let mut input = self.clone();
        input.given_name = self.given_name.trim().to_owned();
        input.family_name = self.family_name.trim().to_owned();
        if input.family_name.is_empty() && input.given_name.is_empty() {
            e.push(FieldError::new("family_name", "err-required"));
        }
        validate::check_len("given_name", &input.given_name, validate::MAX_NAME, &mut e);
        validate::check_len("family_name", &input.family_name, validate::MAX_NAME, &mut e);
        input.email = self.email.trim().to_lowercase();
        if input.email.is_empty() {
            e.push(FieldError::new("email", "err-required"));
        } else if !validate::is_email(&input.email) {
            e.push(FieldError::new("email", "err-email"));
        }
        input.honorific = opt("honorific", &self.honorific, 40, &mut e);
        input.native_name = opt("native_name", &self.native_name, validate::MAX_NAME, &mut e);
        input.position = opt("position", &self.position, 300, &mut e);
        input.organisation = opt("organisation", &self.organisation, 64, &mut e);
        input.organisation_name = opt("organisation_name", &self.organisation_name, 300, &mut e);
        input.passport_name = opt("passport_name", &self.passport_name, 200, &mut e);
        input.dietary = opt("dietary", &self.dietary, 500, &mut e);
        input.accessibility = opt("accessibility", &self.accessibility, 500, &mut e);
        input.country = opt("country", &self.country, 2, &mut e).map(|c| c.to_ascii_uppercase());
        if let Some(c) = &input.country
            && hansa_core::country::country(c).is_none()
        {
            e.push(FieldError::with("country", "err-country", c));
        }
        input.interpretation_language = opt("interpretation_language", &self.interpretation_language, 12, &mut e);
        if let Some(l) = &input.interpretation_language
            && !hansa_core::text::is_language_tag(l)
        {
            e.push(FieldError::with("interpretation_language", "err-language", l));
        }
        if input.visa_letter && input.passport_name.is_none() {
            e.push(FieldError::new("passport_name", "err-passport-name-for-visa"));
        }
        input.answers = super::check_answers(questions, &self.answers, &mut e);
        input.lang = self.lang.as_deref().filter(|l| hansa_core::text::is_language_tag(l)).map(str::to_owned);
        let draft = category.map(|category| RegistrationDraft { category, input });
        e.finish(())?;
        draft.ok_or(hansa_core::DomainError::Invalid(vec![FieldError::new("category", "err-choice")]))
    }
}

/// A stored registration.
#[derive(Debug, Clone, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Registration {
    pub id: i64,
    pub event_id: i64,
    /// The code on the badge and in the QR code: random, never an id.
    pub code: String,
    pub category: Category,
    pub status: RegStatus,
    /// 1-based place on the waiting list of its category, while waitlisted.
    pub waitlist_position: Option<i64>,
    #[serde(flatten)]
    pub input: RegistrationInput,
    pub created_at: i64,
    /// The visa invitation letter, when one was asked for: `None` until staff review it.
    pub visa_letter_status: Option<VisaLetter>,
}

code_enum!(
    /// The secretariat's review of a visa invitation letter.
    VisaLetter {
        Issued = "issued",
        Refused = "refused",
    }
);

/// The status a new registration gets: a place if one is free, else the waiting list.
pub fn admission(places: &CategoryPlaces, held: i64) -> RegStatus {
    match places.capacity {
        Some(cap) if held >= i64::from(cap) => RegStatus::Waitlisted,
        _ if places.needs_approval => RegStatus::Pending,
        _ => RegStatus::Approved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(capacity: Option<i32>, needs_approval: bool) -> CategoryPlaces {
        CategoryPlaces { category: Category::Delegate, capacity, needs_approval }
    }

    #[test]
    fn admission_follows_the_places_left() {
        assert_eq!(admission(&places(Some(2), false), 1), RegStatus::Approved);
        assert_eq!(admission(&places(Some(2), true), 1), RegStatus::Pending);
        assert_eq!(admission(&places(Some(2), true), 2), RegStatus::Waitlisted);
        assert_eq!(admission(&places(None, false), 10_000), RegStatus::Approved);
    }

    #[test]
    fn the_lifecycle() {
        assert!(RegStatus::Waitlisted.can_move_to(RegStatus::Pending));
        assert!(!RegStatus::Cancelled.can_move_to(RegStatus::Approved));
        assert!(!RegStatus::Rejected.can_move_to(RegStatus::Approved));
        assert!(RegStatus::Approved.can_move_to(RegStatus::Attended));
    }

    #[test]
    fn a_category_the_event_does_not_have_is_refused() {
        let input = RegistrationInput {
            category: "press".into(),
            family_name: "Kim".into(),
            email: "kim@example.org".into(),
            ..Default::default()
        };
        let err = input.validate(&[places(Some(5), false)], &[]).unwrap_err();
        let hansa_core::DomainError::Invalid(v) = err else { panic!() };
        assert_eq!(v[0].code, "err-category-not-offered");
    }

    #[test]
    fn a_visa_letter_needs_the_passport_name() {
        let input = RegistrationInput {
            category: "delegate".into(),
            family_name: "Kim".into(),
            email: "Kim@Example.org ".into(),
            visa_letter: true,
            ..Default::default()
        };
        let hansa_core::DomainError::Invalid(v) = input.validate(&[places(None, false)], &[]).unwrap_err() else {
            panic!()
        };
        assert_eq!(v[0].field, "passport_name");
    }
}
