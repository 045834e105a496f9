package dev.polly.common.store;

import dev.polly.common.cache.Caches;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.GuildEmoji;
import dev.polly.common.domain.GuildRole;
import java.util.List;
import java.util.function.Supplier;

/**
 * One guild's channels, roles and custom emojis through the {@code guild} regions, keyed by guild
 * id. On a miss the caller's {@code source} (Discord, or the demo guild) is asked and its answer
 * cached; the source's exceptions reach the caller unchanged.
 */
public final class GuildDataStore {
  private final Caches caches;

  public GuildDataStore(Caches caches) {
    this.caches = caches;
  }

  /** The guild's channels, cached or from {@code source}. */
  public GuildData.Channels channels(long guildId, Supplier<List<GuildChannel>> source) {
    return caches
        .guildChannels()
        .get(key(guildId), () -> new GuildData.Channels(guildId, source.get()));
  }

  /** The guild's roles, cached or from {@code source}. */
  public GuildData.Roles roles(long guildId, Supplier<List<GuildRole>> source) {
    return caches.guildRoles().get(key(guildId), () -> new GuildData.Roles(guildId, source.get()));
  }

  /** The guild's custom emojis, cached or from {@code source}. */
  public GuildData.Emojis emojis(long guildId, Supplier<List<GuildEmoji>> source) {
    return caches
        .guildEmojis()
        .get(key(guildId), () -> new GuildData.Emojis(guildId, source.get()));
  }

  static String key(long guildId) {
    return Long.toString(guildId);
  }
}
