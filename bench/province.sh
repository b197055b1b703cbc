#!/usr/bin/env bash
# A province-sized data set (issue 12): 150,000 members in 6,000 cells (× SCALE), made through the
# platform's own CSV import and REST APIs, against 127.0.0.1 only. Bench data, not production data.
#
# Usage: bench/province.sh [scale=1.0]          (build first: mvn install -DskipTests)
#   env: PORT, THREADS (client threads, default 8), PER_CELL (tokens per cell, default 6), KEEP, BASE + ADMIN_TOKEN
#   The generator is bench/province/Province.java (HTTP phases) + ProvinceTree.java (tree, members,
#   names; seeded), compiled here with javac. Full province: ~8 min on the 2-core machine (loaded),
#   0 failures; the figures are in docs/performance.md, "The province data set".
#   scale 1.0 = 150,000 members / 6,000 cells; 0.1 = 15,000 members / 600 cells (quick runs).
#   Boots its own copy of karaf-assembly/target/assembly: HTTP on $PORT (default 28481), SSH and RMI on
#   the next three ports, data under bench/target/province/karaf, started with
#   EXTRA_JAVA_OPTS="-Dsotay.demo=true" (the demo's root Tỉnh ủy "TU" and its admin 0900000001 /
#   Demo@2024 are kept; the generated province hangs under that root). In the copy,
#   etc/vn.sotay.accounts.cfg says `iterations = 1000` so that giving thousands of members a password
#   and logging them in is cheap (logins cost ~0.3 s of CPU each with the shipped 600,000).
#   BASE=http://host:port/api ADMIN_TOKEN=... skips the boot and generates into a running distribution
#   (which must have the demo province, or at least an org "TU" as root, and cheap hashing if you
#   want it fast). KEEP=1 leaves the booted copy running afterwards (it prints how to stop it:
#   bench/target/province/karaf/bin/stop, or kill $PID from env.sh).
#
# Output (the contract the scenario bench reads), in bench/target/province/out/:
#   members.tsv    token<TAB>memberId<TAB>cellId<TAB>login   members holding a working bearer token
#                  (they logged in): PER_CELL (default 6) official or probationary members of each of
#                  ~1,000 × scale cells (≥ 5,000 × scale members), the cells that meet this evening
#                  (meetings.tsv; the meeting's roll is the whole cell, the others have no token)
#   passwords.tsv  login<TAB>password   ≥ 500 × scale other members with a password who have not
#                  logged in yet (for the scenario's login share)
#   articles.txt   ids of approved (published) news articles, one per line
#   documents.txt  ids of approved party documents, one per line
#   notices.txt    ids of notices (addressed at province, district, base and cell level)
#   meetings.tsv   meetingId<TAB>cellId<TAB>checkInCode-or-empty   this evening's meetings: every
#                  cell's regular meeting starts 5 minutes after generation; the 1,000 × scale listed
#                  here (the cells of members.tsv) are OPEN, so members check in with the code at once
#                  and stay able to while the meeting is open (no end enforced)
#   votes.tsv      voteId<TAB>meetingId   open votes in those meetings
#   queries.txt    Vietnamese search queries (with and without diacritics) that hit the documents
#   env.sh         BASE=, ADMIN_TOKEN=, PID= (karaf, if booted here), counts (MEMBERS=, CELLS=, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-1.0}
PORT=${PORT:-28481}
THREADS=${THREADS:-8}
PER_CELL=${PER_CELL:-6}
DIST=${DIST:-karaf-assembly/target/assembly}
WORK=bench/target/province
OUT=$WORK/out
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
login() { curl -sf -X POST "$1/auth/login" -H 'Content-Type: application/json' -d "{\"login\":\"$2\",\"password\":\"$3\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
PID=
if [ -z "${BASE:-}" ]; then
  [ -x "$DIST/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
  if [ -f "$WORK/karaf/bin/stop" ]; then "$WORK/karaf/bin/stop" >/dev/null 2>&1 || true; sleep 3; fi
  rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$DIST" "$WORK/karaf"
  K=$WORK/karaf
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$K/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $((PORT + 1))/" "$K/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((PORT + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((PORT + 3))/" "$K/etc/org.apache.karaf.management.cfg"
  # thousands of members get a password and log in: hash cheaply in this bench copy (never in production)
  printf 'iterations = 1000\n' > "$K/etc/vn.sotay.accounts.cfg"
  BASE=http://127.0.0.1:$PORT/api
  EXTRA_JAVA_OPTS="-Dsotay.demo=true ${EXTRA_JAVA_OPTS:-}" KARAF_REDIRECT="$PWD/$WORK/karaf-stdout.log" "$K/bin/start"
  [ "${KEEP:-0}" = 1 ] || trap '"$K/bin/stop" >/dev/null 2>&1 || true' EXIT
  for i in $(seq 1 240); do curl -sf -o /dev/null "$BASE/ping" && break; sleep 1; done
  until ADMIN_TOKEN=$(login "$BASE" 0900000001 Demo@2024 2>/dev/null) && [ -n "$ADMIN_TOKEN" ]; do sleep 1; done   # demo data loads after boot
  until curl -sf "$BASE/documents?limit=1" -H "Authorization: Bearer $ADMIN_TOKEN" | grep -q '"id"'; do sleep 1; done  # and the modules' demo data
  sleep 3
  PID=$(pgrep -f "karaf.base=$(cd "$K" && pwd)" | head -1 || true)
fi
mkdir -p "$OUT"
t0=$(date +%s)
rc=0
javac -d "$WORK/classes" bench/province/*.java
java -Xmx2g -cp "$WORK/classes" vn.sotay.bench.Province "${BASE%/api}" "$ADMIN_TOKEN" "$SCALE" "$OUT" "$THREADS" "$PER_CELL" || rc=$?
{ echo "BASE=$BASE"; echo "ADMIN_TOKEN=$ADMIN_TOKEN"; echo "PID=$PID"; echo "SCALE=$SCALE"; cat "$OUT/counts.env"; } > "$OUT/env.sh"
echo "generated in $(( $(date +%s) - t0 )) s (exit $rc); files in $OUT"
[ -z "$PID" ] || echo "Derby: $(du -sh "$WORK/karaf/data" | cut -f1) under $WORK/karaf/data; Karaf RSS $(ps -o rss= -p "$PID" | awk '{printf "%d MB", $1/1024}')"
if [ -n "$PID" ] && [ "${KEEP:-0}" = 1 ]; then echo "left running (pid $PID): stop with $WORK/karaf/bin/stop"; fi
exit $rc
