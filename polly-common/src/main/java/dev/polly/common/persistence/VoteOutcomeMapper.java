package dev.polly.common.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps the {@code (result, choices)} row of {@code polly_toggle_vote} to a {@link VoteOutcome}. */
public class VoteOutcomeMapper implements RowMapper<VoteOutcome> {
  @Override
  public VoteOutcome map(ResultSet rs, StatementContext ctx) throws SQLException {
    Array choices = rs.getArray("choices");
    try {
      return new VoteOutcome(
          VoteOutcome.Result.valueOf(rs.getString("result")),
          Arrays.asList((Integer[]) choices.getArray()));
    } finally {
      choices.free();
    }
  }
}
