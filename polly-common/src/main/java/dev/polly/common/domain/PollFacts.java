package dev.polly.common.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What reading a poll's results needs to know about the poll besides its votes: its guild (for the
 * access check), its status and its visibility flags. Small and free of voter identities, so it is
 * cached next to the poll's results and dropped with them.
 */
public record PollFacts(
    long id,
    long guildId,
    PollStatus status,
    boolean anonymous,
    boolean hideResults,
    Instant opensAt) {

  public PollFacts {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(opensAt, "opensAt");
  }

  /** The facts of a stored poll. */
  public static PollFacts of(Poll poll) {
    return new PollFacts(
        poll.id(),
        poll.guildId(),
        poll.status(),
        poll.anonymous(),
        poll.hideResults(),
        poll.opensAt());
  }

  /** True while the counts must not be shown: a hide-results poll that is not closed. */
  public boolean resultsHidden() {
    return hideResults && status != PollStatus.CLOSED;
  }

  /**
   * True when these facts may be out of date at {@code now}: a scheduled poll whose opening time
   * has come (the bot opens it without touching the cache).
   */
  public boolean mayHaveOpened(Instant now) {
    return status == PollStatus.SCHEDULED && !opensAt.isAfter(now);
  }
}
