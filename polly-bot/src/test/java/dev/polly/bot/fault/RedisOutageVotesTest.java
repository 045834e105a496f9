package dev.polly.bot.fault;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Votes through the real bot (JDA against the fake Discord, real PostgreSQL and Redis) while Redis
 * is stopped: every click is acknowledged, every vote is in PostgreSQL, and once Redis is back the
 * poll message shows all of them.
 */
class RedisOutageVotesTest {
  private static final int VOTES = 30;

  @Test
  @DisplayName("votes cast while Redis is down are all persisted and rendered once it returns")
  void votesDuringARedisOutageArePersistedAndRendered() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start();
        TestServices services = TestServices.create();
        BotHarness bot =
            new BotHarness(discord, services.bot(), Duration.ofSeconds(1), Duration.ofSeconds(5))) {
      Polls.Posted poll = Polls.createThroughDiscord(discord, "Red | Green | Blue", Map.of());
      List<Long> interactions = new ArrayList<>();

      TestRedis.get().stop();
      try {
        for (int i = 0; i < VOTES; i++) {
          interactions.add(
              discord.interact(
                  discord
                      .interactions()
                      .button(
                          discord.guild(),
                          FakeMember.voter(40_000_000L + i),
                          "vote:" + poll.pollId() + ":" + (i % 3),
                          poll.messageId())));
        }
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> interactions.stream().allMatch(id -> discord.replyTo(id).isPresent()));
      } finally {
        TestRedis.get().start();
      }

      assertThat(services.bot().votes().distinctVoters(poll.pollId())).isEqualTo(VOTES);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(lastDescription(discord, poll))
                      .contains(VOTES + " votes from " + VOTES + " members"));
    }
  }

  private static String lastDescription(FakeDiscord discord, Polls.Posted poll) {
    List<RecordedCall> edits = discord.edits(discord.guild().channelId(), poll.messageId());
    assertThat(edits).isNotEmpty();
    return edits.get(edits.size() - 1).json().path("embeds").get(0).path("description").asText();
  }
}
