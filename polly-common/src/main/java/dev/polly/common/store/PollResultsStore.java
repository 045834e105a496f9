package dev.polly.common.store;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.InstantRunoff;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.VoteDao;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A poll's aggregate results through the {@code poll_results} region, keyed by poll id and computed
 * from PostgreSQL on a miss; used by the API and the bot alike: a choice poll's from its votes, a
 * ranked poll's by {@link InstantRunoff} over its ballots. A vote, ballot, close, reopen or
 * deletion invalidates the entry. Works unchanged when Redis is down (the region then calls the
 * loader). Results never carry voter identities; visibility ({@code hide_results}) is the caller's.
 */
public final class PollResultsStore {
  private final CacheRegion<PollResults> region;
  private final VoteDao votes;
  private final BallotDao ballots;

  public PollResultsStore(CacheRegion<PollResults> region, VoteDao votes, BallotDao ballots) {
    this.region = region;
    this.votes = votes;
    this.ballots = ballots;
  }

  /** The results of {@code poll}, cached or computed from its votes or ballots. */
  public PollResults results(Poll poll) {
    return region.get(key(poll.id()), () -> compute(poll));
  }

  private PollResults compute(Poll poll) {
    long id = poll.id();
    if (poll.ranked()) {
      List<Integer> positions = poll.options().stream().map(PollOption::position).toList();
      return PollResults.ranked(poll, InstantRunoff.tally(positions, ballots.rankings(id)));
    }
    return PollResults.compute(poll, votes.countsByPosition(id), votes.distinctVoters(id));
  }

  /**
   * The results of poll {@code pollId}, cached or computed from the poll {@code poll} supplies
   * (called only on a miss); empty when it supplies null (no such poll).
   */
  public Optional<PollResults> results(long pollId, Supplier<Poll> poll) {
    return Optional.ofNullable(
        region.get(
            key(pollId),
            () -> {
              Poll found = poll.get();
              return found == null ? null : compute(found);
            }));
  }

  /** Drops the cached results of one poll (and its cached facts), in every process. */
  public void invalidate(long pollId) {
    region.invalidate(key(pollId));
  }

  static String key(long pollId) {
    return Long.toString(pollId);
  }
}
