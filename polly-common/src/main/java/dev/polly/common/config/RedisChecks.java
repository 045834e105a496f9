package dev.polly.common.config;

import com.codahale.metrics.health.HealthCheck;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.health.RedisStatus;
import dev.polly.common.redis.RedisClient;
import io.dropwizard.core.setup.Environment;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The steps of {@link RedisCheckCommand}, each printing one {@code PASS} or {@code FAIL} line; the
 * first failure throws {@link CheckFailed}, which makes the command exit non-zero.
 */
final class RedisChecks {
  /** A failed step; its message is the step's FAIL line. */
  static final class CheckFailed extends RuntimeException {
    CheckFailed(String message) {
      super(message, null, false, false);
    }
  }

  private final RedisServices redis;
  private final Environment env;
  private final PrintStream out;
  private final String key;

  RedisChecks(RedisServices redis, Environment env, PrintStream out, String key) {
    this.redis = redis;
    this.env = env;
    this.out = out;
    this.key = key;
  }

  void runAll(Duration ttl) {
    RedisStatus status = connect();
    step(
        "connection",
        status.connected(),
        status.connected() ? "round trip " + millis(status.roundTrip()) : status.error());
    RedisClient client = redis.client();
    step("SET", client.set(key, "ok", ttl), key);
    Optional<String> read = client.get(key);
    step("GET", read.equals(Optional.of("ok")), "read " + read.orElse("nothing"));
    Optional<Duration> left = client.ttl(key);
    step(
        "TTL",
        left.filter(d -> !d.isNegative() && d.compareTo(ttl) <= 0).isPresent(),
        left.map(RedisChecks::millis).orElse("no TTL"));
    step("DEL", client.delete(key) && !client.exists(key), "deleted");
    regionRoundTrip(ttl);
    HealthCheck.Result health = env.healthChecks().runHealthCheck("redis");
    step("health check", health.isHealthy(), health.getMessage());
  }

  /** The first probe may pay for the lazy connection; retry a few times within 3 s. */
  private RedisStatus connect() {
    RedisStatus status = redis.probe().probe();
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (!status.connected() && System.nanoTime() < deadline) {
      sleep(100);
      status = redis.probe().probe();
    }
    // the failed attempts may have opened the circuit; give the probe time to close it
    long closeBy = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (status.connected() && !redis.circuit().closed() && System.nanoTime() < closeBy) {
      sleep(100);
    }
    return status;
  }

  private void regionRoundTrip(Duration ttl) {
    CacheRegion<String> region = redis.caches().sessionData("redis-check", String.class);
    String regionKey = key.substring(key.lastIndexOf(':') + 1);
    region.put(regionKey, "round-trip", ttl);
    boolean read = region.getIfPresent(regionKey).equals(Optional.of("round-trip"));
    region.invalidate(regionKey);
    boolean gone = region.getIfPresent(regionKey).isEmpty();
    step("region round trip", read && gone, "session region put, get, invalidate");
  }

  private void step(String name, boolean passed, String detail) {
    String line = (passed ? "PASS " : "FAIL ") + name + " (" + detail + ")";
    out.println(line);
    if (!passed) {
      throw new CheckFailed(line);
    }
  }

  private static String millis(Duration duration) {
    return String.format("%.2f ms", duration.toNanos() / 1_000_000.0);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
