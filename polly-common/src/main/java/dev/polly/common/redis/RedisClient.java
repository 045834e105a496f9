package dev.polly.common.redis;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.time.Duration;
import java.util.Optional;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Raw string commands with TTLs on keys the caller chooses (use the {@code polly:v1:} prefix), for
 * the operator's {@code redis-check}; application data goes through cache regions instead. Every
 * call goes through the {@link RedisGuard}: it never throws a Redis exception, and on failure
 * returns an empty or {@code false} value and counts {@code polly.redis.client.errors} (or {@code
 * .bypasses} while the circuit is open).
 */
public final class RedisClient {
  private final RedissonClient redisson;
  private final RedisGuard guard;
  private final RedisGuard.Outcomes outcomes;

  RedisClient(RedissonClient redisson, RedisGuard guard, MetricRegistry metrics) {
    this.redisson = redisson;
    this.guard = guard;
    Counter errors = metrics.counter("polly.redis.client.errors");
    Counter bypasses = metrics.counter("polly.redis.client.bypasses");
    this.outcomes = RedisGuard.Outcomes.counting(errors, bypasses);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(
        guard.call(
            () -> redisson.<String>getBucket(key, StringCodec.INSTANCE).get(), null, outcomes));
  }

  /**
   * Sets {@code key} to {@code value} expiring after {@code ttl}; returns whether it was stored.
   */
  public boolean set(String key, String value, Duration ttl) {
    return guard.run(() -> redisson.getBucket(key, StringCodec.INSTANCE).set(value, ttl), outcomes);
  }

  /** Returns whether the key existed and was deleted. */
  public boolean delete(String key) {
    return guard.call(() -> redisson.getKeys().delete(key) > 0, false, outcomes);
  }

  public boolean exists(String key) {
    return guard.call(() -> redisson.getKeys().countExists(key) > 0, false, outcomes);
  }

  /** The remaining TTL, or empty when the key is missing, has no TTL, or Redis failed. */
  public Optional<Duration> ttl(String key) {
    long millis =
        guard.call(
            () -> redisson.getBucket(key, StringCodec.INSTANCE).remainTimeToLive(), -2L, outcomes);
    return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
  }
}
