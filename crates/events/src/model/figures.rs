//! Attendance figures, computed from what happened — never typed: who came (checked in, or
//! marked attended), from how many organisations and countries, by category, country and day.
//! "More than 200 delegates from 38 local governments and organisations of 5 countries" is
//! this module's sentence, not a secretariat's guess.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::{Category, RegStatus, Registration};

/// A counted check-in: whose, and which day.
#[derive(Debug, Clone, PartialEq)]
pub struct Attendance {
    pub registration_id: i64,
    pub day: String,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Figures {
    /// People who came.
    pub delegates: usize,
    /// Distinct organisations they came from (directory organisations, or the name written).
    pub organisations: usize,
    /// Distinct countries (ISO 3166-1 alpha-2), of those who gave one.
    pub countries: usize,
    pub by_category: Vec<(Category, usize)>,
    /// Largest first, then by code.
    pub by_country: Vec<(String, usize)>,
    /// People checked in per day, in order.
    pub by_day: Vec<(String, usize)>,
    /// Registrations that held a place (approved or attended): the figures' denominator.
    pub registered: usize,
}

/// The organisation a registration stands for, so "Gyeongju" typed twice counts once.
fn organisation_key(r: &Registration) -> Option<String> {
    match (&r.input.organisation, &r.input.organisation_name) {
        (Some(slug), _) => Some(format!("dir:{slug}")),
        (None, Some(name)) => {
            let folded: String = name.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
            (!folded.is_empty()).then(|| format!("name:{folded}"))
        }
        (None, None) => None,
    }
}

pub fn figures(registrations: &[Registration], attendance: &[Attendance]) -> Figures {
    let checked: HashSet<i64> = attendance.iter().map(|a| a.registration_id).collect();
    let came: Vec<&Registration> = registrations
        .iter()
        .filter(|r| r.status == RegStatus::Attended || (checked.contains(&r.id) && r.status == RegStatus::Approved))
        .collect();
    let organisations: HashSet<String> = came.iter().filter_map(|r| organisation_key(r)).collect();
    let mut by_country: HashMap<&str, usize> = HashMap::new();
    for r in &came {
        if let Some(c) = &r.input.country {
            *by_country.entry(c.as_str()).or_default() += 1;
        }
    }
    let mut by_country: Vec<(String, usize)> = by_country.into_iter().map(|(c, n)| (c.to_owned(), n)).collect();
    by_country.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let by_category = Category::ALL
        .iter()
        .map(|c| (*c, came.iter().filter(|r| r.category == *c).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut days: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
    for a in attendance {
        days.entry(a.day.as_str()).or_default().insert(a.registration_id);
    }
    Figures {
        delegates: came.len(),
        organisations: organisations.len(),
        countries: by_country.len(),
        by_category,
        by_country,
        by_day: days.into_iter().map(|(d, people)| (d.to_owned(), people.len())).collect(),
        registered: registrations
            .iter()
            .filter(|r| matches!(r.status, RegStatus::Approved | RegStatus::Attended))
            .count(),
    }
}

/// "More than 200" as the secretariat writes it: the round number below, from 20 up.
pub fn more_than(n: usize) -> Option<usize> {
    let step = match n {
        0..=20 => return None,
        21..=100 => 10,
        101..=1000 => 50,
        _ => 100,
    };
    let below = (n - 1) / step * step;
    Some(below)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RegistrationInput;

    fn reg(id: i64, status: RegStatus, org: (&str, &str), country: &str) -> Registration {
        Registration {
            id,
            event_id: 1,
            code: format!("C{id}"),
            category: if id % 5 == 0 { Category::HeadOfDelegation } else { Category::Delegate },
            status,
            waitlist_position: None,
            input: RegistrationInput {
                organisation: (!org.0.is_empty()).then(|| org.0.to_owned()),
                organisation_name: (!org.1.is_empty()).then(|| org.1.to_owned()),
                country: Some(country.to_owned()),
                ..Default::default()
            },
            created_at: 0,
            visa_letter_status: None,
        }
    }

    #[test]
    fn who_came_from_where() {
        let regs = vec![
            reg(1, RegStatus::Attended, ("gyeongju", ""), "KR"),
            reg(2, RegStatus::Attended, ("gyeongju", ""), "KR"),
            reg(3, RegStatus::Approved, ("", "Tottori  Prefecture"), "JP"),
            reg(4, RegStatus::Approved, ("", "tottori prefecture"), "JP"),
            reg(5, RegStatus::Approved, ("", "Khovd Province"), "MN"), // never checked in
            reg(6, RegStatus::Cancelled, ("", "Primorsky Krai"), "RU"),
        ];
        let att = vec![
            Attendance { registration_id: 3, day: "2023-12-07".into() },
            Attendance { registration_id: 4, day: "2023-12-07".into() },
            Attendance { registration_id: 4, day: "2023-12-08".into() },
            Attendance { registration_id: 6, day: "2023-12-07".into() }, // cancelled since
        ];
        let f = figures(&regs, &att);
        assert_eq!((f.delegates, f.organisations, f.countries), (4, 2, 2));
        assert_eq!(f.by_country, [("JP".to_owned(), 2), ("KR".to_owned(), 2)]);
        assert_eq!(f.by_day, [("2023-12-07".to_owned(), 3), ("2023-12-08".to_owned(), 1)]);
        assert_eq!(f.registered, 5);
    }

    #[test]
    fn more_than_rounds_down() {
        assert_eq!(more_than(212), Some(200));
        assert_eq!(more_than(200), Some(150));
        assert_eq!(more_than(38), Some(30));
        assert_eq!(more_than(12), None);
    }
}
