package dev.polly.common.persistence;

import dev.polly.common.domain.Vote;
import dev.polly.common.persistence.VoteOutcome.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Votes in PostgreSQL, as a JDBI SqlObject. {@link #toggle} runs in one transaction that reads the
 * poll under a share lock (a concurrent close waits), then takes a transaction-scoped advisory lock
 * for this (poll, user) only, so clicks of one voter are serialised while different voters never
 * wait for each other. A trigger in the schema enforces {@code max_choices} under the same lock, so
 * the invariant holds even for inserts that bypass this DAO.
 *
 * <p>The methods under "statements" are the single SQL steps of {@link #toggle}.
 */
public interface VoteDao {
  /**
   * Clicking option {@code position}: removes it if the user had chosen it, otherwise adds it
   * (replacing the previous choice on a single-choice poll), unless that would exceed max choices.
   * Rejections change nothing and report the user's current choices.
   */
  @Transaction
  default VoteOutcome toggle(long pollId, long userId, int position) {
    Optional<VoteGate> gate = lockPollForVote(pollId, position);
    if (gate.isEmpty()) {
      return new VoteOutcome(Result.REJECTED_UNKNOWN_POLL, List.of());
    }
    if (!gate.get().active()) {
      return new VoteOutcome(Result.REJECTED_NOT_ACTIVE, choicesOf(pollId, userId));
    }
    if (!gate.get().optionExists()) {
      return new VoteOutcome(Result.REJECTED_UNKNOWN_OPTION, choicesOf(pollId, userId));
    }
    lockVoter(pollId, userId);
    List<Integer> before = choicesOf(pollId, userId);
    if (before.contains(position)) {
      deleteVote(pollId, userId, position);
      return new VoteOutcome(Result.REMOVED, VoteChoices.without(before, position));
    }
    if (gate.get().maxChoices() == 1 && !before.isEmpty()) {
      deleteVotesOf(pollId, userId);
      insertVote(pollId, userId, position);
      return new VoteOutcome(Result.SWITCHED, List.of(position));
    }
    if (before.size() >= gate.get().maxChoices()) {
      return new VoteOutcome(Result.REJECTED_MAX_CHOICES, before);
    }
    insertVote(pollId, userId, position);
    return new VoteOutcome(Result.ADDED, VoteChoices.with(before, position));
  }

  /** Removes every vote of the user on the poll (whatever its status); returns how many. */
  @SqlUpdate("DELETE FROM votes WHERE poll_id = :pollId AND user_id = :userId")
  int deleteVotesOf(@Bind("pollId") long pollId, @Bind("userId") long userId);

  /** The positions the user currently has chosen, ascending. */
  @SqlQuery(
      "SELECT position FROM votes WHERE poll_id = :pollId AND user_id = :userId"
          + " ORDER BY position")
  List<Integer> choicesOf(@Bind("pollId") long pollId, @Bind("userId") long userId);

  /** Vote count per option position (positions without votes are absent). */
  @SqlQuery(
      "SELECT position, count(*) AS votes FROM votes WHERE poll_id = :pollId"
          + " GROUP BY position")
  @KeyColumn("position")
  @ValueColumn("votes")
  Map<Integer, Long> countsByPosition(@Bind("pollId") long pollId);

  /** Number of distinct users with at least one vote. */
  @SqlQuery("SELECT count(DISTINCT user_id) FROM votes WHERE poll_id = :pollId")
  long distinctVoters(@Bind("pollId") long pollId);

  /** Every vote, oldest first, for exports of non-anonymous polls only. */
  @SqlQuery(
      "SELECT poll_id, user_id, position, voted_at FROM votes WHERE poll_id = :pollId"
          + " ORDER BY voted_at, user_id, position")
  @RegisterConstructorMapper(Vote.class)
  List<Vote> listVotes(@Bind("pollId") long pollId);

  // ---- statements: single SQL steps of toggle ----

  /**
   * Statement of {@link #toggle}: the poll's status and max choices and whether the option exists,
   * share-locking the poll row.
   */
  @SqlQuery(
      "SELECT p.status, p.max_choices, EXISTS (SELECT 1 FROM poll_options o"
          + " WHERE o.poll_id = p.id AND o.position = :position) AS option_exists"
          + " FROM polls p WHERE p.id = :pollId FOR SHARE OF p")
  @RegisterConstructorMapper(VoteGate.class)
  Optional<VoteGate> lockPollForVote(@Bind("pollId") long pollId, @Bind("position") int position);

  /** Statement of {@link #toggle}: waits for this voter's lock, held until the transaction ends. */
  @SqlQuery("SELECT count(*) FROM pg_advisory_xact_lock(polly_voter_lock_key(:pollId, :userId))")
  int lockVoter(@Bind("pollId") long pollId, @Bind("userId") long userId);

  /** Statement of {@link #toggle}; the schema's trigger rejects it beyond max choices. */
  @SqlUpdate("INSERT INTO votes (poll_id, user_id, position) VALUES (:pollId, :userId, :position)")
  void insertVote(
      @Bind("pollId") long pollId, @Bind("userId") long userId, @Bind("position") int position);

  /** Statement of {@link #toggle}. */
  @SqlUpdate(
      "DELETE FROM votes WHERE poll_id = :pollId AND user_id = :userId"
          + " AND position = :position")
  int deleteVote(
      @Bind("pollId") long pollId, @Bind("userId") long userId, @Bind("position") int position);
}
