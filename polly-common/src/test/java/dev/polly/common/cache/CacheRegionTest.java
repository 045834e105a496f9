package dev.polly.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.util.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;

/** Region behaviour against the shared real Redis: values, TTLs, metrics, single flight. */
class CacheRegionTest {
  private static RunningRedisServices running;
  private static Caches caches;

  @BeforeAll
  static void start() {
    CacheFactory cache = new CacheFactory();
    // A short TTL for the TTL test; no near cache so every read reaches Redis.
    cache
        .getRegions()
        .put(
            CacheFactory.USER_GUILDS, new RegionSettings(Duration.seconds(1), Duration.seconds(0)));
    cache
        .getRegions()
        .put(
            CacheFactory.USER_PREFS, new RegionSettings(Duration.minutes(30), Duration.seconds(0)));
    running = RunningRedisServices.start(TestRedis.get().relaxedFactory(), cache, "region-test");
    caches = running.services().caches();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  void recordsRoundTripThroughRedisAsJsonUnderTheVersionedKey() {
    String key = key();
    UserPreferences prefs =
        new UserPreferences(7, 1L, 2L, null, "Europe/Paris", Instant.parse("2026-01-02T03:04:05Z"));
    caches.userPrefs().put(key, prefs);

    assertThat(caches.userPrefs().getIfPresent(key)).contains(prefs);
    String raw =
        TestRedis.get()
            .admin()
            .<String>getBucket("polly:v1:user_prefs:" + key, StringCodec.INSTANCE)
            .get();
    assertThat(raw)
        .contains("\"timezone\":\"Europe/Paris\"")
        .contains("2026-01-02T03:04:05Z")
        .doesNotContain("@class");
  }

  @Test
  void guildViewsShareTheGuildRegionWithOneKeyPerView() {
    String guild = key();
    GuildData.Channels channels =
        new GuildData.Channels(1, List.of(new GuildChannel(10, "general", 0, 0)));
    caches.guildChannels().put(guild, channels);

    assertThat(caches.guildChannels().name()).isEqualTo("guild");
    assertThat(
            TestRedis.get().admin().getKeys().countExists("polly:v1:guild:" + guild + ":channels"))
        .isEqualTo(1);
    Object viaRegion =
        caches.byName("guild").orElseThrow().getIfPresent(guild + ":channels").orElseThrow();
    assertThat(viaRegion).isEqualTo(channels);

    caches.byName("guild").orElseThrow().invalidate(guild);
    assertThat(caches.guildChannels().getIfPresent(guild)).isEmpty();
  }

  @Test
  void sessionDataLivesUnderItsKindWithItsOwnTtl() {
    String key = key();
    caches.sessionData("draft", String.class).put(key, "hello", java.time.Duration.ofSeconds(60));

    long ttl =
        TestRedis.get().admin().getBucket("polly:v1:session:draft:" + key).remainTimeToLive();
    assertThat(ttl).isBetween(50_000L, 60_000L);
    assertThat(caches.sessionData("draft", String.class).getIfPresent(key)).contains("hello");
  }

  @Test
  void entriesExpireAfterTheRegionTtl() {
    String key = key();
    caches.userGuilds().put(key, new dev.polly.common.domain.UserGuilds(1, List.of()));
    assertThat(caches.userGuilds().getIfPresent(key)).isPresent();

    await()
        .atMost(3, TimeUnit.SECONDS)
        .pollInterval(50, TimeUnit.MILLISECONDS)
        .until(() -> caches.userGuilds().getIfPresent(key).isEmpty());
  }

  @Test
  void nMissesThenNHitsCountExactlyNAndN() {
    RegionMetrics.Stats before = caches.pollResults().stats().orElseThrow();
    int n = 25;
    for (int i = 0; i < n; i++) {
      String key = "exact-" + i + "-" + key();
      PollResults results =
          new PollResults(i, List.of(new OptionResult(1, "a", null, 1, 100.0)), 1, 1, List.of(1));
      assertThat(caches.pollResults().get(key, () -> results)).isEqualTo(results);
      assertThat(
              caches
                  .pollResults()
                  .get(
                      key,
                      () -> {
                        throw new AssertionError("loaded twice");
                      }))
          .isEqualTo(results);
    }
    RegionMetrics.Stats after = caches.pollResults().stats().orElseThrow();

    assertThat(after.misses() - before.misses()).isEqualTo(n);
    assertThat(after.hits() - before.hits()).isEqualTo(n);
    assertThat(after.loads() - before.loads()).isEqualTo(n);
    assertThat(running.metrics().getCounters().get("polly.cache.poll_results.hit").getCount())
        .isEqualTo(after.hits());
  }

  @Test
  void hundredConcurrentMissesCallTheLoaderOnce() throws Exception {
    String key = key();
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(100);
    try {
      List<Future<UserPreferences>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return caches
                      .userPrefs()
                      .get(
                          key,
                          () -> {
                            loads.incrementAndGet();
                            sleep(200);
                            return UserPreferences.empty(42);
                          });
                }));
      }
      go.countDown();
      for (Future<UserPreferences> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(UserPreferences.empty(42));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).hasValue(1);
  }

  @Test
  void loaderExceptionsPropagateUnchangedAndAreCounted() {
    long before = caches.userPrefs().stats().orElseThrow().loadFailures();
    assertThatThrownBy(
            () ->
                caches
                    .userPrefs()
                    .get(
                        key(),
                        () -> {
                          throw new IllegalStateException("db down");
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("db down");
    assertThat(caches.userPrefs().stats().orElseThrow().loadFailures()).isEqualTo(before + 1);
  }

  @Test
  void nullFromTheLoaderIsReturnedButNotCached() {
    String key = key();
    assertThat(caches.userPrefs().get(key, () -> null)).isNull();
    assertThat(caches.userPrefs().getIfPresent(key)).isEmpty();
  }

  @Test
  void sessionsRoundTrip() {
    Session session =
        new Session(
            key(),
            5,
            "u",
            null,
            List.of(1L, 2L),
            Instant.EPOCH,
            Instant.parse("2030-01-01T00:00:00Z"));
    caches.sessions().put(session.id(), session, java.time.Duration.ofMinutes(5));
    assertThat(caches.sessions().getIfPresent(session.id())).contains(session);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
