package dev.polly.api.core;

import dev.polly.api.api.ResultsView;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.store.PollResultsStore;

/**
 * Poll results for a dashboard user, read through {@link PollResultsStore}; visibility ({@code
 * hide_results} until closed) is applied on every read, for everyone including the creator. Results
 * never carry voter identities.
 */
public final class ResultsService {
  private final PollService polls;
  private final PollResultsStore store;

  public ResultsService(PollService polls, PollResultsStore store) {
    this.polls = polls;
    this.store = store;
  }

  public ResultsView results(Session session, long pollId) {
    Poll poll = polls.find(session, pollId);
    return ResultsView.of(poll, load(poll));
  }

  /** The aggregate of a poll, cached (also used by cache warming). */
  public PollResults load(Poll poll) {
    return store.results(poll);
  }
}
