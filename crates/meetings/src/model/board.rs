//! The pipeline board as staff read it: one card per prospect, laid out in a row of stage
//! columns per world region (the directory's regions), so a secretariat that courts cities
//! region by region — ASEAN, Latin America — sees each priority region's pipeline at a glance.

use hansa_core::Localized;
use hansa_core::country::{self, Region};

use super::pipeline::{Stage, Standing};

/// A prospect on the board, with what staff need to decide the next step.
#[derive(Debug, Clone, PartialEq)]
pub struct ProspectCard {
    pub organisation: String,
    pub name: Localized,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// The organisation's region as the directory records it, else its country's.
    pub region: Option<Region>,
    pub standing: Standing,
    /// The day staff last moved it (YYYY-MM-DD); None while only the directory placed it.
    pub stage_since: Option<String>,
    /// The day of the latest outreach meeting with it.
    pub last_met_on: Option<String>,
    pub open_follow_ups: i64,
    /// Of the open ones, those due before today.
    pub overdue_follow_ups: i64,
}

impl ProspectCard {
    /// The column it shows in. A card is only read for an organisation on the board, so the
    /// fallback is never used; "contacted" is where the directory's prospects start anyway.
    pub fn stage(&self) -> Stage {
        self.standing.stage().unwrap_or(Stage::Contacted)
    }

    /// The region a card is grouped under: the directory's, or the one its country lies in.
    pub fn region_of(region: Option<&str>, country_code: Option<&str>) -> Option<Region> {
        region.and_then(Region::parse).or_else(|| country_code.and_then(country::country).map(|c| c.region))
    }
}

/// One region's row of the board: a list of cards per stage, every stage present.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionRow {
    /// None: organisations with neither a region nor a country.
    pub region: Option<Region>,
    pub columns: Vec<(Stage, Vec<ProspectCard>)>,
}

impl RegionRow {
    pub fn count(&self) -> usize {
        self.columns.iter().map(|(_, cards)| cards.len()).sum()
    }
}

/// Lays the cards out by region (the directory's order, the unplaced last), keeping only
/// region `only` when given; in a column, by name in the reader's language.
pub fn by_region(mut cards: Vec<ProspectCard>, only: Option<Region>, lang: &str) -> Vec<RegionRow> {
    cards.retain(|c| only.is_none_or(|r| c.region == Some(r)));
    cards.sort_by_cached_key(|c| (c.name.resolve(lang, None).text.to_lowercase(), c.organisation.clone()));
    let regions = Region::ALL.iter().copied().map(Some).chain([None]);
    regions
        .filter_map(|region| {
            let columns: Vec<(Stage, Vec<ProspectCard>)> = Stage::ALL
                .iter()
                .map(|stage| {
                    let here = cards.iter().filter(|c| c.region == region && c.stage() == *stage).cloned().collect();
                    (*stage, here)
                })
                .collect();
            let row = RegionRow { region, columns };
            (row.count() > 0).then_some(row)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use hansa_directory::model::MembershipStatus;

    fn card(slug: &str, country: &str, membership: Option<MembershipStatus>, stored: Option<Stage>) -> ProspectCard {
        ProspectCard {
            organisation: slug.into(),
            name: Localized::en(slug),
            country: Some(country.into()),
            region: ProspectCard::region_of(None, Some(country)),
            standing: Standing { membership, stored },
            stage_since: None,
            last_met_on: None,
            open_follow_ups: 0,
            overdue_follow_ups: 0,
        }
    }

    #[test]
    fn cards_fall_into_their_region_and_column() {
        let cards = vec![
            card("lublin", "PL", Some(MembershipStatus::Prospect), None),
            card("budapest", "HU", Some(MembershipStatus::Active), Some(Stage::Applying)),
            card("chiang-mai", "TH", None, Some(Stage::Interested)),
        ];
        let rows = by_region(cards.clone(), None, "en");
        let regions: Vec<_> = rows.iter().map(|r| r.region).collect();
        assert_eq!(regions, [Some(Region::SoutheastAsia), Some(Region::Europe)], "the directory's order");
        let europe = &rows[1];
        let names = |stage: Stage| -> Vec<String> {
            let column = europe.columns.iter().find(|(s, _)| *s == stage).unwrap();
            column.1.iter().map(|c| c.organisation.clone()).collect()
        };
        assert_eq!(names(Stage::Member), ["budapest"], "an active membership shows as member");
        assert_eq!(names(Stage::Contacted), ["lublin"]);
        assert_eq!(europe.columns.len(), Stage::ALL.len(), "every column, empty or not");
        let only = by_region(cards, Some(Region::SoutheastAsia), "en");
        assert_eq!((only.len(), only[0].count()), (1, 1));
    }
}
