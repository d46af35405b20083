#!/usr/bin/env bash
# Usage: HANSA_BIN=/var/tmp/hansa-target/release/hansa bench/load.sh   — load-tests a release build of Hansa on 127.0.0.1 (demo + 5,000 imported organisations, wrk -t2 -c32 -d10s per endpoint) and prints req/s, p99, bytes and RSS.
#
# Builds nothing: build first (cargo build --release) or point HANSA_BIN at a binary.
# Environment: HANSA_BIN (default /var/tmp/hansa-target/release/hansa), DURATION (wrk -d, default 10s),
#   PORT (default 18080), REF_PORT (python reference server, default 18081), KEEP=1 keeps the data dir.
# Needs: python3, curl, wrk (apt-get install -y wrk). Traffic goes to 127.0.0.1 only.
# Note: on a 2-core machine wrk and the server share the CPUs, so the numbers are a floor.
set -euo pipefail

HANSA_BIN=${HANSA_BIN:-/var/tmp/hansa-target/release/hansa}
DURATION=${DURATION:-10s}
PORT=${PORT:-18080}
REF_PORT=${REF_PORT:-18081}
ORGS=${ORGS:-5000}
BASE="http://127.0.0.1:$PORT"
REF="http://127.0.0.1:$REF_PORT"

die() { echo "load.sh: $*" >&2; exit 1; }
[ -x "$HANSA_BIN" ] || die "no executable at HANSA_BIN=$HANSA_BIN (build it with: cargo build --release)"
command -v python3 >/dev/null || die "python3 is needed"
command -v curl >/dev/null || die "curl is needed"
if ! command -v wrk >/dev/null; then
  echo "wrk not found: installing it (apt-get install -y wrk)"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y wrk >/dev/null; } || die "cannot install wrk"
fi
for p in "$PORT" "$REF_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$p/"; then die "port $p is in use (set PORT / REF_PORT)"; fi
done

D=$(mktemp -d "${TMPDIR:-/tmp}/hansa-bench.XXXXXX")
SERVER_PID=""
REF_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "$REF_PID" ] && kill "$REF_PID" 2>/dev/null && wait "$REF_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "data kept in $D"; else rm -rf "$D"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== Hansa load benchmark"
echo "binary:   $HANSA_BIN ($("$HANSA_BIN" --version 2>/dev/null || echo '?'))"
echo "data dir: $D"
echo "machine:  $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); wrk -t2 -c32 -d$DURATION --latency"
echo

# --- data: the demo, then 5,000 generated organisations ------------------------------------------
echo "-- loading the demo"
"$HANSA_BIN" --data-dir "$D" demo --no-serve > "$D/demo.log" 2>&1 || { cat "$D/demo.log"; die "demo load failed"; }

python3 - "$D/orgs.csv" "$ORGS" <<'PY'
import csv, random, sys
path, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(2026)
countries = ["KR", "JP", "CN", "MN", "RU", "KZ", "UZ", "VN", "TH", "ID", "PH", "MY", "IN", "BD", "NP",
             "TR", "IR", "AE", "EG", "MA", "NG", "KE", "ZA", "ET", "PL", "DE", "FR", "ES", "IT", "PT",
             "GB", "SE", "FI", "UA", "US", "MX", "BR", "AR", "CL", "EC", "PE", "CO", "AU", "NZ"]
kinds = ["city"] * 6 + ["regional_government"] * 2 + ["national_agency", "university", "ngo", "company", "international_organisation"]
first = ["Bel", "Nor", "Sam", "Kor", "Ala", "Vel", "Tor", "Mar", "Ost", "Ran", "Kyo", "Dal", "Pus", "Ule", "Gra", "Bra", "Che", "Han", "Ise", "Lom"]
last = ["ford", "grad", "heim", "polis", "ville", "burg", "stad", "haven", "field", "mouth", "gang", "do", "ri", "pur", "abad", "ovo", "ice", "ino", "ena", "sk"]
hangul_a = ["가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하", "강", "동", "서", "남", "북", "천"]
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["kind", "name_en", "name_ko", "country"])
    for i in range(1, n + 1):
        kind = rng.choice(kinds)
        base = rng.choice(first) + rng.choice(last)
        name_en = f"{base} {i:05d}" if kind != "city" else f"{base}-si {i:05d}"
        name_ko = (rng.choice(hangul_a) + rng.choice(hangul_a) + ("시" if kind == "city" else "") + f" {i:05d}") if rng.random() < 0.4 else ""
        w.writerow([kind, name_en, name_ko, rng.choice(countries)])
PY
echo "-- importing $ORGS organisations ($(wc -c < "$D/orgs.csv") bytes of CSV)"
t0=$(date +%s%N)
"$HANSA_BIN" --data-dir "$D" import organisations "$D/orgs.csv" > "$D/import.log" 2>&1 || { tail -20 "$D/import.log"; die "import failed"; }
t1=$(date +%s%N)
echo "import took $(( (t1 - t0) / 1000000 )) ms: $(tail -1 "$D/import.log")"

# --- an event of 1,000 sessions in 7 rooms over 3 days (pretalx's anchor: 68 req/s) ------------
python3 - "$D/events.toml" <<'PY'
import sys
rooms = [f"room-{i}" for i in range(1, 8)]
kinds = ["panel", "keynote", "expert_session", "roundtable", "breakout", "special_lecture", "side_meeting"]
out = ['[[event]]', 'slug = "bench-forum"', 'kind = "forum"', 'title = { en = "Benchmark Forum", ko = "벤치마크 포럼" }',
       'starts_on = "2026-06-01"', 'ends_on = "2026-06-03"', 'time_zone = "Asia/Seoul"', 'status = "published"']
for r in rooms:
    out += ['[[event.room]]', f'slug = "{r}"', f'name = {{ en = "Room {r[5:]}", ko = "{r[5:]}번 회의실" }}']
n = 0
for day in range(3):
    for slot in range(48):
        for r, room in enumerate(rooms):
            if n == 1000:
                break
            h, m = divmod(8 * 60 + slot * 15, 60)
            h2, m2 = divmod(8 * 60 + slot * 15 + 15, 60)
            out += ['[[event.session]]', f'slug = "s{n:04d}"', f'kind = "{kinds[n % 7]}"',
                    f'title = {{ en = "Session {n} on smart city cooperation", ko = "스마트도시 협력 세션 {n}" }}',
                    f'starts_at = "2026-06-0{day + 1}T{h:02d}:{m:02d}"', f'ends_at = "2026-06-0{day + 1}T{h2:02d}:{m2:02d}"',
                    f'room = "{room}"', 'languages = ["en", "ko"]']
            n += 1
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
"$HANSA_BIN" --data-dir "$D" import events "$D/events.toml" > "$D/events.log" 2>&1 || { tail -5 "$D/events.log"; die "event import failed"; }
echo "event: 1,000 sessions in 7 rooms over 3 days ($(tail -1 "$D/events.log"))"

# --- server ----------------------------------------------------------------------------------------
echo "-- starting the server on $BASE"
HANSA_LOG=${HANSA_LOG:-warn} "$HANSA_BIN" --data-dir "$D" --bind "127.0.0.1:$PORT" serve > "$D/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fs -o /dev/null "$BASE/healthz" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$D/server.log"; die "server exited"; }
  sleep 0.2
done
curl -fs -o /dev/null "$BASE/healthz" || { tail -20 "$D/server.log"; die "server not healthy after 20 s"; }
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
RSS_IDLE=$(rss_kb "$SERVER_PID")
TOTAL=$(curl -fs "$BASE/api/v1/organisations?per_page=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "server pid $SERVER_PID, $TOTAL organisations, RSS at idle $((RSS_IDLE / 1024)) MiB"

# --- out-of-process reference: python serving a file as large as the directory page --------------
DIR_BYTES=$(curl -fs -o /dev/null -w '%{size_download}' "$BASE/directory")
mkdir -p "$D/www"
python3 -c "import sys; open(sys.argv[1],'wb').write(b'x' * int(sys.argv[2]))" "$D/www/directory.html" "$DIR_BYTES"
PROG_BYTES=$(curl -fs -o /dev/null -w '%{size_download}' "$BASE/events/bench-forum")
python3 -c "import sys; open(sys.argv[1],'wb').write(b'x' * int(sys.argv[2]))" "$D/www/programme.html" "$PROG_BYTES"
python3 -m http.server "$REF_PORT" --bind 127.0.0.1 --directory "$D/www" > "$D/ref.log" 2>&1 &
REF_PID=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "$REF/directory.html" && break; sleep 0.2; done

# --- load ------------------------------------------------------------------------------------------
ROWS=()
run() { # label url [extra header]
  local label=$1 u=$2 hdr=${3:-X-Bench: 1} out code bytes rps p99 non2xx sockerr timeouts note
  code=$(curl -s -o /dev/null -H "$hdr" -w '%{http_code}' "$u")
  bytes=$(curl -s -o /dev/null -H "$hdr" -w '%{size_download}' "$u")
  [ "$code" = 200 ] || echo "   warning: $label answered HTTP $code before the run"
  out=$(wrk -t2 -c32 -d"$DURATION" --latency -H "$hdr" "$u" 2>&1) || { echo "$out"; die "wrk failed on $u"; }
  printf '%s\n' "$out" > "$D/wrk-$(printf '%s' "$label" | tr -cs 'a-zA-Z0-9' '_').txt"
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} END {print n + 0}' <<<"$out")
  # "Socket errors: connect 0, read 0, write 0, timeout 0"
  sockerr=$(awk '/Socket errors:/ {gsub(",", ""); n += $4 + $6 + $8} END {print n + 0}' <<<"$out")
  timeouts=$(awk '/Socket errors:/ {gsub(",", ""); n += $10} END {print n + 0}' <<<"$out")
  note=""
  [ "$non2xx" != 0 ] && note+="$non2xx non-2xx "
  [ "$sockerr" != 0 ] && note+="$sockerr socket errors "
  # wrk leaves requests slower than its 2 s timeout out of the latency figures.
  if [ "$timeouts" != 0 ]; then note+="$timeouts timeouts (>2 s) "; p99=">${p99:-2s}"; fi
  ROWS+=("$label|${rps:-?}|${p99:-?}|$bytes|${note:-none}")
  printf '   %-42s %10s req/s  p99 %-9s %8s B  %s\n' "$label" "${rps:-?}" "${p99:-?}" "$bytes" "$note"
}

echo
echo "-- wrk against Hansa ($DURATION each)"
run "/ (home)"                               "$BASE/"
run "/directory (page 1 of 50)"              "$BASE/directory"
run "/directory?q=seoul"                     "$BASE/directory?q=seoul"
run "/organisations/seoul"                   "$BASE/organisations/seoul"
run "/api/v1/organisations?per_page=50"      "$BASE/api/v1/organisations?per_page=50"
run "/static/hansa.css (in-process static)"  "$BASE/static/hansa.css"
# A per-visitor cookie makes Hansa render every request afresh (the kept-page cache only
# serves visitors without one): these rows show the cost of rendering from the database.
NOCACHE="Cookie: hansa_csrf=bench"
run "/ (home, rendered each time)"             "$BASE/"                                   "$NOCACHE"
run "/directory (rendered each time)"          "$BASE/directory"                          "$NOCACHE"
run "/directory?q=seoul (rendered each time)"  "$BASE/directory?q=seoul"                  "$NOCACHE"
# Accent-blind and native-script searches go through the same term index.
run "/directory?q=sao paulo (rendered each time)" "$BASE/directory?q=sao+paulo"           "$NOCACHE"
run "/directory?q=서울 (rendered each time)"   "$BASE/directory?q=%EC%84%9C%EC%9A%B8"      "$NOCACHE"
run "/directory?q=bel (prefix, rendered each time)" "$BASE/directory?q=bel"               "$NOCACHE"
run "/organisations/seoul (rendered each time)" "$BASE/organisations/seoul"               "$NOCACHE"
run "/api/v1/organisations (rendered each time)" "$BASE/api/v1/organisations?per_page=50" "$NOCACHE"
# The programme of 1,000 sessions: kept, rendered each time, and its calendar file.
run "/events/bench-forum (1,000 sessions)"    "$BASE/events/bench-forum"
run "/events/bench-forum (rendered each time)" "$BASE/events/bench-forum"                 "$NOCACHE"
run "programme.ics (1,000 sessions)"          "$BASE/events/bench-forum/calendar/programme.ics"
run "schedule.xml (1,000 sessions, frab)"      "$BASE/events/bench-forum/schedule.xml"
RSS_AFTER=$(rss_kb "$SERVER_PID")
HWM=$(hwm_kb "$SERVER_PID")
# What the kept-page cache did over the whole run (hits, misses, evictions, bytes held).
CACHE_STATS=$(curl -fs "$BASE/metrics" | awk '/^hansa_page_cache_[a-z_]+ / {sub("hansa_page_cache_", ""); printf "%s%s=%s", sep, $1, $2; sep=", "}' || true)
echo
echo "-- reference: python3 -m http.server, a static file of the /directory page's size ($DIR_BYTES B)"
run "REF python http.server (same bytes)"    "$REF/directory.html"
run "REF python, programme page's bytes"      "$REF/programme.html"

# --- report ----------------------------------------------------------------------------------------
echo
echo "== Results ($TOTAL organisations, SQLite, wrk -t2 -c32 -d$DURATION, $(nproc) cores shared by wrk and server)"
printf '%-44s | %10s | %9s | %8s | %s\n' "endpoint" "req/s" "p99" "bytes" "errors"
printf '%-44s-+-%10s-+-%9s-+-%8s-+-%s\n' "$(printf '%.0s-' {1..44})" "----------" "---------" "--------" "------"
for r in "${ROWS[@]}"; do
  IFS='|' read -r l a b c e <<<"$r"
  printf '%-44s | %10s | %9s | %8s | %s\n' "$l" "$a" "$b" "$c" "$e"
done
echo
printf 'Hansa RSS: %d MiB idle before load, %d MiB after load (peak VmHWM %d MiB)\n' $((RSS_IDLE / 1024)) $((RSS_AFTER / 1024)) $((HWM / 1024))
echo "Page cache: ${CACHE_STATS:-no metrics}"
DIR_RPS=""; DIR_P99=""
for r in "${ROWS[@]}"; do
  IFS='|' read -r l a b c e <<<"$r"
  if [[ $l == "/directory (page 1 of 50)" ]]; then DIR_RPS=$a; DIR_P99=$b; fi
done
echo "Field: pretalx ~68 req/s with p99 ~1 s; Indico timetable ~3 req/s; both ~500 MB RSS."
echo "Hansa: /directory ${DIR_RPS:-?} req/s with p99 ${DIR_P99:-?}, $((RSS_AFTER / 1024)) MiB RSS after load."
if [[ $DIR_RPS =~ ^[0-9.]+$ ]]; then
  python3 -c "import sys; r=float(sys.argv[1]); print(f'       that is {r/68:.0f}x pretalx and {r/3:.0f}x the Indico timetable in throughput, at {int(sys.argv[2])/1024/500:.0%} of their memory.')" "$DIR_RPS" "$RSS_AFTER"
fi
if [ "$(basename "$(dirname "$HANSA_BIN")")" = debug ]; then echo "NOTE: $HANSA_BIN looks like a DEBUG build: numbers are not representative."; fi
exit 0
