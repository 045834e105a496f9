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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Live updates are coalesced: one edit per poll per interval, whatever the vote rate. */
class CoalescingTest {
  private FakeDiscord discord;
  private BotHarness bot;
  private TestServices services;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), Duration.ofSeconds(3), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName(
      "100 clicks within one second lead to at most 2 edits, the last showing all 100 votes")
  void hundredClicksAtMostTwoEdits() {
    // GIVEN an open poll
    Polls.Posted poll = Polls.createThroughDiscord(discord, "Red | Green | Blue", Map.of());
    long channel = discord.guild().channelId();

    // WHEN 100 members click within one second
    List<Map<String, Object>> payloads = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      payloads.add(
          discord
              .interactions()
              .button(
                  discord.guild(),
                  FakeMember.voter(1_000 + i),
                  "vote:" + poll.pollId() + ":" + (i % 3),
                  poll.messageId()));
    }
    long started = System.nanoTime();
    List<Long> clicks = discord.interactAll(payloads);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

    // THEN every click is acknowledged, and after the interval the message shows 100 votes
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> clicks.stream().allMatch(c -> discord.replyTo(c).isPresent()));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              List<RecordedCall> edits = discord.edits(channel, poll.messageId());
              assertThat(edits).isNotEmpty();
              assertThat(
                      edits
                          .get(edits.size() - 1)
                          .json()
                          .path("embeds")
                          .get(0)
                          .path("description")
                          .asText())
                  .contains("100 votes from 100 members");
            });
    assertThat(discord.edits(channel, poll.messageId())).hasSizeLessThanOrEqualTo(2);
    assertThat(bot.metrics().votes().getCount()).isEqualTo(100);
  }
}
