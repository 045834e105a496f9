package dev.polly.common.persistence;

import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.domain.ranked.StoredBallot;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Ballots of ranked polls in PostgreSQL ({@code ballots}, migration V72), as a JDBI SqlObject: one
 * row per member and poll holding the member's ranking (option positions, most preferred first).
 * {@link #submit} is one statement: it share-locks the poll row (a concurrent close waits), checks
 * that the poll is an active ranked poll and that every ranked position is one of its options, and
 * stores or replaces the ballot. The tally reads rankings without voter ids ({@link #rankings});
 * only exports of polls that may name voters read {@link #list}.
 */
public interface BallotDao {

  /**
   * Stores {@code ballot} as {@code userId}'s ballot on the poll, replacing an earlier one, when
   * the poll is an active ranked poll and every ranked position is one of its options; otherwise
   * changes nothing and says why.
   */
  default BallotOutcome submit(long pollId, long userId, RankedBallot ballot) {
    return BallotOutcome.valueOf(
        submitStatement(pollId, userId, ballot.ranking().toArray(Integer[]::new)));
  }

  /** Statement of {@link #submit}; returns the {@link BallotOutcome} name. */
  @SqlQuery(
      """
      WITH p AS (SELECT id, status, kind FROM polls WHERE id = :pollId FOR SHARE),
      valid AS (
        SELECT count(*) = cardinality(CAST(:ranking AS integer[])) AS ok FROM poll_options o
        WHERE o.poll_id = :pollId AND o.position = ANY (CAST(:ranking AS integer[]))),
      stored AS (
        INSERT INTO ballots (poll_id, user_id, ranking)
        SELECT p.id, :userId, CAST(:ranking AS smallint[]) FROM p, valid
        WHERE p.status = 'active' AND p.kind = 'ranked' AND valid.ok
        ON CONFLICT (poll_id, user_id)
        DO UPDATE SET ranking = EXCLUDED.ranking, updated_at = now()
        RETURNING 1)
      SELECT CASE
        WHEN EXISTS (SELECT 1 FROM stored) THEN 'STORED'
        WHEN NOT EXISTS (SELECT 1 FROM p) THEN 'UNKNOWN_POLL'
        WHEN (SELECT kind FROM p) <> 'ranked' THEN 'NOT_RANKED'
        WHEN (SELECT status FROM p) <> 'active' THEN 'NOT_ACTIVE'
        ELSE 'UNKNOWN_OPTION' END
      """)
  String submitStatement(
      @Bind("pollId") long pollId, @Bind("userId") long userId, @Bind("ranking") Integer[] ranking);

  /** The member's current ranking on the poll, if they have a ballot. */
  @SqlQuery("SELECT ranking FROM ballots WHERE poll_id = :pollId AND user_id = :userId")
  @RegisterRowMapper(RankingMapper.class)
  Optional<RankedBallot> rankingOf(@Bind("pollId") long pollId, @Bind("userId") long userId);

  /** Every ballot's ranking without its member, in no meaningful order: what the tally reads. */
  @SqlQuery("SELECT ranking FROM ballots WHERE poll_id = :pollId ORDER BY ranking")
  @RegisterRowMapper(RankingMapper.class)
  List<RankedBallot> rankings(@Bind("pollId") long pollId);

  /** Every ballot with its member, oldest first: for exports of polls that may name voters only. */
  @SqlQuery(
      """
      SELECT user_id, ranking, updated_at FROM ballots WHERE poll_id = :pollId
      ORDER BY updated_at, user_id
      """)
  @RegisterRowMapper(StoredBallotMapper.class)
  List<StoredBallot> list(@Bind("pollId") long pollId);

  /** Maps a {@code ranking} column to a {@link RankedBallot}. */
  final class RankingMapper implements RowMapper<RankedBallot> {
    @Override
    public RankedBallot map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new RankedBallot(positions(rs.getArray("ranking")));
    }
  }

  /** Maps a whole {@code ballots} row but the poll id. */
  final class StoredBallotMapper implements RowMapper<StoredBallot> {
    @Override
    public StoredBallot map(ResultSet rs, StatementContext ctx) throws SQLException {
      return new StoredBallot(
          rs.getLong("user_id"),
          positions(rs.getArray("ranking")),
          rs.getTimestamp("updated_at").toInstant());
    }
  }

  /** The positions of a {@code smallint[]}, in order. */
  static List<Integer> positions(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    return java.util.Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
  }
}
