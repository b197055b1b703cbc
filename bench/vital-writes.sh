#!/usr/bin/env bash
# Check-ins and ballots alone, open model, side by side (docs/performance.md, "Check-ins and ballots
# under load"): bench/VitalWrites.java against two or more servers holding the same province data set,
# measured in turns (ROUNDS rounds of each, interleaved). 127.0.0.1 only.
# Usage: bench/vital-writes.sh RATE SECONDS MEETINGS ROUNDS name=BASE [name=BASE ...]
#   e.g. bench/vital-writes.sh 250 30 300 2 off=http://127.0.0.1:31381/api on=http://127.0.0.1:31281/api
# The copies: each a copy of karaf-assembly/target/assembly whose data/sotay-db and data/sotay come from
# the stopped province copy (bench/target/province/karaf, bench/province.sh) with its
# etc/vn.sotay.accounts.cfg, on ports of its own; `groupCommitMax = 0` in etc/vn.sotay.jpa.cfg turns the
# group commit off in one of them. Set-up per server and round (not measured): the chair 0900000001
# opens a fresh open vote in each of the first MEETINGS meetings of meetings.tsv and marks the members
# of members.tsv in those cells ABSENT (every check-in is then a real write).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 5 ] || { sed -n 2,13p "$0"; exit 1; }
RATE=$1 SECONDS_=$2 MEETINGS=$3 ROUNDS=$4
shift 4
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
mkdir -p bench/target/vital-writes
java bench/VitalWrites.java bench/target/province/out "$RATE" "$SECONDS_" "$MEETINGS" "$@" "$ROUNDS" | tee bench/target/vital-writes/table.md
