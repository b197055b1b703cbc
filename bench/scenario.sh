#!/usr/bin/env bash
# The meeting evening (issue 12), against 127.0.0.1 only, bounded: an OPEN-model Gatling run (requests
# arrive at the offered rate whatever the server answers: a ramp, then a plateau of SECONDS) of members
# of thousands of cells opening the app, their inbox and notices, the meeting page, checking in,
# voting, reading an article and a document, searching, some logging in (LOGIN_SHARE of all requests);
# then a closed-loop wrk phase (wrk -t2 -c32 -d8s per read, rotating ids and tokens: bench/scenario.lua)
# on /api/ping and on each hot read, for the ratio to the trivial endpoint in the same run. Prints ONE
# Markdown table (per endpoint and for the whole scenario: req/s, p50, p99, errors, max req/s closed
# loop, ratio to /api/ping) and the check that every acknowledged check-in and ballot was kept; writes
# it to bench/target/scenario/table.md. The mix and why: docs/performance.md, "The meeting evening".
#
# Usage: bench/scenario.sh [rate=3000] [seconds=60] [loginShare=0]     e.g. bench/scenario.sh 300 20 0.05
#   Data (the contract in bench/province.sh's header): bench/target/province/out/. When missing, runs
#   `KEEP=1 bench/province.sh $SCALE` (SCALE default 0.1). The server is the one in out/env.sh (BASE)
#   if it answers, else the province's copy bench/target/province/karaf is started (and stopped after).
#   DATA=demo: a tiny stand-in instead (the demo province, ~250 members; made once by booting a copy of
#   karaf-assembly/target/assembly on PORT, default 28581, under bench/target/scenario-demo, reused
#   afterwards; FRESH=1 makes it again). A copy started here is stopped at the end.
#   MVN_ARGS: extra Maven arguments for the Gatling build (e.g. "-o -Dmaven.repo.local=...").
#   With a login share, the accounts of passwords.tsv are first given their password again at the
#   shipped hashing cost (LOGIN_ITERATIONS=600000 in the copy's etc/vn.sotay.accounts.cfg; once per data set).
#   WARMUP (20): seconds of closed-loop read mix before the run, not measured.
#   ONLY_PING=true: the calibration run: the whole offered rate on GET /api/ping (what the machine and
#   the client on it hold at all; the ratio phase still runs).
#   WRK_SECONDS (8), WRK_CONNS (32): the ratio phase. Bench only: bench/gatling is not in the reactor.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-3000}
SECONDS_=${2:-60}
LOGIN_SHARE=${3:-0}
RAMP=${RAMP:-$(( SECONDS_ / 3 < 20 ? (SECONDS_ / 3 > 0 ? SECONDS_ / 3 : 1) : 20 ))}
WRK_SECONDS=${WRK_SECONDS:-8}
WRK_CONNS=${WRK_CONNS:-32}
OUTDIR=bench/target/scenario
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null); }
command -v mvn >/dev/null || { echo "needs Maven (mvn)" >&2; exit 1; }
mkdir -p "$OUTDIR"
STARTED=""
stop_started() { [ -z "$STARTED" ] || "$STARTED/bin/stop" >/dev/null 2>&1 || true; }
trap stop_started EXIT
wait_ping() { for _ in $(seq 1 240); do curl -sf -o /dev/null "$1/ping" && return 0; sleep 1; done; echo "no REST at $1" >&2; return 1; }

if [ "${DATA:-province}" = demo ]; then
  DATA_DIR=bench/target/scenario-demo/out
  K=bench/target/scenario-demo/karaf
  if [ -n "${FRESH:-}" ] || [ ! -s "$DATA_DIR/members.tsv" ]; then   # made once, reused by later runs (FRESH=1: again)
    PORT=${PORT:-28581}
    DIST=${DIST:-karaf-assembly/target/assembly}
    [ -x "$DIST/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
    [ ! -x "$K/bin/stop" ] || "$K/bin/stop" >/dev/null 2>&1 || true
    rm -rf bench/target/scenario-demo && mkdir -p bench/target/scenario-demo && cp -r "$DIST" "$K"
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$K/etc/org.ops4j.pax.web.cfg"
    sed -i "s/^sshPort *=.*/sshPort = $((PORT + 1))/" "$K/etc/org.apache.karaf.shell.cfg"
    sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((PORT + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((PORT + 3))/" "$K/etc/org.apache.karaf.management.cfg"
    printf 'iterations = 1000\n' > "$K/etc/vn.sotay.accounts.cfg"   # hundreds of passwords are set: hash cheaply in this copy
    EXTRA_JAVA_OPTS="-Dsotay.demo=true" KARAF_REDIRECT="$PWD/bench/target/scenario-demo/karaf-stdout.log" "$K/bin/start"
    STARTED=$K
    wait_ping "http://127.0.0.1:$PORT/api"
    until curl -sf -o /dev/null -X POST "http://127.0.0.1:$PORT/api/auth/login" -H 'Content-Type: application/json' \
        -d '{"login":"0900000001","password":"Demo@2024"}'; do sleep 1; done   # demo data loads after boot
    sleep 10   # the demo news, documents and meetings load in turn after the accounts
    python3 bench/scenario-demo-data.py "http://127.0.0.1:$PORT" "$DATA_DIR"
  fi
else
  DATA_DIR=bench/target/province/out
  if [ ! -s "$DATA_DIR/members.tsv" ]; then
    KEEP=1 bench/province.sh "${SCALE:-0.1}"
    STARTED=bench/target/province/karaf   # left running by KEEP=1 for this run, stopped at its end
  fi
fi
# shellcheck disable=SC1091
. "$DATA_DIR/env.sh"
if ! curl -sf -o /dev/null "$BASE/ping"; then
  K=${K:-bench/target/province/karaf}
  [ -x "$K/bin/start" ] || { echo "no server at $BASE and no $K to start" >&2; exit 1; }
  KARAF_REDIRECT="$PWD/$(dirname "$K")/karaf-stdout.log" "$K/bin/start"
  STARTED=$K
  wait_ping "$BASE"
  sleep 5
fi
PID=$(pgrep -f "karaf.base=$(cd "${K:-bench/target/province/karaf}" 2>/dev/null && pwd)" | head -1 || true)
ABS_DATA=$(cd "$DATA_DIR" && pwd)
ABS_OUT=$(cd "$OUTDIR" && pwd)

# logins at their real cost: the data set's passwords were hashed cheaply (1,000 iterations) to make it
# fast; with a login share the login accounts get the shipped 600,000 again (LOGIN_ITERATIONS), once
K=${K:-bench/target/province/karaf}
ITER=${LOGIN_ITERATIONS:-600000}
if [ "$(awk "BEGIN {print ($LOGIN_SHARE > 0)}")" = 1 ] && [ -d "$K/etc" ] && [ ! -f "$DATA_DIR/.logins-at-$ITER" ]; then
  printf 'iterations = %s\n' "$ITER" > "$K/etc/vn.sotay.accounts.cfg"
  sleep 5   # Karaf's file watcher hands the new cost to the accounts service
  python3 bench/scenario-logins.py "${BASE%/api}" "$ADMIN_TOKEN" "$DATA_DIR/passwords.tsv" && touch "$DATA_DIR/.logins-at-$ITER"
fi

# warm-up, not measured: the evening's server has run all day (JIT, Derby pages, caches); 20 s of
# the read mix in a closed loop
DATA="$ABS_DATA" READ=mix wrk -t2 -c16 -d"${WARMUP:-20}s" -s bench/scenario.lua "${BASE%/api}" >/dev/null 2>&1 || true

# 1. the open model: Gatling (bench/gatling, Java DSL), set-up and check in the simulation's own hooks
echo "meeting evening: offered $RATE req/s (ramp ${RAMP} s, plateau ${SECONDS_} s), logins ${LOGIN_SHARE} of requests, data $DATA_DIR, $BASE"
rm -rf bench/gatling/target/gatling "$ABS_OUT/checks.txt" "$ABS_OUT/articles.txt" "$ABS_OUT/documents.txt"
# shellcheck disable=SC2086
mvn -B -ntp -q ${MVN_ARGS:-} -f bench/gatling/pom.xml test-compile gatling:test \
  -Dsotay.base="${BASE%/api}" -Dsotay.adminToken="${ADMIN_TOKEN:-}" -Dsotay.data="$ABS_DATA" -Dsotay.out="$ABS_OUT" \
  -Dsotay.rate="$RATE" -Dsotay.seconds="$SECONDS_" -Dsotay.ramp="$RAMP" -Dsotay.loginShare="$LOGIN_SHARE" \
  -Dsotay.onlyPing="${ONLY_PING:-false}" \
  > "$OUTDIR/gatling.log" 2>&1 || { tail -40 "$OUTDIR/gatling.log"; echo "gatling failed: $OUTDIR/gatling.log" >&2; exit 1; }
RUN=$(ls -d bench/gatling/target/gatling/*/ | tail -1)
rss_load=$([ -n "$PID" ] && ps -o rss= -p "$PID" | awk '{printf "%d", $1/1024}' || echo "?")

# 2. the ratio: closed loop at full speed, one hot read at a time, interleaved with the trivial endpoint
: > "$OUTDIR/wrk.txt"
for read in ping article news inbox notices meeting document search mix ping; do
  out=$(DATA="$ABS_DATA" READABLE="$ABS_OUT" READ=$read wrk -t2 -c"$WRK_CONNS" -d"${WRK_SECONDS}s" --latency -s bench/scenario.lua "${BASE%/api}")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errs=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out"); non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$read|$rps|$p50|$p99|$(( ${errs:-0} + ${non2xx:-0} ))" >> "$OUTDIR/wrk.txt"
done

# 3. the table
python3 bench/scenario-table.py "$RUN" "$OUTDIR/wrk.txt" "$RAMP" "$SECONDS_" > "$OUTDIR/table.md"
{
  echo
  echo "Offered $RATE req/s (ramp ${RAMP} s then ${SECONDS_} s), logins $(awk "BEGIN {print $LOGIN_SHARE * 100}")% of requests; $(nproc) cores shared by Karaf, Gatling and wrk; $(date -u +%Y-%m-%dT%H:%MZ)."
  echo "Data: $( [ "${DATA:-province}" = demo ] && echo "demo stand-in" || echo "province" ) $(grep -E '^(SCALE|MEMBERS|TOKENS|CELLS|MEETINGS|MEETINGS_OPEN|ARTICLES|DOCUMENTS|NOTICES)=' "$DATA_DIR/env.sh" | tr '\n' ' ')"
  echo "Karaf RSS after the run: ${rss_load} MB. Max req/s: wrk -t2 -c$WRK_CONNS -d${WRK_SECONDS}s closed loop, rotating ids and tokens (bench/scenario.lua), after the Gatling run."
  echo
  sed 's/^/Check: /' "$OUTDIR/checks.txt" 2>/dev/null || echo "Check: missing (see $OUTDIR/gatling.log)"
} >> "$OUTDIR/table.md"
cat "$OUTDIR/table.md"
grep -q FAILED "$OUTDIR/checks.txt" && exit 1 || exit 0
