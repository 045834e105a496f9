package dev.polly.common.persistence;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Polls and their options in PostgreSQL. Status changes are compare-and-set updates, so that of two
 * workers attempting the same transition exactly one gets {@code true}.
 *
 * <p>CONTRACT ONLY: the persistence work turns this into a JDBI SqlObject interface (annotations,
 * {@code @Timed}, row mappers); callers rely on these signatures.
 */
public interface PollDao {
  /**
   * Inserts the poll (status {@code scheduled}, or {@code active} when {@code activeNow}) and its
   * options in one transaction.
   */
  Poll create(NewPoll poll, boolean activeNow);

  Optional<Poll> find(long id);

  /** Polls of a guild, newest first; {@code status} null means any. */
  List<Poll> listByGuild(long guildId, PollStatus status, int limit, int offset);

  long countByGuild(long guildId, PollStatus status);

  /**
   * Replaces the editable fields and options of a scheduled poll if {@code expectedVersion}
   * matches; empty on a stale version or a non-scheduled poll.
   */
  Optional<Poll> updateScheduled(long id, int expectedVersion, NewPoll changes);

  /** {@code scheduled → active}; true for exactly one caller. */
  boolean markActive(long id);

  /** {@code active → closed}, setting {@code closed_at}; true for exactly one caller. */
  boolean markClosed(long id, Instant closedAt);

  /** {@code closed → active} with a new close time; true for exactly one caller. */
  boolean reopen(long id, Instant newClosesAt);

  /** Records the Discord message of a posted poll. */
  boolean setMessageId(long id, long messageId);

  /** Deletes a poll with its options and votes. */
  boolean delete(long id);

  /** Scheduled polls whose {@code opens_at <= now}, oldest first. */
  List<Poll> dueToOpen(Instant now, int limit);

  /** Active polls whose {@code closes_at <= now}, oldest first. */
  List<Poll> dueToClose(Instant now, int limit);

  /** Ids of active polls, most recently updated first (for cache warming). */
  List<Long> activePollIds(int limit);
}
