package dev.polly.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.ShardSettings;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeGuild;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.TestServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With {@code shards.total} set, a shard manager runs every shard and each serves its guilds. */
class ShardingTest {
  @Test
  @DisplayName("two shards connect, and a guild on shard 1 gets its poll posted in its channel")
  void twoShards() throws Exception {
    FakeGuild first = FakeGuild.standard(FakeDiscord.BOT_ID);
    FakeGuild onShardOne = first.withId(1L << 22);
    ShardSettings shards = new ShardSettings();
    shards.setTotal(2);
    try (FakeDiscord discord = FakeDiscord.start(List.of(first, onShardOne), 2);
        TestServices services = TestServices.create();
        BotHarness bot =
            new BotHarness(
                discord, services.bot(), Duration.ofMillis(500), Duration.ofSeconds(5), shards)) {
      assertThat(bot.connection().shards()).hasSize(2);
      assertThat(bot.connection().connected()).isTrue();
      assertThat(discord.gatewaySessions()).isEqualTo(2);

      long create =
          discord.interact(
              discord
                  .interactions()
                  .slash(
                      onShardOne,
                      FakeMember.manager(100),
                      "poll",
                      "create",
                      Map.of("question", "Sharded?", "options", "Yes | No")));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  discord.replyTo(create).isPresent()
                      && discord.posts(onShardOne.channelId()).size() == 1);
      assertThat(discord.posts(first.channelId())).isEmpty();
      assertThat(bot.connection().channel(onShardOne.channelId())).isPresent();
      assertThat(bot.connection().channel(first.channelId())).isPresent();
    }
  }
}
