#!/usr/bin/env bash
# Starts Sổ Tay on embedded Derby with the demo province (DỮ LIỆU MẪU), building it first if needed.
# The running copy lives in ./runtime (its data/ folder survives rebuilds); REST at http://localhost:8181/api,
# Karaf shell: ssh -p 8101 karaf@localhost with the password the first start generates into
# runtime/etc/users.properties (docs/operations.md, "The Karaf shell").
set -euo pipefail
cd "$(dirname "$0")"
# Karaf 4.4 needs Java 17 (it does not boot on 25): use the default JDK unless JAVA_HOME says otherwise
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
DIST=karaf-assembly/target/assembly
RUNTIME=runtime
stale() { [ ! -x "$DIST/bin/karaf" ] || [ -n "$(find pom.xml bundles features karaf-assembly/pom.xml karaf-assembly/src -newer "$DIST/bin/karaf" -type f -not -path '*/target/*' 2>/dev/null | head -1)" ]; }
if stale; then
  echo "Building Sổ Tay (mvn install -DskipTests)..."
  mvn -B -ntp -q install -DskipTests
fi
mkdir -p "$RUNTIME"
# refresh everything but the data folder (database, search index, logs) and the shell user once generated
KEEP=()
if grep -qE '^[[:space:]]*karaf[[:space:]]*[=:]' "$RUNTIME/etc/users.properties" 2>/dev/null; then KEEP=(--exclude=./etc/users.properties); fi
(cd "$DIST" && tar cf - --exclude=./data "${KEEP[@]}" .) | (cd "$RUNTIME" && tar xf -)
export EXTRA_JAVA_OPTS="-Dsotay.demo=true ${EXTRA_JAVA_OPTS:-}"
echo "Starting Sổ Tay: REST http://localhost:8181/api (ready in ~15 s), shell: ssh -p 8101 karaf@localhost"
echo "  shell password: the 'karaf = ...' line of $RUNTIME/etc/users.properties (generated at the first start)"
if [ -t 0 ]; then exec "$RUNTIME/bin/karaf"; else exec "$RUNTIME/bin/karaf" server; fi
