#!/usr/bin/env bash
# The last minute of a contest (issue 13) against 127.0.0.1 only: boots its own copy of the built
# distribution (HTTP on $PORT, default 28681; SSH and RMI on the next three ports; data under
# bench/target/contest) with the demo province, then runs bench/ContestRush.java: the administrator
# imports a bank and creates CONTESTS contests of QUESTIONS questions open to the province; every
# participant starts an attempt at each; then, measured, every attempt saves ANSWERS answers (a tenth
# changed once more) and submits, all at once on THREADS client threads. Prints a Markdown table
# (requests, p50, p99, errors per operation), submissions per second, and the check that every
# acknowledged answer was kept (each attempt read back after).
# Participants: the demo members (about 280 with the demo data), or MEMBERS=bench/target/province/out/members.tsv
# (thousands: run bench/province.sh with KEEP=1 first and pass its BASE and ADMIN_TOKEN).
# BASE=http://host:port/api ADMIN_TOKEN=... skips the boot and runs against a running distribution.
# Usage: bench/contest.sh [contests=8] [questions=30] [answers=30] [threads=48]   (build first: mvn install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
CONTESTS=${1:-8}
QUESTIONS=${2:-30}
ANSWERS=${3:-30}
THREADS=${4:-48}
PORT=${PORT:-28681}
DIST=${DIST:-karaf-assembly/target/assembly}
WORK=bench/target/contest
PASSWORD='Bench@2024thi'
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
  for i in $(seq 1 300); do curl -sf -o /dev/null "$BASE/ping" && break; sleep 1; done
  until ADMIN_TOKEN=$(login "$BASE" 0900000001 Demo@2024 2>/dev/null) && [ -n "$ADMIN_TOKEN" ]; do sleep 1; done   # demo data loads after boot
  sleep 5
fi
java bench/ContestRush.java "${BASE%/api}" "$ADMIN_TOKEN" "$CONTESTS" "$QUESTIONS" "$ANSWERS" "$THREADS" "$PASSWORD" ${MEMBERS:+"$MEMBERS"}
