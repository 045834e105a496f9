#!/usr/bin/env bash
# (d) of bench/run.sh: polly-bot's VoteBenchmark (tag "bench", -Pbench). The bot runs in a JVM of
# its own: the shipped polly-bot jar with the repository's config.yml, against the fake Discord
# (real JDA), the module's embedded PostgreSQL and a password-protected Redis; the benchmark's JVM
# holds only the fake Discord and the driver. Path measured: click -> INTERACTION_CREATE -> JDA ->
# deferred ephemeral acknowledgement -> vote workers -> PostgreSQL toggle -> "Your vote: X" edited
# into the reply (at most BOT_ANSWERS_IN_FLIGHT answers in flight), with the results invalidation
# and the poll message edits (at most one per 3 s) behind it.
#
# Per vote worker count in BENCH_BOT_THREADS (default "8", BOT_VOTE_THREADS's default), one run:
#  - a burst of BENCH_BOT_VOTES clicks (default 5000, after 1000 to warm up), latency measured from
#    the moment the burst was sent;
#  - then each rate of BENCH_BOT_RATES (clicks offered per second, default "300 400 500 600") for
#    BENCH_BOT_RATE_SECONDS (default 10), latency measured per click from its own sending; and the
#    headline: the highest offered rate whose acknowledgement p99 stayed under Discord's 3 s, and
#    the highest that was also answered at 95% or more of the offered rate.
# Each BENCH line: votes/s, ack and answer p50/p99 (ms), message edits and the shortest gap, CPU ms
# per vote of the bot JVM, of the driver JVM (fake Discord + driver), of the stores this JVM started
# and of the whole machine, the bot's heap (used, max) and RSS (now, peak), and the load average.
# Knobs: BENCH_BOT_JVM (the bot's JVM options, default "-Xmx512m -XX:+ExitOnOutOfMemoryError"),
# BENCH_BOT_ANSWERS (BOT_ANSWERS_IN_FLIGHT), BENCH_BOT_JFR=FILE (JFR "profile" recording of the
# bot's whole run; read it with `jfr print --events jdk.ExecutionSample FILE`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:-/tmp/polly-bench}"
mkdir -p "$WORK"
shipped_jar() { ls "$ROOT"/polly-bot/target/polly-bot-*.jar 2>/dev/null | grep -v original | head -1; }
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ -z "$(shipped_jar)" ]; then
  (cd "$ROOT" && mvn -B -q -pl polly-bot -am package -DskipTests) >"$WORK/bot-build.log" 2>&1
fi
JAR="$(shipped_jar)"
for threads in ${BENCH_BOT_THREADS:-8}; do
  LOG="$WORK/bot-bench-$threads.log"
  (cd "$ROOT" && mvn -B -Pbench -pl polly-bot -am test -Dtest=VoteBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dpolly.jar="$JAR" \
    -Dpolly.bench.work="$WORK/bot-$threads" \
    -Dpolly.bench.voteThreads="$threads" -Dpolly.bench.votes="${BENCH_BOT_VOTES:-5000}" \
    -Dpolly.bench.rates="${BENCH_BOT_RATES-300 400 500 600}" \
    -Dpolly.bench.rateSeconds="${BENCH_BOT_RATE_SECONDS:-10}" \
    ${BENCH_BOT_JVM:+"-Dpolly.bench.botJvm=$BENCH_BOT_JVM"} \
    ${BENCH_BOT_ANSWERS:+-Dpolly.bench.answersInFlight="$BENCH_BOT_ANSWERS"} \
    ${BENCH_BOT_JFR:+-Dpolly.bench.jfr="$BENCH_BOT_JFR"}) >"$LOG" 2>&1 || true
  LINES="$(grep -a -o 'BENCH .*' "$LOG" || true)"
  if [ -n "$LINES" ]; then
    echo "(d) bot votes through the full vote path (polly-bot VoteBenchmark, $threads vote threads):"
    echo "$LINES" | sed 's/^/    /'
  else
    echo "(d) bot votes/s with $threads vote threads: VoteBenchmark did not print a result (see $LOG)"
  fi
done
