package dev.polly.bot.features.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import dev.polly.common.domain.Poll;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Transitions the bot did not make itself (the API stores a poll that opens now as active, and
 * closes polls directly) still reach Discord exactly once, even with two workers sweeping.
 */
class ApiTransitionsTest {
  private FakeDiscord discord;
  private TestServices services;
  private TestServices other;
  private BotHarness first;
  private BotHarness second;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    first = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofMillis(300));
    other = TestServices.sameStores(services);
    second = new BotHarness(discord, other.bot(), Duration.ofMillis(500), Duration.ofMillis(300));
  }

  @AfterEach
  void stop() throws Exception {
    first.close();
    second.close();
    other.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName(
      "a poll stored active by the API is posted once, and its close by the API is announced once")
  void apiOpenedAndClosedPollsArePostedAndAnnouncedOnce() {
    // GIVEN a poll stored as active by another process (as the API does for "opens now")
    long channel = discord.guild().channelId();
    Instant now = Instant.now();
    Poll poll =
        services
            .bot()
            .polls()
            .create(
                Polls.draft(discord, 2, now.minusSeconds(1), now.plusSeconds(3600), null), true);

    // THEN one of the two workers posts its message, and only one
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.posts(channel).size() >= 1);
    await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
    assertThat(discord.posts(channel)).hasSize(1);

    // WHEN the other process closes it directly
    assertThat(services.bot().polls().markClosed(poll.id(), Instant.now())).isTrue();

    // THEN the close is announced exactly once
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.posts(channel).size() >= 2);
    await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
    assertThat(discord.posts(channel)).hasSize(2);
    assertThat(discord.posts(channel).get(1).json().path("content").asText())
        .contains("Poll #" + poll.id())
        .contains("is closed");
  }
}
