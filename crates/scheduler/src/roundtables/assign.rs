//! Exact roundtable assignment.
//!
//! Without `no_repeat` the rounds are independent and identical, so one round is solved by
//! min-cost max-flow (participant → theme, cost −satisfaction, theme capacity = its seats)
//! and repeated.
//!
//! With `no_repeat`, the flow gives each participant up to R = `rounds` *distinct* themes
//! (participant supply R, participant → theme arcs of capacity 1, theme capacity R·seats):
//! a relaxation of the real problem, so its optimum bounds it. It is also achievable: split
//! theme t into its `seats_t` seats and hand its f_t ≤ R·seats_t participants round-robin to
//! them, so every seat has degree ≤ R, as has every participant. A bipartite multigraph of
//! maximum degree R is R-edge-colourable (König), and a colouring with colours = rounds
//! puts nobody twice in a round and at most one person per seat per round. So the flow's
//! optimum is exactly attained. The colouring uses alternating-path (Kempe) flips.

use super::input::RoundtableInstance;
use super::{RoundtableSolution, RoundtableStats, Seat, Unseated, mix};
use crate::flow::MinCostFlow;

/// `grid[p][r]`: the theme participant p attends in round r.
pub(crate) type Grid = Vec<Vec<Option<usize>>>;

fn seats(instance: &RoundtableInstance, theme: usize) -> i64 {
    i64::from(instance.tables[theme]) * i64::from(instance.capacity[theme])
}

/// Min-cost max-flow: each participant gets up to `per_participant` themes, at most
/// `per_theme(t)` participants per theme. Returns the (participant, theme) pairs chosen.
fn flow_assignment(
    instance: &RoundtableInstance,
    per_participant: i64,
    per_theme: impl Fn(usize) -> i64,
) -> Vec<(usize, usize)> {
    let (people, themes) = (instance.participant_ids.len(), instance.theme_ids.len());
    let (source, sink) = (people + themes, people + themes + 1);
    let mut flow = MinCostFlow::new(people + themes + 2);
    let mut arcs = Vec::with_capacity(people * themes);
    for p in 0..people {
        flow.add_arc(source, p, per_participant, 0);
        for t in 0..themes {
            arcs.push((p, t, flow.add_arc(p, people + t, 1, -(instance.satisfaction[p][t] as i64))));
        }
    }
    for t in 0..themes {
        flow.add_arc(people + t, sink, per_theme(t), 0);
    }
    flow.min_cost_max_flow(source, sink);
    arcs.into_iter().filter(|&(_, _, arc)| flow.flow_on(arc) > 0).map(|(p, t, _)| (p, t)).collect()
}

/// Properly colours the edges (left, right) of a bipartite multigraph of maximum degree
/// `colours`; returns each edge's colour.
pub(crate) fn colour_bipartite(left: usize, right: usize, edges: &[(usize, usize)], colours: usize) -> Vec<usize> {
    const FREE: usize = usize::MAX;
    let mut at_left = vec![FREE; left * colours];
    let mut at_right = vec![FREE; right * colours];
    let mut colour = vec![FREE; edges.len()];
    for (e, &(u, v)) in edges.iter().enumerate() {
        let free_at = |table: &[usize], node: usize| (0..colours).find(|&c| table[node * colours + c] == FREE);
        let a = free_at(&at_left, u).expect("left degree within colours");
        let b = free_at(&at_right, v).expect("right degree within colours");
        if at_right[v * colours + a] != FREE {
            // a is taken at v, b is free there. Flip the a/b path from v: in a bipartite
            // graph it cannot reach u (u lacks a), so afterwards a is free at both ends.
            let mut path = Vec::new();
            let (mut node, mut on_right, mut want) = (v, true, a);
            loop {
                let table = if on_right { &at_right } else { &at_left };
                let edge = table[node * colours + want];
                if edge == FREE {
                    break;
                }
                path.push(edge);
                node = if on_right { edges[edge].0 } else { edges[edge].1 };
                on_right = !on_right;
                want = if want == a { b } else { a };
            }
            for &edge in &path {
                let (x, y) = edges[edge];
                at_left[x * colours + colour[edge]] = FREE;
                at_right[y * colours + colour[edge]] = FREE;
            }
            for &edge in &path {
                let (x, y) = edges[edge];
                colour[edge] = if colour[edge] == a { b } else { a };
                at_left[x * colours + colour[edge]] = edge;
                at_right[y * colours + colour[edge]] = edge;
            }
        }
        colour[e] = a;
        at_left[u * colours + a] = e;
        at_right[v * colours + a] = e;
    }
    colour
}

fn exact_grid(instance: &RoundtableInstance) -> Grid {
    let rounds = instance.rounds as usize;
    let people = instance.participant_ids.len();
    let mut grid: Grid = vec![vec![None; rounds]; people];
    if !instance.options.no_repeat {
        for (p, t) in flow_assignment(instance, 1, |t| seats(instance, t)) {
            grid[p].iter_mut().for_each(|cell| *cell = Some(t));
        }
        return grid;
    }
    let pairs = flow_assignment(instance, rounds as i64, |t| rounds as i64 * seats(instance, t));
    // Seat copies: theme t's seats are numbered from first_seat[t].
    let mut first_seat = vec![0usize; instance.theme_ids.len() + 1];
    for t in 0..instance.theme_ids.len() {
        first_seat[t + 1] = first_seat[t] + seats(instance, t) as usize;
    }
    let mut handed = vec![0usize; instance.theme_ids.len()];
    let edges: Vec<(usize, usize)> = pairs
        .iter()
        .map(|&(p, t)| {
            let seat = first_seat[t] + handed[t] % seats(instance, t) as usize;
            handed[t] += 1;
            (p, seat)
        })
        .collect();
    let colours = colour_bipartite(people, first_seat[instance.theme_ids.len()], &edges, rounds);
    for (&(p, t), &round) in pairs.iter().zip(&colours) {
        grid[p][round] = Some(t);
    }
    grid
}

pub(crate) fn satisfaction_of(instance: &RoundtableInstance, grid: &Grid) -> u64 {
    grid.iter().enumerate().flat_map(|(p, row)| row.iter().flatten().map(move |&t| instance.satisfaction[p][t])).sum()
}

/// Assigns every participant a theme and table per round; see the module docs.
pub fn assign_roundtables(instance: &RoundtableInstance) -> RoundtableSolution {
    let mut grid = exact_grid(instance);
    let optimum = satisfaction_of(instance, &grid);
    let mix_violations = instance.options.mix_countries.then(|| mix::improve_mixing(instance, &mut grid));
    let tables = mix::deal_tables(instance, &grid);
    let satisfaction = satisfaction_of(instance, &grid);
    let mut assignments = Vec::new();
    let mut unassigned = Vec::new();
    for (p, row) in grid.iter().enumerate() {
        for (round, cell) in row.iter().enumerate() {
            let participant = instance.participant_ids[p].clone();
            let round_number = round as u32 + 1;
            match cell {
                Some(t) => assignments.push(Seat {
                    participant,
                    round: round_number,
                    theme: instance.theme_ids[*t].clone(),
                    table: tables[p][round],
                }),
                None => unassigned.push(Unseated { participant, round: round_number }),
            }
        }
    }
    let exact = satisfaction == optimum && mix_violations.unwrap_or(0) == 0;
    RoundtableSolution {
        assignments,
        unassigned,
        stats: RoundtableStats { satisfaction, optimum_bound: optimum, exact, mix_violations },
    }
}
