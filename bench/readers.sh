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
# (member, article) pairs over the whole set, each readable by its member (the article's audience is on
# the member's path from cell to root): every article is read, by members of every cell holding a token
if [ ! -s "$W/pairs.tsv" ]; then
  curl -s -H "Authorization: Bearer $ADMIN" "$B/org/tree" > "$W/tree.json"
  python3 - "$W/tree.json" "$W/audiences.txt" "$OUT/members.tsv" "$W/pairs.tsv" <<'PY'
import json, random, sys
parent = {}
def walk(nodes, up):
    for n in nodes:
        parent[n["id"]] = up
        walk(n.get("children") or [], n["id"])
walk(json.load(open(sys.argv[1])), None)
def path(c):
    out = set()
    while c is not None:
        out.add(c); c = parent.get(c)
    return out
arts = [l.split() for l in open(sys.argv[2]) if len(l.split()) == 2]
pairs = []
for l in open(sys.argv[3]):
    f = l.rstrip("\n").split("\t")
    p = path(int(f[2]))
    pairs += [(f[0], a) for a, aud in arts if int(aud) in p]
random.Random(12).shuffle(pairs)
with open(sys.argv[4], "w") as o:
    for t, a in pairs[:60000]:
        o.write(t + "\t" + a + "\n")
PY
fi
PAIRS=$(cd "$W" && pwd)/pairs.tsv
echo "pairs: $(wc -l < "$PAIRS") (member, readable article), $(cut -f2 "$PAIRS" | sort -u | wc -l) articles, $(cut -f1 "$PAIRS" | sort -u | wc -l) members"
echo "articles: $(wc -l < "$OUT/articles.txt") in the set, $(wc -l < "$ROOT/articles.txt") addressed to the root;" \
  "tokens: $(wc -l < "$OUT/members.tsv") members of $(cut -f3 "$OUT/members.tsv" | sort -u | wc -l) cells; $B"
run() { # name READ readable-folder
  local out rps p50 p99 non
  if [ "$2" = pairs ]; then
    out=$(env PAIRS="$PAIRS" wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s bench/reader-pairs.lua "${B%/api}")
  else
    out=$(env DATA="$DATA" ${3:+READABLE="$3"} READ="$2" wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s bench/scenario.lua "${B%/api}")
  fi
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out"); non=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$1|$rps|$p50|$p99|${non:-0}"
}
DATA="$DATA" READ=mix wrk -t2 -c16 -d"${WARMUP:-10}s" -s bench/scenario.lua "${B%/api}" >/dev/null 2>&1 || true
echo "| round | request | req/s | p50 | p99 | non-2xx | vs ping (same round) |"
echo "|---|---|---|---|---|---|---|"
for r in $(seq 1 "$ROUNDS"); do
  rows=("$(run ping ping)" "$(run "article, whole set, each pair readable" pairs)" "$(run "article, addressed to the root" article "$ROOT")" \
    "$(run "article, whole set, any member (404s)" article)" "$(run ping ping)")
  ping=$(printf '%s\n' "${rows[0]}" "${rows[4]}" | awk -F'|' '{s += $2} END {print s / 2}')
  for row in "${rows[@]}"; do
    IFS='|' read -r name rps p50 p99 non <<<"$row"
    echo "| $r | $name | $rps | $p50 | $p99 | $non | $(awk -v a="$rps" -v p="$ping" 'BEGIN {printf "%.2fx", a / p}') |"
  done
done
