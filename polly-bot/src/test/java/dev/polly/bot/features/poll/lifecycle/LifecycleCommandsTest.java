package dev.polly.bot.features.poll.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.GuildCommands;
import dev.polly.bot.support.SharedGuildBot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The commands a server uses after a poll is made, through the real JDA and the fake Discord:
 * {@code /poll results}, {@code /poll list}, {@code /poll reopen} and {@code /polly timezone}. One
 * bot for the class; each test makes its own polls and users.
 */
class LifecycleCommandsTest {
  private static final FakeMember MANAGER = GuildCommands.MANAGER;

  @RegisterExtension
  static final SharedGuildBot WORLD =
      new SharedGuildBot(Duration.ofMillis(500), Duration.ofSeconds(5));

  @Test
  @DisplayName("/poll results shows the counts so far as an ephemeral embed")
  void resultsShowTheCountsSoFar() {
    long pollId = WORLD.guild().create("Snacks", "Chips | Nuts", Map.of());
    WORLD.guild().vote(pollId, 501, 1);
    WORLD.guild().vote(pollId, 502, 1);

    JsonNode reply =
        WORLD.guild().command(MANAGER, "poll", "results", Map.of("poll", (int) pollId));

    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    String description = reply.path("data").path("embeds").get(0).path("description").asText();
    assertThat(description).contains("**Nuts**").contains("2 votes from 2 members");
  }

  @Test
  @DisplayName("/poll results of an unknown poll answers with a clear ephemeral error")
  void resultsOfAnUnknownPoll() {
    JsonNode reply = WORLD.guild().command(MANAGER, "poll", "results", Map.of("poll", 987654));

    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(reply.path("data").path("content").asText()).contains("987654");
  }

  @Test
  @DisplayName("/poll list names this server's polls, and filters by status")
  void listFiltersByStatus() {
    long open = WORLD.guild().create("Open one", "A | B", Map.of());
    long closed = WORLD.guild().create("Closed one", "A | B", Map.of());
    WORLD.guild().command(MANAGER, "poll", "close", Map.of("poll", (int) closed));

    String all = GuildCommands.text(WORLD.guild().command(MANAGER, "poll", "list", Map.of()));
    String active =
        GuildCommands.text(
            WORLD.guild().command(MANAGER, "poll", "list", Map.of("status", "active")));
    String onlyClosed =
        GuildCommands.text(
            WORLD.guild().command(MANAGER, "poll", "list", Map.of("status", "closed")));

    assertThat(all)
        .contains("#" + open + " **Open one**")
        .contains("#" + closed + " **Closed one**");
    assertThat(active).contains("#" + open + " ").doesNotContain("#" + closed + " ");
    assertThat(onlyClosed).contains("#" + closed + " ").doesNotContain("#" + open + " ");
  }

  @Test
  @DisplayName("/poll reopen brings a closed poll back with live buttons; an open one is refused")
  void reopenAClosedPoll() {
    long pollId = WORLD.guild().create("Again", "Yes | No", Map.of());
    long messageId = WORLD.guild().messageOf(pollId);
    WORLD.guild().command(MANAGER, "poll", "close", Map.of("poll", (int) pollId));
    await().atMost(Duration.ofSeconds(5)).until(() -> lastEditDisabled(messageId));

    String reopened =
        GuildCommands.text(
            WORLD
                .guild()
                .command(MANAGER, "poll", "reopen", Map.of("poll", (int) pollId, "hours", 2)));

    assertThat(reopened).startsWith("Poll #" + pollId + " is open again; it closes <t:");
    await().atMost(Duration.ofSeconds(5)).until(() -> !lastEditDisabled(messageId));
    assertThat(
            GuildCommands.text(
                WORLD.guild().command(MANAGER, "poll", "reopen", Map.of("poll", (int) pollId))))
        .isEqualTo("Poll #" + pollId + " is not closed.");
    WORLD.guild().vote(pollId, 601, 0);
  }

  @Test
  @DisplayName("/poll reopen by a member who may not manage the poll is refused")
  void reopenByAVoterIsRefused() {
    long pollId = WORLD.guild().create("Mine", "Yes | No", Map.of());
    WORLD.guild().command(MANAGER, "poll", "close", Map.of("poll", (int) pollId));

    String answer =
        GuildCommands.text(
            WORLD
                .guild()
                .command(FakeMember.voter(700), "poll", "reopen", Map.of("poll", (int) pollId)));

    assertThat(answer).doesNotContain("open again");
    assertThat(WORLD.services().bot().polls().find(pollId).orElseThrow().status().dbValue())
        .isEqualToIgnoringCase("closed");
  }

  @Test
  @DisplayName(
      "/polly timezone shows none, saves a valid zone, shows it, and refuses an unknown one")
  void timezoneIsSavedPerUser() {
    FakeMember user = FakeMember.voter(900);

    assertThat(GuildCommands.text(WORLD.guild().command(user, "polly", "timezone", Map.of())))
        .isEqualTo("You have no timezone set; times you type are read as UTC.");
    assertThat(
            GuildCommands.text(
                WORLD.guild().command(user, "polly", "timezone", Map.of("zone", "Europe/Berlin"))))
        .isEqualTo("Saved: times you type are now read in Europe/Berlin.");
    assertThat(GuildCommands.text(WORLD.guild().command(user, "polly", "timezone", Map.of())))
        .isEqualTo("Your timezone is Europe/Berlin.");
    assertThat(
            GuildCommands.text(
                WORLD.guild().command(user, "polly", "timezone", Map.of("zone", "Mars/Base"))))
        .startsWith("Unknown timezone \"Mars/Base\"");
    assertThat(GuildCommands.text(WORLD.guild().command(user, "polly", "timezone", Map.of())))
        .isEqualTo("Your timezone is Europe/Berlin.");
  }

  private static boolean lastEditDisabled(long messageId) {
    List<RecordedCall> edits =
        WORLD.discord().edits(WORLD.discord().guild().channelId(), messageId);
    if (edits.isEmpty()) {
      return false;
    }
    List<Boolean> disabled = new ArrayList<>();
    for (JsonNode row : edits.get(edits.size() - 1).json().path("components")) {
      for (JsonNode component : row.path("components")) {
        disabled.add(component.path("disabled").asBoolean(false));
      }
    }
    return !disabled.isEmpty() && disabled.stream().allMatch(d -> d);
  }
}
