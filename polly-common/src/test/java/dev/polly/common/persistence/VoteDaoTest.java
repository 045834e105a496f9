package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Vote;
import dev.polly.common.persistence.VoteOutcome.Result;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link VoteDao} behaviour, one click at a time, against a real PostgreSQL. */
class VoteDaoTest {
  private static final long ALICE = 1001L;
  private static final long BOB = 1002L;

  private final TestPostgres postgres = TestPostgres.get();
  private final PollDao polls = postgres.database().polls();
  private final VoteDao votes = postgres.database().votes();

  @BeforeEach
  void setUp() {
    postgres.truncateAll();
  }

  @Test
  void singleChoiceClickAddsSwitchesAndRemoves() {
    long poll = activePoll(3, 1);

    assertThat(votes.toggle(poll, ALICE, 0)).isEqualTo(new VoteOutcome(Result.ADDED, List.of(0)));
    assertThat(votes.toggle(poll, ALICE, 2))
        .isEqualTo(new VoteOutcome(Result.SWITCHED, List.of(2)));
    assertThat(votes.toggle(poll, ALICE, 2)).isEqualTo(new VoteOutcome(Result.REMOVED, List.of()));
    assertThat(votes.choicesOf(poll, ALICE)).isEmpty();
  }

  @Test
  void multipleChoiceAddsUpToMaxChoicesThenRejects() {
    long poll = activePoll(4, 2);

    assertThat(votes.toggle(poll, ALICE, 3).result()).isEqualTo(Result.ADDED);
    assertThat(votes.toggle(poll, ALICE, 1))
        .isEqualTo(new VoteOutcome(Result.ADDED, List.of(1, 3)));
    assertThat(votes.toggle(poll, ALICE, 0))
        .isEqualTo(new VoteOutcome(Result.REJECTED_MAX_CHOICES, List.of(1, 3)));
    assertThat(votes.toggle(poll, ALICE, 3)).isEqualTo(new VoteOutcome(Result.REMOVED, List.of(1)));
    assertThat(votes.toggle(poll, ALICE, 0))
        .isEqualTo(new VoteOutcome(Result.ADDED, List.of(0, 1)));
  }

  @Test
  void rejectsUnknownPollUnknownOptionAndInactivePoll() {
    long active = activePoll(2, 1);
    long scheduled = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), false).id();
    long closed = activePoll(2, 1);
    votes.toggle(closed, ALICE, 1);
    polls.markClosed(closed, Instant.now());

    assertThat(votes.toggle(987_654, ALICE, 0))
        .isEqualTo(new VoteOutcome(Result.REJECTED_UNKNOWN_POLL, List.of()));
    assertThat(votes.toggle(active, ALICE, 2).result()).isEqualTo(Result.REJECTED_UNKNOWN_OPTION);
    assertThat(votes.toggle(active, ALICE, -1).result()).isEqualTo(Result.REJECTED_UNKNOWN_OPTION);
    assertThat(votes.toggle(active, ALICE, 1_000_000).result())
        .isEqualTo(Result.REJECTED_UNKNOWN_OPTION);
    assertThat(votes.toggle(scheduled, ALICE, 0).result()).isEqualTo(Result.REJECTED_NOT_ACTIVE);
    assertThat(votes.toggle(closed, ALICE, 0))
        .isEqualTo(new VoteOutcome(Result.REJECTED_NOT_ACTIVE, List.of(1)));
    assertThat(votes.countsByPosition(active)).isEmpty();
  }

  @Test
  void countsPerPositionAndDistinctVoters() {
    long poll = activePoll(3, 2);
    votes.toggle(poll, ALICE, 0);
    votes.toggle(poll, ALICE, 1);
    votes.toggle(poll, BOB, 1);

    assertThat(votes.countsByPosition(poll)).containsOnly(entry(0, 1L), entry(1, 2L));
    assertThat(votes.distinctVoters(poll)).isEqualTo(2);
    assertThat(votes.listVotes(poll))
        .extracting(Vote::userId, Vote::position)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ALICE, 0),
            org.assertj.core.groups.Tuple.tuple(ALICE, 1),
            org.assertj.core.groups.Tuple.tuple(BOB, 1));
    assertThat(votes.listVotes(poll)).allSatisfy(v -> assertThat(v.votedAt()).isNotNull());
  }

  @Test
  void deleteVotesOfRetractsEveryChoiceOfOneUser() {
    long poll = activePoll(3, 3);
    votes.toggle(poll, ALICE, 0);
    votes.toggle(poll, ALICE, 2);
    votes.toggle(poll, BOB, 2);

    assertThat(votes.deleteVotesOf(poll, ALICE)).isEqualTo(2);
    assertThat(votes.choicesOf(poll, ALICE)).isEmpty();
    assertThat(votes.choicesOf(poll, BOB)).containsExactly(2);
  }

  private long activePoll(int options, int maxChoices) {
    Poll poll = polls.create(PollFixtures.newPoll(options, maxChoices, Instant.now()), true);
    return poll.id();
  }

  private static java.util.Map.Entry<Integer, Long> entry(int position, long count) {
    return java.util.Map.entry(position, count);
  }
}
