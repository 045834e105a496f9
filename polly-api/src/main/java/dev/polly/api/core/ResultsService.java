package dev.polly.api.core;

import dev.polly.api.api.ResultsView;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.persistence.VoteDao;

/**
 * Poll results through the {@code poll_results} region: the aggregate is computed from PostgreSQL
 * on a miss and cached; visibility ({@code hide_results} until closed) is applied on every read,
 * for everyone including the creator. Results never carry voter identities.
 */
public final class ResultsService {
  private final PollService polls;
  private final VoteDao votes;
  private final CacheRegion<PollResults> cache;

  public ResultsService(PollService polls, VoteDao votes, CacheRegion<PollResults> cache) {
    this.polls = polls;
    this.votes = votes;
    this.cache = cache;
  }

  public ResultsView results(Session session, long pollId) {
    Poll poll = polls.find(session, pollId);
    return ResultsView.of(poll, load(poll));
  }

  /** The aggregate of a poll, cached (also used by cache warming). */
  public PollResults load(Poll poll) {
    return cache.get(
        Long.toString(poll.id()),
        () ->
            PollResults.compute(
                poll, votes.countsByPosition(poll.id()), votes.distinctVoters(poll.id())));
  }
}
