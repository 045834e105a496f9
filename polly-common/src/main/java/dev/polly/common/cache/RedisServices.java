package dev.polly.common.cache;

import dev.polly.common.events.DistributedLocks;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.RateLimiter;
import dev.polly.common.health.RedisProbe;
import java.time.Duration;

/**
 * Everything one process gets from Redis, built by {@link RedisFactory#build}: the cache regions,
 * the event bus, distributed locks, rate limiters, the health probe, the low-level client and the
 * circuit breaker's view ({@link RedisGuard}) for health pages. Nothing here throws because Redis
 * is down.
 */
public record RedisServices(
    Caches caches,
    EventBus events,
    DistributedLocks locks,
    RedisProbe probe,
    RedisClient client,
    RedisGuard circuit,
    RateLimiters rateLimiters) {

  /** A cluster-wide limiter of {@code permits} per {@code per} and key, named for its metrics. */
  public RateLimiter rateLimiter(String name, long permits, Duration per) {
    return rateLimiters.create(name, permits, per);
  }

  /** Creates named rate limiters; the implementation lives with the Redis client. */
  @FunctionalInterface
  public interface RateLimiters {
    RateLimiter create(String name, long permits, Duration per);
  }
}
