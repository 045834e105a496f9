package dev.polly.common.persistence;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps one {@code polls} row to a {@link Poll} without options; {@link PollDao} attaches the
 * options read from {@code poll_options}.
 */
public class PollRowMapper implements RowMapper<Poll> {
  @Override
  public Poll map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Poll(
        rs.getLong("id"),
        rs.getLong("guild_id"),
        rs.getLong("channel_id"),
        rs.getLong("creator_id"),
        nullableLong(rs, "message_id"),
        rs.getString("title"),
        rs.getString("question"),
        rs.getBoolean("anonymous"),
        rs.getBoolean("hide_results"),
        rs.getInt("max_choices"),
        nullableLong(rs, "allowed_role_id"),
        nullableLong(rs, "ping_role_id"),
        rs.getBoolean("ping_on_open"),
        rs.getBoolean("ping_on_close"),
        rs.getString("image_url"),
        instant(rs, "opens_at"),
        instant(rs, "closes_at"),
        ZoneId.of(rs.getString("timezone")),
        PollStatus.fromDb(rs.getString("status")),
        instant(rs, "created_at"),
        instant(rs, "updated_at"),
        instant(rs, "closed_at"),
        rs.getInt("version"),
        List.of(),
        PollKind.fromDb(rs.getString("kind")),
        reminder(rs));
  }

  private static Duration reminder(ResultSet rs) throws SQLException {
    int seconds = rs.getInt("remind_before_seconds");
    return rs.wasNull() ? null : Duration.ofSeconds(seconds);
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
