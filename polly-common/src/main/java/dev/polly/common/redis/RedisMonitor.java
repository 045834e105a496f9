package dev.polly.common.redis;

import dev.polly.common.health.RedisProbe;
import dev.polly.common.health.RedisStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background health probe: each run probes Redis once past the circuit breaker, which keeps
 * {@code polly.redis.up} true to Redis on an idle process (traffic alone would leave it at its last
 * value). A Redis that has not answered the first {@link #STARTUP_ATTEMPTS} probes is logged once
 * at WARN with its address and cause; the first answer after that is logged once at INFO. Later
 * outages are reported by the circuit breaker's own log lines and by the gauge. Never throws.
 */
final class RedisMonitor implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisMonitor.class);
  static final int STARTUP_ATTEMPTS = 2;

  private final RedisProbe probe;
  private final String where;
  private int failuresSinceStart;
  private boolean answered;
  private boolean warned;

  RedisMonitor(RedisProbe probe, String where) {
    this.probe = probe;
    this.where = where;
  }

  @Override
  public void run() {
    try {
      RedisStatus status = probe.probe();
      if (status.connected()) {
        if (warned && !answered) {
          LOG.info("Redis at {} answers: the cache is in use", where);
        }
        answered = true;
      } else if (!answered && ++failuresSinceStart == STARTUP_ATTEMPTS) {
        warned = true;
        // the reason starts with the address: "127.0.0.1:6379: Connection refused"
        LOG.warn(
            "Redis is unreachable since startup, at {}: serving from PostgreSQL without the cache"
                + " until it answers; run redis-check config.yml",
            status.error());
      }
    } catch (RuntimeException e) {
      LOG.debug("Redis health probe failed: {}", e.toString()); // a scheduled task must never die
    }
  }
}
