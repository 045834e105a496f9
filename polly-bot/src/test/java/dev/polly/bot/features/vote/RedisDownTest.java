package dev.polly.bot.features.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import dev.polly.common.testing.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Losing Redis loses no vote: votes are still recorded, rendered and acknowledged. */
class RedisDownTest {
  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create(TestRedis.get().factory());
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    TestRedis.get().start();
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName(
      "with Redis stopped, votes are recorded in PostgreSQL, shown on the message and acknowledged in time")
  void votesSurviveRedisOutage() {
    // GIVEN an open poll with one vote while Redis is up
    Polls.Posted poll = Polls.createThroughDiscord(discord, "Up | Down", Map.of());
    String vote = "vote:" + poll.pollId() + ":";
    long before =
        discord.interact(
            discord
                .interactions()
                .button(discord.guild(), FakeMember.voter(500), vote + "0", poll.messageId()));
    await().atMost(Duration.ofSeconds(3)).until(() -> discord.replyTo(before).isPresent());

    // WHEN Redis stops and ten more members vote
    TestRedis.get().stop();
    Instant sent = Instant.now();
    List<Long> clicks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      clicks.add(
          discord.interact(
              discord
                  .interactions()
                  .button(
                      discord.guild(),
                      FakeMember.voter(501 + i),
                      vote + (i % 2),
                      poll.messageId())));
    }

    // THEN each is acknowledged with their choice within Discord's 3 s window
    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> clicks.stream().allMatch(c -> discord.replyTo(c).isPresent()));
    for (int i = 0; i < clicks.size(); i++) {
      assertThat(discord.replyTo(clicks.get(i)).orElseThrow().path("data").path("content").asText())
          .isEqualTo(i % 2 == 0 ? "Your vote: Up" : "Your vote: Down");
    }
    RecordedCall lastAck =
        discord.calls(c -> c.path().startsWith("/interactions/")).stream()
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(Duration.between(sent, lastAck.at())).isLessThan(Duration.ofSeconds(3));
    // AND recorded in PostgreSQL
    assertThat(services.bot().votes().countsByPosition(poll.pollId()))
        .containsEntry(0, 6L)
        .containsEntry(1, 5L);
    // AND rendered on the poll message
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              List<RecordedCall> edits =
                  discord.edits(discord.guild().channelId(), poll.messageId());
              assertThat(edits).isNotEmpty();
              assertThat(
                      edits
                          .get(edits.size() - 1)
                          .json()
                          .path("embeds")
                          .get(0)
                          .path("description")
                          .asText())
                  .contains("11 votes from 11 members");
            });
  }
}
