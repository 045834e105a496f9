package dev.polly.common.persistence;

import dev.polly.common.domain.Vote;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Votes in PostgreSQL, as a JDBI SqlObject. {@link #toggle} is one call of the {@code
 * polly_toggle_vote} function (migration V2), so a click is one statement, one transaction and one
 * round trip: it share-locks the poll row (a concurrent close waits), takes an advisory lock for
 * this (poll, user) only (clicks of one voter are serialised, different voters never wait for each
 * other), then adds, removes or switches while enforcing {@code max_choices}. A trigger (V1)
 * re-checks {@code max_choices} on every insert, so the invariant holds for any code path.
 */
public interface VoteDao {
  /** The one statement of a click; {@link VoteToggle} runs the same without the SqlObject proxy. */
  String TOGGLE_SQL = "SELECT result, choices FROM polly_toggle_vote(:pollId, :userId, :position)";

  /**
   * Clicking option {@code position}: removes it if the user had chosen it, otherwise adds it
   * (replacing the previous choice on a single-choice poll), unless that would exceed max choices.
   * Rejections change nothing and report the user's current choices (none for an unknown poll).
   */
  @SqlQuery(TOGGLE_SQL)
  @RegisterRowMapper(VoteOutcomeMapper.class)
  VoteOutcome toggle(
      @Bind("pollId") long pollId, @Bind("userId") long userId, @Bind("position") int position);

  /** Removes every vote of the user on the poll (whatever its status); returns how many. */
  @SqlUpdate("DELETE FROM votes WHERE poll_id = :pollId AND user_id = :userId")
  int deleteVotesOf(@Bind("pollId") long pollId, @Bind("userId") long userId);

  /** The positions the user currently has chosen, ascending. */
  @SqlQuery(
      """
      SELECT position FROM votes WHERE poll_id = :pollId AND user_id = :userId
      ORDER BY position
      """)
  List<Integer> choicesOf(@Bind("pollId") long pollId, @Bind("userId") long userId);

  /** Vote count per option position (positions without votes are absent). */
  @SqlQuery(
      """
      SELECT position, count(*) AS votes FROM votes WHERE poll_id = :pollId
      GROUP BY position
      """)
  @KeyColumn("position")
  @ValueColumn("votes")
  Map<Integer, Long> countsByPosition(@Bind("pollId") long pollId);

  /** Number of distinct users with at least one vote. */
  @SqlQuery("SELECT count(DISTINCT user_id) FROM votes WHERE poll_id = :pollId")
  long distinctVoters(@Bind("pollId") long pollId);

  /** Every vote, oldest first, for exports of non-anonymous polls only. */
  @SqlQuery(
      """
      SELECT poll_id, user_id, position, voted_at FROM votes WHERE poll_id = :pollId
      ORDER BY voted_at, user_id, position
      """)
  @RegisterConstructorMapper(Vote.class)
  List<Vote> listVotes(@Bind("pollId") long pollId);
}
