#!/usr/bin/env bash
# Boot to REST-ready of the built distribution, first boot of a fresh copy against a restart of the
# same copy, measured alternately (first, restart, first, restart, ...) so that both see the same
# machine, with the demo province (-Dsotay.demo=true) and every module installed. Ready = the first
# 200 on /api/ping, timed from the launch of `bin/karaf server`. Prints one line per boot: wall ms,
# CPU s of the JVM at that moment, ms until every module's endpoint answers (MODULES) and until the
# demo loader logged its result, phases read from karaf.log; then the medians, and with RSS=1 the
# RSS of the JVM idle (after the last restart: demo loaded, 30 s idle, `jcmd GC.run`, 5 s). Keeps
# $WORK.<first|restart>.karaf.log and $WORK.<first|restart>.threads (CPU s per thread at ready) of
# the last boot of each kind. 127.0.0.1 only, bounded (180 s per boot). docs/performance.md, "Boot".
# Usage: bench/boot.sh [rounds=3]    env: PORTBASE=28481 (HTTP, SSH, RMI registry, RMI server: +0..+3),
#        DIST=karaf-assembly/target/assembly, WORK=bench/target/boot, RSS=0, KEEP=0 (leave the copy running),
#        NICE=0 (e.g. -15 on a machine shared with builds: this session's processes get the cores first),
#        BOOT_JAVA_OPTS (more JVM options; %k becomes first or restart, e.g.
#        -XX:StartFlightRecording=filename=/tmp/%k.jfr), AFTER_COPY (a command run in the fresh copy
#        before its first boot, for experiments)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
PB=${PORTBASE:-28481}
DIST=${DIST:-karaf-assembly/target/assembly}
WORK=${WORK:-bench/target/boot}
[ -x "$DIST/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
B=http://127.0.0.1:$PB/api
OUT="$WORK.out"
HZ=$(getconf CLK_TCK)
MODULES=${MODULES:-news notices meetings documents surveys}
PID=""
BOOT_OPTS=${BOOT_JAVA_OPTS:-}

fresh() { # a copy of the distribution without its runtime state, on our ports
  rm -rf "$WORK" && mkdir -p "$WORK"
  (cd "$DIST" && tar cf - --exclude=./data --exclude=./instances --exclude=./lock .) | (cd "$WORK" && tar xf -)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PB/" "$WORK/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $((PB + 1))/" "$WORK/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((PB + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((PB + 3))/" \
    "$WORK/etc/org.apache.karaf.management.cfg"
  if [ -n "${AFTER_COPY:-}" ]; then (cd "$WORK" && eval "$AFTER_COPY"); fi
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# milliseconds from the launch to the first karaf.log line matching $2 (karaf.log's own timestamps), or -
phase() {
  local line; line=$(grep -m1 -a -- "$2" "$WORK/data/log/karaf.log" 2>/dev/null | cut -c1-23) || true
  [ -n "$line" ] || { echo -; return; }
  echo $(( $(date -d "${line/,/.}" +%s%3N) - $1 / 1000000 ))
}

threads() { # CPU seconds per thread name (digits folded) of process $1, most first
  for t in /proc/"$1"/task/*; do
    sed -E 's/^[0-9]+ \((.*)\) [A-Z] (.*)$/\1\t\2/' "$t/stat" 2>/dev/null
  done | awk -F'\t' -v hz="$HZ" '{split($2, f, " "); n = $1; gsub(/[0-9]+/, "N", n); s[n] += (f[11] + f[12]) / hz}
    END {for (n in s) if (s[n] >= 0.05) printf "%7.2f %s\n", s[n], n}' | sort -rn
}

boot() { # $1 = first|restart: starts the copy, waits for REST and the demo loader, prints one line
  local kind=$1 t0 ready cpu demo log
  [ "$kind" = first ] && fresh
  log="$WORK/data/log/karaf.log"
  [ -f "$log" ] && mv "$log" "$log.prev"
  t0=$(date +%s%N)
  EXTRA_JAVA_OPTS="-Dsotay.demo=true ${BOOT_OPTS//%k/$kind}" KARAF_EXEC=exec nice -n "${NICE:-0}" "$WORK/bin/karaf" server >>"$OUT" 2>&1 </dev/null &
  PID=$!
  until curl -sf -o /dev/null --max-time 2 "$B/ping"; do
    kill -0 "$PID" 2>/dev/null || { echo "karaf exited before REST was ready (see $OUT)" >&2; exit 1; }
    [ "$(ms_since "$t0")" -lt 180000 ] || { echo "no REST after 180 s" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(ms_since "$t0")
  cpu=$(awk -v hz="$HZ" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$PID/stat")
  threads "$PID" >"$WORK.$kind.threads" || true # CPU per thread name at REST-ready
  for m in $MODULES; do # every module's endpoint published (anything but 404: 401 without a token is fine)
    until code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$B/$m") && [ "$code" != 404 ] && [ "$code" != 000 ]; do
      [ "$(ms_since "$t0")" -lt 180000 ] || { echo "/api/$m still $code after 180 s" >&2; exit 1; }
      sleep 0.05
    done
  done
  all=$(ms_since "$t0")
  until grep -q -a "Demo data (DỮ LIỆU MẪU) loaded\|Demo data not loaded" "$log" 2>/dev/null; do
    [ "$(ms_since "$t0")" -lt 180000 ] || { echo "the demo loader said nothing within 180 s" >&2; exit 1; }
    sleep 0.1
  done
  demo=$(ms_since "$t0")
  if [ "$kind" = first ]; then # before a restart: every demo contributor ran and the JVM went idle
    until [ "$(grep -c -a 'running contributor' "$log")" -ge "${CONTRIBUTORS:-6}" ]; do
      [ "$(ms_since "$t0")" -lt 180000 ] || break
      sleep 0.2
    done
    prev=$(awk '{print $14 + $15}' "/proc/$PID/stat")
    while sleep 1; do
      now=$(awk '{print $14 + $15}' "/proc/$PID/stat")
      [ $((now - prev)) -gt $((HZ / 4)) ] && [ "$(ms_since "$t0")" -lt 240000 ] || break
      prev=$now
    done
  fi
  # phases: karaf.log's first line (framework and logging up), the features deployer's first and last
  # step (first boot: resolution, download, install, start; restart: nothing to do), the first CXF server
  printf '%-8s ready %6d ms  cpu %5s s  modules %6d ms  demo %6d ms | log %s  features %s..%s  cxf %s\n' "$kind" "$ready" "$cpu" "$all" "$demo" \
    "$(phase "$t0" "^20")" "$(phase "$t0" 'Adding features')" "$(phase "$t0" 'Done\.')" "$(phase "$t0" 'Setting the server')"
  echo "$kind $ready $cpu $demo $all" >>"$WORK.results"
  cp "$log" "$WORK.$kind.karaf.log" 2>/dev/null || true # the last boot of each kind, for its phases
}

stop() {
  [ -n "$PID" ] || return 0
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
trap stop EXIT

# The kernel groups processes by session (sched_autogroup) and `nice` only orders threads inside a
# group: the session's own group gets the niceness too, where the kernel allows it.
if [ "${NICE:-0}" != 0 ] && [ -w /proc/self/autogroup ]; then echo "${NICE}" >/proc/self/autogroup 2>/dev/null || true; fi
rm -f "$WORK.results" "$OUT"
echo "Sổ Tay boot $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $ROUNDS rounds, $DIST"
for r in $(seq 1 "$ROUNDS"); do
  boot first; stop
  boot restart
  [ "$r" = "$ROUNDS" ] && { [ "${KEEP:-0}" = 1 ] || [ "${RSS:-0}" = 1 ]; } || stop
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
for k in first restart; do
  printf 'median %-8s ready %6s ms  cpu %5s s  modules %6s ms  demo %6s ms\n' "$k" \
    "$(awk -v k=$k '$1 == k {print $2}' "$WORK.results" | median)" "$(awk -v k=$k '$1 == k {print $3}' "$WORK.results" | median)" \
    "$(awk -v k=$k '$1 == k {print $5}' "$WORK.results" | median)" "$(awk -v k=$k '$1 == k {print $4}' "$WORK.results" | median)"
done
echo "load afterwards $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${RSS:-0}" = 1 ] && [ -n "$PID" ]; then
  sleep 30; "$JAVA_HOME/bin/jcmd" "$PID" GC.run >/dev/null; sleep 5
  echo "RSS idle (restart, demo loaded, 30 s, GC.run): $(ps -o rss= -p "$PID" | awk '{printf "%d", $1 / 1024}') MB"
fi
if [ "${KEEP:-0}" = 1 ] && [ -n "$PID" ]; then echo "left running: pid $PID, $B"; trap - EXIT; fi
