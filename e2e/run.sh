#!/usr/bin/env bash
# Starts `hansa demo` on a fresh SQLite database and runs the browser journey against it.
# Usage: bash e2e/run.sh path/to/hansa
set -euo pipefail
bin=$(realpath "${1:?path to the hansa binary}")
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian chromium"; (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null
fi
# Without a CJK font the screenshots show Hangul/Han as empty boxes (the checks still pass).
if ! fc-list :lang=ko 2>/dev/null | grep -q .; then
  echo "installing CJK fonts"; (apt-get update -qq && apt-get install -y -qq fonts-noto-cjk) >/dev/null
fi
[ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] || npm ci --no-audit --no-fund --silent
data=$(mktemp -d /tmp/hansa-e2e.XXXX)
port=${HANSA_E2E_PORT:-18765}
"$bin" --data-dir "$data" --bind "127.0.0.1:$port" demo >"$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "server did not start:"; cat "$data/server.log"; exit 1; }
HANSA_URL="http://127.0.0.1:$port" node journey.mjs
echo "screenshots: e2e/screenshots/"
