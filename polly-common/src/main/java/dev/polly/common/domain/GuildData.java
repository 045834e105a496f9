package dev.polly.common.domain;

import java.util.List;

/**
 * Cached lists of one guild's channels, roles and emojis. Each list is cached under its own key
 * ({@code polly:v1:guild:{guildId}:channels|roles|emojis}) in the {@code guild} region.
 */
public final class GuildData {
  private GuildData() {}

  /** The channels of one guild where the bot can post. */
  public record Channels(long guildId, List<GuildChannel> channels) {
    public Channels {
      channels = List.copyOf(channels);
    }
  }

  /** The roles of one guild. */
  public record Roles(long guildId, List<GuildRole> roles) {
    public Roles {
      roles = List.copyOf(roles);
    }
  }

  /** The custom emojis of one guild. */
  public record Emojis(long guildId, List<GuildEmoji> emojis) {
    public Emojis {
      emojis = List.copyOf(emojis);
    }
  }
}
