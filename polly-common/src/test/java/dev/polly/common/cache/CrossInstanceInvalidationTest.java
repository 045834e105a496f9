package dev.polly.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.common.domain.UserPreferences;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.util.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two RedisServices (two processes) with near caches: each sees the other's writes in < 1 s. */
class CrossInstanceInvalidationTest {
  private static RunningRedisServices api;
  private static RunningRedisServices bot;

  @BeforeAll
  static void start() {
    CacheFactory cache = new CacheFactory();
    // A near cache far longer than the 1 s bound: only the event can make the change visible.
    cache
        .getRegions()
        .put(
            CacheFactory.USER_PREFS,
            new RegionSettings(Duration.minutes(30), Duration.seconds(30)));
    api = RunningRedisServices.start(TestRedis.get().relaxedFactory(), cache, "api");
    bot = RunningRedisServices.start(TestRedis.get().relaxedFactory(), cache, "bot");
  }

  @AfterAll
  static void stop() {
    api.close();
    bot.close();
  }

  @Test
  @DisplayName("a put in one process replaces the other's near-cache copy within 1 s")
  void putInOneProcessIsSeenByTheOtherWithinOneSecond() {
    String key = UUID.randomUUID().toString();
    UserPreferences v1 = new UserPreferences(1, 1L, null, null, "UTC", null);
    UserPreferences v2 = new UserPreferences(1, 2L, null, null, "UTC", null);
    // GIVEN both processes hold v1 in their near caches
    assertThat(api.services().caches().userPrefs().get(key, () -> v1)).isEqualTo(v1);
    assertThat(bot.services().caches().userPrefs().get(key, () -> v2)).isEqualTo(v1);

    // WHEN the API writes v2
    api.services().caches().userPrefs().put(key, v2);

    // THEN the bot serves v2 within 1 s, and the API at once
    assertThat(api.services().caches().userPrefs().getIfPresent(key)).contains(v2);
    await()
        .atMost(1, TimeUnit.SECONDS)
        .pollInterval(10, TimeUnit.MILLISECONDS)
        .until(
            () ->
                bot.services()
                    .caches()
                    .userPrefs()
                    .getIfPresent(key)
                    .equals(java.util.Optional.of(v2)));
  }

  @Test
  @DisplayName("an invalidation in one process drops the other's near-cache copy within 1 s")
  void invalidationInOneProcessIsSeenByTheOtherWithinOneSecond() {
    String key = UUID.randomUUID().toString();
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
  @DisplayName("a near-cache hit does not reach Redis")
  void nearCacheServesRepeatedReadsLocally() {
    String key = UUID.randomUUID().toString();
    UserPreferences v1 = UserPreferences.empty(3);
    api.services().caches().userPrefs().put(key, v1);
    // Changed behind the cache's back: the near copy is still served (bounded by its TTL).
    TestRedis.get().admin().getBucket("polly:v1:user_prefs:" + key).delete();

    assertThat(api.services().caches().userPrefs().getIfPresent(key)).contains(v1);
  }
}
