#!/usr/bin/env bash
# (d) of bench/run.sh: polly-bot's VoteBenchmark, run with -Pbench (tag "bench"): a burst of
# BENCH_BOT_VOTES clicks (default 5000, after 1000 for warm-up) of distinct voters over the fake
# gateway -> JDA -> deferred ephemeral acknowledgement -> vote workers -> PostgreSQL toggle ->
# "Your vote: X" through the interaction hook, with the results invalidation and the poll message
# edits (at most one per 3 s interval) behind it. One run per vote worker count in
# BENCH_BOT_THREADS (default "16", the default of BOT_VOTE_THREADS; e.g. "4 8 16 32" to size the
# pool). Prints one line per run: votes/s, acknowledgement and answer latency (ms after the burst
# was sent, p50 and p99), message edits and the shortest gap between two, the JVM's CPU time per
# vote, heap in use and limit, RSS and peak RSS (one JVM holds the bot, the fake Discord and the
# driver; PostgreSQL and Redis are separate processes) and the 1-minute load average.
# BENCH_BOT_JFR=FILE records the last run's burst with JFR.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-/tmp/polly-bench}"
mkdir -p "$WORK"
for threads in ${BENCH_BOT_THREADS:-16}; do
  LOG="$WORK/bot-bench-$threads.log"
  (cd "$ROOT" && mvn -B -Pbench -pl polly-bot -am verify -Dtest=VoteBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -DskipITs \
    -Dpolly.bench.voteThreads="$threads" -Dpolly.bench.votes="${BENCH_BOT_VOTES:-5000}" \
    ${BENCH_BOT_JFR:+-Dpolly.bench.jfr="$BENCH_BOT_JFR"}) >"$LOG" 2>&1 || true
  LINE="$(grep -a -o 'BENCH votes=.*' "$LOG" | tail -1 || true)"
  if [ -n "$LINE" ]; then
    echo "(d) bot votes through the full vote path (polly-bot VoteBenchmark): \`$LINE\`"
  else
    echo "(d) bot votes/s with $threads vote threads: VoteBenchmark did not print a result (see $LOG)"
  fi
done
