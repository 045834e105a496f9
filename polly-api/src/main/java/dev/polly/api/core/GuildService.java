package dev.polly.api.core;

import dev.polly.api.api.ChannelView;
import dev.polly.api.api.EmojiView;
import dev.polly.api.api.GuildView;
import dev.polly.api.api.RoleView;
import dev.polly.api.discord.BotInvite;
import dev.polly.api.discord.GuildSource;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.GuildEmoji;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserGuild;
import dev.polly.common.domain.UserGuilds;
import dev.polly.common.store.GuildDataStore;
import dev.polly.common.store.UserGuildsStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Guild data for the dashboard, served from the {@code guild} region and loaded on a miss from the
 * {@link GuildSource} (Discord's REST API with the bot token, or the demo guild). The bot's own
 * guild list is cached in the {@code user_guilds} region under the source's {@link
 * GuildSource#botGuildsKey()}.
 */
public final class GuildService implements GuildFacts {
  private final GuildDataStore guildData;
  private final UserGuildsStore userGuilds;
  private final GuildSource discord;
  private final BotInvite invite;
  private final Access access;

  public GuildService(
      GuildDataStore guildData,
      UserGuildsStore userGuilds,
      GuildSource discord,
      BotInvite invite,
      Access access) {
    this.guildData = guildData;
    this.userGuilds = userGuilds;
    this.discord = discord;
    this.invite = invite;
    this.access = access;
  }

  /**
   * The guilds the user may manage: those the bot is in first ({@code bot_present}), then the
   * others with an invite link. Names of bot-less guilds come from the user's cached guild list.
   */
  public List<GuildView> manageable(Session session) {
    UserGuilds bot = userGuilds.botGuilds(discord.botGuildsKey(), discord::botGuilds);
    List<GuildView> out = new ArrayList<>();
    Set<Long> present = new HashSet<>();
    for (UserGuild g : bot.guilds()) {
      if (session.canManage(g.id())) {
        present.add(g.id());
        out.add(new GuildView(Long.toString(g.id()), g.name(), g.icon(), true, null));
      }
    }
    Map<Long, UserGuild> known = new HashMap<>();
    userGuilds.find(session.userId()).ifPresent(u -> u.guilds().forEach(g -> known.put(g.id(), g)));
    for (long id : session.manageableGuildIds()) {
      if (!present.contains(id)) {
        UserGuild g = known.get(id);
        out.add(
            new GuildView(
                Long.toString(id),
                g == null ? null : g.name(),
                g == null ? null : g.icon(),
                false,
                invite.forGuild(id)));
      }
    }
    return out;
  }

  public List<ChannelView> channels(Session session, long guildId) {
    access.requireView(session, guildId);
    return channelData(guildId).channels().stream()
        .sorted(Comparator.comparingInt(GuildChannel::position))
        .map(c -> new ChannelView(Long.toString(c.id()), c.name(), c.type(), c.position()))
        .toList();
  }

  public List<RoleView> roles(Session session, long guildId) {
    access.requireView(session, guildId);
    return roles(guildId).stream()
        .filter(r -> GuildFacts.pingable(guildId, r))
        .sorted(Comparator.comparingInt(GuildRole::position).reversed())
        .map(r -> new RoleView(Long.toString(r.id()), r.name(), r.position()))
        .toList();
  }

  public List<EmojiView> emojis(Session session, long guildId) {
    access.requireView(session, guildId);
    return emojiData(guildId).emojis().stream()
        .map(e -> new EmojiView(Long.toString(e.id()), e.name(), e.animated()))
        .toList();
  }

  @Override
  public Set<Long> emojiIds(long guildId) {
    return emojiData(guildId).emojis().stream().map(GuildEmoji::id).collect(Collectors.toSet());
  }

  private GuildData.Emojis emojiData(long guildId) {
    return guildData.emojis(guildId, () -> discord.emojis(guildId));
  }

  @Override
  public Set<Long> postableChannelIds(long guildId) {
    return channelData(guildId).channels().stream()
        .map(GuildChannel::id)
        .collect(Collectors.toSet());
  }

  @Override
  public List<GuildRole> roles(long guildId) {
    return guildData.roles(guildId, () -> discord.roles(guildId)).roles();
  }

  private GuildData.Channels channelData(long guildId) {
    return guildData.channels(guildId, () -> discord.channels(guildId));
  }
}
