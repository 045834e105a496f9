# Functions of bench/run.sh: tools, services, the two API instances, wrk runs and the report.
# Sourced by run.sh, which sets ROOT, BENCH, WORK, DURATION, CONNECTIONS, THREADS, USERS, GUILD,
# SECRET.

declare -A RPS P50 P99 ERRS NON2XX REQS
declare -a EXTRA_LINES=()

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  command -v psql >/dev/null && [ -n "$(pg_bin)" ] || missing+=(postgresql postgresql-contrib)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" \
      >"/tmp/polly-bench-apt.log" 2>&1 || die "apt-get install ${missing[*]} (see /tmp/polly-bench-apt.log)"
  fi
  command -v java >/dev/null && command -v mvn >/dev/null || die "java 17 and mvn are required"
}

build_jar() {
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building polly-api (mvn package, tests skipped)"
    (cd "$ROOT" && mvn -B -q -DskipTests -pl polly-api -am package) >"$WORK/build.log" 2>&1 \
      || die "maven build (see $WORK/build.log)"
  fi
  JAR="$(ls "$ROOT"/polly-api/target/polly-api-*.jar 2>/dev/null | grep -v -e original -e tests | head -1)"
  [ -n "$JAR" ] || die "no polly-api jar under polly-api/target"
}

start_postgres() {
  PG_PORT="$(free_port)"
  local bin data="$WORK/pg"
  bin="$(pg_bin)"
  mkdir -p "$data" "$WORK/pglog" && chmod 755 "$WORK"
  [ "$(id -u)" = 0 ] && chown postgres "$data" "$WORK/pglog"
  log "PostgreSQL ($bin) on 127.0.0.1:$PG_PORT"
  as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >"$WORK/initdb.log" 2>&1 \
    || die "initdb (see $WORK/initdb.log)"
  as_postgres "$bin/pg_ctl" -D "$data" -l "$WORK/pglog/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
        -c shared_buffers=256MB -c max_connections=200" start >/dev/null \
    || die "pg_ctl start (see $WORK/pglog/postgres.log)"
  PG_STARTED=1
  export DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
  export DATABASE_USER=postgres DATABASE_PASSWORD=""
}

start_redis() {
  REDIS_PORT="$(free_port)"
  log "Redis ($(redis-server --version | awk '{print $3}' | cut -d= -f2)) on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log" --dir "$WORK" \
    || die "redis-server"
  for _ in $(seq 50); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  REDIS_STARTED=1
  export REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
}

migrate_and_seed() {
  log "migrating (polly-api db migrate) and seeding (bench/seed.sql)"
  BENCH_SESSION_SECRET="$SECRET" java -jar "$JAR" db migrate "$BENCH/bench-config.yml" \
    >"$WORK/migrate.log" 2>&1 || die "db migrate (see $WORK/migrate.log)"
  local started=$SECONDS
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtA -v ON_ERROR_STOP=1 \
    -v secret="$SECRET" -v guild="$GUILD" -f "$BENCH/seed.sql" >"$WORK/seed.log" 2>&1 \
    || die "seed (see $WORK/seed.log)"
  SEED_SECONDS=$((SECONDS - started))
  POLL_ID="$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtA \
    -c "SELECT id FROM polls WHERE guild_id = $GUILD")"
  log "$(grep seeded "$WORK/seed.log") in ${SEED_SECONDS}s"
}

# polly-api re-checks Manage Server with Discord (bot token); bench/discord-stub.py answers it.
start_discord_stub() {
  local port
  port="$(free_port)"
  log "Discord stub (bench/discord-stub.py) on 127.0.0.1:$port"
  nohup python3 "$BENCH/discord-stub.py" "$port" >"$WORK/discord-stub.log" 2>&1 &
  echo $! >"$WORK/discord-stub.pid"
  for _ in $(seq 50); do
    curl -fs "http://127.0.0.1:$port/api/v10/guilds/1" >/dev/null 2>&1 && break
    sleep 0.1
  done
  export BENCH_DISCORD_URL="http://127.0.0.1:$port/api/v10"
}

start_api() {
  local name="$1" enabled="$2" port admin
  port="$(free_port)"
  admin="$(free_port)"
  printf -v "PORT_$name" '%s' "$port"
  printf -v "ADMIN_$name" '%s' "$admin"
  log "polly-api '$name' (cache.enabled=$enabled) on :$port, admin :$admin"
  BENCH_API_PORT="$port" BENCH_ADMIN_PORT="$admin" BENCH_CACHE_ENABLED="$enabled" \
    BENCH_SESSION_SECRET="$SECRET" \
    nohup java -Xms512m -Xmx512m -jar "$JAR" server "$BENCH/bench-config.yml" \
    >"$WORK/api-$name.log" 2>&1 &
  echo $! >"$WORK/api-$name.pid"
  for _ in $(seq 180); do
    curl -fs "http://127.0.0.1:$admin/ping" >/dev/null 2>&1 && return
    kill -0 "$(cat "$WORK/api-$name.pid")" 2>/dev/null || die "polly-api '$name' exited (see $WORK/api-$name.log)"
    sleep 0.5
  done
  die "polly-api '$name' did not start in 90 s (see $WORK/api-$name.log)"
}

sanity_checks() {
  local name body
  for name in on off; do
    local port_var="PORT_$name"
    body="$(curl -fsS -H 'Authorization: Bearer bench-token-42' \
      "http://127.0.0.1:${!port_var}/api/me/preferences")" || die "GET /api/me/preferences on '$name'"
    echo "$body" | grep -q '"timezone"' || die "unexpected preferences body on '$name': $body"
    body="$(curl -fsS -H 'Authorization: Bearer bench-token-42' \
      "http://127.0.0.1:${!port_var}/api/polls/$POLL_ID/results")" || die "GET results on '$name'"
    echo "$body" | grep -q '100000' || die "results on '$name' do not count 100000 votes: $body"
  done
  body="$(curl -fsS "http://127.0.0.1:$PORT_on/api/ping")" || die "GET /api/ping"
  echo "$body" | grep -q '"ok"' || die "unexpected /api/ping body: $body"
  log "sanity checks passed (both instances serve the seeded users and the 100k-vote poll)"
}

# wrk_run LABEL PORT PATH USERS SECONDS: one wrk run; stores its figures under LABEL.
wrk_run() {
  local label="$1" port="$2" path="$3" users="$4" seconds="$5" line
  line="$(BENCH_PATH="$path" BENCH_USERS="$users" wrk -t"$THREADS" -c"$CONNECTIONS" \
    -d"${seconds}s" --timeout 10s -s "$BENCH/wrk/rotate.lua" "http://127.0.0.1:$port" \
    | tee -a "$WORK/wrk-$label.log" | grep '^RESULT')" || die "wrk $label (see $WORK/wrk-$label.log)"
  REQS[$label]="$(field requests "$line")"
  RPS[$label]="$(field rps "$line")"
  P50[$label]="$(field p50_ms "$line")"
  P99[$label]="$(field p99_ms "$line")"
  ERRS[$label]="$(field errors "$line")"
  NON2XX[$label]="$(field non2xx "$line")"
  log "$label: ${RPS[$label]} req/s, p50 ${P50[$label]} ms, p99 ${P99[$label]} ms, errors ${ERRS[$label]}, non-2xx ${NON2XX[$label]}"
}

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }

verdict() { awk -v r="$1" -v goal="$2" 'BEGIN { print (r != "n/a" && r + 0 >= goal) ? "met" : "NOT met" }'; }

row() {
  local label="$1" what="$2"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$what" "${RPS[$label]}" "${P50[$label]}" \
    "${P99[$label]}" "${REQS[$label]}" "$((ERRS[$label] + NON2XX[$label]))"
}

measure_jmh() {
  [ "${BENCH_JMH:-1}" = 1 ] || return 0
  local script="$BENCH/jmh.sh"
  if [ -x "$script" ]; then
    log "measuring (c) with $script"
    EXTRA_LINES+=("$("$script" "$WORK" 2>>"$WORK/jmh.log" | tail -20)")
  else
    EXTRA_LINES+=("(c) cache overhead vs raw Redisson get: no JMH benchmark in this tree yet (bench/jmh.sh absent); not measured.")
  fi
}

measure_bot() {
  [ "${BENCH_BOT:-1}" = 1 ] || return 0
  local script="$BENCH/bot.sh"
  if [ -x "$script" ]; then
    log "measuring (d) with $script"
    EXTRA_LINES+=("$("$script" "$WORK" 2>>"$WORK/bot.log" | tail -20)")
  else
    EXTRA_LINES+=("(d) bot votes/s: no runnable bot benchmark in this tree yet (bench/bot.sh absent); not measured.")
  fi
}

print_report() {
  local r_ping r_disabled r_results r_results_p50
  r_ping="$(ratio "${RPS[prefs_on]}" "${RPS[apiping_on]}")"
  r_disabled="$(ratio "${RPS[prefs_on]}" "${RPS[prefs_off]}")"
  r_results="$(ratio "${RPS[results_on]}" "${RPS[results_off]}")"
  r_results_p50="$(ratio "${P50[results_off]}" "${P50[results_on]}")"
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"\
    "$(free -m | awk '/Mem:/ {print $2}') MiB RAM; $(java -version 2>&1 | head -1);"\
    "PostgreSQL $(psql --version | awk '{print $3}'), Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2);"\
    "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Load: wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per row after a ${WARMUP}s warm-up, Bearer tokens"\
    "rotating over $USERS of the 10,000 seeded users; both polly-api instances (-Xmx512m) share one PostgreSQL and"\
    "one Redis and the machine's $(nproc) cores with wrk. Seeding took ${SEED_SECONDS}s."
  echo
  echo "### (a) API hit path"
  echo
  echo "| endpoint | req/s | p50 ms | p99 ms | requests | errors |"
  echo "|---|---|---|---|---|---|"
  row ping_on "admin \`/ping\` (Jetty only, reference)"
  row apiping_on "\`GET /api/ping\` (no auth: the Jersey floor)"
  row me_on "\`GET /api/me\` (auth only), cache on"
  row prefs_on "\`GET /api/me/preferences\`, cache on"
  row prefs_off "\`GET /api/me/preferences\`, \`cache.enabled: false\`"
  row me_off "\`GET /api/me\`, \`cache.enabled: false\` (reference)"
  echo
  echo "- cached preferences / \`/api/ping\`: **$r_ping×** (goal ≥ 0.7×): $(verdict "$r_ping" 0.7)"
  echo "- cached preferences / cache-disabled preferences: **$r_disabled×** (goal ≥ 5×): $(verdict "$r_disabled" 5)"
  echo
  print_paired_prefs
  echo "### (b) Poll results, 100,000 votes (\`GET /api/polls/$POLL_ID/results\`)"
  echo
  echo "| path | req/s | p50 ms | p99 ms | requests | errors |"
  echo "|---|---|---|---|---|---|"
  row results_on "cache hit (cache on)"
  row results_off "recompute (\`cache.enabled: false\`)"
  echo
  echo "- cache hit / recompute, throughput: **$r_results×**; p50 latency: **$r_results_p50×** (goal ≥ 20×): $(verdict "$r_results" 20)"
  echo
  print_growth
  print_outage
  print_memory
  echo "### (c), (d)"
  echo
  local line
  for line in "${EXTRA_LINES[@]}"; do echo "$line"; echo; done
}

cleanup() {
  local name pid
  for name in on off; do
    if [ -f "$WORK/api-$name.pid" ]; then
      pid="$(cat "$WORK/api-$name.pid")"
      kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    fi
  done
  if [ -f "$WORK/discord-stub.pid" ]; then
    kill "$(cat "$WORK/discord-stub.pid")" 2>/dev/null || true
  fi
  if [ "${REDIS_STARTED:-0}" = 1 ]; then
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  if [ "${PG_STARTED:-0}" = 1 ]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  fi
}
