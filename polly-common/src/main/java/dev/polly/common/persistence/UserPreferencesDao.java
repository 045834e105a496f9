package dev.polly.common.persistence;

import dev.polly.common.domain.UserPreferences;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * User preferences in PostgreSQL, as a JDBI SqlObject. Writes are single upsert statements ({@code
 * INSERT ... ON CONFLICT DO UPDATE ... RETURNING}), so they need no transaction and never race with
 * a concurrent first write.
 */
@RegisterConstructorMapper(UserPreferences.class)
public interface UserPreferencesDao {
  @SqlQuery("SELECT * FROM user_preferences WHERE user_id = :userId")
  Optional<UserPreferences> find(@Bind("userId") long userId);

  /** Inserts or replaces every field (nulls included); returns the stored row. */
  @SqlQuery(
      """
      INSERT INTO user_preferences AS u (user_id, last_guild_id, last_channel_id,
      last_role_id, timezone, updated_at) VALUES (:userId, :lastGuildId, :lastChannelId,
      :lastRoleId, :timezone, now()) ON CONFLICT (user_id) DO UPDATE SET
      last_guild_id = EXCLUDED.last_guild_id, last_channel_id = EXCLUDED.last_channel_id,
      last_role_id = EXCLUDED.last_role_id, timezone = EXCLUDED.timezone, updated_at = now()
      RETURNING *
      """)
  UserPreferences upsert(@BindMethods UserPreferences preferences);

  /**
   * Sets only the non-null fields of {@code changes}, inserting the row if needed; returns the
   * stored row.
   */
  @SqlQuery(
      """
      INSERT INTO user_preferences AS u (user_id, last_guild_id, last_channel_id,
      last_role_id, timezone, updated_at) VALUES (:userId, :lastGuildId, :lastChannelId,
      :lastRoleId, :timezone, now()) ON CONFLICT (user_id) DO UPDATE SET
      last_guild_id = COALESCE(EXCLUDED.last_guild_id, u.last_guild_id),
      last_channel_id = COALESCE(EXCLUDED.last_channel_id, u.last_channel_id),
      last_role_id = COALESCE(EXCLUDED.last_role_id, u.last_role_id),
      timezone = COALESCE(EXCLUDED.timezone, u.timezone), updated_at = now() RETURNING *
      """)
  UserPreferences patch(@BindMethods UserPreferences changes);

  /** Ids of the most recently updated users (for cache warming). */
  @SqlQuery("SELECT user_id FROM user_preferences ORDER BY updated_at DESC, user_id LIMIT :limit")
  List<Long> recentUserIds(@Bind("limit") int limit);
}
