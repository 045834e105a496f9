package dev.polly.common.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.domain.Poll;
import dev.polly.common.persistence.Database;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shared stores against real PostgreSQL and Redis, with two processes ({@code api} and {@code
 * bot}) each holding its own store on its own connection: entries live under the region's key for
 * the id, and a write in one process is seen by the other's next read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoresTest {
  private RunningRedisServices api;
  private RunningRedisServices bot;
  private Database db;

  @BeforeAll
  void start() {
    db = TestPostgres.get().database();
    api = RunningRedisServices.start(TestRedis.get().relaxedFactory(), new CacheFactory(), "api");
    bot = RunningRedisServices.start(TestRedis.get().relaxedFactory(), new CacheFactory(), "bot");
  }

  @AfterAll
  void stop() {
    api.close();
    bot.close();
  }

  private PreferencesStore preferences(RunningRedisServices process) {
    return new PreferencesStore(process.services().caches().userPrefs(), db.preferences());
  }

  private PollResultsStore results(RunningRedisServices process) {
    return new PollResultsStore(
        process.services().caches().pollResults(),
        process.services().caches().pollCharts(),
        db.votes(),
        db.ballots());
  }

  @Test
  void aTimezoneSavedByOneProcessIsReadByTheOther() {
    long user = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    PreferencesStore apiStore = preferences(api);

    assertThat(apiStore.timezone(user)).isEmpty();
    assertThat(TestRedis.get().admin().getBucket("polly:v1:user_prefs:" + user).isExists())
        .isTrue();

    preferences(bot).saveTimezone(user, "Europe/Paris");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(apiStore.timezone(user)).contains("Europe/Paris"));
    assertThat(db.preferences().find(user).orElseThrow().timezone()).isEqualTo("Europe/Paris");
  }

  @Test
  void resultsAreCachedUntilAVoteInvalidatesThem() {
    Poll poll = db.polls().create(PollFixtures.newPoll(2, 1, Instant.now()), true);
    PollResultsStore apiStore = results(api);

    assertThat(apiStore.results(poll).totalVotes()).isZero();
    db.votes().toggle(poll.id(), 42L, 1);
    assertThat(apiStore.results(poll).totalVotes()).as("still the cached aggregate").isZero();

    results(bot).invalidate(poll.id());

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(apiStore.results(poll).totalVotes()).isEqualTo(1));
    assertThat(TestRedis.get().admin().getBucket("polly:v1:poll_results:" + poll.id()).isExists())
        .isTrue();
  }
}
