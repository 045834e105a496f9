package dev.polly.bot.features.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scheduled polls open and close on time, and overdue work runs at startup. */
class SchedulerTest {
  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
  }

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    services.close();
    discord.close();
  }

  @Test
  @DisplayName("a poll opening in 2 s and closing in 4 s is posted and closed on time")
  void opensAndClosesOnTime() throws Exception {
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofMillis(500));
    Instant now = Instant.now();
    Instant opensAt = now.plusSeconds(2);
    Instant closesAt = now.plusSeconds(4);
    Poll poll =
        services
            .bot()
            .polls()
            .create(
                Polls.draft(discord, 3, opensAt, closesAt, discord.guild().pingRoleId()), false);
    long channel = discord.guild().channelId();

    await().atMost(Duration.ofSeconds(4)).until(() -> discord.posts(channel).size() >= 2);
    Instant posted = discord.posts(channel).get(0).at();
    assertThat(posted).isAfterOrEqualTo(opensAt.minusMillis(50)).isBefore(opensAt.plusMillis(1500));
    assertThat(discord.posts(channel).get(1).json().path("content").asText())
        .startsWith("<@&" + discord.guild().pingRoleId() + ">");

    await().atMost(Duration.ofSeconds(6)).until(() -> discord.posts(channel).size() >= 3);
    Instant announced = discord.posts(channel).get(2).at();
    assertThat(announced)
        .isAfterOrEqualTo(closesAt.minusMillis(50))
        .isBefore(closesAt.plusMillis(1500));
    assertThat(discord.posts(channel).get(2).json().path("content").asText())
        .contains("Poll #" + poll.id())
        .contains("No votes were cast.");
    assertThat(services.bot().polls().find(poll.id()).orElseThrow().status())
        .isEqualTo(PollStatus.CLOSED);
    await().atMost(Duration.ofSeconds(2)).until(() -> bot.metrics().schedulerLag().getCount() == 2);
  }

  @Test
  @DisplayName("work that fell due while the bot was down runs at startup")
  void overdueWorkRunsAtStartup() throws Exception {
    Instant past = Instant.now().minusSeconds(60);
    Poll poll =
        services
            .bot()
            .polls()
            .create(Polls.draft(discord, 2, past, Instant.now().plusSeconds(3600), null), false);

    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofSeconds(30));

    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> discord.posts(discord.guild().channelId()).size() == 1);
    assertThat(services.bot().polls().find(poll.id()).orElseThrow().status())
        .isEqualTo(PollStatus.ACTIVE);
  }
}
