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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Two bot workers on one database and one Redis: every poll opens once and closes once. */
class TwoWorkersTest {
  private FakeDiscord discord;
  private BotHarness first;
  private BotHarness second;
  private TestServices shared;
  private TestServices other;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
    if (other != null) {
      other.close();
    }
    if (shared != null) {
      shared.close();
    }
    discord.close();
  }

  @Test
  @DisplayName("20 polls due at once are each posted once and each close is announced once")
  void eachPollPostedAndAnnouncedOnce() throws Exception {
    // GIVEN 20 polls already due to open and closing 3 s from now
    shared = TestServices.create();
    Instant now = Instant.now();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Poll poll =
          shared
              .bot()
              .polls()
              .create(
                  Polls.draft(discord, 2, now.minusSeconds(5), now.plusSeconds(3), null), false);
      ids.add(poll.id());
    }

    // WHEN two workers on the same database and Redis run their schedulers
    first = new BotHarness(discord, shared.bot(), Duration.ofMillis(500), Duration.ofMillis(300));
    second =
        new BotHarness(
            discord,
            TestServices.sameStores(shared).bot(),
            Duration.ofMillis(500),
            Duration.ofMillis(300));

    // THEN each poll message is posted exactly once and each close announced exactly once
    long channel = discord.guild().channelId();
    await().atMost(Duration.ofSeconds(15)).until(() -> announcements(channel).size() >= 20);
    Thread.sleep(1000);
    Map<String, Long> posts =
        discord.posts(channel).stream()
            .filter(c -> c.json().path("embeds").size() > 0)
            .map(c -> c.json().path("embeds").get(0).path("footer").path("text").asText())
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Map<String, Long> closes =
        announcements(channel).stream()
            .map(c -> c.json().path("content").asText().replaceAll(".*Poll #(\\d+) .*", "$1"))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    for (long id : ids) {
      assertThat(posts.get("Poll #" + id)).as("posts of poll %d", id).isEqualTo(1);
      assertThat(closes.get(Long.toString(id)))
          .as("close announcements of poll %d", id)
          .isEqualTo(1);
    }
    assertThat(posts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20);
    assertThat(closes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20);
  }

  private List<RecordedCall> announcements(long channel) {
    return discord.posts(channel).stream()
        .filter(c -> c.json().path("content").asText().contains("is closed"))
        .toList();
  }
}
