package dev.polly.common.persistence;

import dev.polly.common.domain.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Web login sessions in PostgreSQL, as a JDBI SqlObject, so that a Redis outage logs nobody out.
 * The guild ids are stored as a {@code bigint[]}.
 */
@RegisterRowMapper(SessionRowMapper.class)
public interface SessionDao {
  /** Stores a new session; {@code createdAt} null means now. Fails if the id exists. */
  default void create(Session session) {
    insert(session, session.manageableGuildIds().toArray(new Long[0]));
  }

  /** The session if it exists and {@code expires_at > now}. */
  @SqlQuery("SELECT * FROM sessions WHERE id = :id AND expires_at > :now")
  Optional<Session> findUnexpired(@Bind("id") String id, @Bind("now") Instant now);

  @SqlUpdate("DELETE FROM sessions WHERE id = :id")
  boolean delete(@Bind("id") String id);

  /** Deletes every session of a user and returns the deleted ids (so caches can drop them). */
  @SqlQuery("DELETE FROM sessions WHERE user_id = :userId RETURNING id")
  List<String> deleteAllOf(@Bind("userId") long userId);

  /** Deletes expired sessions; returns how many. */
  @SqlUpdate("DELETE FROM sessions WHERE expires_at <= :now")
  int deleteExpired(@Bind("now") Instant now);

  /** Statement of {@link #create}. */
  @SqlUpdate(
      "INSERT INTO sessions (id, user_id, username, avatar, manageable_guild_ids,"
          + " created_at, expires_at) VALUES (:s.id, :s.userId, :s.username, :s.avatar, :guildIds,"
          + " COALESCE(:s.createdAt, now()), :s.expiresAt)")
  void insert(@BindMethods("s") Session session, @Bind("guildIds") Long[] guildIds);
}
