//! Property tests on random instances, delegations, interpreters and locks included: every
//! hard constraint holds, every meeting appears exactly once, the total never exceeds the
//! proven bound, locked meetings never move; and on tiny instances the solver reaches the
//! exhaustive optimum, which never exceeds the bound.

mod common;

use common::{Shape, brute_force_optimum, random_instance};
use hansa_scheduler::{Objective, Options, greedy_baseline, solve, verify};
use proptest::prelude::*;

fn options(seed: u64, objective: Objective) -> Options {
    Options { seed, objective, ..Options::default() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn solutions_honour_every_hard_constraint(
        seed in any::<u64>(),
        slots in 1usize..6,
        people in 2usize..12,
        meetings in 0usize..30,
        fair in any::<bool>(),
    ) {
        let shape = Shape { slots, people, meetings, protocol: true, locks: true };
        let (_, instance) = random_instance(seed, &shape);
        let objective = if fair { Objective::Fair } else { Objective::Priority };
        let solution = solve(&instance, &options(seed, objective));
        prop_assert_eq!(verify(&instance, &solution), Ok(()));
        prop_assert!(solution.stats.priority_total <= solution.stats.upper_bound);
        let baseline = greedy_baseline(&instance);
        prop_assert_eq!(verify(&instance, &baseline), Ok(()));
        if !fair {
            prop_assert!(solution.stats.priority_total >= baseline.stats.priority_total);
        }
    }

    #[test]
    fn tiny_instances_reach_the_exhaustive_optimum(
        seed in any::<u64>(),
        slots in 1usize..4,
        people in 2usize..7,
        meetings in 0usize..8,
        protocol in any::<bool>(),
    ) {
        let shape = Shape { slots, people, meetings, protocol, locks: true };
        let (_, instance) = random_instance(seed, &shape);
        let optimum = brute_force_optimum(&instance);
        let solution = solve(&instance, &options(seed, Objective::Priority));
        prop_assert!(optimum <= solution.stats.upper_bound, "bound {} below optimum {optimum}", solution.stats.upper_bound);
        prop_assert_eq!(solution.stats.priority_total, optimum);
    }
}
