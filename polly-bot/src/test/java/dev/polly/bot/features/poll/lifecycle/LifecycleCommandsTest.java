package dev.polly.bot.features.poll.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeGuild;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.TestServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The commands a server uses after a poll is made, through the real JDA and the fake Discord:
 * {@code /poll results}, {@code /poll list}, {@code /poll reopen} and {@code /polly timezone}. One
 * bot for the class; each test makes its own polls and users.
 */
class LifecycleCommandsTest {
  private static final FakeMember MANAGER = FakeMember.manager(100);

  private static FakeDiscord discord;
  private static TestServices services;
  private static BotHarness bot;

  @BeforeAll
  static void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() throws Exception {
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName("/poll results shows the counts so far as an ephemeral embed")
  void resultsShowTheCountsSoFar() {
    long pollId = create("Snacks", "Chips | Nuts");
    vote(pollId, 501, 1);
    vote(pollId, 502, 1);

    JsonNode reply = command(MANAGER, "poll", "results", Map.of("poll", (int) pollId));

    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    String description = reply.path("data").path("embeds").get(0).path("description").asText();
    assertThat(description).contains("**Nuts**").contains("2 votes from 2 members");
  }

  @Test
  @DisplayName("/poll results of an unknown poll answers with a clear ephemeral error")
  void resultsOfAnUnknownPoll() {
    JsonNode reply = command(MANAGER, "poll", "results", Map.of("poll", 987654));

    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(reply.path("data").path("content").asText()).contains("987654");
  }

  @Test
  @DisplayName("/poll list names this server's polls, and filters by status")
  void listFiltersByStatus() {
    long open = create("Open one", "A | B");
    long closed = create("Closed one", "A | B");
    command(MANAGER, "poll", "close", Map.of("poll", (int) closed));

    String all = text(command(MANAGER, "poll", "list", Map.of()));
    String active = text(command(MANAGER, "poll", "list", Map.of("status", "active")));
    String onlyClosed = text(command(MANAGER, "poll", "list", Map.of("status", "closed")));

    assertThat(all)
        .contains("#" + open + " **Open one**")
        .contains("#" + closed + " **Closed one**");
    assertThat(active).contains("#" + open + " ").doesNotContain("#" + closed + " ");
    assertThat(onlyClosed).contains("#" + closed + " ").doesNotContain("#" + open + " ");
  }

  @Test
  @DisplayName("/poll reopen brings a closed poll back with live buttons; an open one is refused")
  void reopenAClosedPoll() {
    long pollId = create("Again", "Yes | No");
    long messageId = messageOf(pollId);
    command(MANAGER, "poll", "close", Map.of("poll", (int) pollId));
    await().atMost(Duration.ofSeconds(5)).until(() -> lastEditDisabled(messageId));

    String reopened =
        text(command(MANAGER, "poll", "reopen", Map.of("poll", (int) pollId, "hours", 2)));

    assertThat(reopened).startsWith("Poll #" + pollId + " is open again; it closes <t:");
    await().atMost(Duration.ofSeconds(5)).until(() -> !lastEditDisabled(messageId));
    assertThat(text(command(MANAGER, "poll", "reopen", Map.of("poll", (int) pollId))))
        .isEqualTo("Poll #" + pollId + " is not closed.");
    vote(pollId, 601, 0);
  }

  @Test
  @DisplayName("/poll reopen by a member who may not manage the poll is refused")
  void reopenByAVoterIsRefused() {
    long pollId = create("Mine", "Yes | No");
    command(MANAGER, "poll", "close", Map.of("poll", (int) pollId));

    String answer =
        text(command(FakeMember.voter(700), "poll", "reopen", Map.of("poll", (int) pollId)));

    assertThat(answer).doesNotContain("open again");
    assertThat(services.bot().polls().find(pollId).orElseThrow().status().dbValue())
        .isEqualToIgnoringCase("closed");
  }

  @Test
  @DisplayName(
      "/polly timezone shows none, saves a valid zone, shows it, and refuses an unknown one")
  void timezoneIsSavedPerUser() {
    FakeMember user = FakeMember.voter(900);

    assertThat(text(command(user, "polly", "timezone", Map.of())))
        .isEqualTo("You have no timezone set; times you type are read as UTC.");
    assertThat(text(command(user, "polly", "timezone", Map.of("zone", "Europe/Berlin"))))
        .isEqualTo("Saved: times you type are now read in Europe/Berlin.");
    assertThat(text(command(user, "polly", "timezone", Map.of())))
        .isEqualTo("Your timezone is Europe/Berlin.");
    assertThat(text(command(user, "polly", "timezone", Map.of("zone", "Mars/Base"))))
        .startsWith("Unknown timezone \"Mars/Base\"");
    assertThat(text(command(user, "polly", "timezone", Map.of())))
        .isEqualTo("Your timezone is Europe/Berlin.");
  }

  private static long create(String title, String options) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("question", title + "?");
    args.put("options", options);
    args.put("title", title);
    String answer = text(command(MANAGER, "poll", "create", args));
    assertThat(answer).matches("Poll #\\d+ is open\\.");
    long pollId = Long.parseLong(answer.replaceAll("\\D", ""));
    await().atMost(Duration.ofSeconds(5)).until(() -> messageOrZero(pollId) != 0);
    return pollId;
  }

  private static void vote(long pollId, long userId, int position) {
    FakeGuild guild = discord.guild();
    long click =
        discord.interact(
            discord
                .interactions()
                .button(
                    guild,
                    FakeMember.voter(userId),
                    "vote:" + pollId + ":" + position,
                    messageOf(pollId)));
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.replyTo(click).isPresent());
    assertThat(services.bot().votes().choicesOf(pollId, userId)).contains(position);
  }

  private static JsonNode command(
      FakeMember member, String root, String sub, Map<String, Object> options) {
    long id =
        discord.interact(discord.interactions().slash(discord.guild(), member, root, sub, options));
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.replyTo(id).isPresent());
    return discord.replyTo(id).orElseThrow();
  }

  private static String text(JsonNode reply) {
    return reply.path("data").path("content").asText();
  }

  private static long messageOf(long pollId) {
    long id = messageOrZero(pollId);
    assertThat(id).as("message of poll " + pollId).isNotZero();
    return id;
  }

  private static long messageOrZero(long pollId) {
    Long id = services.bot().polls().find(pollId).map(p -> p.messageId()).orElse(null);
    return id == null ? 0 : id;
  }

  private static boolean lastEditDisabled(long messageId) {
    List<RecordedCall> edits = discord.edits(discord.guild().channelId(), messageId);
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
