package dev.polly.api.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.support.Http;
import dev.polly.api.support.RunningApi;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis killed under steady API load: two polly-api instances on the same PostgreSQL, one with the
 * cache and one with {@code cache.enabled: false}, are loaded at the same time with {@code GET
 * /api/me/preferences} while Redis is stopped and started again. No request may fail; the cached
 * instance's p99 during the outage stays within 2× the cache-disabled instance's p99 over the same
 * window (a ratio, since absolute times drift on this machine); and the {@code user_prefs} hit
 * ratio is back to its pre-outage level within 10 s of Redis returning.
 */
class RedisOutageUnderLoadTest {
  /** The cached instance, {@code app(0)}, and the cache-disabled one, {@code app(1)}. */
  @RegisterExtension
  static final RunningApi API =
      new RunningApi().andInstance(ConfigOverride.config("cache.enabled", "false"));

  static final int USERS = 16;
  static final Duration OUTAGE = Duration.ofSeconds(8);
  static final Duration RECOVERY_BAR = Duration.ofSeconds(10);

  static List<String> tokens;

  @BeforeAll
  static void usersWithPreferences() {
    Http http = API.http();
    tokens = LoadUsers.logIn(API.discord(), http, "redis-outage", USERS);
    for (int i = 0; i < USERS; i++) {
      http.json("PUT", "/api/me/preferences", tokens.get(i), "{\"timezone\":\"Europe/Paris\"}");
    }
  }

  @AfterAll
  static void cleanUp() {
    TestRedis.get().start();
  }

  @Test
  @DisplayName(
      "killing Redis under load fails no request, keeps p99 within 2x the cache-disabled p99, and the hit ratio recovers within 10 s")
  void survivesARedisOutageUnderLoad() throws Exception {
    try (Load load = new Load(4)) {
      startLoad(load, "cached", API.app(0));
      startLoad(load, "uncached", API.app(1));
      Thread.sleep(1500);
      double before = hitRatioOver(Duration.ofSeconds(2));

      long outageStart = System.nanoTime();
      TestRedis.get().stop();
      Thread.sleep(OUTAGE.toMillis());
      long outageEnd = System.nanoTime();
      TestRedis.get().start();
      long recoveredAfterNanos = awaitHitRatio(before * 0.9, Duration.ofSeconds(15));
      List<Load.Sample> samples = load.finish();

      List<Load.Sample> failed = samples.stream().filter(s -> s.status() != 200).toList();
      assertThat(failed).as("failed requests (of %d)", samples.size()).isEmpty();
      List<Load.Sample> cachedOutage = window(samples, "cached", outageStart, outageEnd);
      List<Load.Sample> uncachedOutage = window(samples, "uncached", outageStart, outageEnd);
      double p99Cached = Load.percentileMs(cachedOutage, 99);
      double p99Uncached = Load.percentileMs(uncachedOutage, 99);
      System.out.printf(
          "FAULT redis outage: %d requests, 0 failed; during outage p99 cached=%.1f ms (n=%d)"
              + " cache-disabled=%.1f ms (n=%d) ratio=%.2f; hit ratio before=%.3f, recovered"
              + " after %.1f s; slowest during outage cached=%s cache-disabled=%s%n",
          samples.size(),
          p99Cached,
          cachedOutage.size(),
          p99Uncached,
          uncachedOutage.size(),
          p99Cached / p99Uncached,
          before,
          recoveredAfterNanos / 1e9,
          slowest(cachedOutage),
          slowest(uncachedOutage));
      assertThat(cachedOutage).hasSizeGreaterThan(100);
      assertThat(uncachedOutage).hasSizeGreaterThan(100);
      assertThat(p99Cached).isLessThanOrEqualTo(2 * p99Uncached);
      assertThat(Duration.ofNanos(recoveredAfterNanos)).isLessThanOrEqualTo(RECOVERY_BAR);
    }
  }

  private static void startLoad(
      Load load, String tag, DropwizardAppExtension<ApiConfiguration> app) {
    int port = app.getLocalPort();
    for (int w = 0; w < 2; w++) {
      int offset = w * 7;
      load.worker(
          tag,
          i ->
              Load.get(port, "/api/me/preferences", tokens.get((i + offset) % USERS)).GET().build(),
          200_000,
          Duration.ofSeconds(40));
    }
  }

  /** The user_prefs hit ratio of the cached instance over the next {@code span}. */
  private static double hitRatioOver(Duration span) throws InterruptedException {
    long hits = count("hit");
    long misses = count("miss");
    Thread.sleep(span.toMillis());
    long h = count("hit") - hits;
    long m = count("miss") - misses;
    return h + m == 0 ? 0 : (double) h / (h + m);
  }

  /** Nanoseconds from now until a 1-s window reaches {@code target}; fails after {@code max}. */
  private static long awaitHitRatio(double target, Duration max) throws InterruptedException {
    long start = System.nanoTime();
    while (System.nanoTime() - start < max.toNanos()) {
      if (hitRatioOver(Duration.ofMillis(1000)) >= target) {
        return System.nanoTime() - start;
      }
    }
    return max.toNanos() + 1;
  }

  private static long count(String kind) {
    return API.count("polly.cache.user_prefs." + kind);
  }

  private static List<Long> slowest(List<Load.Sample> samples) {
    return samples.stream()
        .map(s -> s.latencyNanos() / 1_000_000)
        .sorted((a, b) -> Long.compare(b, a))
        .limit(5)
        .toList();
  }

  private static List<Load.Sample> window(List<Load.Sample> all, String tag, long from, long to) {
    return all.stream()
        .filter(s -> s.tag().equals(tag) && s.startNanos() >= from && s.startNanos() < to)
        .toList();
  }
}
