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

# ---- PostgreSQL for the portal's functional tests (begin) ----------------------------------------
# The functional tests (src/test/java/org/budgetdisclosure/web/functional) run on H2 and on a real
# PostgreSQL. Unless PG_URL is already set, start a throwaway server here: its own data directory,
# trust authentication, 127.0.0.1 on a free port from 54329; stopped and removed when this script
# exits. -Dbd.requirePostgres=true below makes a missing PostgreSQL a test failure, not a skip.
bd_pg_data=""
bd_pg_bin=""
bd_pg_as() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
bd_pg_stop() {
  if [[ -n "$bd_pg_data" ]]; then
    bd_pg_as "$bd_pg_bin/pg_ctl" -D "$bd_pg_data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$bd_pg_data"
    bd_pg_data=""
  fi
}
if [[ -z "${PG_URL:-}" ]]; then
  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    echo "test.sh: installing PostgreSQL (apt-get)…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  bd_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  bd_pg_port=54329
  while (exec 3<>"/dev/tcp/127.0.0.1/$bd_pg_port") 2>/dev/null; do bd_pg_port=$((bd_pg_port + 1)); done
  bd_pg_data=$(mktemp -d /tmp/bd-pgdata.XXXXXX)
  trap bd_pg_stop EXIT
  [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$bd_pg_data"
  bd_pg_as "$bd_pg_bin/initdb" -D "$bd_pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # the log file must be writable by postgres, hence inside the data directory
  bd_pg_as "$bd_pg_bin/pg_ctl" -D "$bd_pg_data" -o "-p $bd_pg_port -k $bd_pg_data -c listen_addresses=127.0.0.1" \
    -l "$bd_pg_data/server.log" -w start >/dev/null
  psql -h 127.0.0.1 -p "$bd_pg_port" -U postgres -qc "CREATE DATABASE budget" >/dev/null
  export PG_URL="jdbc:postgresql://127.0.0.1:$bd_pg_port/budget" PG_USER=postgres PG_PASSWORD=unused
  echo "test.sh: PostgreSQL for the tests at $PG_URL" >&2
fi
bd_pg_args=(-Dbd.requirePostgres=true)
# ---- PostgreSQL for the portal's functional tests (end) ------------------------------------------


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

mvn -B -ntp verify "${bd_pg_args[@]}" "${browser_args[@]}" "$@"
