package dev.polly.common.redis;

import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background half-open probe: while the circuit is not closed it sends a few cheap calls
 * through the {@link RedisGuard}, so the circuit closes within about {@code openDuration +
 * probeInterval} of Redis returning even when no request arrives. While closed it finishes any
 * pending recovery work (the connection's recovery tasks: topic subscription, clearing stale
 * regions).
 */
final class CircuitProbe implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(CircuitProbe.class);
  private static final String PROBE_KEY = "polly:v1:health:probe";

  private final RedisGuard guard;
  private final RedissonClient redisson;
  private final Runnable whileClosed;

  CircuitProbe(RedisGuard guard, RedissonClient redisson, Runnable whileClosed) {
    this.guard = guard;
    this.redisson = redisson;
    this.whileClosed = whileClosed;
  }

  @Override
  public void run() {
    try {
      for (int i = 0; i < 3 && !guard.closed(); i++) {
        guard.call(
            () -> redisson.getBucket(PROBE_KEY, StringCodec.INSTANCE).isExists(),
            Boolean.FALSE,
            RedisGuard.Outcomes.NONE);
      }
      if (guard.closed()) {
        whileClosed.run();
      }
    } catch (RuntimeException e) {
      LOG.debug("Redis probe failed: {}", e.toString()); // a scheduled task must never die
    }
  }
}
