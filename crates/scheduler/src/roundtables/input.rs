//! Roundtable instance JSON and its checks; errors name the item at fault.

use std::collections::HashMap;

use serde::Deserialize;

use crate::error::InputError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    rounds: i64,
    themes: Vec<RawTheme>,
    participants: Vec<RawParticipant>,
    #[serde(default)]
    options: RoundtableOptions,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    id: String,
    tables: i64,
    capacity: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParticipant {
    id: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    ranking: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundtableOptions {
    #[serde(default)]
    pub no_repeat: bool,
    #[serde(default)]
    pub mix_countries: bool,
}

#[derive(Debug, Clone)]
pub struct RoundtableInstance {
    pub rounds: u32,
    pub theme_ids: Vec<String>,
    pub tables: Vec<u32>,
    pub capacity: Vec<u32>,
    pub participant_ids: Vec<String>,
    /// Index into `country_names`; participants without a country each count as their own.
    pub country: Vec<usize>,
    pub country_names: Vec<String>,
    /// `satisfaction[p][t]`: `#themes − rank + 1`, or 0 when unranked.
    pub satisfaction: Vec<Vec<u64>>,
    pub options: RoundtableOptions,
}

fn positive(owner: &str, field: &str, value: i64) -> Result<u32, InputError> {
    u32::try_from(value)
        .ok()
        .filter(|&v| v > 0)
        .ok_or_else(|| InputError::invalid(format!("{owner}: {field} must be a positive integer, got {value}")))
}

pub fn parse_roundtables(json: &str) -> Result<RoundtableInstance, InputError> {
    let raw: Raw = serde_json::from_str(json)?;
    let rounds = positive("roundtables", "rounds", raw.rounds)?;
    let mut theme_index = HashMap::new();
    let (mut tables, mut capacity) = (Vec::new(), Vec::new());
    for (index, theme) in raw.themes.iter().enumerate() {
        let owner = format!("theme {}", theme.id);
        if theme.id.is_empty() || theme_index.insert(theme.id.as_str(), index).is_some() {
            return Err(InputError::invalid(format!("{owner}: duplicate or empty id")));
        }
        tables.push(positive(&owner, "tables", theme.tables)?);
        capacity.push(positive(&owner, "capacity", theme.capacity)?);
    }
    let theme_count = raw.themes.len() as u64;
    let mut seen = HashMap::new();
    let mut countries: HashMap<String, usize> = HashMap::new();
    let mut country_names = Vec::new();
    let (mut country, mut satisfaction) = (Vec::new(), Vec::new());
    for (index, person) in raw.participants.iter().enumerate() {
        let owner = format!("participant {}", person.id);
        if person.id.is_empty() || seen.insert(person.id.as_str(), index).is_some() {
            return Err(InputError::invalid(format!("{owner}: duplicate or empty id")));
        }
        // Without a country a participant cannot crowd anyone: give them a country of one.
        let key = if person.country.is_empty() { format!("\u{0}{}", person.id) } else { person.country.clone() };
        let next = countries.len();
        let id = *countries.entry(key.clone()).or_insert(next);
        if id == next {
            country_names.push(key);
        }
        country.push(id);
        let mut scores = vec![0u64; raw.themes.len()];
        for (rank, theme) in person.ranking.iter().enumerate() {
            let &t = theme_index
                .get(theme.as_str())
                .ok_or_else(|| InputError::invalid(format!("{owner}: theme {theme} is unknown")))?;
            if scores[t] > 0 {
                return Err(InputError::invalid(format!("{owner}: theme {theme} is ranked twice")));
            }
            scores[t] = theme_count - rank as u64;
        }
        satisfaction.push(scores);
    }
    Ok(RoundtableInstance {
        rounds,
        theme_ids: raw.themes.iter().map(|t| t.id.clone()).collect(),
        tables,
        capacity,
        participant_ids: raw.participants.iter().map(|p| p.id.clone()).collect(),
        country,
        country_names,
        satisfaction,
        options: raw.options,
    })
}
