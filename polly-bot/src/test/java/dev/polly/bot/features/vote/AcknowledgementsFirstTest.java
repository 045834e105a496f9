package dev.polly.bot.features.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.BotSettings;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.RunningBot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A burst of clicks while Discord is slow to take answer edits, through the real bot (JDA against
 * the fake Discord, real PostgreSQL and Redis): the acknowledgements of later clicks do not wait
 * for the answers of earlier ones, and every click is still answered with its vote.
 */
class AcknowledgementsFirstTest {
  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofSeconds(1));

  private static final int CLICKS = 200;
  private static final long FIRST_VOTER = 80_000_000L;
  private static final String[] LABELS = {"Red", "Green", "Blue"};
  private static final String ANSWER_EDIT = "/webhooks/\\d+/[^/]+/messages/@original";

  /**
   * How long each of the first answer edits takes at the fake Discord: longer than sending and
   * acknowledging the whole burst takes, so an acknowledgement queued behind a slow edit shows.
   */
  private static final Duration SLOW_EDIT = Duration.ofSeconds(5);

  private record Click(long interactionId, int position) {}

  @Test
  @DisplayName(
      "while Discord is slow to take answers, every click of a burst is acknowledged before the"
          + " first answer lands, at most BOT_ANSWERS_IN_FLIGHT answers are sent at once, and every"
          + " click is then answered with its vote")
  void acknowledgementsDoNotWaitBehindSlowAnswers() throws Exception {
    FakeDiscord discord = world.discord();
    Polls.Posted poll = Polls.createThroughDiscord(discord, String.join(" | ", LABELS), Map.of());
    // Enough slow edits to occupy every request the fake Discord serves at once.
    discord.slowNext("PATCH", ANSWER_EDIT, 64, SLOW_EDIT);

    List<Click> clicks = clickAll(discord, poll);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> clicks.stream().allMatch(c -> discord.replyTo(c.interactionId()).isPresent()));

    Instant firstAnswer =
        clicks.stream()
            .map(c -> discord.deferredAnswerTo(c.interactionId()).orElseThrow().at())
            .min(Comparator.naturalOrder())
            .orElseThrow();
    assertThat(discord.mostAnswerEditsAtOnce())
        .as("answers in flight at once")
        .isEqualTo(BotSettings.DEFAULT_ANSWERS_IN_FLIGHT);
    for (Click click : clicks) {
      RecordedCall ack = discord.callbackTo(click.interactionId()).orElseThrow();
      assertThat(ack.json().path("type").asInt()).as("a deferred reply").isEqualTo(5);
      assertThat(ack.at())
          .as("click %d acknowledged before the first (slow) answer landed", click.interactionId())
          .isBefore(firstAnswer);
      assertThat(
              discord
                  .replyTo(click.interactionId())
                  .orElseThrow()
                  .path("data")
                  .path("content")
                  .asText())
          .isEqualTo("Your vote: " + LABELS[click.position()]);
    }
  }

  /** Sends the clicks of distinct members one by one, about 2 ms apart. */
  private static List<Click> clickAll(FakeDiscord discord, Polls.Posted poll)
      throws InterruptedException {
    List<Click> clicks = new ArrayList<>();
    for (int i = 0; i < CLICKS; i++) {
      int position = i % LABELS.length;
      long id =
          discord.interact(
              discord
                  .interactions()
                  .button(
                      discord.guild(),
                      FakeMember.voter(FIRST_VOTER + i),
                      "vote:" + poll.pollId() + ":" + position,
                      poll.messageId()));
      clicks.add(new Click(id, position));
      Thread.sleep(2);
    }
    return clicks;
  }
}
