package dev.polly.bot.features.ranked;

import dev.polly.bot.BotMetrics;
import dev.polly.bot.features.live.LiveUpdates;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.BallotOutcome;
import dev.polly.common.store.PollResultsStore;
import java.util.List;

/**
 * Stores one member's ballot on a ranked poll: {@link BallotDao#submit} in PostgreSQL (which checks
 * that the poll is an active ranked poll and that every ranked option is one of its own), then, as
 * a vote does, invalidates the cached results, marks the poll message dirty and counts the ballot.
 */
public final class BallotService {
  private final BallotDao ballots;
  private final PollResultsStore results;
  private final LiveUpdates live;
  private final BotMetrics metrics;

  public BallotService(
      BallotDao ballots, PollResultsStore results, LiveUpdates live, BotMetrics metrics) {
    this.ballots = ballots;
    this.results = results;
    this.live = live;
    this.metrics = metrics;
  }

  /**
   * Stores {@code ranking} as the member's ballot, replacing an earlier one; says what happened.
   */
  public BallotOutcome submit(long pollId, long userId, List<Integer> ranking) {
    BallotOutcome outcome = ballots.submit(pollId, userId, new RankedBallot(ranking));
    if (outcome == BallotOutcome.STORED) {
      results.invalidate(pollId);
      live.markDirty(pollId);
      metrics.votes().mark();
    }
    return outcome;
  }

  /** The member's current ranking, empty without a ballot. */
  public List<Integer> rankingOf(long pollId, long userId) {
    return ballots.rankingOf(pollId, userId).map(RankedBallot::ranking).orElse(List.of());
  }
}
