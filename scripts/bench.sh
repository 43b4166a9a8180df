#!/usr/bin/env bash
# Runs JMH benchmarks on one thread: scripts/bench.sh [BenchmarkRegex] [extra JMH args]
# Example: scripts/bench.sh ParseBench -wi 3 -i 5
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
pattern="${1:-Bench}"; shift || true
exec java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main "$pattern" \
  -f 1 -t 1 -wi 3 -w 2s -i 5 -r 2s "$@"
