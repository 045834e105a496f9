package dev.polly.common.store;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.chart.ResultsChart;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.InstantRunoff;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.VoteDao;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A poll's aggregate results through the {@code poll_results} region, keyed by poll id and computed
 * from PostgreSQL on a miss, and its results chart next to them; used by the API and the bot alike:
 * a choice poll's results from its votes, a ranked poll's by {@link InstantRunoff} over its
 * ballots. A vote, ballot, close, reopen, edit or deletion invalidates both entries together. Works
 * unchanged when Redis is down (the region then calls the loader). Results never carry voter
 * identities; visibility ({@code hide_results}) is the caller's.
 */
public final class PollResultsStore {
  private final CacheRegion<PollResults> region;
  private final CacheRegion<ResultsChart> charts;
  private final VoteDao votes;
  private final BallotDao ballots;

  public PollResultsStore(
      CacheRegion<PollResults> region,
      CacheRegion<ResultsChart> charts,
      VoteDao votes,
      BallotDao ballots) {
    this.region = region;
    this.charts = charts;
    this.votes = votes;
    this.ballots = ballots;
  }

  /** The results of {@code poll}, cached or computed from its votes or ballots. */
  public PollResults results(Poll poll) {
    return region.get(key(poll.id()), () -> compute(poll));
  }

  /**
   * The PNG chart of {@code poll}'s current results: the cached one when it was drawn from exactly
   * these results and title, otherwise {@code draw} renders it (once per change of the results, in
   * all processes together) and it is cached next to the results.
   */
  public byte[] chart(Poll poll, Function<PollResults, byte[]> draw) {
    PollResults current = results(poll);
    String version = ResultsChart.versionOf(poll.title(), current);
    ResultsChart chart =
        charts.get(key(poll.id()), () -> new ResultsChart(version, draw.apply(current)));
    if (!version.equals(chart.resultsVersion())) {
      // drawn from results that have changed since (its invalidation is on its way)
      chart = new ResultsChart(version, draw.apply(current));
      charts.put(key(poll.id()), chart);
    }
    return chart.png();
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

  /**
   * Drops the cached results of one poll with its cached facts and chart (companions of the results
   * entry, deleted in the same call), in every process.
   */
  public void invalidate(long pollId) {
    region.invalidate(key(pollId));
  }

  static String key(long pollId) {
    return Long.toString(pollId);
  }
}
