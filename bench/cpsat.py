#!/usr/bin/env python3
"""CP-SAT reference for the meeting scheduler (not a dependency of the product).

Reads an instance JSON (the format of crates/scheduler/README.md), builds the exact model
  - one boolean per meeting x feasible slot (every member of both sides available there),
  - each meeting at most once, locked meetings fixed,
  - per person per slot at most one meeting,
  - per slot at most `tables` meetings,
  - per person at most `max_meetings`,
  - maximise the total priority,
and solves it with OR-Tools CP-SAT under a time limit (60 s by default). Interpreters are
not modelled: the script says so and refuses instances that need them.

  pip install ortools
  cargo run --release -p hansa-scheduler --example write_instances -- /tmp/instances
  python3 bench/cpsat.py /tmp/instances/large.json --our-bound 49536

Prints the status, the total found, CP-SAT's own bound, the time and peak memory, and the
total as a percentage of --our-bound (the scheduler's stats.upper_bound) when given.
"""

import argparse
import json
import resource
import sys
import time
from collections import defaultdict

from ortools.sat.python import cp_model


def side(value):
    return [value] if isinstance(value, str) else list(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("instance")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
    parser.add_argument("--workers", type=int, default=2, help="CP-SAT search workers (default 2)")
    parser.add_argument("--our-bound", type=int, help="the scheduler's stats.upper_bound, for the percentage")
    parser.add_argument("--hint", help="a solution JSON to start CP-SAT from (e.g. the scheduler's own)")
    args = parser.parse_args()

    started = time.monotonic()
    with open(args.instance, encoding="utf-8") as handle:
        instance = json.load(handle)
    slots = [slot["id"] for slot in instance["slots"]]
    tables = {slot["id"]: slot["tables"] for slot in instance["slots"]}
    people = {p["id"]: p for p in instance["participants"]}
    available = {pid: set(p.get("available", slots)) for pid, p in people.items()}

    def languages(members):
        return set().union(*(people[m].get("languages", []) for m in members))

    hinted = {}
    if args.hint:
        with open(args.hint, encoding="utf-8") as handle:
            hinted = {a["meeting"]: a["slot"] for a in json.load(handle)["assignments"]}

    model = cp_model.CpModel()
    at_person_slot = defaultdict(list)
    at_slot = defaultdict(list)
    of_person = defaultdict(list)
    objective = []
    for meeting in instance["meetings"]:
        a, b = side(meeting["a"]), side(meeting["b"])
        langs_a, langs_b = languages(a), languages(b)
        if langs_a and langs_b and not (langs_a & langs_b):
            sys.exit(f"meeting {meeting['id']} needs an interpreter: not modelled by this script")
        members = a + b
        common = [s for s in slots if all(s in available[m] for m in members)]
        locked = meeting.get("locked")
        variables = []
        for slot in common:
            var = model.NewBoolVar(f"{meeting['id']}@{slot}")
            variables.append(var)
            if args.hint:
                model.AddHint(var, 1 if hinted.get(meeting["id"]) == slot else 0)
            at_slot[slot].append(var)
            for member in members:
                at_person_slot[(member, slot)].append(var)
            if locked:
                model.Add(var == (1 if slot == locked["slot"] else 0))
        if not variables:
            continue
        model.AddAtMostOne(variables)
        for member in members:
            of_person[member].extend(variables)
        objective.extend((meeting.get("priority", 1), var) for var in variables)
    for group in at_person_slot.values():
        if len(group) > 1:
            model.AddAtMostOne(group)
    for slot, group in at_slot.items():
        if len(group) > tables[slot]:
            model.Add(sum(group) <= tables[slot])
    for pid, group in of_person.items():
        limit = people[pid].get("max_meetings")
        if limit is not None and len(group) > limit:
            model.Add(sum(group) <= limit)
    model.Maximize(sum(weight * var for weight, var in objective))
    built = time.monotonic() - started

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = args.time_limit
    solver.parameters.num_search_workers = args.workers
    status = solver.Solve(model)
    elapsed = time.monotonic() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"status        {solver.StatusName(status)}")
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        total = round(solver.ObjectiveValue())
        print(f"total         {total}")
        if args.our_bound:
            print(f"pct_our_bound {100.0 * total / args.our_bound:.3f}%")
    print(f"cpsat_bound   {round(solver.BestObjectiveBound())}")
    print(f"variables     {len(objective)}")
    print(f"build_s       {built:.1f}")
    print(f"time_s        {elapsed:.1f}")
    print(f"peak_MiB      {peak_mib:.0f}")


if __name__ == "__main__":
    main()
