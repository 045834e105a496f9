package dev.polly.common.store;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.UserGuild;
import dev.polly.common.domain.UserGuilds;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Guild lists in the {@code user_guilds} region: a signed-in user's guilds under their user id
 * (written at login, read for the names of guilds without the bot), and the bot's own guild list
 * under a key naming its source, so two sources never read each other's entry.
 */
public final class UserGuildsStore {
  private final CacheRegion<UserGuilds> region;

  public UserGuildsStore(CacheRegion<UserGuilds> region) {
    this.region = region;
  }

  /** Caches the guilds of {@code guilds.userId()}, replacing the previous list. */
  public void save(UserGuilds guilds) {
    region.put(key(guilds.userId()), guilds);
  }

  /** The cached guilds of a user, if any; never loads. */
  public Optional<UserGuilds> find(long userId) {
    return region.getIfPresent(key(userId));
  }

  /** The bot's guild list of the source named {@code sourceKey}, cached or from {@code source}. */
  public UserGuilds botGuilds(String sourceKey, Supplier<List<UserGuild>> source) {
    return region.get(sourceKey, () -> new UserGuilds(0L, source.get()));
  }

  static String key(long userId) {
    return Long.toString(userId);
  }
}
