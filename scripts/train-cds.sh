#!/usr/bin/env bash
# Writes an AppCDS archive for `bd serve` on JDK 17/18 (JDK 19+ makes its own; see ../bd):
#   scripts/train-cds.sh JAR ARCHIVE [java options…]
# Starts the portal on a scratch database and a free port, reads the pages a visitor reads first,
# then stops it; the JVM writes the classes it loaded to ARCHIVE as it exits. Needs only bash (the
# requests go through /dev/tcp). Any failure leaves no archive, and the portal simply starts without.
set -uo pipefail
jar="$1"; jsa="$2"; shift 2
scratch="$(mktemp -d "${TMPDIR:-/tmp}/bd-cds.XXXXXX")"
tmp="$jsa.$$.tmp"
pid=""
finish() {
  [[ -n "$pid" ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$scratch" "$tmp"
}
trap finish EXIT
echo "bd: preparing a faster start-up for serve (once per build)…" >&2

get() { # GET $1 over HTTP/1.0 and drop the answer
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$1" >&3
  cat <&3 >/dev/null
  exec 3<&-
}

BD_ADMIN_PASSWORD="training-only-$$" java -XX:ArchiveClassesAtExit="$tmp" "$@" -Dfile.encoding=UTF-8 \
  -jar "$jar" serve --host 127.0.0.1 --port 0 --data "$scratch/data" >"$scratch/log" 2>&1 &
pid=$!
port=""
for _ in $(seq 1200); do # up to two minutes on a busy machine
  port="$(sed -n 's#.*http://127\.0\.0\.1:\([0-9][0-9]*\)/.*#\1#p' "$scratch/log" | head -1)"
  [[ -n "$port" ]] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -z "$port" ]]; then
  echo "bd: (start-up training skipped: the server did not start)" >&2
  exit 1
fi
for path in / /d/1 /d/1/report /api/disclosures /api/disclosures/1 /login /search?q=%E5%8A%9E%E5%85%AC /static/css/portal.css; do
  get "$path" || true
done
kill -TERM "$pid" && wait "$pid" 2>/dev/null
pid=""
if [[ -s "$tmp" ]]; then
  mv -f "$tmp" "$jsa"
else
  echo "bd: (start-up training wrote no archive)" >&2
  exit 1
fi
