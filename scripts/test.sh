#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit + store conformance (SQLite and PostgreSQL)
# + HTTP tests, then the browser journey in headless Chromium against `hansa demo`.
# Usage: bash scripts/test.sh            (SKIP_BROWSER=1 to leave out the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/hansa-target}
step() { printf '\n== %s ==\n' "$*"; }
# Under CI a missing PostgreSQL fails the run; the same rule as hansa-testkit's `in_ci`.
ci() { case "${CI:-}" in "" | false | FALSE | False | 0 | no) return 1 ;; *) return 0 ;; esac; }

step "PostgreSQL for the store tests"
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "PostgreSQL is up at 127.0.0.1:5432: every store test runs on SQLite and on PostgreSQL."
elif ci; then
  echo "CI=$CI but PostgreSQL is unreachable at 127.0.0.1:5432" >&2; exit 1
else
  echo "!!!!! PostgreSQL unreachable: the PostgreSQL half of the store tests will be SKIPPED !!!!!"
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo nextest (unit, store conformance on both backends, HTTP, authorisation matrix)"
# The report (see .config/nextest.toml) lands under the workspace, not the shared target dir.
junit=target/nextest/suite/junit.xml
rm -f "$junit"
set +e
cargo nextest run --workspace --profile suite --no-fail-fast --status-level pass --final-status-level fail 2>&1 \
  | tee /tmp/hansa-nextest.log | grep -vE '^\s+(Compiling|Checking)'
tests_status=${PIPESTATUS[0]}
set -e

step "store tests that really ran, per backend (markers printed by store_test!)"
# One line per test that got a real database: "hansa-backend-ran: <backend> <binary>::<test>".
ran=$(grep -ho 'hansa-backend-ran: [a-z]* [A-Za-z0-9_:]*' "$junit" 2>/dev/null | sort -u || true)
printf '%s\n' "$ran" | awk 'NF == 3 { split($3, p, "::"); bin[p[1]] = 1; n[p[1] SUBSEP $2]++ }
  END { for (b in bin) printf "  %-16s SQLite %4d   PostgreSQL %4d\n", b, n[b SUBSEP "sqlite"], n[b SUBSEP "postgres"] }' | sort
on() { printf '%s\n' "$ran" | grep -c "^hansa-backend-ran: $1 " || true; }
sqlite=$(on sqlite) postgres=$(on postgres)
echo "ran on SQLite: $sqlite tests, on PostgreSQL: $postgres tests"
if [ "$sqlite" = 0 ] || [ "$postgres" != "$sqlite" ]; then
  if ci; then
    echo "CI=$CI: $sqlite store tests ran on SQLite and $postgres on PostgreSQL; each must run on both" >&2
    exit 1
  fi
  echo "!!!!! $((sqlite - postgres)) store tests did NOT run on PostgreSQL !!!!!"
fi
[ "$tests_status" = 0 ] || { echo "cargo nextest failed (exit $tests_status)" >&2; exit "$tests_status"; }

if [ "${SKIP_BROWSER:-}" = 1 ]; then echo "browser tests skipped (SKIP_BROWSER=1)"; exit 0; fi

step "browser journey (Playwright + axe-core, Debian chromium)"
cargo build --quiet --bin hansa
bash e2e/run.sh "$CARGO_TARGET_DIR/debug/hansa"
