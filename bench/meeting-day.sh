#!/usr/bin/env bash
# The meeting day against 127.0.0.1 only: boots its own copy of the built distribution (HTTP on $PORT,
# default 28381; SSH and RMI on the next three ports; data under bench/target/meeting-day) with the demo
# province, then runs bench/MeetingDay.java: members of CELLS cells open their meeting and its votes,
# check in and vote at once on THREADS client threads, ROUNDS pairs of votes (open and secret) per
# meeting; prints a Markdown table (requests, p50, p99, errors per operation), votes per second, and
# the check that every acknowledged ballot was counted exactly once in the closed votes.
# BASE=http://host:port/api ADMIN_TOKEN=... skips the boot and runs against a running distribution
# (with the demo province; it makes accounts and meetings there).
# Usage: bench/meeting-day.sh [cells=20] [rounds=3] [threads=32]   (build first: mvn install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
CELLS=${1:-20}
ROUNDS=${2:-3}
THREADS=${3:-32}
PORT=${PORT:-28381}
DIST=${DIST:-karaf-assembly/target/assembly}
WORK=bench/target/meeting-day
PASSWORD='Bench@2024meet'
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
login() { curl -sf -X POST "$1/auth/login" -H 'Content-Type: application/json' -d "{\"login\":\"$2\",\"password\":\"$3\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
if [ -z "${BASE:-}" ]; then
  [ -x "$DIST/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
  rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$DIST" "$WORK/karaf"
  K=$WORK/karaf
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$K/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $((PORT + 1))/" "$K/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((PORT + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((PORT + 3))/" "$K/etc/org.apache.karaf.management.cfg"
  # hundreds of members get a password: hash cheaply in this copy (logins are not what is measured here)
  printf 'iterations = 1000\n' > "$K/etc/vn.sotay.accounts.cfg"
  BASE=http://127.0.0.1:$PORT/api
  EXTRA_JAVA_OPTS="-Dsotay.demo=true" KARAF_REDIRECT="$PWD/$WORK/karaf-stdout.log" "$K/bin/start"
  trap '"$K/bin/stop" >/dev/null 2>&1 || true' EXIT
  for i in $(seq 1 240); do curl -sf -o /dev/null "$BASE/ping" && break; sleep 1; done
  until ADMIN_TOKEN=$(login "$BASE" 0900000001 Demo@2024 2>/dev/null) && [ -n "$ADMIN_TOKEN" ]; do sleep 1; done   # demo data loads after boot
  sleep 5
fi
java bench/MeetingDay.java "${BASE%/api}" "$ADMIN_TOKEN" "$CELLS" "$ROUNDS" "$THREADS" "$PASSWORD"
