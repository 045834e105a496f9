package dev.polly.bot.features.vote;

import dev.polly.bot.BotMetrics;
import dev.polly.bot.features.live.LiveUpdates;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.persistence.VoteOutcome;
import dev.polly.common.store.PollResultsStore;

/**
 * Records one click: {@link VoteDao#toggle} in PostgreSQL (which enforces single choice, max
 * choices and the poll being active), then invalidates the cached results, marks the poll message
 * dirty and counts the vote. Redis being down only skips the invalidation (entries have TTLs).
 */
public final class VoteService {
  private final VoteDao votes;
  private final PollResultsStore results;
  private final LiveUpdates live;
  private final BotMetrics metrics;

  public VoteService(
      VoteDao votes, PollResultsStore results, LiveUpdates live, BotMetrics metrics) {
    this.votes = votes;
    this.results = results;
    this.live = live;
    this.metrics = metrics;
  }

  public VoteOutcome toggle(long pollId, long userId, int position) {
    VoteOutcome outcome = votes.toggle(pollId, userId, position);
    if (outcome.result().changed()) {
      results.invalidate(pollId);
      live.markDirty(pollId);
      metrics.votes().mark();
    }
    return outcome;
  }

  public java.util.List<Integer> choicesOf(long pollId, long userId) {
    return votes.choicesOf(pollId, userId);
  }
}
