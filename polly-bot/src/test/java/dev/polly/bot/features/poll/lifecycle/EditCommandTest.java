package dev.polly.bot.features.poll.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.GuildCommands;
import dev.polly.bot.support.SharedGuildBot;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /poll edit} through the real JDA and the fake Discord: an open poll's title, question,
 * close time and reminder change, its options only until the first vote, and its message is edited
 * to show the change; refusals are ephemeral sentences.
 */
class EditCommandTest {
  private static final FakeMember MANAGER = GuildCommands.MANAGER;

  @RegisterExtension
  static final SharedGuildBot WORLD =
      new SharedGuildBot(Duration.ofMillis(300), Duration.ofSeconds(1));

  @Test
  @DisplayName(
      "/poll edit gives an open poll a new title, question, close time and reminder, and its"
          + " message shows the new title")
  void editsTitleQuestionCloseAndReminder() {
    long pollId = WORLD.guild().create("Lunch", "Pizza | Sushi", Map.of());
    long messageId = WORLD.guild().messageOf(pollId);

    JsonNode reply =
        edit(
            Map.of(
                "poll", (int) pollId,
                "title", "Team dinner",
                "question", "Where tonight?",
                "closes-in", "3h",
                "remind", "30m"));

    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(GuildCommands.text(reply))
        .startsWith("Poll #" + pollId + " is updated; it closes <t:");
    Poll poll = WORLD.services().bot().polls().find(pollId).orElseThrow();
    assertThat(poll.title()).isEqualTo("Team dinner");
    assertThat(poll.question()).isEqualTo("Where tonight?");
    assertThat(poll.closesAt())
        .isBetween(Instant.now().plusSeconds(3 * 3600 - 60), Instant.now().plusSeconds(3 * 3600));
    assertThat(poll.remindBefore()).isEqualTo(Duration.ofMinutes(30));
    await().atMost(Duration.ofSeconds(10)).until(() -> lastEdit(messageId).contains("Team dinner"));
    assertThat(lastEdit(messageId)).contains("Where tonight?");

    edit(Map.of("poll", (int) pollId, "remind", "off"));
    assertThat(WORLD.services().bot().polls().find(pollId).orElseThrow().remindBefore()).isNull();
  }

  @Test
  @DisplayName(
      "/poll edit replaces the options before the first vote; after it, new options are refused"
          + " and the votes stay")
  void optionsChangeOnlyUntilTheFirstVote() {
    long pollId = WORLD.guild().create("Snacks", "Chips | Nuts", Map.of());
    long messageId = WORLD.guild().messageOf(pollId);

    String changed =
        GuildCommands.text(edit(Map.of("poll", (int) pollId, "options", "Crisps | Nuts | Fruit")));
    assertThat(changed).startsWith("Poll #" + pollId + " is updated");
    assertThat(labels(pollId)).containsExactly("Crisps", "Nuts", "Fruit");
    await().atMost(Duration.ofSeconds(10)).until(() -> lastEdit(messageId).contains("Fruit"));

    WORLD.guild().vote(pollId, 801, 2);
    String refused =
        GuildCommands.text(edit(Map.of("poll", (int) pollId, "options", "Tea | Coffee")));

    assertThat(refused)
        .isEqualTo(
            "I can't edit poll #"
                + pollId
                + ": Options can change only until the first vote, and this poll has votes.");
    assertThat(labels(pollId)).containsExactly("Crisps", "Nuts", "Fruit");
    assertThat(WORLD.services().bot().votes().choicesOf(pollId, 801)).contains(2);
  }

  @Test
  @DisplayName(
      "/poll edit by a member without Manage Server, of a closed poll, or with a close in the past"
          + " answers with an ephemeral error and changes nothing")
  void refusals() {
    long pollId = WORLD.guild().create("Keep", "Yes | No", Map.of());

    assertThat(
            GuildCommands.text(
                WORLD
                    .guild()
                    .command(
                        FakeMember.voter(802),
                        "poll",
                        "edit",
                        Map.of("poll", (int) pollId, "title", "Hijacked"))))
        .isEqualTo("Editing polls needs the Manage Server permission.");
    assertThat(
            GuildCommands.text(edit(Map.of("poll", (int) pollId, "close-at", "2020-01-01 10:00"))))
        .isEqualTo(
            "I can't edit poll #"
                + pollId
                + ": The close time must be at least 1 minute from now.");
    assertThat(GuildCommands.text(edit(Map.of("poll", (int) pollId, "remind", "soon"))))
        .isEqualTo("I can't edit poll #" + pollId + ": remind looks like 30m, 2h or 1d.");
    assertThat(WORLD.services().bot().polls().find(pollId).orElseThrow().title()).isEqualTo("Keep");

    WORLD.guild().command(MANAGER, "poll", "close", Map.of("poll", (int) pollId));
    assertThat(GuildCommands.text(edit(Map.of("poll", (int) pollId, "title", "Later"))))
        .isEqualTo(
            "I can't edit poll #"
                + pollId
                + ": Only open polls can be edited this way; this one is closed.");
  }

  private static List<String> labels(long pollId) {
    List<String> labels = new ArrayList<>();
    for (PollOption option : WORLD.services().bot().polls().find(pollId).orElseThrow().options()) {
      labels.add(option.label());
    }
    return labels;
  }

  private static String lastEdit(long messageId) {
    List<RecordedCall> edits =
        WORLD.discord().edits(WORLD.discord().guild().channelId(), messageId);
    return edits.isEmpty() ? "" : edits.get(edits.size() - 1).json().toString();
  }

  /** Runs {@code /poll edit} with {@code options} as the guild's manager; the reply. */
  private static JsonNode edit(Map<String, Object> options) {
    return WORLD.guild().command(MANAGER, "poll", "edit", options);
  }
}
