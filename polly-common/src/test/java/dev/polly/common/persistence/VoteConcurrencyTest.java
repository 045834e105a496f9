package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.common.persistence.VoteOutcome.Result;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The invariants that must hold under concurrent clicks and concurrent schedulers, checked on a
 * real PostgreSQL with every thread released at once by a barrier.
 */
class VoteConcurrencyTest {
  private static final long USER = 4242L;
  private static final int THREADS = 20;

  private final TestPostgres postgres = TestPostgres.get();
  private final PollDao polls = postgres.database().polls();
  private final VoteDao votes = postgres.database().votes();
  private ExecutorService pool;

  @BeforeEach
  void setUp() {
    postgres.truncateAll();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @RepeatedTest(3)
  @DisplayName("20 threads voting for one user on a single-choice poll leave exactly one vote")
  void twentyConcurrentVotesOnSingleChoicePollLeaveOneVote() throws Exception {
    long poll = polls.create(PollFixtures.newPoll(THREADS, 1, Instant.now()), true).id();

    List<VoteOutcome> outcomes = all(i -> () -> votes.toggle(poll, USER, i));

    assertThat(votes.choicesOf(poll, USER)).hasSize(1);
    assertThat(votes.countsByPosition(poll).values()).containsExactly(1L);
    assertThat(outcomes)
        .extracting(VoteOutcome::result)
        .containsOnly(Result.ADDED, Result.SWITCHED);
    assertThat(outcomes).filteredOn(o -> o.result() == Result.ADDED).hasSize(1);
    assertThat(outcomes).allSatisfy(o -> assertThat(o.choices()).hasSize(1));
  }

  @RepeatedTest(3)
  @DisplayName("concurrent clicks on a max_choices=2 poll never leave three votes")
  void concurrentClicksNeverExceedMaxChoices() throws Exception {
    long poll = polls.create(PollFixtures.newPoll(10, 2, Instant.now()), true).id();

    List<VoteOutcome> outcomes = all(i -> () -> votes.toggle(poll, USER, i % 10));

    assertThat(votes.choicesOf(poll, USER)).hasSizeLessThanOrEqualTo(2);
    assertThat(outcomes).allSatisfy(o -> assertThat(o.choices()).hasSizeLessThanOrEqualTo(2));
    long added = outcomes.stream().filter(o -> o.result() == Result.ADDED).count();
    long removed = outcomes.stream().filter(o -> o.result() == Result.REMOVED).count();
    assertThat(added - removed).isEqualTo(votes.choicesOf(poll, USER).size());
  }

  @Test
  @DisplayName(
      "raw concurrent inserts that bypass the DAO are still held to max_choices by the schema")
  void schemaTriggerHoldsMaxChoicesUnderConcurrentRawInserts() throws Exception {
    long poll = polls.create(PollFixtures.newPoll(THREADS, 2, Instant.now()), true).id();

    List<Boolean> inserted =
        run(
            THREADS,
            i ->
                () -> {
                  try {
                    postgres
                        .jdbi()
                        .useHandle(
                            h ->
                                h.execute(
                                    "INSERT INTO votes (poll_id, user_id, position) VALUES (?, ?, ?)",
                                    poll,
                                    USER,
                                    i));
                    return true;
                  } catch (RuntimeException refused) {
                    assertThat(refused).hasMessageContaining("votes_max_choices_check");
                    return false;
                  }
                });

    assertThat(inserted).filteredOn(Boolean::booleanValue).hasSize(2);
    assertThat(votes.choicesOf(poll, USER)).hasSize(2);
  }

  @Test
  @DisplayName("different voters on one poll all get their vote")
  void concurrentVotersDoNotLoseVotes() throws Exception {
    long poll = polls.create(PollFixtures.newPoll(3, 1, Instant.now()), true).id();

    all(i -> () -> votes.toggle(poll, 10_000L + i, i % 3));

    assertThat(votes.distinctVoters(poll)).isEqualTo(THREADS);
    assertThat(votes.countsByPosition(poll).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(THREADS);
  }

  @RepeatedTest(5)
  @DisplayName("two threads closing the same poll: exactly one wins the transition")
  void exactlyOneOfTwoClosersWins() throws Exception {
    long poll = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), true).id();
    Instant closedAt = Instant.now();

    List<Boolean> wins = run(2, i -> () -> polls.markClosed(poll, closedAt));

    assertThat(wins).containsExactlyInAnyOrder(true, false);
  }

  @Test
  @DisplayName("twenty threads opening the same poll: exactly one wins")
  void exactlyOneOfManyOpenersWins() throws Exception {
    long poll = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), false).id();

    List<Boolean> wins = run(THREADS, i -> () -> polls.markActive(poll));

    assertThat(wins).filteredOn(Boolean::booleanValue).hasSize(1);
  }

  @Test
  @DisplayName("a close waits for a vote in flight, and a vote after the close is refused")
  void closeWaitsForVoteInFlightAndLaterVotesAreRefused() throws Exception {
    long poll = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), true).id();
    Future<Boolean> close;
    try (Handle voter = postgres.jdbi().open()) {
      voter.begin();
      String first =
          voter
              .createQuery("SELECT result FROM polly_toggle_vote(:poll, :user, 0)")
              .bind("poll", poll)
              .bind("user", USER)
              .mapTo(String.class)
              .one();
      assertThat(first).isEqualTo("ADDED");

      close = pool.submit(() -> polls.markClosed(poll, Instant.now()));
      await()
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(2))
          .until(() -> !close.isDone());
      voter.commit();
    }

    assertThat(close.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(votes.choicesOf(poll, USER)).containsExactly(0);
    assertThat(votes.toggle(poll, USER + 1, 1).result()).isEqualTo(Result.REJECTED_NOT_ACTIVE);
  }

  private List<VoteOutcome> all(IntFunction<Callable<VoteOutcome>> task) throws Exception {
    return run(THREADS, task);
  }

  private <T> List<T> run(int threads, IntFunction<Callable<T>> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Callable<T> work = task.apply(i);
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return work.call();
              }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}
