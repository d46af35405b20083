//! Roundtables: capacities and `no_repeat` always hold, the exact assignment matches brute
//! force on tiny instances, mixing never beats the bound, and errors name the item.

use std::collections::{HashMap, HashSet};

use hansa_scheduler::roundtables::RoundtableSolution;
use hansa_scheduler::{InputError, assign_roundtables, parse_roundtables, roundtables_json};
use proptest::prelude::*;
use serde_json::{Value, json};

#[derive(Debug, Clone)]
struct Tiny {
    rounds: usize,
    /// (tables, capacity) per theme.
    themes: Vec<(u32, u32)>,
    /// (country, ranking as theme indices) per participant.
    people: Vec<(usize, Vec<usize>)>,
}

const COUNTRIES: [&str; 3] = ["KR", "JP", "CN"];

fn to_json(tiny: &Tiny, no_repeat: bool, mix: bool) -> String {
    json!({
        "rounds": tiny.rounds,
        "themes": tiny.themes.iter().enumerate()
            .map(|(t, (tables, capacity))| json!({"id": format!("t{t}"), "tables": tables, "capacity": capacity}))
            .collect::<Vec<_>>(),
        "participants": tiny.people.iter().enumerate()
            .map(|(p, (country, ranking))| json!({
                "id": format!("p{p}"),
                "country": COUNTRIES[*country],
                "ranking": ranking.iter().map(|t| format!("t{t}")).collect::<Vec<_>>(),
            }))
            .collect::<Vec<_>>(),
        "options": {"no_repeat": no_repeat, "mix_countries": mix},
    })
    .to_string()
}

fn tiny_strategy(max_people: usize) -> impl Strategy<Value = Tiny> {
    (1usize..=3, prop::collection::vec((1u32..=2, 1u32..=2), 1..=3)).prop_flat_map(move |(rounds, themes)| {
        let theme_count = themes.len();
        let person = (0usize..3, Just((0..theme_count).collect::<Vec<_>>()).prop_shuffle(), 0..=theme_count)
            .prop_map(|(country, order, ranked)| (country, order[..ranked].to_vec()));
        prop::collection::vec(person, 1..=max_people).prop_map(move |people| Tiny {
            rounds,
            themes: themes.clone(),
            people,
        })
    })
}

fn satisfaction(tiny: &Tiny, p: usize, t: usize) -> u64 {
    tiny.people[p].1.iter().position(|&x| x == t).map_or(0, |rank| (tiny.themes.len() - rank) as u64)
}

/// Best (seats, satisfaction) over every assignment.
fn brute_force(tiny: &Tiny, no_repeat: bool) -> (usize, u64) {
    let cells = tiny.people.len() * tiny.rounds;
    let options = tiny.themes.len() + 1;
    let mut best = (0, 0);
    for code in 0..options.pow(cells as u32) {
        let mut rest = code;
        let choice: Vec<Option<usize>> = (0..cells)
            .map(|_| {
                let c = rest % options;
                rest /= options;
                (c > 0).then(|| c - 1)
            })
            .collect();
        let mut load = HashMap::new();
        let mut ok = true;
        for (cell, theme) in choice.iter().enumerate() {
            if let Some(t) = theme {
                *load.entry((cell % tiny.rounds, *t)).or_insert(0u32) += 1;
            }
        }
        for ((_, t), count) in &load {
            ok &= *count <= tiny.themes[*t].0 * tiny.themes[*t].1;
        }
        if no_repeat {
            for p in 0..tiny.people.len() {
                let mine: Vec<usize> = (0..tiny.rounds).filter_map(|r| choice[p * tiny.rounds + r]).collect();
                ok &= mine.iter().collect::<HashSet<_>>().len() == mine.len();
            }
        }
        if ok {
            let seats = choice.iter().flatten().count();
            let score: u64 = (0..cells).filter_map(|c| choice[c].map(|t| satisfaction(tiny, c / tiny.rounds, t))).sum();
            best = best.max((seats, score));
        }
    }
    best
}

fn check_feasible(tiny: &Tiny, solution: &RoundtableSolution, no_repeat: bool) -> Result<(), TestCaseError> {
    let mut at_table = HashMap::new();
    let mut seen = HashSet::new();
    let mut themes_of = HashSet::new();
    for seat in &solution.assignments {
        let t: usize = seat.theme[1..].parse().unwrap();
        prop_assert!(seat.table >= 1 && seat.table <= tiny.themes[t].0);
        *at_table.entry((seat.round, t, seat.table)).or_insert(0u32) += 1;
        prop_assert!(seen.insert((seat.participant.clone(), seat.round)), "twice in a round");
        if no_repeat {
            prop_assert!(themes_of.insert((seat.participant.clone(), t)), "theme repeated");
        }
    }
    for ((_, t, _), count) in at_table {
        prop_assert!(count <= tiny.themes[t].1, "table over capacity");
    }
    prop_assert_eq!(solution.assignments.len() + solution.unassigned.len(), tiny.people.len() * tiny.rounds);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn exact_assignment_matches_brute_force(tiny in tiny_strategy(3), no_repeat in any::<bool>()) {
        prop_assume!(tiny.people.len() * tiny.rounds <= 6);
        let solution = assign_roundtables(&parse_roundtables(&to_json(&tiny, no_repeat, false)).unwrap());
        check_feasible(&tiny, &solution, no_repeat)?;
        prop_assert!(solution.stats.exact);
        let found = (solution.assignments.len(), solution.stats.satisfaction);
        prop_assert_eq!(found, brute_force(&tiny, no_repeat));
    }

    #[test]
    fn larger_instances_stay_feasible_and_mixing_never_beats_the_bound(
        tiny in tiny_strategy(14), no_repeat in any::<bool>(), mix in any::<bool>()
    ) {
        let solution = assign_roundtables(&parse_roundtables(&to_json(&tiny, no_repeat, mix)).unwrap());
        check_feasible(&tiny, &solution, no_repeat)?;
        prop_assert!(solution.stats.satisfaction <= solution.stats.optimum_bound);
        prop_assert_eq!(solution.stats.mix_violations.is_some(), mix);
    }
}

#[test]
fn documented_example_and_format() {
    let json = r#"{"rounds":2,"themes":[{"id":"buildings","tables":1,"capacity":8},{"id":"roads","tables":1,"capacity":1}],
        "participants":[{"id":"p1","country":"KR","ranking":["roads","buildings"]},{"id":"p2","country":"JP","ranking":["roads"]}],
        "options":{"no_repeat":true,"mix_countries":false}}"#;
    let solution = assign_roundtables(&parse_roundtables(json).unwrap());
    let printed: Value = serde_json::from_str(&roundtables_json(&solution)).unwrap();
    // Both want roads (one seat a round): each gets it once (2) and buildings the other round
    // (1 for p1, who ranked it second; 0 for p2, who did not rank it): 5 in all.
    assert_eq!(printed["stats"], json!({"satisfaction": 5, "optimum_bound": 5, "exact": true}));
    assert_eq!(printed["assignments"].as_array().unwrap().len(), 4);
    assert!(roundtables_json(&solution).starts_with(r#"{"assignments":[{"participant":"p1","round":1,"#));
}

#[test]
fn mixing_splits_a_dominant_country() {
    // Four Koreans and four Japanese at two tables of four: dealt by country, 2 + 2 each.
    let people: Vec<Value> = (0..8)
        .map(|p| json!({"id": format!("p{p}"), "country": if p < 4 { "KR" } else { "JP" }, "ranking": ["t"]}))
        .collect();
    let json = json!({"rounds": 1, "themes": [{"id": "t", "tables": 2, "capacity": 4}], "participants": people,
        "options": {"mix_countries": true}});
    let solution = assign_roundtables(&parse_roundtables(&json.to_string()).unwrap());
    assert_eq!(solution.stats.mix_violations, Some(0));
    assert!(solution.stats.exact);
}

#[test]
fn errors_name_the_item() {
    let message = |json: &str| match parse_roundtables(json) {
        Err(InputError::Invalid(message)) => message,
        other => panic!("{other:?}"),
    };
    let theme = r#"{"id":"roads","tables":1,"capacity":8}"#;
    assert_eq!(
        message(&format!(r#"{{"rounds":2,"themes":[{theme}],"participants":[{{"id":"p1","ranking":["rail"]}}]}}"#)),
        "participant p1: theme rail is unknown"
    );
    assert_eq!(
        message(&format!(
            r#"{{"rounds":2,"themes":[{theme}],"participants":[{{"id":"p1","ranking":["roads","roads"]}}]}}"#
        )),
        "participant p1: theme roads is ranked twice"
    );
    assert_eq!(
        message(r#"{"rounds":0,"themes":[],"participants":[]}"#),
        "roundtables: rounds must be a positive integer, got 0"
    );
    assert_eq!(
        message(r#"{"rounds":1,"themes":[{"id":"a","tables":0,"capacity":3}],"participants":[]}"#),
        "theme a: tables must be a positive integer, got 0"
    );
    assert_eq!(
        message(&format!(r#"{{"rounds":1,"themes":[{theme},{theme}],"participants":[]}}"#)),
        "theme roads: duplicate or empty id"
    );
    assert!(matches!(parse_roundtables("[]"), Err(InputError::Json(_))));
}
