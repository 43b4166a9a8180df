#!/usr/bin/env bash
# Runs JMH benchmarks on one thread: scripts/bench.sh [BenchmarkRegex] [extra JMH args]
# Warm-up and measurement are set by environment (JMH refuses an option given twice):
#   WI=3 W=2s I=5 R=2s scripts/bench.sh 'ParseBench|CheckBench' -prof gc
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
pattern="${1:-Bench}"; shift || true
exec java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main "$pattern" \
  -f 1 -t 1 -wi "${WI:-3}" -w "${W:-2s}" -i "${I:-5}" -r "${R:-2s}" "$@"
