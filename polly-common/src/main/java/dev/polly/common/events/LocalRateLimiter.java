package dev.polly.common.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * A per-process token bucket per key, used by {@link RedisRateLimiter} while Redis is unavailable:
 * {@code permits} per {@code per}, refilled continuously, starting full. Idle keys are forgotten.
 */
final class LocalRateLimiter implements RateLimiter {
  private final long permits;
  private final long periodNanos;
  private final Cache<String, Bucket> buckets;

  LocalRateLimiter(long permits, Duration per) {
    this.permits = permits;
    this.periodNanos = per.toNanos();
    this.buckets = Caffeine.newBuilder().expireAfterAccess(per.multipliedBy(2)).build();
  }

  @Override
  public boolean tryAcquire(String key) {
    return buckets.get(key, k -> new Bucket(permits, System.nanoTime())).take(permits, periodNanos);
  }

  /** Mutable bucket state, guarded by its own monitor. */
  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(long tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    synchronized boolean take(long permits, long periodNanos) {
      long now = System.nanoTime();
      tokens = Math.min(permits, tokens + (double) (now - updated) * permits / periodNanos);
      updated = now;
      if (tokens >= 1.0) {
        tokens -= 1.0;
        return true;
      }
      return false;
    }
  }
}
