package dev.polly.common.persistence;

import org.jdbi.v3.core.Jdbi;

/**
 * {@link VoteDao#toggle} for hot paths: the same single statement ({@link VoteDao#TOGGLE_SQL}, one
 * transaction, one round trip) through JDBI's fluent API on a handle of its own, without the
 * on-demand SqlObject proxy, whose per-call extension attachment cost more CPU than the statement
 * itself under the bot's vote load (measured with JFR, see BENCHMARKS.md). Thread-safe.
 */
public final class VoteToggle {
  private final Jdbi jdbi;
  private final VoteOutcomeMapper mapper = new VoteOutcomeMapper();

  public VoteToggle(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** As {@link VoteDao#toggle}. */
  public VoteOutcome toggle(long pollId, long userId, int position) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(VoteDao.TOGGLE_SQL)
                .bind("pollId", pollId)
                .bind("userId", userId)
                .bind("position", position)
                .map(mapper)
                .one());
  }
}
