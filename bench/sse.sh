#!/usr/bin/env bash
# Server-Sent Events under load, against 127.0.0.1 only: boots its own copy of the built distribution
# (HTTP on $PORT, default 28281; SSH, RMI on the next three ports; data under bench/target/sse), gives 400
# members accounts (the demo's 300 members plus 100 imported here), then measures normal requests with
# wrk (GET /api/ping, GET /api/notices as a member) without streams, and again while STREAMS (default
# 2,000) inbox streams are open (5 per member, the per-caller bound), and finally how long one
# province-wide notice takes to reach every open stream. Prints a Markdown table, the JVM's thread and
# file-descriptor counts with and without the streams, and the limits in force.
# Usage: bench/sse.sh [streams=2000] [seconds per wrk run=10] [connections=32]   (build first: mvn install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
STREAMS=${1:-2000}
DURATION=${2:-10}
CONNS=${3:-32}
PORT=${PORT:-28281}
DIST=${DIST:-karaf-assembly/target/assembly}
WORK=bench/target/sse
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null); }
[ -x "$DIST/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true   # the client and the server each hold one descriptor per stream

rm -rf "$WORK" && mkdir -p "$WORK" && cp -r "$DIST" "$WORK/karaf"
K=$WORK/karaf
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$K/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $((PORT + 1))/" "$K/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((PORT + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((PORT + 3))/" "$K/etc/org.apache.karaf.management.cfg"
# the bench gives 400+ members a password and a token: hash them cheaply in this copy (the default 600,000
# PBKDF2 iterations cost 0.2-10 s each on a loaded 2-core machine); streams, not logins, are measured here
printf 'iterations = 1000\n' > "$K/etc/vn.sotay.accounts.cfg"
B=http://127.0.0.1:$PORT/api
EXTRA_JAVA_OPTS="-Dsotay.demo=true" KARAF_REDIRECT="$PWD/$WORK/karaf-stdout.log" "$K/bin/start"
trap '"$K/bin/stop" >/dev/null 2>&1 || true' EXIT
for i in $(seq 1 240); do curl -sf -o /dev/null "$B/ping" && break; sleep 1; done
login() { curl -sf -X POST "$B/auth/login" -H 'Content-Type: application/json' -d "{\"login\":\"$1\",\"password\":\"$2\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
until MEMBER=$(login 0900000007 Demo@2024 2>/dev/null) && [ -n "$MEMBER" ]; do sleep 1; done   # demo data loads after boot
ADMIN=$(login 0900000001 Demo@2024)
ROOT=$(curl -sf "$B/org/tree" -H "Authorization: Bearer $ADMIN" | grep -o '"id":[0-9]*,"code":"TU"' | grep -o '[0-9]*' | head -1)
pid=$(pgrep -f "karaf.base=$(cd "$K" && pwd)" | head -1)

# 300 more members, then 400+ accounts with a password of their own, then their tokens
{ echo "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,Trạng thái,Ngày vào Đảng,Ngày chính thức"
  for i in $(seq 1 300); do printf 'Đảng viên Đo Tải %03d,01/01/1985,Nam,9500%04d,091100%04d,,TP-PBT-CB01,Chính thức,01/01/2010,01/01/2011\n' "$i" "$i" "$i"; done
} > "$WORK/members.csv"
curl -s -o "$WORK/import.json" -w "import: %{http_code}\n" -X POST "$B/import/members" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @"$WORK/members.csv"
: > "$WORK/members.txt"
cursor=""
for page in $(seq 1 10); do
  body=$(curl -sf "$B/members?org=$ROOT&limit=100${cursor:+&cursor=$cursor}" -H "Authorization: Bearer $ADMIN")
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); [print(m["id"], m["phone"]) for m in d["items"] if m.get("phone")]' "$body" >> "$WORK/members.txt"
  cursor=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("next") or "")' "$body")
  [ -n "$cursor" ] || break
done
export B ADMIN
setup() { # id phone: a password, then a token
  curl -sf -o /dev/null -X POST "$B/accounts/$1/password" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"password":"Bench@2024sse"}' || return 0
  curl -sf -X POST "$B/auth/login" -H 'Content-Type: application/json' -d "{\"login\":\"$2\",\"password\":\"Bench@2024sse\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
  echo
}
export -f setup
sort -u -k1,1 "$WORK/members.txt" | grep -v ' 090000000[1-8]$' | head -$(( (STREAMS + 4) / 5 + 100 )) | xargs -P 4 -L 1 bash -c 'setup "$0" "$1"' > "$WORK/tokens.txt" || true
sed -i "/^$/d" "$WORK/tokens.txt"
for t in $(cat "$WORK/tokens.txt"); do   # keep the tokens that work (offset paging may list a member twice: its second reset revoked the first token)
  curl -sf -o /dev/null "$B/inbox/unread" -H "Authorization: Bearer $t" && echo "$t"
done > "$WORK/valid.txt"; mv "$WORK/valid.txt" "$WORK/tokens.txt"
echo "accounts with tokens: $(wc -l < "$WORK/tokens.txt")" >&2

run() { # name url token: one wrk run, printed as name|req/s|p50|p99|errors
  local out; out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -H "Authorization: Bearer $3" "$2")
  echo "$1|$(awk '/Requests\/sec/ {print $2}' <<<"$out")|$(awk '$1=="50%" {print $2}' <<<"$out")|$(awk '$1=="99%" {print $2}' <<<"$out")|$(( $(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out") + $(awk '/Non-2xx/ {print $5}' <<<"$out") + 0 ))"
}
res() { echo "$(ls /proc/"$pid"/task | wc -l)|$(ls /proc/"$pid"/fd | wc -l)|$(ps -o rss= -p "$pid" | awk '{printf "%d", $1/1024}')"; }
for u in ping notices ping notices; do wrk -t2 -c"$CONNS" -d5s -H "Authorization: Bearer $MEMBER" "$B/$u" >/dev/null; done   # warm up
{
  echo "without|$(res)"
  run "GET /api/ping, no streams" "$B/ping" "$MEMBER"
  run "GET /api/notices (member), no streams" "$B/notices" "$MEMBER"
  rm -f "$WORK/ready"
  java bench/SseLoad.java "http://127.0.0.1:$PORT" "$WORK/tokens.txt" "$STREAMS" $((DURATION * 2 + 15)) "$ADMIN" "$ROOT" "$WORK/ready" > "$WORK/sseload.txt" 2>&1 &
  load=$!
  until [ -f "$WORK/ready" ]; do sleep 1; kill -0 $load 2>/dev/null || break; done
  sleep 3
  echo "with|$(res)"
  run "GET /api/ping, $(cat "$WORK/ready" 2>/dev/null | tr -d '\n') streams open" "$B/ping" "$MEMBER"
  run "GET /api/notices (member), $(cat "$WORK/ready" 2>/dev/null | tr -d '\n') streams open" "$B/notices" "$MEMBER"
  wait $load || true
  sleep 2
  echo "after|$(res)"
  run "GET /api/ping, after the streams closed" "$B/ping" "$MEMBER"
  run "GET /api/notices (member), after the streams closed" "$B/notices" "$MEMBER"
} > "$WORK/rows.txt"
echo "Sổ Tay SSE benchmark $(date -u +%Y-%m-%dT%H:%MZ): wrk -t2 -c$CONNS -d${DURATION}s on 127.0.0.1, $(nproc) cores, $STREAMS streams requested"
echo
echo "| run | req/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
grep -v '^with|\|^without|\|^after|' "$WORK/rows.txt" | awk -F'|' '{printf "| %s | %.0f | %s | %s | %s |\n", $1, $2, $3, $4, $5}'
echo
echo "| Karaf JVM | threads | file descriptors | RSS MB |"
echo "|---|---|---|---|"
grep '^with|\|^without|\|^after|' "$WORK/rows.txt" | awk -F'|' '{printf "| %s streams | %s | %s | %s |\n", $1, $2, $3, $4}'
echo
cat "$WORK/sseload.txt"
echo "limits: ulimit -n $(ulimit -n) (bench shell); Karaf process: $(grep 'Max open files' /proc/"$pid"/limits | awk '{print $4" soft, "$5" hard"}')"
