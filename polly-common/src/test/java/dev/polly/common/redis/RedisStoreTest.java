package dev.polly.common.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.redisson.client.codec.StringCodec;

/**
 * {@link RedisStore}: data whose only copy is in Redis (drafts, OAuth state markers) on the real
 * test Redis, which outage cases stop and start again with its keys kept.
 */
class RedisStoreTest {
  private final List<RunningRedisServices> started = new ArrayList<>();

  @AfterEach
  void stop() {
    TestRedis.get().start();
    started.forEach(RunningRedisServices::close);
  }

  private RedisStores stores(boolean cacheEnabled) {
    CacheFactory cache = new CacheFactory();
    cache.setEnabled(cacheEnabled);
    RunningRedisServices running =
        RunningRedisServices.start(TestRedis.get().factory(), cache, "store-test");
    started.add(running);
    return running.services().stores();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  @DisplayName(
      "entries are JSON under polly:v1:store:{kind}: with their own TTL, also with caching off")
  void entriesLiveUnderTheStorePrefixWithTheirTtl() {
    RedisStore<UserPreferences> store = stores(false).of("draft", UserPreferences.class);
    String key = key();
    UserPreferences value = UserPreferences.empty(4);

    store.put(key, value, Duration.ofSeconds(60));

    assertThat(store.get(key)).contains(value);
    long ttl = TestRedis.get().admin().getBucket("polly:v1:store:draft:" + key).remainTimeToLive();
    assertThat(ttl).isBetween(50_000L, 60_000L);
    store.delete(key);
    assertThat(store.get(key)).isEmpty();
  }

  @Test
  @DisplayName(
      "of 10 concurrent putIfAbsent calls exactly one wins; of 10 takes exactly one gets it")
  void singleKeyOperationsHaveExactlyOneWinner() throws Exception {
    RedisStore<Long> store = stores(true).of("oauth_state_used", Long.class);
    String key = key();
    List<Boolean> puts = concurrently(10, () -> store.putIfAbsent(key, 1L, Duration.ofMinutes(1)));
    assertThat(puts).containsOnlyOnce(true);

    List<Optional<Long>> takes = concurrently(10, () -> store.take(key));
    assertThat(takes).filteredOn(Optional::isPresent).containsExactly(Optional.of(1L));
    assertThat(store.get(key)).isEmpty();
  }

  @Test
  @DisplayName(
      "with Redis down every call throws StoreUnreachableException instead of a false miss")
  void whileRedisIsDownEveryCallSaysUnreachable() {
    RedisStore<Long> store = stores(true).of("draft", Long.class);
    TestRedis.get().stop();

    assertThatThrownBy(() -> store.get("k")).isInstanceOf(StoreUnreachableException.class);
    assertThatThrownBy(() -> store.put("k", 1L, Duration.ofMinutes(1)))
        .isInstanceOf(StoreUnreachableException.class);
    assertThatThrownBy(() -> store.putIfAbsent("k", 1L, Duration.ofMinutes(1)))
        .isInstanceOf(StoreUnreachableException.class);
    assertThatThrownBy(() -> store.take("k")).isInstanceOf(StoreUnreachableException.class);
    assertThatThrownBy(() -> store.delete("k")).isInstanceOf(StoreUnreachableException.class);
  }

  @Test
  @DisplayName("recovery after a missed write clears the session region but never a store")
  void cacheRecoveryNeverClearsAStore() {
    CacheFactory cache = new CacheFactory();
    RunningRedisServices running =
        RunningRedisServices.start(TestRedis.get().factory(), cache, "store-recovery");
    started.add(running);
    RedisStore<Long> drafts = running.services().stores().of("draft", Long.class);
    String draft = key();
    String cached = "polly:v1:session:old-" + key();
    drafts.put(draft, 42L, Duration.ofHours(1));
    TestRedis.get().admin().getBucket(cached, StringCodec.INSTANCE).set("{}");

    // GIVEN a write to the session region missed Redis (stopped), then Redis came back
    TestRedis.get().stop();
    running.services().caches().sessions().invalidate("anything");
    TestRedis.get().start();

    // THEN the session region is cleared once Redis is back, and the draft is still there
    await()
        .atMost(20, TimeUnit.SECONDS)
        .pollInterval(100, TimeUnit.MILLISECONDS)
        .until(() -> TestRedis.get().admin().getKeys().countExists(cached) == 0);
    assertThat(drafts.get(draft)).contains(42L);
  }

  private static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(20, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
