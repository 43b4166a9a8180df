#!/usr/bin/env bash
# Portal benchmarks (issue 5), recorded in docs/benchmarks.md:
#   startup  time from `java … -jar target/bd.jar serve` to the first page served (GET / answered 200),
#            cold (first start: migrations and the sample import) and warm (second start, same data),
#            plain JVM, with an AppCDS archive, with AppCDS + C1 only, and through the ./bd launcher;
#   load     wrk at 50 connections on the sample's page /d/1 and on GET /api/disclosures/1, next to
#            nginx serving the same bytes as static files on the same machine (private port, /tmp config).
# Every figure is printed with the machine's load (uptime). Run as root (nginx, apt-get).
#
#   scripts/bench-portal.sh [startup|load|all]     env: ROUNDS=3 DURATION=10s WARMUP=20s CONNECTIONS=50 THREADS=2
#
# Needs wrk, nginx and curl (installed with apt-get when missing) and target/bd.jar (mvn package).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
what="${1:-all}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-20s}"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-2}"
jar="$here/target/bd.jar"
work="$(mktemp -d /tmp/bd-bench.XXXXXX)"
port=7391
nginx_port=7392
server_pid=""

cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx || ! need curl; then
  echo "bench: installing wrk, nginx and curl (apt-get)…" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx curl >/dev/null
fi
[[ -f "$jar" ]] || { echo "bench: $jar is missing; run mvn -q package -DskipTests first" >&2; exit 2; }

load() { uptime | sed 's/.*load average: //'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Starts the server (command in "$@"); sets ms to the milliseconds until GET / answers 200.
# (Not called in $(…): server_pid must stay set in this shell for stop_server.)
ms=0
start_and_time() {
  local t0 t1
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "bench: port $port is already taken; stop what runs there first" >&2; exit 1
  fi
  t0=$(now_ms)
  BD_ADMIN_PASSWORD=benchpass1 "$@" >"$work/serve.log" 2>&1 &
  server_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "bench: the server stopped; its output:" >&2; cat "$work/serve.log" >&2; exit 1
    fi
    sleep 0.02
  done
  t1=$(now_ms)
  ms=$(( t1 - t0 ))
}

stop_server() {
  kill -TERM "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

# A few requests a visitor makes, so a training run loads the classes real use needs.
visit() {
  for p in / /d/1 /login /search?q=%E5%8A%9E%E5%85%AC /api/disclosures /api/disclosures/1 /static/css/portal.css; do
    curl -sf -o /dev/null "http://127.0.0.1:$port$p" || true
  done
}

startup() {
  local data="$work/data" jsa="$work/bd.jsa" base=(java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8)
  local serve=(-jar "$jar" serve --port "$port" --data "$data")
  echo "== start-up to the first page (GET / = 200), ms; java: $(java -version 2>&1 | head -1)"
  start_and_time "${base[@]}" "${serve[@]}"
  echo "cold (empty data dir: migrations, sample import): $ms ms  load $(load)"
  stop_server
  # The archive of the classes a short real session loads (JDK 17: dumped when the JVM exits).
  start_and_time "${base[@]}" -XX:ArchiveClassesAtExit="$jsa" "${serve[@]}"; visit; stop_server
  [[ -s "$jsa" ]] || echo "bench: no archive was written (AppCDS rows are without it)" >&2
  local variant label opts i
  for variant in plain cds cds-c1; do
    case $variant in
      plain) label="warm, plain JVM"; opts=() ;;
      cds) label="warm, AppCDS"; opts=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off) ;;
      cds-c1) label="warm, AppCDS + -XX:TieredStopAtLevel=1"; opts=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1) ;;
    esac
    local all=()
    for i in $(seq "$ROUNDS"); do
      start_and_time "${base[@]}" "${opts[@]}" "${serve[@]}"; stop_server
      all+=("$ms"); echo "  $label: $ms ms  load $(load)"
    done
    echo "$label: median $(printf '%s\n' "${all[@]}" | median) ms of ${all[*]}"
  done
  # The launcher as users run it (it makes and keeps its own archive next to the jar).
  local all=()
  for i in $(seq "$ROUNDS"); do
    start_and_time "$here/bd" serve --port "$port" --data "$data"; visit; stop_server
    all+=("$ms"); echo "  ./bd serve: $ms ms  load $(load)"
  done
  echo "./bd serve (first run may make the archive): median $(printf '%s\n' "${all[@]}" | median) ms of ${all[*]}"
}

# wrk's figures for one URL as "rps p50_ms p99_ms".
wrk_once() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | awk '
    /Non-2xx/ { print "bench: " $0 > "/dev/stderr"; bad = 1 }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { if (bad) exit 1; printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

load_test() {
  local data="$work/load-data" root="$work/www"
  mkdir -p "$root"
  start_and_time "$here/bd" serve --port "$port" --data "$data"
  curl -sf "http://127.0.0.1:$port/d/1" -o "$root/d1.html"
  curl -sf "http://127.0.0.1:$port/api/disclosures/1" -o "$root/api1.json"
  cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /d/1 { default_type "text/html; charset=utf-8"; alias $root/d1.html; }
    location = /api/disclosures/1 { default_type "application/json; charset=utf-8"; alias $root/api1.json; }
  }
}
EOF
  # nginx's workers run as nobody: the files (and mktemp's 0700 folder) must be readable to them, or
  # nginx answers 403 and wrk measures those small errors instead of the page
  chmod 755 "$work" "$root"; chmod 644 "$root"/*
  nginx -c "$work/nginx.conf" -p "$work"
  local f
  for f in d/1:d1.html api/disclosures/1:api1.json; do
    if ! curl -sf "http://127.0.0.1:$nginx_port/${f%%:*}" | cmp -s - "$root/${f#*:}"; then
      echo "bench: nginx does not serve /${f%%:*} as the same bytes as the portal" >&2; exit 1
    fi
  done
  echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (no Accept-Encoding: both send the plain bytes)"
  echo "   page $(wc -c <"$root/d1.html") bytes, model $(wc -c <"$root/api1.json") bytes; java: $(java -version 2>&1 | head -1)"
  local u
  for u in "http://127.0.0.1:$port/d/1" "http://127.0.0.1:$port/api/disclosures/1"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$u" >/dev/null   # JIT warm-up (C2 needs a while on 2 busy cores)
  done
  local r name url line
  : >"$work/results"
  for r in $(seq "$ROUNDS"); do
    for name in portal-page nginx-page portal-api nginx-api portal-page-gzip; do
      case $name in
        portal-page) url="http://127.0.0.1:$port/d/1" ;;
        portal-api) url="http://127.0.0.1:$port/api/disclosures/1" ;;
        nginx-page) url="http://127.0.0.1:$nginx_port/d/1" ;;
        nginx-api) url="http://127.0.0.1:$nginx_port/api/disclosures/1" ;;
        portal-page-gzip) url="http://127.0.0.1:$port/d/1" ;;
      esac
      if [[ $name == *-gzip ]]; then
        line=$(wrk_once -H "Accept-Encoding: gzip" "$url")
      else
        line=$(wrk_once "$url")
      fi
      echo "$name $line $r" >>"$work/results"
      printf '  round %s %-17s %6s req/s  p50 %7s ms  p99 %7s ms  load %s\n' "$r" "$name" $line "$(load)"
    done
  done
  echo "== medians of $ROUNDS rounds"
  for name in portal-page nginx-page portal-api nginx-api portal-page-gzip; do
    printf '%-17s %6s req/s  p50 %7s ms  p99 %7s ms\n' "$name" \
      "$(awk -v n=$name '$1 == n { print $2 }' "$work/results" | median)" \
      "$(awk -v n=$name '$1 == n { print $3 }' "$work/results" | median)" \
      "$(awk -v n=$name '$1 == n { print $4 }' "$work/results" | median)"
  done
  # The machine is shared: a round's portal/nginx ratio (measured back to back) says more than either rate.
  local kind
  for kind in page api; do
    echo "portal/nginx ($kind), median of the rounds' ratios: $(awk -v k=$kind '
        $1 == "portal-" k { p[$5] = $2 } $1 == "nginx-" k { n[$5] = $2 }
        END { for (r in p) if (n[r] > 0) printf "%.2f\n", p[r] / n[r] }' "$work/results" | median)"
  done
  stop_server
}

case "$what" in
  startup) startup ;;
  load) load_test ;;
  all) startup; load_test ;;
  *) echo "usage: scripts/bench-portal.sh [startup|load|all]" >&2; exit 2 ;;
esac
