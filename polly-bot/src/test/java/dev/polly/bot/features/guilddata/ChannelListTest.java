package dev.polly.bot.features.guilddata;

import static dev.polly.bot.fake.FakeGuild.overwrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeGuild;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.TestServices;
import dev.polly.common.domain.GuildChannel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The channel list the bot caches for the dashboard holds what polly-api would list from Discord's
 * REST API: text and announcement channels where the bot may view, send and embed links after the
 * guild's roles and the channel's overwrites (the cases of the API's {@code World} guild: hidden
 * from {@code @everyone}, allowed by the bot's role, denied to the bot's own member).
 */
class ChannelListTest {
  private static final long VIEW = 1024;
  private static final long SEND = 2048;
  private static final long EMBED = 16384;

  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName(
      "only text and announcement channels where the bot may view, send and embed are kept")
  void keepsPostableChannelsOnly() {
    FakeGuild g = discord.guild();
    String key = Long.toString(g.id());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> services.bot().caches().guildChannels().getIfPresent(key).isPresent());
    discord.dispatch(g.id(), "CHANNEL_CREATE", channel(3101, "hidden", 0, everyone(g, 0, VIEW)));
    discord.dispatch(
        g.id(),
        "CHANNEL_CREATE",
        channel(3102, "news", 5, everyone(g, 0, SEND), overwrite(g.botRoleId(), 0, SEND, 0)));
    discord.dispatch(
        g.id(),
        "CHANNEL_CREATE",
        channel(3103, "no-embeds", 0, overwrite(FakeDiscord.BOT_ID, 1, 0, EMBED)));
    discord.dispatch(g.id(), "CHANNEL_CREATE", channel(3104, "read-only", 0, everyone(g, 0, SEND)));
    discord.dispatch(g.id(), "CHANNEL_CREATE", channel(3105, "open", 0));
    // with Administrator the bot may post everywhere
    awaitChannels(key, "polls", "hidden", "news", "no-embeds", "read-only", "open");

    // the bot's role loses Administrator: @everyone's view, send and embed remain
    discord.dispatch(
        g.id(), "GUILD_ROLE_UPDATE", g.roleUpdatePayload(g.botRoleId(), "Polly", 4, "0"));

    awaitChannels(key, "polls", "news", "open");
    assertThat(services.bot().caches().guildChannels().getIfPresent(key).orElseThrow().channels())
        .filteredOn(c -> c.name().equals("news"))
        .extracting(GuildChannel::type)
        .containsExactly(5);
  }

  private void awaitChannels(String key, String... names) {
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(services.bot().caches().guildChannels().getIfPresent(key))
                    .hasValueSatisfying(
                        c ->
                            assertThat(c.channels())
                                .extracting(GuildChannel::name)
                                .containsExactlyInAnyOrder(names)));
  }

  private java.util.Map<String, Object> channel(
      long id, String name, int type, java.util.Map<String, Object>... overwrites) {
    return discord.guild().channelPayload(id, name, (int) (id % 100), type, List.of(overwrites));
  }

  private static java.util.Map<String, Object> everyone(FakeGuild g, long allow, long deny) {
    return overwrite(g.id(), 0, allow, deny);
  }
}
