package dev.polly.api.core;

import dev.polly.api.api.PreferencesRequest;
import dev.polly.api.api.PreferencesView;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.persistence.UserPreferencesDao;

/**
 * A user's dashboard preferences: reads go through the {@code user_prefs} region (read-through from
 * PostgreSQL); every update writes PostgreSQL, then invalidates the region's entry everywhere so
 * the next read is fresh.
 */
public final class PreferencesService {
  private final UserPreferencesDao dao;
  private final CacheRegion<UserPreferences> cache;

  public PreferencesService(UserPreferencesDao dao, CacheRegion<UserPreferences> cache) {
    this.dao = dao;
    this.cache = cache;
  }

  public PreferencesView get(long userId) {
    return view(load(userId));
  }

  /** Loads through the cache (also used by cache warming). */
  public UserPreferences load(long userId) {
    return cache.get(
        Long.toString(userId), () -> dao.find(userId).orElse(UserPreferences.empty(userId)));
  }

  /** Replaces every field (absent fields become empty). */
  public PreferencesView replace(long userId, PreferencesRequest request) {
    UserPreferences stored = dao.upsert(validate(userId, request));
    cache.invalidate(Long.toString(userId));
    return view(stored);
  }

  /** Changes only the fields present in the request. */
  public PreferencesView patch(long userId, PreferencesRequest request) {
    UserPreferences stored = dao.patch(validate(userId, request));
    cache.invalidate(Long.toString(userId));
    return view(stored);
  }

  private static UserPreferences validate(long userId, PreferencesRequest r) {
    Errors e = new Errors();
    Long guild = e.snowflake("last_guild_id", r.lastGuildId(), false);
    Long channel = e.snowflake("last_channel_id", r.lastChannelId(), false);
    Long role = e.snowflake("last_role_id", r.lastRoleId(), false);
    e.addAll(PollRules.checkZone(r.timezone()));
    e.throwIfAny();
    return new UserPreferences(userId, guild, channel, role, r.timezone(), null);
  }

  private static PreferencesView view(UserPreferences p) {
    return new PreferencesView(
        Long.toString(p.userId()),
        str(p.lastGuildId()),
        str(p.lastChannelId()),
        str(p.lastRoleId()),
        p.timezone(),
        p.updatedAt());
  }

  private static String str(Long id) {
    return id == null ? null : Long.toString(id);
  }
}
