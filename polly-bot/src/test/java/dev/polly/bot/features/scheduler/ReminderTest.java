package dev.polly.bot.features.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import dev.polly.common.domain.Poll;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reminders before a poll closes: posted once whatever the number of workers, retried when Discord
 * fails (claim, nonce and confirmation, as close announcements are), and never for a poll that is
 * closed or deleted.
 */
class ReminderTest {
  private static final Duration TICK = Duration.ofMillis(500);

  private FakeDiscord discord;
  private TestServices shared;
  private TestServices other;
  private BotHarness first;
  private BotHarness second;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    shared = TestServices.create();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {first, second, other, shared, discord}) {
      if (c != null) {
        c.close();
      }
    }
  }

  @Test
  @DisplayName("two workers post a due reminder exactly once, and it is confirmed")
  void postedOnceByTwoWorkers() throws Exception {
    Poll poll = dueReminder();

    first = new BotHarness(discord, shared.bot(), Duration.ofMillis(300), TICK);
    other = TestServices.sameStores(shared);
    second = new BotHarness(discord, other.bot(), Duration.ofMillis(300), TICK);

    await().atMost(Duration.ofSeconds(20)).until(() -> reminders(poll).size() >= 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> shared.bot().polls().remindersDue(Instant.now(), 10, 0).isEmpty());
    Thread.sleep(6 * TICK.toMillis());
    assertThat(reminders(poll)).hasSize(1);
    assertThat(reminders(poll).get(0).json().path("content").asText())
        .contains("**Scheduled** closes <t:" + poll.closesAt().getEpochSecond() + ":R>");
  }

  @Test
  @DisplayName(
      "a reminder Discord refuses 8 times in a row is posted exactly once after it recovers")
  void failedReminderRetried() throws Exception {
    discord.failNext("POST", "/channels/" + discord.guild().channelId() + "/messages", 8);
    Poll poll = dueReminder();
    first = new BotHarness(discord, shared.bot(), Duration.ofMillis(300), TICK);

    await().atMost(Duration.ofSeconds(60)).until(() -> reminders(poll).size() >= 1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> shared.bot().polls().remindersDue(Instant.now(), 10, 0).isEmpty());
    Thread.sleep(6 * TICK.toMillis());
    assertThat(reminders(poll)).hasSize(1);
    assertThat(discord.calls(c -> c.is("POST", "/channels/.*/messages") && c.status() == 500))
        .hasSize(8);
  }

  @Test
  @DisplayName("no reminder is posted for a poll that was closed or deleted before it fell due")
  void noReminderForClosedOrDeletedPolls() throws Exception {
    Poll closed = dueReminder();
    Poll deleted = dueReminder();
    Poll open = dueReminder();
    assertThat(shared.bot().polls().markClosed(closed.id(), Instant.now())).isTrue();
    assertThat(shared.bot().polls().delete(deleted.id())).isTrue();

    first = new BotHarness(discord, shared.bot(), Duration.ofMillis(300), TICK);

    await().atMost(Duration.ofSeconds(20)).until(() -> reminders(open).size() == 1);
    assertThat(reminders(closed)).isEmpty();
    assertThat(reminders(deleted)).isEmpty();
  }

  /** An active poll whose two-minute reminder is already due (it closes in 100 s). */
  private Poll dueReminder() {
    Instant now = Instant.now();
    return shared
        .bot()
        .polls()
        .create(
            Polls.draft(discord, 2, now.minusSeconds(60), now.plusSeconds(100), null)
                .withReminder(Duration.ofMinutes(2)),
            true);
  }

  private List<RecordedCall> reminders(Poll poll) {
    return discord.posts(discord.guild().channelId()).stream()
        .filter(c -> c.json().path("content").asText().startsWith("⏰ Poll #" + poll.id() + " "))
        .toList();
  }
}
