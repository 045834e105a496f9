package dev.polly.common.persistence;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * {@link VoteDao#toggle} for hot paths: the same single statement ({@link VoteDao#TOGGLE_SQL}, one
 * transaction, one round trip) through JDBI's fluent API on a handle of its own, without the
 * on-demand SqlObject proxy, whose per-call extension attachment cost more CPU than the statement
 * itself under the bot's vote load, and without the template engine (both measured with JFR, see
 * BENCHMARKS.md). Thread-safe.
 */
public final class VoteToggle {
  /**
   * The statement has no template attributes, so it is sent as written: the configured engine
   * (Dropwizard's name-prepending one around JDBI's defined-attribute engine) re-parses the
   * statement on every call, which JFR showed as a large part of the vote workers' CPU.
   */
  private static final TemplateEngine AS_WRITTEN = new NoTemplateEngine();

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
                .setTemplateEngine(AS_WRITTEN)
                .bind("pollId", pollId)
                .bind("userId", userId)
                .bind("position", position)
                .map(mapper)
                .one());
  }
}
