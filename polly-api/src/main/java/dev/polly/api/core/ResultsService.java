package dev.polly.api.core;

import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollFacts;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollFactsStore;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;

/**
 * Poll results for a dashboard user, read through {@link PollResultsStore}; visibility ({@code
 * hide_results} until closed) is applied on every read, for everyone including the creator. The
 * access check and the visibility rules use the poll's cached {@link PollFacts}, so a read whose
 * results are cached touches no PostgreSQL. Results never carry voter identities.
 */
public final class ResultsService {
  private final PollFactsStore facts;
  private final PollResultsStore store;
  private final PollDao polls;
  private final Access access;
  private final Clock clock;

  public ResultsService(
      PollFactsStore facts, PollResultsStore store, PollDao polls, Access access, Clock clock) {
    this.facts = facts;
    this.store = store;
    this.polls = polls;
    this.access = access;
    this.clock = clock;
  }

  /**
   * A poll's facts and computed results for {@code session}, who may see them; 404 for an unknown
   * or foreign poll. The facts carry the visibility rules a view must apply ({@link
   * PollFacts#resultsHidden}).
   */
  public Shown results(Session session, long pollId) {
    PollFacts poll = facts.find(pollId, clock.instant()).orElseThrow(ResultsService::notFound);
    access.visibleIn(session, poll.guildId());
    return new Shown(poll, load(pollId));
  }

  /** A poll's facts and its computed results, before visibility is applied. */
  public record Shown(PollFacts poll, PollResults results) {}

  /** The aggregate of a poll, cached (also used by cache warming, charts and exports). */
  public PollResults load(Poll poll) {
    return store.results(poll);
  }

  private PollResults load(long pollId) {
    return store
        .results(pollId, () -> polls.find(pollId).orElse(null))
        .orElseThrow(ResultsService::notFound);
  }

  private static ResourceNotFoundException notFound() {
    return new ResourceNotFoundException("No such poll");
  }
}
