package dev.polly.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserGuilds;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.redis.RedisFactory;
import dev.polly.common.testing.RunningRedisServices;
import io.dropwizard.util.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.client.codec.StringCodec;

/**
 * The behaviour every cache region must have, run against a real Redis by each subclass (single
 * server, cluster): JSON records under versioned keys, TTLs, exact metrics, single flight, bulk
 * invalidation, and cross-process invalidation of near caches. Two {@link RunningRedisServices}
 * stand for two processes, {@code api} and {@code bot}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegionContract {
  private RunningRedisServices api;
  private RunningRedisServices bot;
  private Caches caches;

  /** Connection settings of the Redis under test. */
  abstract RedisFactory factory();

  /** A plain client on the Redis under test, for raw assertions. */
  abstract RedissonClient admin();

  /** How often the server(s) ran the KEYS command so far. */
  abstract long keysCommandCalls();

  /** Starts the Redis under test, if the subclass owns one; runs before the processes start. */
  void startRedis() {}

  /** Stops what {@link #startRedis()} started; runs after the processes stop. */
  void stopRedis() {}

  @BeforeAll
  void startProcesses() {
    startRedis();
    CacheFactory cache = new CacheFactory();
    // user_guilds: a short TTL for the TTL test. user_prefs: a near cache far longer than the
    // 1 s cross-process bound, so only the invalidation event can make a change visible in time.
    cache.getRegions().put(CacheFactory.USER_GUILDS, region(Duration.seconds(1), 0));
    cache.getRegions().put(CacheFactory.USER_PREFS, region(Duration.minutes(30), 30));
    cache.getRegions().put(CacheFactory.POLL_RESULTS, region(Duration.minutes(5), 0));
    api = RunningRedisServices.start(factory(), cache, "api");
    bot = RunningRedisServices.start(factory(), cache, "bot");
    caches = api.services().caches();
  }

  private static RegionSettings region(Duration ttl, int nearSeconds) {
    return new RegionSettings(ttl, Duration.seconds(nearSeconds));
  }

  @AfterAll
  void stopProcesses() {
    if (api != null) {
      api.close();
    }
    if (bot != null) {
      bot.close();
    }
    stopRedis();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  void recordsRoundTripAsPlainJsonUnderTheVersionedKey() {
    String key = key();
    UserPreferences prefs =
        new UserPreferences(7, 1L, 2L, null, "Europe/Paris", Instant.parse("2026-01-02T03:04:05Z"));
    caches.pollResults().put(key, results(1));
    bot.services().caches().userPrefs().put(key, prefs);

    assertThat(caches.userPrefs().getIfPresent(key)).contains(prefs);
    String raw =
        admin().<String>getBucket("polly:v1:user_prefs:" + key, StringCodec.INSTANCE).get();
    assertThat(raw)
        .contains("\"timezone\":\"Europe/Paris\"")
        .contains("2026-01-02T03:04:05Z")
        .doesNotContain("@class");
    assertThat(admin().getKeys().countExists("polly:v1:poll_results:" + key)).isEqualTo(1);
  }

  @Test
  void guildViewsShareTheGuildRegionWithOneKeyPerView() {
    String guild = key();
    GuildData.Channels channels =
        new GuildData.Channels(1, List.of(new GuildChannel(10, "general", 0, 0)));
    GuildData.Roles roles = new GuildData.Roles(1, List.of());
    caches.guildChannels().put(guild, channels);
    caches.guildRoles().put(guild, roles);

    assertThat(caches.guildChannels().name()).isEqualTo("guild");
    assertThat(admin().getKeys().countExists("polly:v1:guild:" + guild + ":channels")).isEqualTo(1);
    Object viaRegion =
        caches.byName("guild").orElseThrow().getIfPresent(guild + ":channels").orElseThrow();
    assertThat(viaRegion).isEqualTo(channels);

    caches.byName("guild").orElseThrow().invalidate(guild);

    assertThat(caches.guildChannels().getIfPresent(guild)).isEmpty();
    assertThat(caches.guildRoles().getIfPresent(guild)).isEmpty();
  }

  @Test
  void sessionDataLivesUnderItsKindWithItsOwnTtl() {
    String key = key();
    caches.sessionData("draft", String.class).put(key, "hello", java.time.Duration.ofSeconds(60));

    long ttl = admin().getBucket("polly:v1:session:draft:" + key).remainTimeToLive();
    assertThat(ttl).isBetween(50_000L, 60_000L);
    assertThat(caches.sessionData("draft", String.class).getIfPresent(key)).contains("hello");
  }

  @Test
  void sessionsRoundTripWithTheirOwnTtl() {
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
    assertThat(bot.services().caches().sessions().getIfPresent(session.id())).contains(session);
  }

  @Test
  void entriesExpireAfterTheRegionTtl() {
    String key = key();
    caches.userGuilds().put(key, new UserGuilds(1, List.of()));
    assertThat(caches.userGuilds().getIfPresent(key)).isPresent();

    await()
        .atMost(4, TimeUnit.SECONDS)
        .pollInterval(50, TimeUnit.MILLISECONDS)
        .until(() -> caches.userGuilds().getIfPresent(key).isEmpty());
    assertThat(admin().getKeys().countExists("polly:v1:user_guilds:" + key)).isZero();
  }

  @Test
  void nMissesThenNHitsCountExactlyNAndN() {
    RegionMetrics.Stats before = caches.pollResults().stats().orElseThrow();
    int n = 25;
    for (int i = 0; i < n; i++) {
      String key = "exact-" + i + "-" + key();
      PollResults value = results(i);
      assertThat(caches.pollResults().get(key, () -> value)).isEqualTo(value);
      assertThat(caches.pollResults().get(key, RegionContract::neverLoaded)).isEqualTo(value);
    }
    RegionMetrics.Stats after = caches.pollResults().stats().orElseThrow();

    assertThat(after.misses() - before.misses()).isEqualTo(n);
    assertThat(after.hits() - before.hits()).isEqualTo(n);
    assertThat(after.loads() - before.loads()).isEqualTo(n);
    assertThat(api.metrics().getCounters().get("polly.cache.poll_results.hit").getCount())
        .isEqualTo(after.hits());
    assertThat(api.metrics().getGauges().get("polly.cache.poll_results.hit_ratio").getValue())
        .isEqualTo(after.hitRatio());
  }

  @Test
  void hundredConcurrentMissesCallTheLoaderOnce() throws Exception {
    String key = key();
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(100);
    try {
      List<Future<PollResults>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return caches.pollResults().get(key, () -> slowLoad(loads));
                }));
      }
      go.countDown();
      for (Future<PollResults> result : results) {
        assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(results(42));
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
    assertThat(caches.pollResults().get(key, () -> null)).isNull();
    assertThat(caches.pollResults().getIfPresent(key)).isEmpty();
  }

  @Test
  void invalidatingARegionOfTenThousandKeysLeavesNoneAndTouchesNoOtherRegion() {
    seed("polly:v1:poll_results:bulk-", 10_000);
    seed("polly:v1:user_prefs:bulk-", 100);
    seed("polly:v1:poll_results_archive:bulk-", 10); // shares the name as a prefix only
    long keysCallsBefore = keysCommandCalls();

    caches.pollResults().invalidateAll();

    assertThat(count("polly:v1:poll_results:*")).isZero();
    assertThat(count("polly:v1:user_prefs:bulk-*")).isEqualTo(100);
    assertThat(count("polly:v1:poll_results_archive:*")).isEqualTo(10);
    assertThat(keysCommandCalls()).isEqualTo(keysCallsBefore);
  }

  @Test
  @DisplayName("a put in one process replaces the other's near-cache copy within 1 s")
  void putInOneProcessIsSeenByTheOtherWithinOneSecond() {
    String key = key();
    UserPreferences v1 = new UserPreferences(1, 1L, null, null, "UTC", null);
    UserPreferences v2 = new UserPreferences(1, 2L, null, null, "UTC", null);
    // GIVEN both processes hold v1 in their near caches
    assertThat(api.services().caches().userPrefs().get(key, () -> v1)).isEqualTo(v1);
    assertThat(bot.services().caches().userPrefs().get(key, () -> v2)).isEqualTo(v1);

    // WHEN the API writes v2
    api.services().caches().userPrefs().put(key, v2);

    // THEN the API serves v2 at once and the bot within 1 s
    assertThat(api.services().caches().userPrefs().getIfPresent(key)).contains(v2);
    await()
        .atMost(1, TimeUnit.SECONDS)
        .pollInterval(10, TimeUnit.MILLISECONDS)
        .until(() -> bot.services().caches().userPrefs().getIfPresent(key).equals(Optional.of(v2)));
  }

  @Test
  @DisplayName("an invalidation in one process drops the other's near-cache copy within 1 s")
  void invalidationInOneProcessIsSeenByTheOtherWithinOneSecond() {
    String key = key();
    UserPreferences v1 = UserPreferences.empty(2);
    bot.services().caches().userPrefs().get(key, () -> v1);
    assertThat(api.services().caches().userPrefs().get(key, () -> null)).isEqualTo(v1);

    bot.services().caches().userPrefs().invalidate(key);

    await()
        .atMost(1, TimeUnit.SECONDS)
        .pollInterval(10, TimeUnit.MILLISECONDS)
        .until(() -> api.services().caches().userPrefs().getIfPresent(key).isEmpty());
  }

  @Test
  @DisplayName(
      "a value loaded before an invalidation or put is never kept after it (8 readers, 20 writes, 40 trials)")
  void noStaleFillSurvivesTheLastWrite() throws Exception {
    StaleFillRace race =
        new StaleFillRace(
            api.services().caches().userPrefs(),
            List.of(api.services().caches().userPrefs(), bot.services().caches().userPrefs()),
            admin(),
            false);

    assertThat(race.staleTrials(40)).isEmpty();
  }

  @Test
  @DisplayName(
      "a value loaded before a whole-region invalidation is never kept after it (15 trials)")
  void noStaleFillSurvivesARegionInvalidation() throws Exception {
    StaleFillRace race =
        new StaleFillRace(
            api.services().caches().userPrefs(),
            List.of(api.services().caches().userPrefs(), bot.services().caches().userPrefs()),
            admin(),
            true);

    assertThat(race.staleTrials(15)).isEmpty();
  }

  @Test
  void keysWithBracesAreRefused() {
    assertThatThrownBy(() -> caches.userPrefs().getIfPresent("a{b}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNearCacheHitDoesNotReachRedis() {
    String key = key();
    UserPreferences v1 = UserPreferences.empty(3);
    api.services().caches().userPrefs().put(key, v1);
    // A put drops the local copy (see RegionCore#put); the next read keeps one.
    assertThat(api.services().caches().userPrefs().getIfPresent(key)).contains(v1);
    // Deleted behind the cache's back: the near copy is still served (bounded by its TTL).
    admin().getBucket("polly:v1:user_prefs:" + key).delete();

    assertThat(api.services().caches().userPrefs().getIfPresent(key)).contains(v1);
    assertThat(bot.services().caches().userPrefs().getIfPresent(key)).isEmpty();
  }

  private void seed(String prefix, int n) {
    RBatch batch = admin().createBatch();
    for (int i = 0; i < n; i++) {
      batch
          .getBucket(prefix + i, StringCodec.INSTANCE)
          .setAsync("{}", java.time.Duration.ofMinutes(5));
    }
    batch.execute();
  }

  private long count(String pattern) {
    long n = 0;
    KeysScanOptions scan = KeysScanOptions.defaults().pattern(pattern).chunkSize(1000);
    for (String ignored : admin().getKeys().getKeys(scan)) {
      n++;
    }
    return n;
  }

  private static PollResults results(long pollId) {
    return new PollResults(
        pollId, List.of(new OptionResult(1, "a", null, 1, 100.0)), 1, 1, List.of(1), null);
  }

  private static PollResults slowLoad(AtomicInteger loads) {
    loads.incrementAndGet();
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return results(42);
  }

  private static PollResults neverLoaded() {
    throw new AssertionError("loaded although cached");
  }
}
