package dev.polly.bot.features.timezone;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.persistence.UserPreferencesDao;

/**
 * A member's saved timezone: read through the {@code user_prefs} cache region, written to
 * PostgreSQL (only the timezone field) with the cache entry invalidated.
 */
public final class TimezoneStore {
  private final UserPreferencesDao preferences;
  private final CacheRegion<UserPreferences> cache;

  public TimezoneStore(UserPreferencesDao preferences, CacheRegion<UserPreferences> cache) {
    this.preferences = preferences;
    this.cache = cache;
  }

  /** The saved IANA zone name, or null. */
  public String saved(long userId) {
    UserPreferences prefs =
        cache.get(
            Long.toString(userId),
            () -> preferences.find(userId).orElse(UserPreferences.empty(userId)));
    return prefs == null ? null : prefs.timezone();
  }

  public void save(long userId, String zone) {
    preferences.patch(new UserPreferences(userId, null, null, null, zone, null));
    cache.invalidate(Long.toString(userId));
  }
}
