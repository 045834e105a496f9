package dev.polly.api.core;

import dev.polly.common.domain.GuildRole;
import java.util.List;
import java.util.Set;

/**
 * What poll validation needs to know about a guild: where the bot can post, its roles and its
 * custom emojis.
 */
public interface GuildFacts {
  Set<Long> postableChannelIds(long guildId);

  List<GuildRole> roles(long guildId);

  /** Ids of the guild's custom emojis, which options may use as {@code <:name:id>}. */
  Set<Long> emojiIds(long guildId);

  /** Whether the bot may ping {@code role} (mentionable, not managed, not {@code @everyone}). */
  static boolean pingable(long guildId, GuildRole role) {
    return role.mentionable() && !role.managed() && role.id() != guildId;
  }
}
