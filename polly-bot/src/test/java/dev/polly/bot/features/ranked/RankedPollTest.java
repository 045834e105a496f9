package dev.polly.bot.features.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.ChannelPosts;
import dev.polly.bot.support.GuildCommands;
import dev.polly.bot.support.SharedGuildBot;
import dev.polly.common.chart.ResultsChartRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.store.PollResultsStore;
import dev.polly.common.testing.ReferenceRunoff;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ranked-choice polls end to end through the real JDA and the fake Discord: {@code /poll create
 * kind:ranked}, members ranking through the "Rank" button's ephemeral select menus, re-ranking, the
 * live message, and the close announcement with the chart of the final round. Results are checked
 * against the reference count.
 */
class RankedPollTest {
  private static final FakeMember MANAGER = GuildCommands.MANAGER;
  private static final long EPHEMERAL_MESSAGE = 424_242L;

  @RegisterExtension
  static final SharedGuildBot WORLD =
      new SharedGuildBot(Duration.ofMillis(300), Duration.ofSeconds(5));

  @Test
  @DisplayName(
      "members rank a ranked poll through select menus, re-rank, and the close announcement"
          + " names the runoff winner with a chart of the final round")
  void membersRankAndTheCloseAnnouncesTheRunoffWinnerWithAChart() throws Exception {
    long pollId =
        WORLD.guild().create("Lunch", "🍕 Pizza | Tacos | Salad | Sushi", Map.of("kind", "ranked"));
    Poll poll = WORLD.services().bot().polls().find(pollId).orElseThrow();
    assertThat(poll.kind()).isEqualTo(PollKind.RANKED);
    JsonNode posted = WORLD.discord().posts(WORLD.discord().guild().channelId()).get(0).json();
    assertThat(customIds(posted)).containsExactly("rank:" + pollId);

    assertThat(rank(501, pollId, 0, 1)).isEqualTo("Your ballot: 1. Pizza, 2. Tacos");
    rank(502, pollId, 0);
    rank(503, pollId, 1, 0);
    rank(504, pollId, 2, 3);
    rank(505, pollId, 2, 1);
    rank(506, pollId, 2, 0);
    rank(507, pollId, 1, 0);
    rank(508, pollId, 0, 2);
    assertThat(rank(505, pollId, 3)).as("re-ranking replaces").isEqualTo("Your ballot: 1. Sushi");

    List<RankedBallot> expected =
        List.of(
            RankedBallot.of(0, 1),
            RankedBallot.of(0),
            RankedBallot.of(1, 0),
            RankedBallot.of(2, 3),
            RankedBallot.of(3),
            RankedBallot.of(2, 0),
            RankedBallot.of(1, 0),
            RankedBallot.of(0, 2));
    assertThat(WORLD.services().bot().ballots().rankings(pollId))
        .containsExactlyInAnyOrderElementsOf(expected);
    long messageId = WORLD.guild().messageOf(pollId);
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(lastDescription(messageId)).contains("8 ballots · leading: **Pizza**"));

    PollResults results = store().results(poll);
    ReferenceRunoff reference = ReferenceRunoff.count(List.of(0, 1, 2, 3), expected);
    assertThat(reference.agreesWith(results.runoff())).isTrue();
    assertThat(results.runoff().rounds()).hasSize(3);
    assertThat(results.runoff().finalRound().exhausted()).isEqualTo(2);

    String closed =
        GuildCommands.text(WORLD.guild().command(MANAGER, "poll", "close", pollArg(pollId)));
    assertThat(closed).isEqualTo("Poll #" + pollId + " is closed.");
    String file = "poll-" + pollId + "-results.png";
    RecordedCall announcement = ChannelPosts.awaitFile(WORLD.discord(), file);
    assertThat(announcement.json().path("content").asText())
        .contains("Winner: **Pizza** after 3 rounds, with 4 of 6 ballots in the final round");
    BufferedImage chart = ImageIO.read(new ByteArrayInputStream(announcement.files().get(file)));
    assertThat(chart.getWidth()).isEqualTo(ResultsChartRenderer.WIDTH);
    assertThat(chart.getHeight()).isEqualTo(ResultsChartRenderer.HEIGHT);

    JsonNode late = WORLD.guild().click(FakeMember.voter(509), "rank:" + pollId, messageId);
    assertThat(GuildCommands.text(late)).isEqualTo(RankCheck.CLOSED);
  }

  @Test
  @DisplayName("a ranked poll refuses option votes and a ranking that names an option twice")
  void aRankedPollRefusesVotesAndDuplicateRankings() {
    long pollId = WORLD.guild().create("Dessert", "Cake | Pie", Map.of("kind", "ranked"));
    long messageId = WORLD.guild().messageOf(pollId);

    JsonNode vote = WORLD.guild().click(FakeMember.voter(601), "vote:" + pollId + ":0", messageId);
    JsonNode twice =
        WORLD.guild().click(FakeMember.voter(601), "rankok:" + pollId + ":1.1", messageId);
    JsonNode pickAgain = select(601, "rankpick:" + pollId + ":1", "1");

    assertThat(GuildCommands.text(vote)).contains("ranked poll");
    assertThat(GuildCommands.text(twice)).isEqualTo(RankHandler.MALFORMED);
    assertThat(GuildCommands.text(pickAgain)).isEqualTo(RankHandler.MALFORMED);
    assertThat(WORLD.services().bot().ballots().rankings(pollId)).isEmpty();
    assertThat(WORLD.services().bot().votes().countsByPosition(pollId)).isEmpty();
  }

  @Test
  @DisplayName("/poll create kind:ranked with max-choices above 1 is refused with one sentence")
  void aRankedPollWithSeveralChoicesIsRefused() {
    Map<String, Object> args =
        Map.of("question", "Q?", "options", "A | B | C", "kind", "ranked", "max-choices", 2);

    String answer = GuildCommands.text(WORLD.guild().command(MANAGER, "poll", "create", args));

    assertThat(answer)
        .isEqualTo("I can't create that poll: max-choices must be 1 for a ranked poll.");
  }

  /**
   * Ranks {@code order} as member {@code userId}: clicks "Rank", picks each option in the select
   * menu the bot sent last, then clicks the confirm button it sent; the final text.
   */
  private String rank(long userId, long pollId, Integer... order) {
    JsonNode prompt =
        WORLD
            .guild()
            .click(FakeMember.voter(userId), "rank:" + pollId, WORLD.guild().messageOf(pollId));
    assertThat(prompt.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    for (Integer position : order) {
      String menu = componentId(prompt, "rankpick:");
      prompt = select(userId, menu, Integer.toString(position));
      assertThat(prompt.path("type").asInt()).as("updates the prompt").isEqualTo(7);
    }
    JsonNode done =
        WORLD
            .guild()
            .click(FakeMember.voter(userId), componentId(prompt, "rankok:"), EPHEMERAL_MESSAGE);
    assertThat(done.path("data").path("components")).isEmpty();
    return GuildCommands.text(done);
  }

  private JsonNode select(long userId, String customId, String value) {
    long id =
        WORLD
            .discord()
            .interact(
                WORLD
                    .discord()
                    .interactions()
                    .select(
                        WORLD.discord().guild(),
                        FakeMember.voter(userId),
                        customId,
                        List.of(value),
                        EPHEMERAL_MESSAGE));
    await().atMost(Duration.ofSeconds(5)).until(() -> WORLD.discord().replyTo(id).isPresent());
    return WORLD.discord().replyTo(id).orElseThrow();
  }

  private static String componentId(JsonNode reply, String prefix) {
    return customIds(reply.path("data")).stream()
        .filter(id -> id.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + prefix + " control in " + reply));
  }

  private static List<String> customIds(JsonNode message) {
    List<String> ids = new ArrayList<>();
    message
        .path("components")
        .forEach(row -> row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
    return ids;
  }

  private static Map<String, Object> pollArg(long pollId) {
    return Map.of("poll", (int) pollId);
  }

  private static String lastDescription(long messageId) {
    List<RecordedCall> edits =
        WORLD.discord().edits(WORLD.discord().guild().channelId(), messageId);
    assertThat(edits).isNotEmpty();
    return edits.get(edits.size() - 1).json().path("embeds").get(0).path("description").asText();
  }

  private static PollResultsStore store() {
    return new PollResultsStore(
        WORLD.services().bot().caches().pollResults(),
        WORLD.services().bot().caches().pollCharts(),
        WORLD.services().bot().votes(),
        WORLD.services().bot().ballots());
  }
}
