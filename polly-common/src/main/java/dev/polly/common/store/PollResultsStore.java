package dev.polly.common.store;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollResults;
import dev.polly.common.persistence.VoteDao;

/**
 * A poll's aggregate results through the {@code poll_results} region, keyed by poll id and computed
 * from PostgreSQL on a miss; used by the API and the bot alike. A vote, close, reopen or deletion
 * invalidates the entry. Works unchanged when Redis is down (the region then calls the loader).
 * Results never carry voter identities; visibility ({@code hide_results}) is the caller's.
 */
public final class PollResultsStore {
  private final CacheRegion<PollResults> region;
  private final VoteDao votes;

  public PollResultsStore(CacheRegion<PollResults> region, VoteDao votes) {
    this.region = region;
    this.votes = votes;
  }

  /** The results of {@code poll}, cached or computed from its votes. */
  public PollResults results(Poll poll) {
    long id = poll.id();
    return region.get(
        key(id),
        () -> PollResults.compute(poll, votes.countsByPosition(id), votes.distinctVoters(id)));
  }

  /** Drops the cached results of one poll, in every process. */
  public void invalidate(long pollId) {
    region.invalidate(key(pollId));
  }

  static String key(long pollId) {
    return Long.toString(pollId);
  }
}
