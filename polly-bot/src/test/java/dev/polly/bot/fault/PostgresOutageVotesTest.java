package dev.polly.bot.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.RunningBot;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL stops in the middle of a burst of clicks through the real bot (JDA against the fake
 * Discord, the module's real PostgreSQL and Redis): every click is acknowledged at once with a
 * deferred ephemeral reply and then answered; each member told "Your vote: X" has that vote in the
 * votes table once PostgreSQL is back, and every other member was told the vote was not saved.
 */
class PostgresOutageVotesTest {
  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofSeconds(1));

  private static final int CLICKS = 300;
  private static final long FIRST_VOTER = 70_000_000L;
  private static final String[] LABELS = {"Red", "Green", "Blue"};
  private static final String NOT_SAVED =
      "Your vote was not saved because of a problem on Polly's side; please try again.";

  private record Click(long interactionId, long voter, int position) {}

  @Test
  @DisplayName(
      "PostgreSQL stopping mid-burst: every click is answered, every vote the member was told is"
          + " saved is in the votes table, every other member is told to try again")
  void postgresStoppingMidBurstLosesNoAcknowledgedVote() throws Exception {
    FakeDiscord discord = world.discord();
    Polls.Posted poll = Polls.createThroughDiscord(discord, String.join(" | ", LABELS), Map.of());
    List<Click> clicks = new CopyOnWriteArrayList<>();

    CompletableFuture<Void> burst =
        CompletableFuture.runAsync(() -> clickAll(discord, poll, clicks));
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(5))
          .until(() -> answered(discord, clicks) >= CLICKS / 6);
      TestPostgres.get().stop();
      burst.get();
      await().atMost(Duration.ofSeconds(90)).until(() -> answered(discord, clicks) == CLICKS);
    } finally {
      TestPostgres.get().start();
    }

    List<Click> saved = new ArrayList<>();
    for (Click click : clicks) {
      JsonNode ack = discord.callbackTo(click.interactionId()).orElseThrow().json();
      assertThat(ack.path("type").asInt()).as("acknowledged first: a deferred reply").isEqualTo(5);
      assertThat(ack.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
      JsonNode answer = discord.replyTo(click.interactionId()).orElseThrow();
      assertThat(answer.path("data").path("flags").asInt() & 64).isEqualTo(64);
      String text = answer.path("data").path("content").asText();
      assertThat(text).isIn("Your vote: " + LABELS[click.position()], NOT_SAVED);
      if (!text.equals(NOT_SAVED)) {
        saved.add(click);
      }
    }
    assertThat(saved).as("votes stored before the outage").isNotEmpty();
    assertThat(saved).as("votes refused during the outage").hasSizeLessThan(CLICKS);
    for (Click click : saved) {
      assertThat(world.services().bot().votes().choicesOf(poll.pollId(), click.voter()))
          .as("the vote member %d was told is saved", click.voter())
          .containsExactly(click.position());
    }
  }

  /** Sends the clicks one by one, about 1 ms apart, so the outage starts in the middle. */
  private static void clickAll(FakeDiscord discord, Polls.Posted poll, List<Click> clicks) {
    for (int i = 0; i < CLICKS; i++) {
      long voter = FIRST_VOTER + i;
      int position = i % LABELS.length;
      long id =
          discord.interact(
              discord
                  .interactions()
                  .button(
                      discord.guild(),
                      FakeMember.voter(voter),
                      "vote:" + poll.pollId() + ":" + position,
                      poll.messageId()));
      clicks.add(new Click(id, voter, position));
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static long answered(FakeDiscord discord, List<Click> clicks) {
    return clicks.stream().filter(c -> discord.replyTo(c.interactionId()).isPresent()).count();
  }
}
