package dev.polly.bot.features.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.RunningBot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Live updates are coalesced: one edit per poll per interval, whatever the vote rate. */
class CoalescingTest {

  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofSeconds(3));

  @Test
  @DisplayName(
      "100 clicks within one second lead to at most 2 edits, the last showing all 100 votes")
  void hundredClicksAtMostTwoEdits() {
    // GIVEN an open poll
    Polls.Posted poll = Polls.createThroughDiscord(world.discord(), "Red | Green | Blue", Map.of());
    long channel = world.discord().guild().channelId();

    // WHEN 100 members click within one second
    List<Map<String, Object>> payloads = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      payloads.add(
          world
              .discord()
              .interactions()
              .button(
                  world.discord().guild(),
                  FakeMember.voter(1_000 + i),
                  "vote:" + poll.pollId() + ":" + (i % 3),
                  poll.messageId()));
    }
    long started = System.nanoTime();
    List<Long> clicks = world.discord().interactAll(payloads);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

    // THEN every click is acknowledged, and after the interval the message shows 100 votes
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> clicks.stream().allMatch(c -> world.discord().replyTo(c).isPresent()));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              List<RecordedCall> edits = world.discord().edits(channel, poll.messageId());
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
    assertThat(world.discord().edits(channel, poll.messageId())).hasSizeLessThanOrEqualTo(2);
    assertThat(world.bot().metrics().votes().getCount()).isEqualTo(100);
  }
}
