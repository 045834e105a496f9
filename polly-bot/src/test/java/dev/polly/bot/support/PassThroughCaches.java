package dev.polly.bot.support;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.cache.Caches;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserGuilds;
import dev.polly.common.domain.UserPreferences;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Caches that store values in process maps, for fast tests that make no claim about caching (the
 * acceptance tests use the real Redis-backed caches).
 */
public final class PassThroughCaches implements Caches {
  private final Region<UserPreferences> userPrefs = new Region<>("user_prefs");
  private final Region<GuildData.Channels> channels = new Region<>("guild");
  private final Region<GuildData.Roles> roles = new Region<>("guild");
  private final Region<GuildData.Emojis> emojis = new Region<>("guild");
  private final Region<UserGuilds> userGuilds = new Region<>("user_guilds");
  private final Region<PollResults> results = new Region<>("poll_results");
  private final Region<Session> sessions = new Region<>("session");

  /** A map-backed region. */
  public static final class Region<V> implements CacheRegion<V> {
    private final String name;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    Region(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<V> getIfPresent(String key) {
      return Optional.ofNullable(values.get(key));
    }

    @Override
    public V get(String key, Supplier<? extends V> loader) {
      V value = values.get(key);
      if (value == null) {
        value = loader.get();
        if (value != null) {
          values.put(key, value);
        }
      }
      return value;
    }

    @Override
    public void put(String key, V value) {
      values.put(key, value);
    }

    @Override
    public void put(String key, V value, Duration ttl) {
      values.put(key, value);
    }

    @Override
    public void invalidate(String key) {
      values.remove(key);
    }

    @Override
    public void invalidateAll() {
      values.clear();
    }
  }

  @Override
  public CacheRegion<UserPreferences> userPrefs() {
    return userPrefs;
  }

  @Override
  public Region<GuildData.Channels> guildChannels() {
    return channels;
  }

  @Override
  public Region<GuildData.Roles> guildRoles() {
    return roles;
  }

  @Override
  public Region<GuildData.Emojis> guildEmojis() {
    return emojis;
  }

  @Override
  public CacheRegion<UserGuilds> userGuilds() {
    return userGuilds;
  }

  @Override
  public CacheRegion<PollResults> pollResults() {
    return results;
  }

  @Override
  public CacheRegion<Session> sessions() {
    return sessions;
  }

  @Override
  public <V> CacheRegion<V> sessionData(String kind, Class<V> type) {
    return new Region<>("session");
  }

  @Override
  public Collection<CacheRegion<?>> all() {
    return List.of(userPrefs, channels, userGuilds, results, sessions);
  }

  @Override
  public Optional<CacheRegion<?>> byName(String name) {
    return all().stream().filter(r -> r.name().equals(name)).findFirst();
  }
}
