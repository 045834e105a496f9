package dev.polly.bot.features.poll.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.ChannelPosts;
import dev.polly.bot.support.GuildCommands;
import dev.polly.bot.support.SharedGuildBot;
import dev.polly.common.events.PollChanged;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /poll delete} with its confirmation, a deletion made elsewhere (the API), and {@code /poll
 * export}, and the chart on a close announcement, through the real JDA and the fake Discord.
 */
class DeleteAndExportTest {
  private static final FakeMember MANAGER = GuildCommands.MANAGER;

  @RegisterExtension
  static final SharedGuildBot WORLD =
      new SharedGuildBot(Duration.ofMillis(500), Duration.ofSeconds(5));

  @Test
  @DisplayName(
      "/poll delete asks first; the confirmation deletes the poll and its message loses its buttons")
  void deleteAfterConfirmation() {
    long pollId = WORLD.guild().create("Doomed", "A | B", Map.of());
    long messageId = WORLD.guild().messageOf(pollId);

    JsonNode ask = WORLD.guild().command(MANAGER, "poll", "delete", Map.of("poll", (int) pollId));

    assertThat(ask.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(ask.path("data").path("content").asText()).contains("Delete poll #" + pollId);
    JsonNode button = ask.path("data").path("components").get(0).path("components").get(0);
    assertThat(button.path("custom_id").asText()).isEqualTo("delete:" + pollId);
    assertThat(button.path("style").asInt()).isEqualTo(4);
    assertThat(WORLD.services().bot().polls().find(pollId)).isPresent();

    JsonNode confirmed = WORLD.guild().click(MANAGER, "delete:" + pollId, messageId);

    assertThat(confirmed.path("type").asInt()).isEqualTo(7);
    assertThat(confirmed.path("data").path("content").asText())
        .isEqualTo("Poll #" + pollId + " was deleted.");
    assertThat(WORLD.services().bot().polls().find(pollId)).isEmpty();
    assertMarkedDeleted(pollId, messageId);
  }

  @Test
  @DisplayName("/poll delete by a member who may not manage the poll deletes nothing")
  void deleteByAVoterIsRefused() {
    long pollId = WORLD.guild().create("Safe", "A | B", Map.of());

    JsonNode ask =
        WORLD
            .guild()
            .command(FakeMember.voter(300), "poll", "delete", Map.of("poll", (int) pollId));
    JsonNode click =
        WORLD
            .guild()
            .click(FakeMember.voter(300), "delete:" + pollId, WORLD.guild().messageOf(pollId));

    assertThat(ask.path("data").path("components")).isEmpty();
    assertThat(click.path("data").path("content").asText()).contains("Manage Server");
    assertThat(WORLD.services().bot().polls().find(pollId)).isPresent();
  }

  @Test
  @DisplayName(
      "a poll deleted elsewhere (as the API does) has its message marked deleted by the bot")
  void deletionElsewhereReachesTheMessage() {
    long pollId = WORLD.guild().create("API side", "A | B", Map.of());
    long messageId = WORLD.guild().messageOf(pollId);

    assertThat(WORLD.services().bot().polls().delete(pollId)).isTrue();
    WORLD
        .services()
        .bot()
        .events()
        .publish(new PollChanged(pollId, WORLD.discord().guild().id(), PollChanged.Kind.DELETED));

    assertMarkedDeleted(pollId, messageId);
  }

  @Test
  @DisplayName("/poll export sends a manager the CSV as an ephemeral attachment, with voters")
  void exportWithVoters() {
    long pollId = WORLD.guild().create("Open vote", "Tea | Coffee", Map.of());
    WORLD.guild().vote(pollId, 501, 1);

    RecordedCall reply =
        WORLD.guild().commandCall(MANAGER, "poll", "export", Map.of("poll", (int) pollId));

    assertThat(reply.json().path("data").path("flags").asInt() & 64).isEqualTo(64);
    String csv = reply.fileText("poll-" + pollId + ".csv");
    assertThat(csv)
        .startsWith("type,position,label,emoji,votes,percent,user_id,voted_at\r\n")
        .contains("option,1,Coffee,,1,100.0,,\r\n")
        .contains("vote,1,Coffee,,,,501,");
  }

  @Test
  @DisplayName("/poll export of an anonymous poll names no voter")
  void exportOfAnAnonymousPollNamesNoVoter() {
    long pollId = WORLD.guild().create("Secret", "Yes | No", Map.of("anonymous", true));
    WORLD.guild().vote(pollId, 777001, 0);

    String csv =
        WORLD
            .guild()
            .commandCall(MANAGER, "poll", "export", Map.of("poll", (int) pollId))
            .fileText("poll-" + pollId + ".csv");

    assertThat(csv)
        .contains("option,0,Yes,,1,100.0,,")
        .doesNotContain("777001")
        .doesNotContain("vote,");
  }

  @Test
  @DisplayName("/poll export is refused to a member without Manage Server")
  void exportIsForManagersOnly() {
    long pollId = WORLD.guild().create("Guarded", "A | B", Map.of());

    RecordedCall reply =
        WORLD
            .guild()
            .commandCall(FakeMember.voter(400), "poll", "export", Map.of("poll", (int) pollId));

    assertThat(reply.files()).isEmpty();
    assertThat(reply.json().path("data").path("content").asText())
        .isEqualTo("Only members with the Manage Server permission can export polls.");
  }

  @Test
  @DisplayName("the close announcement carries the results chart as an 800x450 PNG")
  void closeAnnouncementCarriesTheChart() throws Exception {
    long pollId = WORLD.guild().create("Charted", "Red | Blue", Map.of());
    WORLD.guild().vote(pollId, 601, 1);

    WORLD.guild().command(MANAGER, "poll", "close", Map.of("poll", (int) pollId));

    String file = "poll-" + pollId + "-results.png";
    RecordedCall announcement = ChannelPosts.awaitFile(WORLD.discord(), file);
    assertThat(announcement.json().path("content").asText())
        .contains("Poll #" + pollId + " **Charted** is closed.");
    java.awt.image.BufferedImage image =
        javax.imageio.ImageIO.read(
            new java.io.ByteArrayInputStream(announcement.files().get(file)));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(450);
  }

  private static void assertMarkedDeleted(long pollId, long messageId) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                WORLD
                    .services()
                    .bot()
                    .deletedMessages()
                    .pending(pollId)
                    .equals(java.util.Optional.of(false)));
    List<RecordedCall> edits =
        WORLD.discord().edits(WORLD.discord().guild().channelId(), messageId);
    JsonNode last = edits.get(edits.size() - 1).json();
    assertThat(last.path("embeds").get(0).path("description").asText())
        .isEqualTo("This poll was deleted.");
    assertThat(last.path("components")).isEmpty();
  }
}
