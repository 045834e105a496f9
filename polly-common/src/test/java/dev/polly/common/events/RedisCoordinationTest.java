package dev.polly.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.redis.RedisClient;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events, locks, rate limits and raw operations between two processes sharing a real Redis. */
class RedisCoordinationTest {
  private static RunningRedisServices api;
  private static RunningRedisServices bot;

  @BeforeAll
  static void start() {
    api = RunningRedisServices.start(TestRedis.get().relaxedFactory(), new CacheFactory(), "api");
    bot = RunningRedisServices.start(TestRedis.get().relaxedFactory(), new CacheFactory(), "bot");
  }

  @AfterAll
  static void stop() {
    api.close();
    bot.close();
  }

  @Test
  void typedEventsReachEveryProcess() throws Exception {
    List<PollyEvent> received = new CopyOnWriteArrayList<>();
    try (AutoCloseable subscription = bot.services().events().subscribe(received::add)) {
      PollChanged closed = new PollChanged(42, 7, PollChanged.Kind.CLOSED);
      api.services().events().publish(closed);
      api.services().events().publish(new VotesChanged(42));

      await().atMost(2, TimeUnit.SECONDS).until(() -> received.contains(new VotesChanged(42)));
      assertThat(received).containsSubsequence(closed, new VotesChanged(42));
    }
  }

  @Test
  void aLockHeldByOneProcessMakesTheOtherSkipItsJob() throws Exception {
    String name = "sweep-" + UUID.randomUUID();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                api.services()
                    .locks()
                    .runExclusively(
                        name,
                        Duration.ofSeconds(30),
                        () -> {
                          holding.countDown();
                          awaitLatch(release);
                        }));
    holder.start();
    assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

    AtomicBoolean ran = new AtomicBoolean();
    assertThat(
            bot.services()
                .locks()
                .runExclusively(name, Duration.ofSeconds(30), () -> ran.set(true)))
        .isFalse();
    assertThat(ran).isFalse();

    release.countDown();
    holder.join(5_000);
    assertThat(
            bot.services()
                .locks()
                .runExclusively(name, Duration.ofSeconds(30), () -> ran.set(true)))
        .isTrue();
    assertThat(ran).isTrue();
  }

  @Test
  void aRateLimitIsSharedByAllProcesses() {
    String key = "poll-" + UUID.randomUUID();
    RateLimiter apiLimiter = api.services().rateLimiter("edits", 3, Duration.ofMinutes(1));
    RateLimiter botLimiter = bot.services().rateLimiter("edits", 3, Duration.ofMinutes(1));

    List<Boolean> decisions =
        List.of(
            apiLimiter.tryAcquire(key),
            botLimiter.tryAcquire(key),
            apiLimiter.tryAcquire(key),
            botLimiter.tryAcquire(key));

    assertThat(decisions).containsExactly(true, true, true, false);
  }

  @Test
  void rawOperationsCoverStringsAndTtls() {
    RedisClient client = api.services().client();
    String key = "polly:v1:test:" + UUID.randomUUID();

    assertThat(client.set(key, "v", Duration.ofSeconds(30))).isTrue();
    assertThat(client.get(key)).contains("v");
    assertThat(client.exists(key)).isTrue();
    assertThat(client.ttl(key).orElseThrow())
        .isBetween(Duration.ofSeconds(20), Duration.ofSeconds(30));
    assertThat(client.delete(key)).isTrue();
    assertThat(client.get(key)).isEmpty();
    assertThat(client.exists(key)).isFalse();
    assertThat(client.ttl(key)).isEmpty();
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
