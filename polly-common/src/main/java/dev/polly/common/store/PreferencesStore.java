package dev.polly.common.store;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.persistence.UserPreferencesDao;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's preferences through the {@code user_prefs} region, keyed by user id and read through
 * from PostgreSQL (a user without a row gets {@link UserPreferences#empty}); used by the API and
 * the bot alike. Every write goes to PostgreSQL first, then invalidates the entry in every process,
 * so the next read is fresh.
 *
 * <p>Read-your-writes: another process drops its near-cache copy only when the invalidation event
 * reaches it, which can be after the write's answer. A reader that knows the time of the user's
 * last write ({@link UserPreferences#updatedAt}, as the API hands it back to the writer) passes it
 * to {@link #load(long, Instant)}: a cached copy older than that write is passed over for
 * PostgreSQL.
 */
public final class PreferencesStore {
  private final CacheRegion<UserPreferences> region;
  private final UserPreferencesDao dao;

  public PreferencesStore(CacheRegion<UserPreferences> region, UserPreferencesDao dao) {
    this.region = region;
    this.dao = dao;
  }

  /** The user's preferences, cached or read from PostgreSQL; never null. */
  public UserPreferences load(long userId) {
    return region.get(key(userId), () -> dao.find(userId).orElse(UserPreferences.empty(userId)));
  }

  /**
   * The user's preferences as of their write at {@code writtenAt} or later (null: any cached copy
   * will do); never null.
   */
  public UserPreferences load(long userId, Instant writtenAt) {
    UserPreferences cached = load(userId);
    if (writtenAt == null || atLeast(cached, writtenAt)) {
      return cached;
    }
    return dao.find(userId).orElse(UserPreferences.empty(userId));
  }

  private static boolean atLeast(UserPreferences preferences, Instant writtenAt) {
    return preferences.updatedAt() != null && !preferences.updatedAt().isBefore(writtenAt);
  }

  /** The user's saved IANA zone name, if any. */
  public Optional<String> timezone(long userId) {
    return Optional.ofNullable(load(userId).timezone());
  }

  /** Replaces every field (null fields become empty); returns the stored row. */
  public UserPreferences replace(UserPreferences preferences) {
    UserPreferences stored = dao.upsert(preferences);
    invalidate(preferences.userId());
    return stored;
  }

  /** Changes only the non-null fields of {@code changes}; returns the stored row. */
  public UserPreferences patch(UserPreferences changes) {
    UserPreferences stored = dao.patch(changes);
    invalidate(changes.userId());
    return stored;
  }

  /** Saves only the user's zone name (already checked by the caller). */
  public UserPreferences saveTimezone(long userId, String zone) {
    return patch(new UserPreferences(userId, null, null, null, zone, null));
  }

  /** Drops the cached entry of one user, in every process. */
  public void invalidate(long userId) {
    region.invalidate(key(userId));
  }

  static String key(long userId) {
    return Long.toString(userId);
  }
}
