-- wrk script for bench/run.sh: GET $BENCH_PATH, each request as the next of $BENCH_USERS seeded
-- users ('Authorization: Bearer bench-token-<n>', n = 1..$BENCH_USERS), each wrk thread starting
-- at a different user. With BENCH_PATH on the admin port and BENCH_USERS=0, no header is sent.
-- At the end it prints one machine-readable line:
--   RESULT requests=<n> rps=<req/s> p50_ms=<ms> p99_ms=<ms> errors=<socket errors> non2xx=<n>
local path = os.getenv("BENCH_PATH") or "/api/me"
local users = tonumber(os.getenv("BENCH_USERS") or "10000")
local prefix = os.getenv("BENCH_TOKEN_PREFIX") or "bench-token-"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function init(args)
  counter = offset or 0
end

function request()
  if users <= 0 then
    return wrk.format("GET", path)
  end
  counter = counter + 1
  local n = (counter % users) + 1
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. prefix .. n })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout, e.status))
end
