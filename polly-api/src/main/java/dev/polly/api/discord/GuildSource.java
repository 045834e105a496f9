package dev.polly.api.discord;

import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildEmoji;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.UserGuild;
import java.util.List;

/**
 * Where the API reads guild data on a cache miss. {@link DiscordRestClient} serves it from
 * Discord's REST API with the bot token; in demo mode {@code demo.DemoGuildSource} serves a seeded
 * demo guild and never calls Discord.
 *
 * <p>Implementations throw the API's domain exceptions: {@code ResourceNotFoundException} for a
 * guild the bot cannot see, {@code DiscordUnavailableException} when the source cannot answer.
 */
public interface GuildSource {
  /**
   * The {@code user_guilds} key under which the bot's guild list from this source is cached, so
   * that two sources never read each other's entries.
   */
  default String botGuildsKey() {
    return "bot";
  }

  /** The guilds the bot is a member of. */
  List<UserGuild> botGuilds();

  /**
   * The text and announcement channels of a guild where the bot may view the channel, send messages
   * and embed links, after the guild's roles and the channel's permission overwrites.
   */
  List<GuildChannel> channels(long guildId);

  /** Every role of the guild (callers filter what they may ping). */
  List<GuildRole> roles(long guildId);

  /** The guild's custom emojis. */
  List<GuildEmoji> emojis(long guildId);

  /**
   * Whether the user may manage the guild now: they own it, or their roles (with {@code
   * @everyone}) grant Administrator or Manage Server. False when they are not a member or the bot
   * cannot see the guild; {@code DiscordUnavailableException} or {@code
   * DiscordRateLimitedException} when the source cannot answer.
   */
  boolean memberCanManage(long guildId, long userId);
}
