package dev.polly.bot.support;

import dev.polly.common.domain.UserPreferences;
import dev.polly.common.persistence.UserPreferencesDao;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory {@link UserPreferencesDao} for fast tests. */
public final class InMemoryPreferences implements UserPreferencesDao {
  private final Map<Long, UserPreferences> rows = new ConcurrentHashMap<>();

  @Override
  public Optional<UserPreferences> find(long userId) {
    return Optional.ofNullable(rows.get(userId));
  }

  @Override
  public UserPreferences upsert(UserPreferences preferences) {
    rows.put(preferences.userId(), preferences);
    return preferences;
  }

  @Override
  public synchronized UserPreferences patch(UserPreferences c) {
    UserPreferences old = rows.getOrDefault(c.userId(), UserPreferences.empty(c.userId()));
    UserPreferences merged =
        new UserPreferences(
            c.userId(),
            c.lastGuildId() != null ? c.lastGuildId() : old.lastGuildId(),
            c.lastChannelId() != null ? c.lastChannelId() : old.lastChannelId(),
            c.lastRoleId() != null ? c.lastRoleId() : old.lastRoleId(),
            c.timezone() != null ? c.timezone() : old.timezone(),
            java.time.Instant.now());
    rows.put(c.userId(), merged);
    return merged;
  }

  @Override
  public List<Long> recentUserIds(int limit) {
    return rows.keySet().stream().limit(limit).toList();
  }
}
