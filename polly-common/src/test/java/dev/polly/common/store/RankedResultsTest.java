package dev.polly.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.InstantRunoff;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.persistence.Database;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.ReferenceRunoff;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A ranked poll's results through {@link PollResultsStore} against real PostgreSQL and Redis: the
 * runoff of the stored ballots, cached in {@code poll_results} until a ballot invalidates it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankedResultsTest {
  private RunningRedisServices redis;
  private Database db;
  private PollResultsStore store;

  @BeforeAll
  void start() {
    db = TestPostgres.get().database();
    redis = RunningRedisServices.start(TestRedis.get().relaxedFactory(), new CacheFactory(), "api");
    store =
        new PollResultsStore(
            redis.services().caches().pollResults(),
            redis.services().caches().pollCharts(),
            db.votes(),
            db.ballots());
  }

  @AfterAll
  void stop() {
    redis.close();
  }

  @Test
  void rankedResultsAreTheRunoffOfTheStoredBallotsCachedUntilABallotInvalidatesThem() {
    Poll poll =
        db.polls()
            .create(PollFixtures.newPoll(3, 1, Instant.now()).withKind(PollKind.RANKED), true);
    List<RankedBallot> cast =
        List.of(
            RankedBallot.of(0, 1),
            RankedBallot.of(0),
            RankedBallot.of(1, 0),
            RankedBallot.of(2, 1),
            RankedBallot.of(2, 0));
    for (int i = 0; i < cast.size(); i++) {
      db.ballots().submit(poll.id(), 500 + i, cast.get(i));
    }

    PollResults results = store.results(poll);

    assertThat(results.runoff()).isEqualTo(InstantRunoff.tally(List.of(0, 1, 2), cast));
    assertThat(ReferenceRunoff.count(List.of(0, 1, 2), cast).agreesWith(results.runoff())).isTrue();
    assertThat(results.runoff().rounds()).hasSize(2);
    assertThat(results.winners()).containsExactly(0);
    assertThat(results.totalVoters()).isEqualTo(5);
    assertThat(results.options().get(0).votes()).isEqualTo(3);
    assertThat(results.options().get(1).votes()).as("eliminated in round 1").isZero();

    db.ballots().submit(poll.id(), 600, RankedBallot.of(2));
    db.ballots().submit(poll.id(), 601, RankedBallot.of(2));
    assertThat(store.results(poll).totalVoters()).as("still the cached runoff").isEqualTo(5);
    store.invalidate(poll.id());
    assertThat(store.results(poll).winners()).containsExactly(2);
    assertThat(store.results(poll).runoff().ballots()).isEqualTo(7);
  }
}
