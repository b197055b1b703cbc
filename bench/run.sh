#!/usr/bin/env bash
# Bounded load benchmark of Sổ Tay against 127.0.0.1 only: boots its own copy of the built
# distribution (ports 28181/28101, own data folder under bench/target), measures boot to REST-ready
# and memory, then runs wrk side by side on the trivial endpoint (/api/ping) and the notices list
# (/api/notices as a member with unread and read notices), the news feed and one article, the
# documents library filtered by type and level, and a full-text documents search (over the demo
# library plus 300 documents posted here), and prints a Markdown table. DIST=<folder> benchmarks another built distribution.
# Usage: bench/run.sh [seconds per run=10] [connections=32] [rounds=3]   (needs: mvn install -DskipTests first)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNS=${2:-32}
ROUNDS=${3:-3}
PORT=28181
DIST=${DIST:-karaf-assembly/target/assembly}
WORK=bench/target/karaf
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null); }
[ -x "$DIST/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

rm -rf "$WORK" && mkdir -p "$(dirname "$WORK")" && cp -r "$DIST" "$WORK"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$WORK/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 28101/" "$WORK/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = 21099/; s/^rmiServerPort *=.*/rmiServerPort = 54444/" "$WORK/etc/org.apache.karaf.management.cfg"

B=http://127.0.0.1:$PORT/api
start=$(date +%s%N)
EXTRA_JAVA_OPTS="-Dsotay.demo=true" KARAF_REDIRECT="$PWD/bench/target/karaf-stdout.log" "$WORK/bin/start"
trap '"$WORK/bin/stop" >/dev/null 2>&1 || true' EXIT
until curl -sf -o /dev/null "$B/ping"; do sleep 0.2; [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 180 ] || { echo "no REST after 180 s" >&2; exit 1; }; done
boot_ms=$(( ($(date +%s%N) - start) / 1000000 ))
login() { curl -sf -X POST "$B/auth/login" -H 'Content-Type: application/json' -d "{\"login\":\"$1\",\"password\":\"Demo@2024\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
until TOKEN=$(login 0900000007 2>/dev/null) && [ -n "$TOKEN" ]; do sleep 1; done   # demo data loads after boot
SENDER=$(login 0900000002)
TP=$(curl -sf "$B/org/tree" -H "Authorization: Bearer $SENDER" | grep -o '"id":[0-9]*,"code":"TP"' | grep -o '[0-9]*' | head -1)
for i in $(seq 1 30); do
  curl -sf -o /dev/null -X POST "$B/notices" -H "Authorization: Bearer $SENDER" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Thông báo số $i về sinh hoạt chi bộ tháng 12\",\"body\":\"Nội dung thông báo số $i gửi các chi bộ trực thuộc.\",\"audienceOrgId\":$TP}"
done
for i in $(seq 1 10); do curl -sf -o /dev/null "$B/notices/$i" -H "Authorization: Bearer $TOKEN"; done
# 30 articles through the editorial workflow: the editor drafts and submits, the provincial admin approves
EDITOR=$(login 0900000005); ADMIN=$(login 0900000001)
ROOT=$(curl -sf "$B/org/tree" -H "Authorization: Bearer $ADMIN" | grep -o '"id":[0-9]*,"code":"TU"' | grep -o '[0-9]*' | head -1)
ARTICLE=""
for i in $(seq 1 30); do
  featured=$([ "$i" -le 3 ] && echo true || echo false)
  a=$(curl -sf -X POST "$B/news/articles" -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Tin hoạt động số $i của Thành ủy Bình Sơn\",\"body\":\"<p>Sáng nay, Thành ủy tổ chức hội nghị quán triệt Nghị quyết số $i.</p><p>Các chi bộ trực thuộc triển khai kế hoạch học tập trong tháng.</p>\",\"category\":\"committee\",\"featured\":$featured,\"featuredOrder\":$i,\"audienceOrgId\":$TP}" \
    | grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*')
  curl -sf -o /dev/null -X POST "$B/news/articles/$a/submit" -H "Authorization: Bearer $EDITOR"
  curl -sf -o /dev/null -X POST "$B/news/articles/$a/approve" -H "Authorization: Bearer $ADMIN"
  ARTICLE=${ARTICLE:-$a}
done
# 300 documents through the review workflow on top of the 27 demo ones (which carry PDFs)
until [ "$(curl -sf "$B/documents?limit=100" -H "Authorization: Bearer $ADMIN" | grep -o '"number"' | wc -l)" -ge 25 ]; do sleep 1; done
TYPES=(NQ CT KL HD BC CV KH TB)
for i in $(seq 1 300); do
  t=${TYPES[$((i % 8))]}
  d=$(curl -sf -X POST "$B/documents" -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' \
    -d "{\"number\":\"$((1000 + i))-$t/TU\",\"issuerName\":\"Tỉnh ủy Bình Sơn\",\"ownerOrgId\":$ROOT,\"issuedOn\":\"202$((i % 5 + 1))-0$((i % 9 + 1))-1$((i % 9))\",\"title\":\"Văn bản số $i về công tác xây dựng Đảng và chuyển đổi số\",\"summary\":\"Nội dung triển khai nghị quyết, kế hoạch sinh hoạt chi bộ số $i.\"}" \
    | grep -o '"id":[0-9]*' | head -1 | grep -o '[0-9]*')
  curl -sf -o /dev/null -X POST "$B/documents/$d/submit" -H "Authorization: Bearer $EDITOR"
  curl -sf -o /dev/null -X POST "$B/documents/$d/approve" -H "Authorization: Bearer $ADMIN"
done
pid=$(pgrep -f "karaf.base=$(cd "$WORK" && pwd)" | head -1)
rss_idle=$(ps -o rss= -p "$pid" | awk '{printf "%d", $1/1024}')

run() { # name url [header]: one wrk run, printed as name|req/s|p50|p99|errors
  local out; out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency ${3:+-H "$3"} "$2")
  local rps p50 p99 errs non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errs=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out"); non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  echo "$1|${rps}|${p50}|${p99}|$(( ${errs:-0} + ${non2xx:-0} ))"
}
curl -sf -o /dev/null "$B/notices" -H "Authorization: Bearer $TOKEN"   # warm up
DOCS_LIST="documents?type=NQ&level=PROVINCE"
DOCS_SEARCH="documents/search?q=nghi%20quyet%20chuyen%20doi%20so"
for u in ping notices news "news/articles/$ARTICLE" "$DOCS_LIST" "$DOCS_SEARCH" ping notices; do wrk -t2 -c"$CONNS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" "$B/$u" >/dev/null; done
echo "Sổ Tay benchmark $(date -u +%Y-%m-%dT%H:%MZ): wrk -t2 -c$CONNS -d${DURATION}s on 127.0.0.1, $(nproc) cores,"
echo "endpoints interleaved in $ROUNDS rounds; each figure is the median of its $ROUNDS runs"
echo
for r in $(seq 1 "$ROUNDS"); do
  run "GET /api/ping (trivial)" "$B/ping"
  run "GET /api/notices (member, 20 per page)" "$B/notices" "Authorization: Bearer $TOKEN"
  run "GET /api/news (member feed, 20 per page)" "$B/news" "Authorization: Bearer $TOKEN"
  run "GET /api/news/articles/{id} (member, counts a view)" "$B/news/articles/$ARTICLE" "Authorization: Bearer $TOKEN"
  run "GET /api/documents?type=NQ&level=PROVINCE (member, 327 documents)" "$B/$DOCS_LIST" "Authorization: Bearer $TOKEN"
  run "GET /api/documents/search?q=nghi quyet chuyen doi so (member)" "$B/$DOCS_SEARCH" "Authorization: Bearer $TOKEN"
done | python3 -c '
import sys, statistics, collections
rows = collections.OrderedDict()
for line in sys.stdin:
    name, rps, p50, p99, err = line.strip().split("|")
    rows.setdefault(name, []).append((float(rps), p50, p99, int(err)))
def ms(v):
    return float(v[:-2]) if v.endswith("ms") else float(v[:-1]) * 1000 if v.endswith("s") else float(v[:-2]) / 1000
print("| endpoint | req/s | p50 | p99 | errors | vs trivial |")
print("|---|---|---|---|---|---|")
base = statistics.median(r[0] for r in rows["GET /api/ping (trivial)"])
for name, rs in rows.items():
    rps = statistics.median(r[0] for r in rs)
    p50 = statistics.median(ms(r[1]) for r in rs); p99 = statistics.median(ms(r[2]) for r in rs)
    print(f"| {name} | {rps:.0f} | {p50:.1f} ms | {p99:.1f} ms | {sum(r[3] for r in rs)} | {rps / base:.2f}x |")
'
rss_load=$(ps -o rss= -p "$pid" | awk '{printf "%d", $1/1024}')
echo
echo "Boot to REST-ready: ${boot_ms} ms; RSS idle after demo load: ${rss_idle} MB; RSS after load: ${rss_load} MB"
