#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit + store conformance (SQLite and PostgreSQL)
# + HTTP tests, then the browser journey in headless Chromium against `hansa demo`.
# Usage: bash scripts/test.sh            (SKIP_BROWSER=1 to leave out the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/hansa-target}
step() { printf '\n== %s ==\n' "$*"; }

step "PostgreSQL for the store tests"
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "PostgreSQL is up at 127.0.0.1:5432: every store test runs on SQLite and on PostgreSQL."
elif [ "${CI:-}" = true ]; then
  echo "CI=true but PostgreSQL is unreachable at 127.0.0.1:5432" >&2; exit 1
else
  echo "!!!!! PostgreSQL unreachable: the PostgreSQL half of the store tests will be SKIPPED !!!!!"
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo nextest (unit, store conformance on both backends, HTTP, authorisation matrix)"
cargo nextest run --workspace --no-fail-fast --status-level pass --final-status-level fail 2>&1 | tee /tmp/hansa-nextest.log | grep -vE '^\s+(Compiling|Checking)'
echo "store conformance: $(grep -c 'hansa-store::conformance .*::sqlite' /tmp/hansa-nextest.log || true) tests on SQLite, $(grep -c 'hansa-store::conformance .*::postgres' /tmp/hansa-nextest.log || true) on PostgreSQL"

if [ "${SKIP_BROWSER:-}" = 1 ]; then echo "browser tests skipped (SKIP_BROWSER=1)"; exit 0; fi

step "browser journey (Playwright + axe-core, Debian chromium)"
cargo build --quiet --bin hansa
bash e2e/run.sh "$CARGO_TARGET_DIR/debug/hansa"
