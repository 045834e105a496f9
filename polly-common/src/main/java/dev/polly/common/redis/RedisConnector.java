package dev.polly.common.redis;

import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.health.RedisHealthCheck;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of {@link RedisFactory#connect}: embedded server if needed, Redisson client, circuit
 * breaker and its background probe, the background health probe ({@link RedisMonitor}) and the
 * {@code redis} health check. The client and the probes' thread are stopped by one {@code Managed}.
 */
final class RedisConnector {
  private static final Logger LOG = LoggerFactory.getLogger(RedisConnector.class);

  /**
   * How often the background health probe sets {@code polly.redis.up}: well within Prometheus's 15
   * s scrape interval.
   */
  static final Duration HEALTH_PROBE_EVERY = Duration.ofSeconds(1);

  private final RedisFactory redis;
  private final CircuitSettings circuit;
  private final String processName;

  RedisConnector(RedisFactory redis, CircuitSettings circuit, String processName) {
    this.redis = redis;
    this.circuit = circuit;
    this.processName = processName;
  }

  RedisConnection connect(Environment env) {
    RedisAddress address = address(env);
    RedissonClient redisson = Redisson.create(RedissonConfigs.of(redis, address, processName));
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "polly-redis-" + processName);
              thread.setDaemon(true);
              return thread;
            });
    env.lifecycle().manage(new ClientLifecycle(redisson, scheduler));

    RedisGuard guard = new RedisGuard(circuit, env.metrics(), scheduler);
    String where = where(address);
    RedissonProbe probe =
        new RedissonProbe(
            redisson,
            Clock.systemUTC(),
            where,
            address.password(),
            status -> guard.probed(status.connected()));
    RedisConnection connection =
        new RedisConnection(redisson, guard, env.metrics(), scheduler, probe);
    long every = circuit.getProbeInterval().toMilliseconds();
    scheduler.scheduleWithFixedDelay(
        new CircuitProbe(guard, redisson, connection::runRecoveryTasks),
        every,
        every,
        TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(
        new RedisMonitor(probe, where), 0, HEALTH_PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    env.healthChecks().register("redis", new RedisHealthCheck(probe));
    return connection;
  }

  /** The server(s) as an operator would name them: {@code host:port}, or the mode's seed nodes. */
  private String where(RedisAddress address) {
    if (redis.getMode().equals("single") || redis.getNodes().isEmpty()) {
      String single = address.host() + ":" + address.port();
      return redis.getMode().equals("single") ? single : redis.getMode() + " " + single;
    }
    List<String> nodes = new ArrayList<>();
    for (String node : redis.getNodes()) {
      RedisAddress parsed = RedisAddress.parse(node.trim());
      nodes.add(parsed.host() + ":" + parsed.port());
    }
    return redis.getMode() + " " + String.join(",", nodes);
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
