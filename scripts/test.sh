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

mvn -B -ntp verify "$@"
