#!/usr/bin/env bash
# Runs every test: unit tests of each bundle, then integration tests that boot the built Karaf
# distribution (own ports 18181/18101, own data folder under itests/target) and drive it over HTTP.
set -euo pipefail
cd "$(dirname "$0")"
# Karaf 4.4 needs Java 17 (it does not boot on 25): use the default JDK unless JAVA_HOME says otherwise
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
exec mvn -B -ntp install "$@"
