package dev.polly.common.persistence;

import dev.polly.common.domain.Session;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps one {@code sessions} row, including its {@code bigint[]} of guild ids, to a {@link Session}.
 */
public class SessionRowMapper implements RowMapper<Session> {
  @Override
  public Session map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Session(
        rs.getString("id"),
        rs.getLong("user_id"),
        rs.getString("username"),
        rs.getString("avatar"),
        guildIds(rs.getArray("manageable_guild_ids")),
        PollRowMapper.instant(rs, "created_at"),
        PollRowMapper.instant(rs, "expires_at"));
  }

  private static List<Long> guildIds(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    try {
      return Arrays.asList((Long[]) array.getArray());
    } finally {
      array.free();
    }
  }
}
