#!/usr/bin/env bash
# (d) of bench/run.sh: polly-bot's VoteBenchmark (interaction over the fake gateway -> JDA ->
# vote handler -> PostgreSQL -> cache invalidation -> ephemeral reply), tagged "bench" and run with
# -Pbench; prints its BENCH line.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-/tmp/polly-bench}"
(cd "$ROOT" && mvn -B -Pbench -pl polly-bot -am verify -Dtest=VoteBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false) >"$WORK/bot-bench.log" 2>&1 || true
LINE="$(grep -a -o 'BENCH votes=.*' "$WORK/bot-bench.log" | tail -1)"
if [ -n "$LINE" ]; then
  echo "(d) bot votes through the full vote path (polly-bot VoteBenchmark): \`$LINE\`"
else
  echo "(d) bot votes/s: VoteBenchmark did not print a result (see $WORK/bot-bench.log)"
fi
