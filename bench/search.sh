#!/usr/bin/env bash
# Full-text search against the trivial endpoint, side by side in one run (issue 12): closed-loop wrk
# (-t2 -cC -dS s, bench/scenario.lua: rotating queries of queries.txt and member tokens of members.tsv,
# over the whole data set) on /api/ping then /api/search, ROUNDS times, against 127.0.0.1 only; one line
# per run with req/s, p50, p99, non-2xx and the Karaf JVM's CPU time per request (utime + stime of the
# process from /proc, so a figure that depends less on what else the machine runs than req/s does).
#
# Usage: bench/search.sh [port=28481]        env: S (8), C (32), ROUNDS (3), DATA (bench/target/province/out)
#   Needs the province data set and its copy running (KEEP=1 bench/province.sh 1.0). Results and how
#   they were taken: docs/performance.md, "Search at province size".
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-28481}
DATA=${DATA:-bench/target/province/out}
S=${S:-8}; C=${C:-32}; ROUNDS=${ROUNDS:-3}
PID=$(ss -ltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$PID" ] || { echo "nothing listens on 127.0.0.1:$PORT" >&2; exit 1; }
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
tick=$(getconf CLK_TCK)
for r in $(seq 1 "$ROUNDS"); do
  for read in ping search; do
    c0=$(cpu)
    o=$(DATA="$PWD/$DATA" READ=$read wrk -t2 -c"$C" -d"${S}s" --latency -s bench/scenario.lua "http://127.0.0.1:$PORT")
    c1=$(cpu)
    n=$(echo "$o" | awk '/requests in/ {print $1}')
    echo "round $r $read req/s=$(echo "$o" | awk '/Requests\/sec/ {print $2}') p50=$(echo "$o" | awk '$1=="50%" {print $2}')" \
      "p99=$(echo "$o" | awk '$1=="99%" {print $2}') requests=$n non2xx=$(echo "$o" | awk '/Non-2xx/ {print $5}' | grep . || echo 0)" \
      "cpu_ms_per_request=$(awk -v a="$c0" -v b="$c1" -v n="$n" -v t="$tick" 'BEGIN {printf "%.3f", (b - a) * 1000 / t / n}')" \
      "load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
