package dev.polly.bot.features.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Discord's 429 on a message edit is respected: the bot waits Retry-After, then succeeds. */
class RateLimitTest {
  private FakeDiscord discord;
  private BotHarness bot;
  private TestServices services;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(300), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName("a 429 on an edit makes the bot wait Retry-After and then edit successfully")
  void waitsOutA429ThenEdits() {
    // GIVEN an open poll and Discord answering the next edit with 429, Retry-After 1 s
    Polls.Posted poll = Polls.createThroughDiscord(discord, "Yes | No", Map.of());
    long channel = discord.guild().channelId();
    String editPath = "/channels/" + channel + "/messages/" + poll.messageId();
    discord.rateLimitNext("PATCH", editPath, 1);

    // WHEN a member votes
    discord.interact(
        discord
            .interactions()
            .button(
                discord.guild(),
                FakeMember.voter(300),
                "vote:" + poll.pollId() + ":0",
                poll.messageId()));

    // THEN the edit is retried after the 429 and succeeds no sooner than Retry-After
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !discord.edits(channel, poll.messageId()).isEmpty());
    List<RecordedCall> attempts = discord.calls(c -> c.is("PATCH", editPath));
    assertThat(attempts.get(0).status()).isEqualTo(429);
    RecordedCall success = discord.edits(channel, poll.messageId()).get(0);
    assertThat(Duration.between(attempts.get(0).at(), success.at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(success.json().path("embeds").get(0).path("description").asText())
        .contains("1 vote from 1 member");
    assertThat(bot.metrics().rateLimited().getCount()).isEqualTo(1);
    assertThat(bot.metrics().messageEdits().getCount()).isGreaterThanOrEqualTo(1);
  }
}
