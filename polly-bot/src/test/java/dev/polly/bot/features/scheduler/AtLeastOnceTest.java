package dev.polly.bot.features.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import dev.polly.common.domain.Poll;
import dev.polly.common.events.PollChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Posts and close announcements reach Discord at least once and never twice: a claim that no
 * message confirmed is taken again after its lease (six scheduler ticks, 3 s here), and the nonce
 * the fake honours (as Discord does with {@code enforce_nonce}) keeps a retry from duplicating.
 */
class AtLeastOnceTest {
  private static final Duration TICK = Duration.ofMillis(500);

  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(300), TICK);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName("a post Discord refuses 8 times in a row appears exactly once after it recovers")
  void postRetriedAfterDiscordFailures() {
    String messages = "/channels/" + discord.guild().channelId() + "/messages";
    discord.failNext("POST", messages, 8);

    Poll poll = activeUnpostedPoll();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> services.bot().polls().find(poll.id()).orElseThrow().messageId() != null);
    List<RecordedCall> posts = discord.posts(discord.guild().channelId());
    assertThat(posts).hasSize(1);
    assertThat(services.bot().polls().find(poll.id()).orElseThrow().messageId())
        .isEqualTo(posts.get(0).responseJson().path("id").asLong());
    assertThat(discord.calls(c -> c.is("POST", messages) && c.status() == 500)).hasSize(8);
  }

  @Test
  @DisplayName("a worker that claimed a post and died leaves it to the sweep, which posts it once")
  void postOfADeadWorkerIsTakenOver() throws Exception {
    Poll poll = activePoll();
    // the dead worker: it claimed the post and never posted
    assertThat(services.bot().polls().claimPost(poll.id(), 3)).isTrue();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> services.bot().polls().find(poll.id()).orElseThrow().messageId() != null);
    Thread.sleep(2 * TICK.toMillis());
    assertThat(discord.posts(discord.guild().channelId())).hasSize(1);
  }

  @Test
  @DisplayName(
      "a close announcement Discord refuses 8 times appears exactly once, and is confirmed")
  void closeAnnouncementRetried() {
    Poll poll = activeUnpostedPoll();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> services.bot().polls().find(poll.id()).orElseThrow().messageId() != null);
    int postsBefore = discord.posts(discord.guild().channelId()).size();
    discord.failNext("POST", "/channels/" + discord.guild().channelId() + "/messages", 8);

    // closed elsewhere (as the API does): the sweep announces it
    assertThat(services.bot().polls().markClosed(poll.id(), Instant.now())).isTrue();
    services
        .bot()
        .events()
        .publish(new PollChanged(poll.id(), poll.guildId(), PollChanged.Kind.CLOSED));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> discord.posts(discord.guild().channelId()).size() > postsBefore);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> services.bot().polls().closedUnannounced(10, 0).isEmpty());
    List<RecordedCall> posts = discord.posts(discord.guild().channelId());
    assertThat(posts).hasSize(postsBefore + 1);
    assertThat(posts.get(posts.size() - 1).json().path("content").asText())
        .contains("Poll #" + poll.id());
  }

  /** An active poll nobody posted yet, as the API stores one that opens now. */
  private Poll activeUnpostedPoll() {
    Poll poll = activePoll();
    services
        .bot()
        .events()
        .publish(new PollChanged(poll.id(), poll.guildId(), PollChanged.Kind.CREATED));
    return poll;
  }

  /** An active poll stored without telling anyone, as a worker that died right after would. */
  private Poll activePoll() {
    return services
        .bot()
        .polls()
        .create(
            Polls.draft(
                discord, 2, Instant.now().minusSeconds(1), Instant.now().plusSeconds(3600), null),
            true);
  }
}
