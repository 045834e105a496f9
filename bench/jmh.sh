#!/usr/bin/env bash
# (c) of bench/run.sh: the benchmark of a hit through a Polly region against a raw
# Redisson RBucket.get() on the same embedded Redis (polly-bench, built with -Pbench). Runs the
# paired, alternating comparison (robust on a shared 2-core machine) and prints its summary;
# BENCH_JMH_FULL=1 also runs the JMH CacheHitBenchmark (about 1 minute more).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-/tmp/polly-bench}"
(cd "$ROOT" && mvn -B -q -Pbench -pl polly-bench -am package -DskipTests) >"$WORK/jmh-build.log" 2>&1
JAR="$(ls "$ROOT"/polly-bench/target/*.jar | grep -v original | head -1)"
echo "(c) cache hit vs raw Redisson get (polly-bench PairedHitComparison, ${BENCH_JMH_ROUNDS:-300} rounds, median of the per-round ratios; goal ≤ 1.1×):"
echo
OUT="$(java -cp "$JAR" dev.polly.bench.PairedHitComparison "${BENCH_JMH_ROUNDS:-300}" 2>>"$WORK/jmh.log" | tail -8)"
echo '```'
echo "$OUT"
echo '```'
RATIO="$(sed -n 's/.*median per-round ratio region\/raw \([0-9.]*\).*/\1/p' <<<"$OUT" | tail -1)"
if [ -n "$RATIO" ]; then
  echo
  echo "- region hit / raw RBucket.get, median of the per-round ratios: **${RATIO}×** (goal ≤ 1.1×):"\
    "$(awk -v r="$RATIO" 'BEGIN { print (r + 0 <= 1.1) ? "met" : "NOT met" }')"
else
  echo "- the paired comparison printed no ratio (see $WORK/jmh.log): NOT measured"
fi
if [ "${BENCH_JMH_FULL:-0}" = 1 ]; then
  echo '```'
  java -jar "$JAR" CacheHitBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s 2>>"$WORK/jmh.log" | tail -15
  echo '```'
fi
