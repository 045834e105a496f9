package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.domain.ranked.StoredBallot;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ballots of ranked polls ({@link BallotDao}) against a real PostgreSQL. */
class BallotDaoTest {
  private static final long ALICE = 1001L;
  private static final long BOB = 1002L;

  private final TestPostgres postgres = TestPostgres.get();
  private final PollDao polls = postgres.database().polls();
  private final VoteDao votes = postgres.database().votes();
  private final BallotDao ballots = postgres.database().ballots();

  @BeforeEach
  void setUp() {
    postgres.truncateAll();
  }

  @Test
  void aRankedPollIsStoredWithItsKind() {
    Poll poll = rankedPoll(3, true);

    assertThat(poll.kind()).isEqualTo(PollKind.RANKED);
    assertThat(polls.find(poll.id()).orElseThrow().ranked()).isTrue();
    Poll choice = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), true);
    assertThat(choice.kind()).isEqualTo(PollKind.CHOICE);
  }

  @Test
  void aMemberHasOneBallotThatReRankingReplaces() {
    long poll = rankedPoll(4, true).id();

    assertThat(ballots.submit(poll, ALICE, RankedBallot.of(2, 0))).isEqualTo(BallotOutcome.STORED);
    assertThat(ballots.submit(poll, BOB, RankedBallot.of(1))).isEqualTo(BallotOutcome.STORED);
    assertThat(ballots.submit(poll, ALICE, RankedBallot.of(3, 1, 0, 2)))
        .isEqualTo(BallotOutcome.STORED);

    assertThat(ballots.rankingOf(poll, ALICE)).contains(RankedBallot.of(3, 1, 0, 2));
    assertThat(ballots.rankingOf(poll, 9999)).isEmpty();
    assertThat(ballots.rankings(poll))
        .containsExactlyInAnyOrder(RankedBallot.of(3, 1, 0, 2), RankedBallot.of(1));
    assertThat(ballots.list(poll))
        .extracting(StoredBallot::userId, StoredBallot::ranking)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BOB, List.of(1)),
            org.assertj.core.groups.Tuple.tuple(ALICE, List.of(3, 1, 0, 2)));
  }

  @Test
  void aBallotIsRefusedOnAClosedScheduledChoiceOrUnknownPollAndForAnUnknownOption() {
    long active = rankedPoll(3, true).id();
    long scheduled = rankedPoll(3, false).id();
    long closed = rankedPoll(3, true).id();
    ballots.submit(closed, ALICE, RankedBallot.of(0));
    polls.markClosed(closed, Instant.now());
    long choice = polls.create(PollFixtures.newPoll(3, 1, Instant.now()), true).id();

    assertThat(ballots.submit(987_654, ALICE, RankedBallot.of(0)))
        .isEqualTo(BallotOutcome.UNKNOWN_POLL);
    assertThat(ballots.submit(choice, ALICE, RankedBallot.of(0)))
        .isEqualTo(BallotOutcome.NOT_RANKED);
    assertThat(ballots.submit(scheduled, ALICE, RankedBallot.of(0)))
        .isEqualTo(BallotOutcome.NOT_ACTIVE);
    assertThat(ballots.submit(closed, ALICE, RankedBallot.of(1, 0)))
        .isEqualTo(BallotOutcome.NOT_ACTIVE);
    assertThat(ballots.submit(active, ALICE, RankedBallot.of(0, 3)))
        .isEqualTo(BallotOutcome.UNKNOWN_OPTION);

    assertThat(ballots.rankingOf(closed, ALICE)).contains(RankedBallot.of(0));
    assertThat(ballots.rankings(active)).isEmpty();
    assertThat(ballots.rankings(choice)).isEmpty();
  }

  @Test
  void aRankedPollTakesNoVotesWhateverThePath() {
    long poll = rankedPoll(2, true).id();

    assertThatThrownBy(
            () ->
                postgres
                    .jdbi()
                    .useHandle(
                        h ->
                            h.execute(
                                "INSERT INTO votes (poll_id, user_id, position) VALUES (?, ?, 0)",
                                poll,
                                ALICE)))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("votes_choice_poll_check");
    assertThatThrownBy(() -> votes.toggle(poll, ALICE, 0))
        .isInstanceOf(UnableToExecuteStatementException.class);
    assertThat(votes.countsByPosition(poll)).isEmpty();
  }

  @Test
  void deletingAPollDeletesItsBallots() {
    long poll = rankedPoll(2, true).id();
    ballots.submit(poll, ALICE, RankedBallot.of(1, 0));

    polls.delete(poll);

    assertThat(ballots.rankings(poll)).isEmpty();
  }

  private Poll rankedPoll(int options, boolean active) {
    return polls.create(
        PollFixtures.newPoll(options, 1, Instant.now()).withKind(PollKind.RANKED), active);
  }
}
