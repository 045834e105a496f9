package dev.polly.bot.features.vote;

import dev.polly.bot.BotMetrics;
import dev.polly.bot.features.live.ResultsInvalidator;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.persistence.VoteOutcome;
import dev.polly.common.persistence.VoteToggle;
import java.util.List;

/**
 * Records one click: {@link VoteToggle#toggle} ({@link VoteDao#toggle}'s statement) in PostgreSQL
 * (one statement and one transaction, which enforces single choice, max choices and the poll being
 * active), then, when the vote changed, hands the poll to the {@link ResultsInvalidator} (results
 * invalidation and message refresh, coalesced per poll, off the answer's path) and counts the vote.
 * When this returns, the vote is committed; when it throws, the member must be told it failed.
 */
public final class VoteService {
  private final VoteToggle toggles;
  private final VoteDao votes;
  private final ResultsInvalidator invalidator;
  private final BotMetrics metrics;

  public VoteService(
      VoteToggle toggles, VoteDao votes, ResultsInvalidator invalidator, BotMetrics metrics) {
    this.toggles = toggles;
    this.votes = votes;
    this.invalidator = invalidator;
    this.metrics = metrics;
  }

  public VoteOutcome toggle(long pollId, long userId, int position) {
    VoteOutcome outcome = toggles.toggle(pollId, userId, position);
    if (outcome.result().changed()) {
      invalidator.voteStored(pollId);
      metrics.votes().mark();
    }
    return outcome;
  }

  public List<Integer> choicesOf(long pollId, long userId) {
    return votes.choicesOf(pollId, userId);
  }
}
