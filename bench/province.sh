#!/usr/bin/env bash
# A province-sized data set (issue 12): 150,000 members in 6,000 cells (× SCALE), made through the
# platform's own CSV import and REST APIs, against 127.0.0.1 only. Bench data, not production data.
#
# Usage: bench/province.sh [scale=1.0]          (build first: mvn install -DskipTests)
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
#                  (they logged in): ≥ 5,000 × scale members over ≥ 1,000 × scale cells, including
#                  every member of the cells that meet this evening (meetings.tsv)
#   passwords.tsv  login<TAB>password   ≥ 500 × scale other members with a password who have not
#                  logged in yet (for the scenario's login share)
#   articles.txt   ids of approved (published) news articles, one per line
#   documents.txt  ids of approved party documents, one per line
#   notices.txt    ids of notices (addressed at province, district, base and cell level)
#   meetings.tsv   meetingId<TAB>cellId<TAB>checkInCode-or-empty   meetings of this evening (today
#                  19:00 local time), opened where a code is given (check-in possible), for cells whose
#                  members are in members.tsv
#   votes.tsv      voteId<TAB>meetingId   open votes in those meetings
#   queries.txt    Vietnamese search queries (with and without diacritics) that hit the documents
#   env.sh         BASE=, ADMIN_TOKEN=, PID= (karaf, if booted here), counts (MEMBERS=, CELLS=, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "work in progress" >&2
