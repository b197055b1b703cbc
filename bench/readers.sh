#!/usr/bin/env bash
# One article read across the whole set by members of many cells, against the trivial endpoint in the
# same run (issue 12; the READERS sharing of the answer cache). Closed loop (wrk), bounded, 127.0.0.1.
#
# Usage: bench/readers.sh [rounds=2] [seconds=8] [connections=32]
#   Needs the data set of bench/province.sh (bench/target/province/out, its env.sh names the server;
#   BASE=http://127.0.0.1:PORT/api overrides it). Interleaves, per round: /api/ping, the article of a
#   rotating id over the articles every member may read (addressed to the root), the article over the
#   whole set (district articles answer 404 to members of other districts: counted as non-2xx), ping.
#   Ids and tokens rotate (bench/scenario.lua, READ=article: token and id change on every request).
#   Prints one table: req/s, p50, p99, non-2xx and the ratio to the mean of the pings of its round.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-2}; SECS=${2:-8}; CONNS=${3:-32}
OUT=bench/target/province/out
[ -f "$OUT/env.sh" ] || { echo "run bench/province.sh first" >&2; exit 1; }
B=${BASE:-$(sed -n 's/^BASE=//p' "$OUT/env.sh")}
ADMIN=$(sed -n 's/^ADMIN_TOKEN=//p' "$OUT/env.sh")
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 1; }
W=bench/target/readers; mkdir -p "$W/root"
DATA=$(cd "$OUT" && pwd)
# the articles addressed to the root (readable by every member): the most common audience of the set
if [ ! -s "$W/root/articles.txt" ]; then
  while read -r id; do
    a=$(curl -s -H "Authorization: Bearer $ADMIN" "$B/news/articles/$id" | sed -n 's/.*"audienceOrgId":\([0-9]*\).*/\1/p')
    echo "$id $a"
  done < "$OUT/articles.txt" > "$W/audiences.txt"
  root=$(awk '{print $2}' "$W/audiences.txt" | sort | uniq -c | sort -rn | awk 'NR==1 {print $2}')
  awk -v r="$root" '$2 == r {print $1}' "$W/audiences.txt" > "$W/root/articles.txt"
fi
ROOT=$(cd "$W/root" && pwd)
echo "articles: $(wc -l < "$OUT/articles.txt") in the set, $(wc -l < "$ROOT/articles.txt") addressed to the root;" \
  "tokens: $(wc -l < "$OUT/members.tsv") members of $(cut -f3 "$OUT/members.tsv" | sort -u | wc -l) cells; $B"
run() { # name READ readable-folder
  local out rps p50 p99 non
  out=$(DATA="$DATA" ${3:+READABLE="$3"} READ=$2 wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s bench/scenario.lua "${B%/api}")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out"); non=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$1|$rps|$p50|$p99|${non:-0}"
}
DATA="$DATA" READ=mix wrk -t2 -c16 -d"${WARMUP:-10}s" -s bench/scenario.lua "${B%/api}" >/dev/null 2>&1 || true
echo "| round | request | req/s | p50 | p99 | non-2xx | vs ping (same round) |"
echo "|---|---|---|---|---|---|---|"
for r in $(seq 1 "$ROUNDS"); do
  rows=("$(run ping ping)" "$(run "article, addressed to the root" article "$ROOT")" "$(run "article, whole set" article)" "$(run ping ping)")
  ping=$(printf '%s\n' "${rows[0]}" "${rows[3]}" | awk -F'|' '{s += $2} END {print s / 2}')
  for row in "${rows[@]}"; do
    IFS='|' read -r name rps p50 p99 non <<<"$row"
    echo "| $r | $name | $rps | $p50 | $p99 | $non | $(awk -v a="$rps" -v p="$ping" 'BEGIN {printf "%.2fx", a / p}') |"
  done
done
