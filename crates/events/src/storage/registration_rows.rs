//! A registration as the database gives it, with its place on the waiting list counted.

use crate::model::*;

pub(crate) const REG_COLUMNS: &str = "r.id, r.event_id, r.code, r.category, r.status, r.honorific, r.given_name, r.family_name, \
     r.native_name, r.position, o.slug AS organisation, r.organisation_name, r.country, r.email, r.passport_name, r.visa_letter, r.dietary, \
     r.accessibility, r.interpretation_language, r.answers_json, r.lang, r.created_at, r.visa_letter_status, \
     CASE WHEN r.status = 'waitlisted' THEN (SELECT COUNT(*) FROM registrations w WHERE w.event_id = r.event_id \
       AND w.category = r.category AND w.status = 'waitlisted' AND w.id <= r.id) END AS waitlist_position";

#[derive(sqlx::FromRow)]
pub(crate) struct RegRow {
    id: i64,
    event_id: i64,
    code: String,
    category: String,
    status: String,
    honorific: Option<String>,
    given_name: String,
    family_name: String,
    native_name: Option<String>,
    position: Option<String>,
    organisation: Option<String>,
    organisation_name: Option<String>,
    country: Option<String>,
    email: String,
    passport_name: Option<String>,
    visa_letter: bool,
    dietary: Option<String>,
    accessibility: Option<String>,
    interpretation_language: Option<String>,
    answers_json: String,
    lang: Option<String>,
    created_at: i64,
    visa_letter_status: Option<String>,
    waitlist_position: Option<i64>,
}

impl From<RegRow> for Registration {
    fn from(r: RegRow) -> Registration {
        let category = Category::parse(&r.category).unwrap_or(Category::Delegate);
        Registration {
            id: r.id,
            event_id: r.event_id,
            code: r.code,
            category,
            status: RegStatus::parse(&r.status).unwrap_or(RegStatus::Pending),
            waitlist_position: r.waitlist_position,
            input: RegistrationInput {
                category: category.code().to_owned(),
                honorific: r.honorific,
                given_name: r.given_name,
                family_name: r.family_name,
                native_name: r.native_name,
                position: r.position,
                organisation: r.organisation,
                organisation_name: r.organisation_name,
                country: r.country,
                email: r.email,
                passport_name: r.passport_name,
                visa_letter: r.visa_letter,
                dietary: r.dietary,
                accessibility: r.accessibility,
                interpretation_language: r.interpretation_language,
                answers: serde_json::from_str(&r.answers_json).unwrap_or_default(),
                lang: r.lang,
            },
            created_at: r.created_at,
            visa_letter_status: r.visa_letter_status.as_deref().and_then(VisaLetter::parse),
        }
    }
}
