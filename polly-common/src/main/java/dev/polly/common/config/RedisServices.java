package dev.polly.common.config;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.cache.Caches;
import dev.polly.common.events.DistributedLocks;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.RateLimiter;
import dev.polly.common.health.RedisProbe;
import dev.polly.common.redis.RedisClient;
import dev.polly.common.redis.RedisFactory;
import dev.polly.common.redis.RedisGuard;
import dev.polly.common.redis.RedisStores;
import io.dropwizard.core.setup.Environment;
import java.time.Duration;

/**
 * Everything one process gets from Redis: the cache regions, the event bus, distributed locks, rate
 * limiters, the health probe, the low-level client, the circuit breaker's view ({@link RedisGuard})
 * for health pages, and the stores of data whose only copy is in Redis ({@link RedisStores}, built
 * whether or not caching is enabled). Nothing here throws because Redis is down, except a store,
 * which says so ({@code StoreUnreachableException}).
 */
public record RedisServices(
    Caches caches,
    EventBus events,
    DistributedLocks locks,
    RedisProbe probe,
    RedisClient client,
    RedisGuard circuit,
    RateLimiters rateLimiters,
    RedisStores stores) {

  /**
   * Builds the Redis client (a {@code Managed}, shut down on stop), the cache regions, event bus,
   * locks and rate limiters, and registers the {@code redis} health check. Starts an embedded Redis
   * first when neither {@code url} nor {@code host} is set. {@code processName} tags this process's
   * events, so it ignores its own invalidations.
   */
  public static RedisServices build(
      Environment env, RedisFactory redis, CacheFactory cache, String processName) {
    return RedisServicesBuilder.build(env, redis, cache, processName);
  }

  /** {@link #build(Environment, RedisFactory, CacheFactory, String)} from a process's config. */
  public static RedisServices build(
      Environment env, PollyConfiguration config, String processName) {
    return build(env, config.getRedis(), config.getCache(), processName);
  }

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
