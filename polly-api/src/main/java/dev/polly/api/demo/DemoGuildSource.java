package dev.polly.api.demo;

import static dev.polly.api.discord.ChannelPermissions.EMBED_LINKS;
import static dev.polly.api.discord.ChannelPermissions.SEND_MESSAGES;
import static dev.polly.api.discord.ChannelPermissions.VIEW_CHANNEL;

import dev.polly.api.discord.ChannelPermissions;
import dev.polly.api.discord.ChannelPermissions.Overwrite;
import dev.polly.api.discord.GuildSource;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildEmoji;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.UserGuild;
import java.util.List;
import java.util.Map;

/**
 * Demo mode's guild data: one made-up guild ({@link DemoGuild}) with channels, roles and emojis,
 * served from memory instead of Discord, which demo mode never calls. Channels go through the same
 * permission arithmetic as real ones, so the staff-only and read-only channels are left out.
 */
public final class DemoGuildSource implements GuildSource {
  private static final long EVERYONE_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS;

  /** A demo channel with its Discord type and permission overwrites. */
  private record Channel(GuildChannel channel, List<Overwrite> overwrites) {}

  private static final List<Channel> CHANNELS =
      List.of(
          new Channel(new GuildChannel(DemoGuild.GENERAL, "general", 0, 0), List.of()),
          new Channel(new GuildChannel(DemoGuild.POLLS, "polls", 0, 1), List.of()),
          new Channel(new GuildChannel(DemoGuild.ANNOUNCEMENTS, "announcements", 5, 2), List.of()),
          new Channel(
              new GuildChannel(DemoGuild.STAFF_ONLY, "staff-only", 0, 3),
              List.of(
                  new Overwrite(DemoGuild.GUILD_ID, false, 0, VIEW_CHANNEL),
                  new Overwrite(DemoGuild.ROLE_STAFF, false, VIEW_CHANNEL, 0))),
          new Channel(
              new GuildChannel(DemoGuild.READ_ONLY, "rules", 0, 4),
              List.of(new Overwrite(DemoGuild.GUILD_ID, false, 0, SEND_MESSAGES))),
          new Channel(new GuildChannel(DemoGuild.VOICE, "Lounge", 2, 5), List.of()));

  private static final ChannelPermissions.Guild PERMISSIONS =
      new ChannelPermissions.Guild(
          DemoGuild.GUILD_ID,
          DemoGuild.OWNER_ID,
          Map.of(
              DemoGuild.GUILD_ID, EVERYONE_PERMISSIONS,
              DemoGuild.ROLE_BOT, 0L,
              DemoGuild.ROLE_STAFF, 0L));

  private static final ChannelPermissions.Member BOT =
      new ChannelPermissions.Member(DemoGuild.BOT_USER_ID, List.of(DemoGuild.ROLE_BOT));

  @Override
  public String botGuildsKey() {
    return "bot:demo";
  }

  @Override
  public List<UserGuild> botGuilds() {
    return List.of(new UserGuild(DemoGuild.GUILD_ID, DemoGuild.GUILD_NAME, null, false));
  }

  @Override
  public List<GuildChannel> channels(long guildId) {
    requireDemo(guildId);
    return CHANNELS.stream()
        .filter(c -> c.channel().type() == 0 || c.channel().type() == 5)
        .filter(c -> ChannelPermissions.canPostPoll(PERMISSIONS, BOT, c.overwrites()))
        .map(Channel::channel)
        .toList();
  }

  @Override
  public List<GuildRole> roles(long guildId) {
    requireDemo(guildId);
    return List.of(
        new GuildRole(DemoGuild.GUILD_ID, "@everyone", 0, false, false),
        new GuildRole(DemoGuild.ROLE_VOTERS, "Voters", 3, true, false),
        new GuildRole(DemoGuild.ROLE_MODERATORS, "Moderators", 4, true, false),
        new GuildRole(DemoGuild.ROLE_STAFF, "Staff", 2, false, false),
        new GuildRole(DemoGuild.ROLE_BOT, "Polly", 1, false, true));
  }

  @Override
  public List<GuildEmoji> emojis(long guildId) {
    requireDemo(guildId);
    return List.of(
        new GuildEmoji(1_100_000_000_000_003_001L, "polly_yes", false),
        new GuildEmoji(1_100_000_000_000_003_002L, "polly_no", false),
        new GuildEmoji(1_100_000_000_000_003_003L, "polly_party", true));
  }

  /** Only the demo user manages the demo guild. */
  @Override
  public boolean memberCanManage(long guildId, long userId) {
    return guildId == DemoGuild.GUILD_ID && userId == DemoGuild.USER_ID;
  }

  private static void requireDemo(long guildId) {
    if (guildId != DemoGuild.GUILD_ID) {
      throw new ResourceNotFoundException("guild_unavailable", "Demo mode has only the demo guild");
    }
  }
}
