package dev.polly.common.config;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.cache.Caches;
import dev.polly.common.events.RedisDistributedLocks;
import dev.polly.common.events.RedisEventBus;
import dev.polly.common.events.RedisRateLimiter;
import dev.polly.common.redis.RedisConnection;
import dev.polly.common.redis.RedisFactory;
import io.dropwizard.core.setup.Environment;

/**
 * Wires one process's Redis services (the body of {@link RedisServices#build}): the connection
 * (client, circuit breaker, probe, health check) from the {@code redis} package, then the event
 * bus, the cache regions, locks and rate limiters on top of it.
 */
final class RedisServicesBuilder {
  private RedisServicesBuilder() {}

  static RedisServices build(
      Environment env, RedisFactory redis, CacheFactory cache, String processName) {
    RedisConnection connection = redis.connect(env, cache.getCircuit(), processName);
    RedisEventBus events = new RedisEventBus(connection);
    connection.onRecovery(events::ensureSubscribed);
    Caches caches = Caches.create(cache, connection, events, processName);
    return new RedisServices(
        caches,
        events,
        new RedisDistributedLocks(connection),
        connection.probe(),
        connection.client(),
        connection.guard(),
        (name, permits, per) -> new RedisRateLimiter(connection, name, permits, per),
        connection.stores());
  }
}
