#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: installs what the tests need, then `mvn verify`.
# Services (PostgreSQL, Chromium) join here as the tests come to need them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need java || ! need mvn; then
  echo "test.sh: installing JDK 17 and Maven (apt-get)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
fi

# --- Browser test (PortalBrowserTest): Debian's Chromium, chromedriver and a CJK font -------------
# The test gives Selenium both paths, so Selenium Manager never downloads anything. In CI a missing
# browser must fail the build rather than skip the test: -Dbd.requireBrowser=true.
browser_args=(-Dbd.requireBrowser=true)
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver || ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]]; then
  echo "test.sh: installing chromium, chromium-driver and fonts-wqy-microhei (apt-get)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium chromium-driver fonts-wqy-microhei >/dev/null
fi
# --- end of the browser block ------------------------------------------------------------------

mvn -B -ntp verify "${browser_args[@]}" "$@"
