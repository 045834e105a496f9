package dev.polly.bot.features.guilddata;

import dev.polly.common.cache.Caches;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.GuildEmoji;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.GuildDataRefreshed;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.channel.ChannelCreateEvent;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.channel.update.GenericChannelUpdateEvent;
import net.dv8tion.jda.api.events.emoji.GenericEmojiEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.role.GenericRoleEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code guild} cache region warm from JDA's view: writes a guild's channels, roles and
 * emojis when it becomes ready or is joined, and rewrites the changed list on channel, role and
 * emoji events, then announces {@link GuildDataRefreshed}. Cache failures are the cache's to count;
 * nothing here throws into JDA.
 */
public final class GuildDataListener extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(GuildDataListener.class);

  private final Caches caches;
  private final EventBus events;

  public GuildDataListener(Caches caches, EventBus events) {
    this.caches = caches;
    this.events = events;
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

  @Override
  public void onGenericRole(GenericRoleEvent event) {
    guarded(event.getGuild(), () -> writeRoles(event.getGuild()));
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

  private void guarded(Guild guild, Runnable write) {
    try {
      write.run();
      events.publish(new GuildDataRefreshed(guild.getIdLong()));
    } catch (RuntimeException e) {
      LOG.warn("Refreshing cached data of guild {} failed: {}", guild.getId(), e.toString());
    }
  }

  private void writeChannels(Guild guild) {
    var channels =
        guild.getTextChannels().stream()
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
}
