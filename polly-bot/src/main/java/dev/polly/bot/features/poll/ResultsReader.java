package dev.polly.bot.features.poll;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollResults;
import dev.polly.common.persistence.VoteDao;

/**
 * Poll results read through the {@code poll_results} cache region, computed from PostgreSQL on a
 * miss; a vote, close or reopen invalidates the entry. Works unchanged when Redis is down (the
 * region then calls the loader).
 */
public final class ResultsReader {
  private final CacheRegion<PollResults> region;
  private final VoteDao votes;

  public ResultsReader(CacheRegion<PollResults> region, VoteDao votes) {
    this.region = region;
    this.votes = votes;
  }

  public PollResults results(Poll poll) {
    return region.get(
        Long.toString(poll.id()),
        () ->
            PollResults.compute(
                poll, votes.countsByPosition(poll.id()), votes.distinctVoters(poll.id())));
  }

  public void invalidate(long pollId) {
    region.invalidate(Long.toString(pollId));
  }
}
