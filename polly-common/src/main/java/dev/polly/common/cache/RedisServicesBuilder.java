package dev.polly.common.cache;

import com.codahale.metrics.MetricRegistry;
import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.events.CacheInvalidated;
import dev.polly.common.events.RedisDistributedLocks;
import dev.polly.common.events.RedisEventBus;
import dev.polly.common.events.RedisRateLimiter;
import dev.polly.common.health.RedisHealthCheck;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires one process's Redis services from its configuration (the body of {@link
 * RedisFactory#build}): embedded server if needed, Redisson client, circuit breaker and its
 * background probe, event bus, cache regions, locks, rate limiters and the {@code redis} health
 * check. The client and the probe's thread are stopped by one {@code Managed}.
 */
final class RedisServicesBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(RedisServicesBuilder.class);

  private final RedisFactory redis;
  private final CacheFactory cache;
  private final String processName;

  RedisServicesBuilder(RedisFactory redis, CacheFactory cache, String processName) {
    this.redis = redis;
    this.cache = cache;
    this.processName = processName;
  }

  RedisServices build(Environment env) {
    RedisAddress address = address(env);
    MetricRegistry metrics = env.metrics();
    RedissonClient redisson = Redisson.create(RedissonConfigs.of(redis, address, processName));
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "polly-redis-" + processName);
              thread.setDaemon(true);
              return thread;
            });
    env.lifecycle().manage(new ClientLifecycle(redisson, scheduler));

    RedisGuard guard = new RedisGuard(cache.getCircuit(), metrics, scheduler);
    PollyJson json = new PollyJson();
    RedisEventBus events = new RedisEventBus(redisson, guard, json, metrics);
    StaleRegions stale = new StaleRegions(scheduler);
    Caches caches = caches(metrics, guard, redisson, json, stale, events);
    guard.onRecovery(
        () -> {
          events.ensureSubscribed();
          stale.recoverSoon();
        });
    RedissonProbe probe = new RedissonProbe(redisson, Clock.systemUTC());
    long every = cache.getCircuit().getProbeInterval().toMilliseconds();
    scheduler.scheduleWithFixedDelay(
        new CircuitProbe(guard, redisson, events, stale), every, every, TimeUnit.MILLISECONDS);
    env.healthChecks().register("redis", new RedisHealthCheck(probe));

    return new RedisServices(
        caches,
        events,
        new RedisDistributedLocks(redisson, guard, metrics),
        probe,
        new RedisClient(redisson, guard, json, metrics),
        guard,
        (name, permits, per) -> new RedisRateLimiter(redisson, guard, metrics, name, permits, per));
  }

  private Caches caches(
      MetricRegistry metrics,
      RedisGuard guard,
      RedissonClient redisson,
      PollyJson json,
      StaleRegions stale,
      RedisEventBus events) {
    if (!cache.isEnabled()) {
      return new PassThroughCaches(metrics);
    }
    // The origin tells this process's own announcements apart: it already dropped its copies.
    String origin = processName + "-" + UUID.randomUUID().toString().substring(0, 8);
    RegionDeps deps =
        new RegionDeps(
            metrics,
            guard,
            redisson,
            json,
            stale,
            (region, key) -> events.publish(new CacheInvalidated(region, key, origin)));
    RedisCaches caches = new RedisCaches(cache, deps);
    events.subscribe(
        event -> {
          if (event instanceof CacheInvalidated invalidated
              && !origin.equals(invalidated.origin())) {
            caches.dropNear(invalidated.region(), invalidated.key());
          }
        });
    return caches;
  }

  /** The configured address, or that of a freshly started embedded server. */
  private RedisAddress address(Environment env) {
    if (!redis.embedded()) {
      return redis.getUrl().isBlank()
          ? new RedisAddress(
              false,
              redis.getHost(),
              redis.getPort(),
              redis.getDb(),
              redis.getUsername(),
              redis.getPassword())
          : withOverrides(RedisAddress.parse(redis.getUrl()));
    }
    EmbeddedRedisServer server =
        new EmbeddedRedisServer(EmbeddedRedisServer.freePort(), Path.of(".polly", "redis"));
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded Redis", e);
    }
    env.lifecycle().manage(server);
    LOG.info(
        "No REDIS_URL or REDIS_HOST set: started an embedded Redis at {} (development only)",
        server.url());
    return RedisAddress.parse(server.url());
  }

  /** A password or user configured separately wins over none in the URL. */
  private RedisAddress withOverrides(RedisAddress parsed) {
    String user = parsed.username().isEmpty() ? redis.getUsername() : parsed.username();
    String pass = parsed.password().isEmpty() ? redis.getPassword() : parsed.password();
    return new RedisAddress(parsed.tls(), parsed.host(), parsed.port(), parsed.db(), user, pass);
  }

  /** Shuts the Redisson client and the probe thread down when the process stops. */
  private record ClientLifecycle(RedissonClient redisson, ScheduledExecutorService scheduler)
      implements Managed {
    @Override
    public void stop() {
      scheduler.shutdownNow();
      redisson.shutdown(0, 2, TimeUnit.SECONDS);
    }
  }
}
