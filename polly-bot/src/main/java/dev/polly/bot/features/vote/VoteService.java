package dev.polly.bot.features.vote;

import dev.polly.bot.BotMetrics;
import dev.polly.bot.features.live.ResultsInvalidator;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.persistence.VoteOutcome;
import java.util.List;

/**
 * Records one click: {@link VoteDao#toggle} in PostgreSQL (one statement and one transaction, which
 * enforces single choice, max choices and the poll being active), then, when the vote changed,
 * hands the poll to the {@link ResultsInvalidator} (results invalidation and message refresh,
 * coalesced per poll, off the answer's path) and counts the vote. When this returns, the vote is
 * committed; when it throws, the member must be told it failed.
 */
public final class VoteService {
  private final VoteDao votes;
  private final ResultsInvalidator invalidator;
  private final BotMetrics metrics;

  public VoteService(VoteDao votes, ResultsInvalidator invalidator, BotMetrics metrics) {
    this.votes = votes;
    this.invalidator = invalidator;
    this.metrics = metrics;
  }

  public VoteOutcome toggle(long pollId, long userId, int position) {
    VoteOutcome outcome = votes.toggle(pollId, userId, position);
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
