#!/usr/bin/env bash
# Polly benchmark harness. One command, outside the normal test run:
#
#   bench/run.sh
#
# It builds polly-api, starts a real PostgreSQL (Debian's server binaries, as user postgres) and a
# real Redis (Debian's redis-server) on free loopback ports under $BENCH_WORK, migrates and seeds
# them (bench/seed.sql: 10,000 users with preferences and sessions, one poll with 100,000 votes),
# starts polly-api twice on the same data, once with the cache on and once with `cache.enabled:
# false`, drives load from a separate process (wrk, bench/wrk/rotate.lua, rotating the seeded users'
# Bearer tokens) and prints the table of BENCHMARKS.md. Missing tools are installed with apt-get.
#
# Knobs (environment): BENCH_LOAD_USERS (seeded users whose tokens wrk rotates over, 1000),
# BENCH_DURATION (s per measured run, 15), BENCH_WARMUP (s, 5),
# BENCH_CONNECTIONS (32), BENCH_THREADS (wrk threads, 2), BENCH_WORK (/tmp/polly-bench),
# BENCH_SKIP_BUILD=1 (reuse the jar), BENCH_JMH=0 (skip the JMH part (c)), BENCH_BOT=0 (skip (d)),
# BENCH_GROWTH=0 (skip the 1k..1M results table, (b2)), BENCH_GROWTH_DURATION (s per cell, 10),
# BENCH_GROWTH_CONNECTIONS (wrk connections of (b2), 4),
# BENCH_OUTAGE=0 (skip the Redis outage run (e)), BENCH_OUTAGE_DOWN (s Redis stays down, 8),
# BENCH_JMH_ROUNDS (paired rounds of (c), 300), BENCH_PAIRED=0 (skip (a2)), BENCH_PAIRED_ROUNDS (8),
# BENCH_PAIRED_SECONDS (s per side and round of (a2), 3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
WORK="${BENCH_WORK:-/tmp/polly-bench}"
DURATION="${BENCH_DURATION:-15}"
WARMUP="${BENCH_WARMUP:-5}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
USERS="${BENCH_LOAD_USERS:-1000}"
GUILD=100000000000000001
SECRET="bench-secret-$$-0123456789abcdef"
REPORT="$WORK/report.md"

# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
# shellcheck source=bench/phases.sh
source "$BENCH/phases.sh"

trap cleanup EXIT INT TERM

main() {
  exec 9>"$WORK.lock"
  flock -n 9 || die "another bench run is using $WORK (set BENCH_WORK to run two at once)"
  ensure_tools
  rm -rf "$WORK" && mkdir -p "$WORK"
  build_jar
  start_postgres
  start_redis
  migrate_and_seed
  seed_growth
  start_discord_stub
  start_api on true
  start_api off false
  sanity_checks
  measure_api_paths
  measure_paired_prefs
  measure_results
  measure_growth
  measure_outage
  measure_jmh
  measure_bot
  print_report | tee "$REPORT"
  log "report written to $REPORT (logs in $WORK)"
}

measure_api_paths() {
  log "warm-up ${WARMUP}s per path (fills user_prefs for all $USERS users on the cached instance)"
  wrk_run warm0 "$PORT_on" /api/me "$USERS" "$WARMUP" >/dev/null
  wrk_run warm1 "$PORT_on" /api/me "$USERS" "$WARMUP" >/dev/null
  wrk_run warm2 "$PORT_on" /api/me/preferences "$USERS" "$WARMUP" >/dev/null
  wrk_run warm3 "$PORT_off" /api/me/preferences "$USERS" "$WARMUP" >/dev/null
  wrk_run warm4 "$ADMIN_on" /ping 0 "$WARMUP" >/dev/null
  wrk_run warm5 "$PORT_on" /api/ping 0 "$WARMUP" >/dev/null
  log "measuring (a): ${DURATION}s per run, $THREADS threads, $CONNECTIONS connections"
  wrk_run ping_on "$ADMIN_on" /ping 0 "$DURATION"
  wrk_run apiping_on "$PORT_on" /api/ping 0 "$DURATION"
  wrk_run me_on "$PORT_on" /api/me "$USERS" "$DURATION"
  memory_under_load on prefs_on $((DURATION / 2))
  wrk_run prefs_on "$PORT_on" /api/me/preferences "$USERS" "$DURATION"
  memory_under_load off prefs_off $((DURATION / 2))
  wrk_run prefs_off "$PORT_off" /api/me/preferences "$USERS" "$DURATION"
  wrk_run me_off "$PORT_off" /api/me "$USERS" "$DURATION"
}

measure_results() {
  local path="/api/polls/$POLL_ID/results"
  log "measuring (b): $path, cache hit vs recompute"
  wrk_run warm6 "$PORT_on" "$path" "$USERS" "$WARMUP" >/dev/null
  wrk_run warm7 "$PORT_off" "$path" "$USERS" "$WARMUP" >/dev/null
  memory_under_load on results_on $((DURATION / 2))
  wrk_run results_on "$PORT_on" "$path" "$USERS" "$DURATION"
  memory_under_load off results_off $((DURATION / 2))
  wrk_run results_off "$PORT_off" "$path" "$USERS" "$DURATION"
}

main "$@"
