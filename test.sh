#!/usr/bin/env bash
# Runs every test: unit tests of each bundle, then integration tests that boot the built Karaf
# distribution (own ports 18181/18101, own data folder under itests/target) and drive it over HTTP,
# and the CMS end-to-end scenarios in headless Chromium (node + playwright-core from npm).
set -euo pipefail
cd "$(dirname "$0")"
# Karaf 4.4 needs Java 17 (it does not boot on 25): use the default JDK unless JAVA_HOME says otherwise
export JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
# The CMS end-to-end tests (itests CmsIT) drive Debian's Chromium: install it when missing and allowed.
if [ ! -x /usr/bin/chromium ] && [[ " $* " != *skipTests* && " $* " != *skipITs* && " $* " != *sotay.e2e.skip* ]]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  if command -v apt-get > /dev/null && { [ -z "$SUDO" ] || sudo -n true 2> /dev/null; }; then
    echo "Installing Chromium for the CMS end-to-end tests: apt-get install chromium"
    $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "Chromium (/usr/bin/chromium) is missing: the CMS end-to-end tests will fail." \
      "Install it (apt-get install chromium) or pass -Dsotay.e2e.skip=true." >&2
  fi
fi
exec mvn -B -ntp install "$@"
