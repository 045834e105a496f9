package dev.polly.common.persistence;

import dev.polly.common.domain.UserPreferences;
import java.util.List;
import java.util.Optional;

/**
 * User preferences in PostgreSQL.
 *
 * <p>CONTRACT ONLY: see {@link PollDao}.
 */
public interface UserPreferencesDao {
  Optional<UserPreferences> find(long userId);

  /** Inserts or replaces every field; returns the stored row. */
  UserPreferences upsert(UserPreferences preferences);

  /**
   * Sets only the non-null fields of {@code changes}, inserting the row if needed; returns the
   * stored row.
   */
  UserPreferences patch(UserPreferences changes);

  /** Ids of the most recently updated users (for cache warming). */
  List<Long> recentUserIds(int limit);
}
