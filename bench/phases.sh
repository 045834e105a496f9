# Phases of bench/run.sh beyond (a) and (b): the results growth table, a Redis outage under load
# across processes, and memory. Sourced by run.sh after lib.sh (same globals).

declare -A GROWTH_POLL=()
declare -a PHASE_LINES=()
declare -a PAIRED_RATIOS=()

seed_growth() {
  [ "${BENCH_GROWTH:-1}" = 1 ] || return 0
  log "seeding the growth polls (1k, 10k, 1M votes; bench/seed-growth.sql)"
  local started=$SECONDS line
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtA -v ON_ERROR_STOP=1 \
    -v guild="$GUILD" -f "$BENCH/seed-growth.sql" >"$WORK/seed-growth.log" 2>&1 \
    || die "growth seed (see $WORK/seed-growth.log)"
  while IFS='=' read -r title id; do
    [ -n "$id" ] && GROWTH_POLL["${title#Growth }"]="$id"
  done < <(grep '^Growth ' "$WORK/seed-growth.log")
  GROWTH_POLL[100000]="$POLL_ID"
  log "growth polls seeded in $((SECONDS - started))s: $(declare -p GROWTH_POLL | cut -d'(' -f2)"
}

# (b2) hit and recompute of the results endpoint for 1k, 10k, 100k and 1M votes.
measure_growth() {
  [ "${BENCH_GROWTH:-1}" = 1 ] || return 0
  local seconds="${BENCH_GROWTH_DURATION:-10}" size path
  log "measuring (b2): results hit vs recompute at 1k..1M votes, ${seconds}s per cell"
  # Few connections: 32 concurrent recomputes of a 1M-vote poll would each outlast the cell.
  local CONNECTIONS="${BENCH_GROWTH_CONNECTIONS:-4}"
  for size in 1000 10000 100000 1000000; do
    path="/api/polls/${GROWTH_POLL[$size]}/results"
    wrk_run "gwarm_on_$size" "$PORT_on" "$path" "$USERS" 2 >/dev/null
    wrk_run "gwarm_off_$size" "$PORT_off" "$path" "$USERS" 2 >/dev/null
    wrk_run "grow_on_$size" "$PORT_on" "$path" "$USERS" "$seconds"
    wrk_run "grow_off_$size" "$PORT_off" "$path" "$USERS" "$seconds"
  done
}

print_growth() {
  [ "${BENCH_GROWTH:-1}" = 1 ] || return 0
  local size
  echo "### (b2) Results growth: cache hit and recompute by poll size"
  echo
  echo "wrk -t$THREADS -c${BENCH_GROWTH_CONNECTIONS:-4}, ${BENCH_GROWTH_DURATION:-10}s per cell after a 2s warm-up."
  echo
  echo "| votes | hit req/s | hit p50 ms | recompute req/s | recompute p50 ms | hit / recompute (req/s) |"
  echo "|---|---|---|---|---|---|"
  for size in 1000 10000 100000 1000000; do
    printf '| %s | %s | %s | %s | %s | %s× |\n' "$size" "${RPS[grow_on_$size]}" \
      "${P50[grow_on_$size]}" "${RPS[grow_off_$size]}" "${P50[grow_off_$size]}" \
      "$(ratio "${RPS[grow_on_$size]}" "${RPS[grow_off_$size]}")"
  done
  echo
  echo "- hit flatness, 1M vs 1k votes (p50): **$(ratio "${P50[grow_on_1000000]}" "${P50[grow_on_1000]}")×** (flat is ≈ 1×)"
  echo "- recompute growth, 1M vs 1k votes (p50): **$(ratio "${P50[grow_off_1000000]}" "${P50[grow_off_1000]}")×**"
  echo
}

# counters FILE: appends "<epoch ms> <hits> <gets>" of the cached instance's polly_cache_gets_total.
sample_counters() {
  local file="$1"
  while :; do
    curl -fs "http://127.0.0.1:$ADMIN_on/prometheus" 2>/dev/null | awk -v now="$(date +%s%3N)" '
      /^polly_cache_gets_total\{/ { total += $NF; if ($0 ~ /result="hit"/) hits += $NF }
      END { if (total > 0) printf "%s %d %d\n", now, hits, total }' >>"$file"
    sleep 0.5
  done
}

# (e) Redis killed under wrk load against the cached instance (a separate process), restarted
# after BENCH_OUTAGE_DOWN seconds: failures, p99 against the cache-disabled p99 of (a), and how
# long the hit ratio takes to recover after Redis returns.
measure_outage() {
  [ "${BENCH_OUTAGE:-1}" = 1 ] || return 0
  local down="${BENCH_OUTAGE_DOWN:-8}" before=5 after=12 sampler restart_ms
  local total=$((before + down + after))
  log "measuring (e): Redis down for ${down}s in a ${total}s wrk run on the cached instance"
  : >"$WORK/outage-counters.log"
  sample_counters "$WORK/outage-counters.log" &
  sampler=$!
  (
    sleep "$before"
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    date +%s%3N >"$WORK/outage-stop.ms"
    sleep "$down"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
      --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log" --dir "$WORK"
    date +%s%3N >"$WORK/outage-restart.ms"
  ) &
  local killer=$!
  wrk_run outage_on "$PORT_on" /api/me/preferences "$USERS" "$total"
  wait "$killer"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  restart_ms="$(cat "$WORK/outage-restart.ms")"
  OUTAGE_RECOVERY="$(awk -v stop="$(cat "$WORK/outage-stop.ms")" -v start="$restart_ms" '
    { t[NR] = $1; h[NR] = $2; g[NR] = $3 }
    END {
      # hit ratio per sample interval; the pre-outage ratio is the last interval before the kill
      for (i = 2; i <= NR; i++) {
        dg = g[i] - g[i-1]; if (dg <= 0) continue
        r = (h[i] - h[i-1]) / dg
        if (t[i] < stop) base = r
        else if (t[i] > start && r >= 0.9 * base) { printf "%.1f", (t[i] - start) / 1000; exit }
      }
      print "not within the run"
    }' "$WORK/outage-counters.log")"
}

print_outage() {
  [ "${BENCH_OUTAGE:-1}" = 1 ] || return 0
  local failed=$((ERRS[outage_on] + NON2XX[outage_on])) r
  r="$(ratio "${P99[outage_on]}" "${P99[prefs_off]}")"
  echo "### (e) Redis outage under load, across processes"
  echo
  echo "| run | req/s | p50 ms | p99 ms | requests | failed |"
  echo "|---|---|---|---|---|---|"
  row outage_on "\`GET /api/me/preferences\`, cache on, Redis killed ${BENCH_OUTAGE_DOWN:-8}s mid-run"
  row prefs_off "\`GET /api/me/preferences\`, \`cache.enabled: false\` (from (a))"
  echo
  echo "- failed requests during the outage run: **$failed** (goal 0): $([ "$failed" = 0 ] && echo met || echo NOT met)"
  echo "- p99 during the outage run / cache-disabled p99: **$r×** (goal ≤ 2×): $(awk -v r="$r" 'BEGIN { print (r != "n/a" && r + 0 <= 2) ? "met" : "NOT met" }')"
  echo "- hit ratio back to ≥ 90% of its pre-outage value **${OUTAGE_RECOVERY} s** after Redis restarted (goal ≤ 10 s)"
  echo
}

# (f) memory of a polly-api instance: "<RSS> <heap used> <heap committed> <non-heap used> <peak RSS>"
# in MiB
# from /proc (RSS, VmHWM: the peak since start) and the admin /metrics JVM gauges.
memory_of() {
  local name="$1" pid admin_var="ADMIN_$1" heap
  pid="$(cat "$WORK/api-$name.pid")"
  heap="$(curl -fs "http://127.0.0.1:${!admin_var}/metrics" | python3 -c '
import json, sys
g = json.load(sys.stdin)["gauges"]
print("%.0f %.0f %.0f" % tuple(g["jvm.memory." + k]["value"] / 2**20
                          for k in ("heap.used", "heap.committed", "non-heap.used")))' 2>/dev/null)"
  awk -v heap="${heap:-? ? ?}" '/VmRSS/ { rss = $2 } /VmHWM/ { hwm = $2 }
    END { printf "%.0f %s %.0f\n", rss / 1024, heap, hwm / 1024 }' "/proc/$pid/status" 2>/dev/null
}

# memory_under_load NAME LABEL DELAY: in the background, samples NAME's memory DELAY s into a run.
memory_under_load() {
  local name="$1" label="$2" delay="$3"
  (sleep "$delay"; memory_of "$name" >"$WORK/mem-$label.txt") &
}

print_memory() {
  local label what line
  echo "### (f) Memory of polly-api under load (-Xms512m -Xmx512m, as run here)"
  echo
  echo "Sampled halfway through the named wrk run (RSS and peak RSS from /proc, heap from the JVM's"
  echo "gauges on the admin port)."
  echo
  echo "| instance, during | RSS MiB | heap used MiB | heap committed MiB | non-heap used MiB | peak RSS since start MiB |"
  echo "|---|---|---|---|---|---|"
  for label in prefs_on results_on prefs_off results_off; do
    case "$label" in
      prefs_on) what="cache on, cached preferences" ;;
      results_on) what="cache on, results hits" ;;
      prefs_off) what="cache disabled, preferences" ;;
      results_off) what="cache disabled, results recompute" ;;
    esac
    line="$(cat "$WORK/mem-$label.txt" 2>/dev/null)"
    set -- ${line:-? ? ? ? ?}
    echo "| $what | $1 | $2 | $3 | $4 | $5 |"
  done
  echo
}

# (a2) GET /api/ping and cached GET /api/me/preferences in alternating short wrk runs on the cached
# instance (order swapped every round), so both sides see the same background load; the bar is
# judged on the median of the per-round ratios, which a neighbour's burst moves far less than one
# long run per row.
measure_paired_prefs() {
  [ "${BENCH_PAIRED:-1}" = 1 ] || return 0
  local rounds="${BENCH_PAIRED_ROUNDS:-8}" seconds="${BENCH_PAIRED_SECONDS:-3}" r
  log "measuring (a2): /api/ping vs cached preferences, $rounds alternating rounds of ${seconds}s"
  for ((r = 0; r < rounds; r++)); do
    if ((r % 2 == 0)); then
      wrk_run "pp_ping_$r" "$PORT_on" /api/ping 0 "$seconds"
      wrk_run "pp_prefs_$r" "$PORT_on" /api/me/preferences "$USERS" "$seconds"
    else
      wrk_run "pp_prefs_$r" "$PORT_on" /api/me/preferences "$USERS" "$seconds"
      wrk_run "pp_ping_$r" "$PORT_on" /api/ping 0 "$seconds"
    fi
    PAIRED_RATIOS+=("$(ratio "${RPS[pp_prefs_$r]}" "${RPS[pp_ping_$r]}")")
  done
}

print_paired_prefs() {
  [ "${BENCH_PAIRED:-1}" = 1 ] || return 0
  local median
  median="$(printf '%s\n' "${PAIRED_RATIOS[@]}" | sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2];
          else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
  echo "### (a2) Cached preferences vs \`/api/ping\`, paired"
  echo
  echo "${#PAIRED_RATIOS[@]} alternating rounds of ${BENCH_PAIRED_SECONDS:-3}s each (order swapped every round) on the"
  echo "cached instance; per-round ratios of req/s (preferences / ping): ${PAIRED_RATIOS[*]}."
  echo
  echo "- median per-round ratio: **${median}×** (goal ≥ 0.7×): $(verdict "$median" 0.7)"
  echo
}
