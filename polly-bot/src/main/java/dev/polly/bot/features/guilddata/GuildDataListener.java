package dev.polly.bot.features.guilddata;

import dev.polly.common.authority.AuthorityInvalidator;
import dev.polly.common.cache.Caches;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.GuildEmoji;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.GuildDataRefreshed;
import java.time.Clock;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.StandardGuildMessageChannel;
import net.dv8tion.jda.api.events.channel.ChannelCreateEvent;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.channel.update.GenericChannelUpdateEvent;
import net.dv8tion.jda.api.events.emoji.GenericEmojiEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberUpdateEvent;
import net.dv8tion.jda.api.events.guild.update.GuildUpdateOwnerEvent;
import net.dv8tion.jda.api.events.role.GenericRoleEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code guild} cache region warm from JDA's view: writes a guild's channels, roles and
 * emojis when it becomes ready or is joined, and rewrites the changed list on channel, role and
 * emoji events, then announces {@link GuildDataRefreshed}. The channel list holds the text and
 * announcement channels where the bot may view, send and embed links after the guild's roles and
 * the channel's overwrites: the dashboard's list, as polly-api computes it from Discord's REST API.
 *
 * <p>It also retires the API's cached Manage Server answers ({@link AuthorityInvalidator}) when a
 * member is updated or leaves (one member's answers) and when roles, the owner or the bot's
 * membership change (the whole guild's). Member events need the {@code GUILD_MEMBERS} intent. Cache
 * failures are the cache's to count; nothing here throws into JDA.
 */
public final class GuildDataListener extends ListenerAdapter {
  private final Object[] stripes = newStripes(64);

  private static final Logger LOG = LoggerFactory.getLogger(GuildDataListener.class);

  /** What the bot needs in a channel to post a poll there. */
  private static final Permission[] POST_POLL = {
    Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS
  };

  private final Caches caches;
  private final EventBus events;
  private final AuthorityInvalidator authority;
  private final Clock clock;

  public GuildDataListener(
      Caches caches, EventBus events, AuthorityInvalidator authority, Clock clock) {
    this.caches = caches;
    this.events = events;
    this.authority = authority;
    this.clock = clock;
  }

  @Override
  public void onGuildReady(GuildReadyEvent event) {
    refreshAll(event.getGuild());
  }

  @Override
  public void onGuildJoin(GuildJoinEvent event) {
    refreshAll(event.getGuild());
  }

  @Override
  public void onChannelCreate(ChannelCreateEvent event) {
    if (event.isFromGuild()) {
      guarded(event.getGuild(), () -> writeChannels(event.getGuild()));
    }
  }

  @Override
  public void onChannelDelete(ChannelDeleteEvent event) {
    if (event.isFromGuild()) {
      guarded(event.getGuild(), () -> writeChannels(event.getGuild()));
    }
  }

  @Override
  public void onGenericChannelUpdate(GenericChannelUpdateEvent<?> event) {
    if (event.isFromGuild()) {
      guarded(event.getGuild(), () -> writeChannels(event.getGuild()));
    }
  }

  /** Roles change the roles list and, through the bot's permissions, the postable channels. */
  @Override
  public void onGenericRole(GenericRoleEvent event) {
    Guild guild = event.getGuild();
    authority.forgetGuild(guild.getIdLong());
    guarded(
        guild,
        () -> {
          writeRoles(guild);
          writeChannels(guild);
        });
  }

  @Override
  public void onGuildMemberUpdate(GuildMemberUpdateEvent event) {
    Guild guild = event.getGuild();
    authority.forgetMember(guild.getIdLong(), event.getUser().getIdLong(), clock.instant());
    if (event.getMember().equals(guild.getSelfMember())) {
      guarded(guild, () -> writeChannels(guild)); // the bot's own roles changed
    }
  }

  @Override
  public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
    authority.forgetMember(
        event.getGuild().getIdLong(), event.getUser().getIdLong(), clock.instant());
  }

  @Override
  public void onGuildUpdateOwner(GuildUpdateOwnerEvent event) {
    authority.forgetGuild(event.getGuild().getIdLong());
  }

  @Override
  public void onGuildLeave(GuildLeaveEvent event) {
    authority.forgetGuild(event.getGuild().getIdLong());
  }

  @Override
  public void onGenericEmoji(GenericEmojiEvent event) {
    guarded(event.getGuild(), () -> writeEmojis(event.getGuild()));
  }

  void refreshAll(Guild guild) {
    guarded(
        guild,
        () -> {
          writeChannels(guild);
          writeRoles(guild);
          writeEmojis(guild);
        });
  }

  /**
   * Runs one guild's refresh under that guild's lock: JDA hands events to several threads, and each
   * refresh reads JDA's current view, then writes it; without the lock an earlier view could be
   * written last and stay cached.
   */
  private void guarded(Guild guild, Runnable write) {
    try {
      synchronized (stripes[Math.floorMod(guild.getIdLong(), stripes.length)]) {
        write.run();
      }
      events.publish(new GuildDataRefreshed(guild.getIdLong()));
    } catch (RuntimeException e) {
      LOG.warn("Refreshing cached data of guild {} failed: {}", guild.getId(), e.toString());
    }
  }

  private void writeChannels(Guild guild) {
    Member self = guild.getSelfMember();
    var channels =
        Stream.<StandardGuildMessageChannel>concat(
                guild.getTextChannels().stream(), guild.getNewsChannels().stream())
            .filter(c -> self.hasPermission(c, POST_POLL))
            .map(
                c ->
                    new GuildChannel(
                        c.getIdLong(), c.getName(), c.getType().getId(), c.getPositionRaw()))
            .toList();
    caches.guildChannels().put(guild.getId(), new GuildData.Channels(guild.getIdLong(), channels));
  }

  private void writeRoles(Guild guild) {
    var roles =
        guild.getRoles().stream()
            .filter(r -> !r.isPublicRole())
            .map(
                r ->
                    new GuildRole(
                        r.getIdLong(),
                        r.getName(),
                        r.getPositionRaw(),
                        r.isMentionable(),
                        r.isManaged()))
            .toList();
    caches.guildRoles().put(guild.getId(), new GuildData.Roles(guild.getIdLong(), roles));
  }

  private void writeEmojis(Guild guild) {
    var emojis =
        guild.getEmojis().stream()
            .map(e -> new GuildEmoji(e.getIdLong(), e.getName(), e.isAnimated()))
            .toList();
    caches.guildEmojis().put(guild.getId(), new GuildData.Emojis(guild.getIdLong(), emojis));
  }

  private static Object[] newStripes(int count) {
    Object[] stripes = new Object[count];
    for (int i = 0; i < count; i++) {
      stripes[i] = new Object();
    }
    return stripes;
  }
}
