package dev.polly.api.core;

import dev.polly.api.api.ChannelView;
import dev.polly.api.api.EmojiView;
import dev.polly.api.api.GuildView;
import dev.polly.api.api.RoleView;
import dev.polly.api.discord.DiscordRestClient;
import dev.polly.common.cache.Caches;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserGuilds;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guild data for the dashboard, served from the {@code guild} region and loaded on a miss from
 * Discord's REST API with the bot token. The bot's own guild list is cached in the {@code
 * user_guilds} region under the key {@value #BOT_KEY}.
 */
public final class GuildService implements GuildFacts {
  static final String BOT_KEY = "bot";

  private final Caches caches;
  private final DiscordRestClient discord;

  public GuildService(Caches caches, DiscordRestClient discord) {
    this.caches = caches;
    this.discord = discord;
  }

  /** The guilds the user may manage and the bot is in. */
  public List<GuildView> manageable(Session session) {
    UserGuilds bot =
        caches.userGuilds().get(BOT_KEY, () -> new UserGuilds(0L, discord.botGuilds()));
    return bot.guilds().stream()
        .filter(g -> session.canManage(g.id()))
        .map(g -> new GuildView(Long.toString(g.id()), g.name(), g.icon()))
        .toList();
  }

  public List<ChannelView> channels(Session session, long guildId) {
    Access.requireManage(session, guildId);
    return channelData(guildId).channels().stream()
        .sorted(Comparator.comparingInt(GuildChannel::position))
        .map(c -> new ChannelView(Long.toString(c.id()), c.name(), c.type(), c.position()))
        .toList();
  }

  public List<RoleView> roles(Session session, long guildId) {
    Access.requireManage(session, guildId);
    return roles(guildId).stream()
        .filter(r -> GuildFacts.pingable(guildId, r))
        .sorted(Comparator.comparingInt(GuildRole::position).reversed())
        .map(r -> new RoleView(Long.toString(r.id()), r.name(), r.position()))
        .toList();
  }

  public List<EmojiView> emojis(Session session, long guildId) {
    Access.requireManage(session, guildId);
    String key = Long.toString(guildId);
    GuildData.Emojis emojis =
        caches.guildEmojis().get(key, () -> new GuildData.Emojis(guildId, discord.emojis(guildId)));
    return emojis.emojis().stream()
        .map(e -> new EmojiView(Long.toString(e.id()), e.name(), e.animated()))
        .toList();
  }

  @Override
  public Set<Long> postableChannelIds(long guildId) {
    return channelData(guildId).channels().stream()
        .map(GuildChannel::id)
        .collect(Collectors.toSet());
  }

  @Override
  public List<GuildRole> roles(long guildId) {
    String key = Long.toString(guildId);
    return caches
        .guildRoles()
        .get(key, () -> new GuildData.Roles(guildId, discord.roles(guildId)))
        .roles();
  }

  private GuildData.Channels channelData(long guildId) {
    String key = Long.toString(guildId);
    return caches
        .guildChannels()
        .get(key, () -> new GuildData.Channels(guildId, discord.channels(guildId)));
  }
}
