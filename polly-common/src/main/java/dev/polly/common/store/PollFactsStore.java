package dev.polly.common.store;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.PollFacts;
import dev.polly.common.persistence.PollDao;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A poll's {@link PollFacts} (guild, status, visibility) through the {@code poll_results} region,
 * stored beside the poll's results and dropped whenever they are (every vote, close, reopen, edit
 * and deletion invalidates the results, in any process). So a results read that hits the cache
 * needs no PostgreSQL at all. Facts of a scheduled poll whose opening time has passed are read
 * again from PostgreSQL (opening a poll invalidates nothing), and dropped once they changed.
 */
public final class PollFactsStore {
  private final CacheRegion<PollFacts> region;
  private final PollDao polls;

  public PollFactsStore(CacheRegion<PollFacts> region, PollDao polls) {
    this.region = region;
    this.polls = polls;
  }

  /**
   * The facts of poll {@code id} as of {@code now}, cached or read; empty if there is no such poll.
   */
  public Optional<PollFacts> find(long id, Instant now) {
    String key = Long.toString(id);
    PollFacts facts = region.get(key, () -> load(id));
    if (facts != null && facts.mayHaveOpened(now)) {
      PollFacts fresh = load(id);
      if (!Objects.equals(fresh, facts)) {
        region.invalidate(key);
      }
      facts = fresh;
    }
    return Optional.ofNullable(facts);
  }

  private PollFacts load(long id) {
    return polls.find(id).map(PollFacts::of).orElse(null);
  }
}
