package dev.polly.common.redis;

import dev.polly.common.health.RedisProbe;
import dev.polly.common.health.RedisStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@link RedisProbe} that times one round trip ({@code EXISTS} on a fixed key, which works the same
 * in single, sentinel and cluster mode) with the client's fail-fast timeout. It bypasses the
 * circuit breaker on purpose: it reports Redis as it is, not as the cache currently treats it.
 */
final class RedissonProbe implements RedisProbe {
  private static final String PROBE_KEY = "polly:v1:health:probe";

  private final RedissonClient redisson;
  private final Clock clock;

  RedissonProbe(RedissonClient redisson, Clock clock) {
    this.redisson = redisson;
    this.clock = clock;
  }

  @Override
  public RedisStatus probe() {
    Instant at = clock.instant();
    long start = System.nanoTime();
    try {
      redisson.getBucket(PROBE_KEY, StringCodec.INSTANCE).isExists();
      return new RedisStatus(true, Duration.ofNanos(System.nanoTime() - start), at, null);
    } catch (RuntimeException e) {
      String reason = e.getClass().getSimpleName();
      return new RedisStatus(false, Duration.ofNanos(System.nanoTime() - start), at, reason);
    }
  }
}
