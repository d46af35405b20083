//! People who act for members: names in their culture's order and native script, positions
//! held over time, focal-point duty. Contact details are personal data: staff only.

use serde::{Deserialize, Serialize};

use super::code_enum;
use hansa_core::error::FieldError;
use hansa_core::text::Localized;
use hansa_core::validate::{self, Errors, MAX_NAME};

code_enum!(
    /// Whether the family name is said first (Korean, Chinese, Japanese, Hungarian) or last.
    NameOrder {
        FamilyFirst = "family_first",
        GivenFirst = "given_first",
    }
);

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Person {
    pub id: i64,
    pub slug: String,
    pub given_name: String,
    pub family_name: String,
    pub name_order: NameOrder,
    pub native_name: Option<String>,
    pub honorific: Option<String>,
    /// Personal data: never shown to the public.
    #[serde(skip)]
    pub email: Option<String>,
    #[serde(skip)]
    pub phone: Option<String>,
    pub focal_point_for: Option<i64>,
}

impl Person {
    /// The romanised name in the person's own order, family name in capitals when it comes
    /// first, as the seed articles write it: `LIM Byung-jin`, `Alexander Lukin`.
    pub fn display_name(&self) -> String {
        match self.name_order {
            NameOrder::FamilyFirst => format!("{} {}", self.family_name.to_uppercase(), self.given_name),
            NameOrder::GivenFirst => format!("{} {}", self.given_name, self.family_name),
        }
        .trim()
        .to_owned()
    }
}

/// A title someone holds at an organisation for a period.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Position {
    pub organisation: String,
    pub title: Localized,
    #[serde(default)]
    pub since: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
}

/// A person as a form, the API or a bundle gives it. Unlike [`Person`], serialising one writes
/// the contact details: only the staff bundle export does that.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PersonInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    pub given_name: String,
    pub family_name: String,
    pub name_order: NameOrder,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focal_point_for: Option<String>,
    #[serde(default, alias = "position", skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
}

impl PersonInput {
    pub fn validate(&self) -> Result<PersonInput, hansa_core::DomainError> {
        let mut e = Errors::default();
        let given = self.given_name.trim().to_owned();
        let family = self.family_name.trim().to_owned();
        if given.is_empty() && family.is_empty() {
            e.push(FieldError::new("family_name", "err-required"));
        }
        validate::check_len("given_name", &given, MAX_NAME, &mut e);
        validate::check_len("family_name", &family, MAX_NAME, &mut e);
        let slug = validate::non_empty(self.slug.as_deref())
            .unwrap_or_else(|| validate::slugify(&format!("{family} {given}")));
        validate::check_slug("slug", &slug, &mut e);
        let email = validate::non_empty(self.email.as_deref());
        if email.as_deref().is_some_and(|m| !validate::is_email(m)) {
            e.push(FieldError::new("email", "err-email"));
        }
        let phone = validate::non_empty(self.phone.as_deref());
        if let Some(p) = &phone {
            let ok = p.len() <= 40 && p.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c));
            if !ok {
                e.push(FieldError::new("phone", "err-phone"));
            }
        }
        let mut positions = Vec::new();
        for (i, p) in self.positions.iter().enumerate() {
            let title = p.title.clean(&format!("positions[{i}].title"), MAX_NAME, true, &mut e);
            validate::check_period(p.since.as_deref(), p.until.as_deref(), &mut e);
            positions.push(Position { title, ..p.clone() });
        }
        e.finish(PersonInput {
            slug: Some(slug),
            given_name: given,
            family_name: family,
            native_name: validate::non_empty(self.native_name.as_deref()),
            honorific: validate::non_empty(self.honorific.as_deref()),
            email,
            phone,
            focal_point_for: validate::non_empty(self.focal_point_for.as_deref()),
            positions,
            name_order: self.name_order,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_culture() {
        let mut p = Person {
            id: 1,
            slug: "lim-byung-jin".into(),
            given_name: "Byung-jin".into(),
            family_name: "Lim".into(),
            name_order: NameOrder::FamilyFirst,
            native_name: Some("임병진".into()),
            honorific: None,
            email: None,
            phone: None,
            focal_point_for: None,
        };
        assert_eq!(p.display_name(), "LIM Byung-jin");
        p.name_order = NameOrder::GivenFirst;
        assert_eq!(p.display_name(), "Byung-jin Lim");
        let json = serde_json::to_string(&Person { email: Some("a@example.org".into()), ..p }).unwrap();
        assert!(!json.contains("example.org"), "contact details never serialise");
    }
}
