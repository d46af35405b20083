//! Country mixing: at most ⌈size/2⌉ people of one country at a table. Tables within a
//! theme and round are interchangeable, so first deal each theme's participants to its
//! tables grouped by country (which spreads every country evenly and costs nothing); where
//! one country still dominates a theme, swap participants between themes in the same round,
//! cheapest loss of satisfaction first, keeping `no_repeat`. A heuristic: the gap to the
//! unmixed optimum is reported in the stats.

use super::assign::Grid;
use super::input::RoundtableInstance;

/// Table numbers (1-based) for each participant-round; 0 where unseated.
#[expect(clippy::needless_range_loop, reason = "`round` picks a column of the participant × round table")]
pub(crate) fn deal_tables(instance: &RoundtableInstance, grid: &Grid) -> Vec<Vec<u32>> {
    let rounds = instance.rounds as usize;
    let mut tables = vec![vec![0u32; rounds]; grid.len()];
    for round in 0..rounds {
        for (theme, members) in members_by_theme(instance, grid, round).iter().enumerate() {
            for (position, p) in dealing_order(instance, members).into_iter().enumerate() {
                tables[p][round] = (position % instance.tables[theme] as usize) as u32 + 1;
            }
        }
    }
    tables
}

fn members_by_theme(instance: &RoundtableInstance, grid: &Grid, round: usize) -> Vec<Vec<usize>> {
    let mut members = vec![Vec::new(); instance.theme_ids.len()];
    for (p, row) in grid.iter().enumerate() {
        if let Some(t) = row[round] {
            members[t].push(p);
        }
    }
    members
}

/// Largest country first, members of a country together: dealt round-robin, each country
/// lands on consecutive tables, so no table gets more than its share.
fn dealing_order(instance: &RoundtableInstance, members: &[usize]) -> Vec<usize> {
    let mut count = std::collections::HashMap::new();
    members.iter().for_each(|&p| *count.entry(instance.country[p]).or_insert(0usize) += 1);
    let mut order = members.to_vec();
    order.sort_by_key(|&p| (std::cmp::Reverse(count[&instance.country[p]]), instance.country[p], p));
    order
}

/// Tables over the limit when `members` of `theme` are dealt as [`deal_tables`] does.
fn violations(instance: &RoundtableInstance, theme: usize, members: &[usize]) -> u32 {
    let table_count = instance.tables[theme] as usize;
    let mut per_table: Vec<std::collections::HashMap<usize, usize>> = vec![Default::default(); table_count];
    let mut sizes = vec![0usize; table_count];
    for (position, p) in dealing_order(instance, members).into_iter().enumerate() {
        *per_table[position % table_count].entry(instance.country[p]).or_insert(0) += 1;
        sizes[position % table_count] += 1;
    }
    (0..table_count).filter(|&t| per_table[t].values().any(|&c| c > sizes[t].div_ceil(2))).count() as u32
}

const NOBODY: usize = usize::MAX;

fn attends_elsewhere(grid: &Grid, p: usize, theme: usize, round: usize) -> bool {
    grid[p].iter().enumerate().any(|(r, cell)| r != round && *cell == Some(theme))
}

/// Swaps until no swap reduces violations; returns the violations left.
pub(crate) fn improve_mixing(instance: &RoundtableInstance, grid: &mut Grid) -> u32 {
    let no_repeat = instance.options.no_repeat;
    let mut left = 0;
    for round in 0..instance.rounds as usize {
        let mut stuck = vec![false; instance.theme_ids.len()];
        // Each accepted change lowers the round's violations, which bounds this loop.
        loop {
            let members = members_by_theme(instance, grid, round);
            let counts: Vec<u32> = (0..members.len()).map(|t| violations(instance, t, &members[t])).collect();
            let Some(theme) = (0..members.len()).find(|&t| counts[t] > 0 && !stuck[t]) else {
                left += counts.iter().sum::<u32>();
                break;
            };
            let mut best: Option<(u32, i64, usize, usize, usize)> = None; // (violations, loss, p, q, u)
            for &p in &members[theme] {
                for u in (0..members.len()).filter(|&u| u != theme) {
                    if no_repeat && attends_elsewhere(grid, p, u, round) {
                        continue;
                    }
                    let seats = (instance.tables[u] * instance.capacity[u]) as usize;
                    // A free seat elsewhere is a swap with nobody (NOBODY).
                    let free = (members[u].len() < seats).then_some(NOBODY);
                    for q in members[u].iter().copied().chain(free) {
                        if q == NOBODY {
                            let mut moved = members[u].clone();
                            moved.push(p);
                            let without: Vec<usize> = members[theme].iter().copied().filter(|&x| x != p).collect();
                            let after = violations(instance, theme, &without) + violations(instance, u, &moved);
                            let loss = instance.satisfaction[p][theme] as i64 - instance.satisfaction[p][u] as i64;
                            let total_after = counts.iter().sum::<u32>() - counts[theme] - counts[u] + after;
                            if after < counts[theme] + counts[u]
                                && best.is_none_or(|b| (total_after, loss) < (b.0, b.1))
                            {
                                best = Some((total_after, loss, p, q, u));
                            }
                            continue;
                        }
                        if instance.country[q] == instance.country[p]
                            || (no_repeat && attends_elsewhere(grid, q, theme, round))
                        {
                            continue;
                        }
                        let swap = |list: &[usize], out: usize, into: usize| -> Vec<usize> {
                            list.iter().map(|&x| if x == out { into } else { x }).collect()
                        };
                        let after = violations(instance, theme, &swap(&members[theme], p, q))
                            + violations(instance, u, &swap(&members[u], q, p));
                        if after >= counts[theme] + counts[u] {
                            continue;
                        }
                        let s = &instance.satisfaction;
                        let loss = (s[p][theme] + s[q][u]) as i64 - (s[p][u] + s[q][theme]) as i64;
                        let total_after = counts.iter().sum::<u32>() - counts[theme] - counts[u] + after;
                        if best.is_none_or(|b| (total_after, loss) < (b.0, b.1)) {
                            best = Some((total_after, loss, p, q, u));
                        }
                    }
                }
            }
            let Some((_, _, p, q, u)) = best else {
                stuck[theme] = true;
                continue;
            };
            stuck.iter_mut().for_each(|s| *s = false);
            grid[p][round] = Some(u);
            if q != NOBODY {
                grid[q][round] = Some(theme);
            }
        }
    }
    left
}
