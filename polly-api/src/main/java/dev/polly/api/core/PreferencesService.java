package dev.polly.api.core;

import dev.polly.common.domain.UserPreferences;
import dev.polly.common.store.PreferencesStore;
import java.time.Instant;

/**
 * A user's dashboard preferences: reads and writes go through {@link PreferencesStore} (PostgreSQL
 * first, then the cache entry invalidated everywhere). Callers hand in preferences already checked
 * (ids positive, the time zone an IANA name or null).
 */
public final class PreferencesService {
  private final PreferencesStore store;

  public PreferencesService(PreferencesStore store) {
    this.store = store;
  }

  /** The user's preferences through the cache (also used by cache warming); never null. */
  public UserPreferences load(long userId) {
    return store.load(userId);
  }

  /**
   * The preferences as of the user's write at {@code writtenAt} or later (null: any cached copy
   * will do), for read-your-writes across API instances; never null.
   */
  public UserPreferences load(long userId, Instant writtenAt) {
    return store.load(userId, writtenAt);
  }

  /** Replaces every field (null fields become empty); returns the stored row. */
  public UserPreferences replace(UserPreferences preferences) {
    return store.replace(preferences);
  }

  /** Changes only the non-null fields; returns the stored row. */
  public UserPreferences patch(UserPreferences changes) {
    return store.patch(changes);
  }
}
