package dev.polly.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.events.DistributedLocks;
import dev.polly.common.events.GuildDataRefreshed;
import dev.polly.common.events.RateLimiter;
import dev.polly.common.redis.CircuitState;
import dev.polly.common.redis.RedisGuard;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;
import org.slf4j.LoggerFactory;

/**
 * Redis stopped in the middle of a test, with the production fail-fast settings (250 ms timeouts,
 * no retry): reads keep answering from the loader, each call well under 300 ms; the circuit opens;
 * after Redis returns, hits resume within 10 s and nothing written before the outage is served
 * stale. The test Redis keeps its keys across the restart, like a persistent production Redis, so
 * stale values really are there to be (not) served.
 */
class RedisOutageTest {
  private static final long CALL_BUDGET_MILLIS = 300;

  private RunningRedisServices running;
  private Caches caches;

  @BeforeEach
  void start() {
    TestRedis.get().start();
    CacheFactory cache = new CacheFactory();
    // No near cache: every read shows what Redis itself would serve.
    cache
        .getRegions()
        .put(
            CacheFactory.USER_PREFS, new RegionSettings(Duration.minutes(30), Duration.seconds(0)));
    cache
        .getRegions()
        .put(
            CacheFactory.POLL_RESULTS,
            new RegionSettings(Duration.minutes(5), Duration.seconds(0)));
    running = RunningRedisServices.start(TestRedis.get().factory(), cache, "outage-test");
    caches = running.services().caches();
  }

  @AfterEach
  void stop() {
    TestRedis.get().start();
    running.close();
  }

  @Test
  @DisplayName(
      "with Redis down reads answer from the loader fast, and after its return nothing stale is served")
  void survivesARedisOutageWithoutServingStaleValues() {
    String user = UUID.randomUUID().toString();
    String poll = UUID.randomUUID().toString();
    UserPreferences before = new UserPreferences(1, 10L, null, null, "UTC", null);
    UserPreferences changed = new UserPreferences(1, 20L, null, null, "UTC", null);
    PollResults results = results();
    caches.userPrefs().put(user, before);
    caches.pollResults().put(poll, results);

    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Logger guardLog = (Logger) LoggerFactory.getLogger(RedisGuard.class);
    // Operators run at INFO; per-call DEBUG lines are allowed, per-call INFO/WARN lines are not.
    // Pin the level: a Dropwizard app started earlier in this JVM may have reset it to DEBUG.
    Level previousLevel = guardLog.getLevel();
    guardLog.setLevel(Level.INFO);
    guardLog.addAppender(log);

    // WHEN Redis stops
    TestRedis.get().stop();

    // THEN every read answers from the loader within the budget, and the circuit opens
    for (int i = 0; i < 40; i++) {
      long start = System.nanoTime();
      UserPreferences read = caches.userPrefs().get(user, () -> changed);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(read).isEqualTo(changed);
      assertThat(millis).as("call %d took %d ms", i, millis).isLessThan(CALL_BUDGET_MILLIS);
    }
    assertThat(running.services().circuit().state()).isEqualTo(CircuitState.OPEN);
    assertThat(caches.userPrefs().stats().orElseThrow().bypasses()).isPositive();
    guardLog.detachAppender(log);
    guardLog.setLevel(previousLevel);
    assertThat(log.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .as("the state change is logged once, not once per call")
        .containsExactly("Redis circuit OPEN: Redis calls are skipped, reads use the loaders");
    assertThat(caches.userPrefs().stats().orElseThrow().errors()).isPositive();
    assertThat(running.metrics().getGauges().get("polly.redis.circuit_state").getValue())
        .isEqualTo(1);
    assertThat(running.metrics().getGauges().get("polly.redis.up").getValue()).isEqualTo(0);

    // AND the write of the changed value during the outage is skipped, not thrown
    caches.userPrefs().put(user, changed);

    // WHEN Redis returns (with its old keys: the stale value is really there)
    TestRedis.get().start();
    assertThat(
            TestRedis.get()
                .admin()
                .<String>getBucket("polly:v1:poll_results:" + poll, StringCodec.INSTANCE)
                .get())
        .as("the restarted Redis kept its keys")
        .isNotNull();

    // THEN hits resume within 10 s, and the old value of the changed key is never served
    long restarted = System.nanoTime();
    await()
        .atMost(10, TimeUnit.SECONDS)
        .pollInterval(50, TimeUnit.MILLISECONDS)
        .until(
            () -> {
              assertThat(caches.userPrefs().get(user, () -> changed)).isEqualTo(changed);
              return caches.pollResults().getIfPresent(poll).isPresent();
            });
    System.out.printf(
        "hits resumed %d ms after the restart%n",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));
    await()
        .atMost(5, TimeUnit.SECONDS)
        .until(
            () ->
                !"{\"userId\":1,\"lastGuildId\":10,\"lastChannelId\":null,\"lastRoleId\":null,\"timezone\":\"UTC\",\"updatedAt\":null}"
                    .equals(
                        TestRedis.get()
                            .admin()
                            .<String>getBucket("polly:v1:user_prefs:" + user, StringCodec.INSTANCE)
                            .get()));
    assertThat(caches.userPrefs().get(user, () -> changed)).isEqualTo(changed);
    assertThat(caches.userPrefs().getIfPresent(user))
        .isIn(java.util.Optional.empty(), java.util.Optional.of(changed));
  }

  @Test
  void eventsLocksAndRateLimitsDegradeSafelyWhileRedisIsDown() {
    TestRedis.get().stop();
    for (int i = 0; i < 10; i++) {
      caches.pollResults().getIfPresent("warm-" + i); // let the circuit see the failures
    }
    long started = System.nanoTime();

    running.services().events().publish(new GuildDataRefreshed(1));
    AtomicBoolean ran = new AtomicBoolean();
    DistributedLocks locks = running.services().locks();
    assertThat(locks.runExclusively("sweep", java.time.Duration.ofSeconds(5), () -> ran.set(true)))
        .isTrue();
    RateLimiter limiter =
        running.services().rateLimiter("edits", 2, java.time.Duration.ofMinutes(1));
    List<Boolean> decisions =
        List.of(
            limiter.tryAcquire("poll-1"),
            limiter.tryAcquire("poll-1"),
            limiter.tryAcquire("poll-1"));

    assertThat(ran).isTrue();
    assertThat(decisions).containsExactly(true, true, false);
    assertThat(running.metrics().getCounters().get("polly.events.dropped").getCount()).isPositive();
    assertThat(running.services().client().get("any")).isEmpty();
    assertThat(running.services().client().set("any", "v", java.time.Duration.ofSeconds(5)))
        .isFalse();
    assertThat(running.services().probe().probe().connected()).isFalse();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2_000);
  }

  private static PollResults results() {
    return new PollResults(
        9, List.of(new OptionResult(1, "yes", null, 3, 100.0)), 3, 3, List.of(1), null);
  }
}
