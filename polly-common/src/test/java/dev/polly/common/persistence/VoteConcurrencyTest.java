package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.persistence.VoteOutcome.Result;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
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
