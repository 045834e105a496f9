package dev.polly.bot.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeGuild;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.Interactions;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.RunningBot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole story through the real JDA and the fake Discord: create, vote, live counts, close. */
class FullFlowTest {

  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofMillis(500));

  @Test
  @DisplayName(
      "create posts one button per option; three votes are acknowledged and counted; close shows the winner and pings the role")
  void createVoteAndClose() {
    // GIVEN a manager creating a poll with three options and a ping role
    FakeGuild guild = world.discord().guild();
    Interactions in = world.discord().interactions();
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("question", "Lunch?");
    options.put("options", "Pizza | Sushi | Salad");
    options.put("title", "Lunch poll");
    options.put("ping-role", new Interactions.RoleRef(guild.pingRoleId()));
    long create =
        world
            .discord()
            .interact(in.slash(guild, FakeMember.manager(100), "poll", "create", options));

    // THEN the manager is answered and the poll message carries one button per option
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> world.discord().posts(guild.channelId()).size() >= 2);
    assertThat(ephemeralText(create)).matches("Poll #\\d+ is open\\.");
    long pollId = Long.parseLong(ephemeralText(create).replaceAll("\\D", ""));
    RecordedCall post = world.discord().posts(guild.channelId()).get(0);
    long messageId = world.discord().postedMessageId(guild.channelId(), 0);
    assertThat(customIds(post.json()))
        .containsExactly(
            "vote:" + pollId + ":0",
            "vote:" + pollId + ":1",
            "vote:" + pollId + ":2",
            "mine:" + pollId);
    assertThat(world.services().bot().polls().find(pollId).orElseThrow().messageId())
        .isEqualTo(messageId);
    assertThat(world.discord().posts(guild.channelId()).get(1).json().path("content").asText())
        .startsWith("<@&" + guild.pingRoleId() + ">");

    // WHEN three members vote
    long v1 =
        world
            .discord()
            .interact(in.button(guild, FakeMember.voter(201), "vote:" + pollId + ":0", messageId));
    long v2 =
        world
            .discord()
            .interact(in.button(guild, FakeMember.voter(202), "vote:" + pollId + ":0", messageId));
    long v3 =
        world
            .discord()
            .interact(in.button(guild, FakeMember.voter(203), "vote:" + pollId + ":1", messageId));

    // THEN each gets an ephemeral reply with their choice, and the message shows the counts
    await()
        .atMost(Duration.ofSeconds(3))
        .until(
            () ->
                List.of(v1, v2, v3).stream().allMatch(v -> world.discord().replyTo(v).isPresent()));
    assertThat(ephemeralText(v1)).isEqualTo("Your vote: Pizza");
    assertThat(ephemeralText(v2)).isEqualTo("Your vote: Pizza");
    assertThat(ephemeralText(v3)).isEqualTo("Your vote: Sushi");
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(lastDescription(guild, messageId))
                    .contains("`███████░░░ 2 · 66.7%`")
                    .contains("`███░░░░░░░ 1 · 33.3%`")
                    .contains("3 votes from 3 members"));

    // WHEN the manager closes the poll
    long close =
        world
            .discord()
            .interact(
                in.slash(
                    guild, FakeMember.manager(100), "poll", "close", Map.of("poll", (int) pollId)));

    // THEN the message shows final results with the winner, buttons disabled, and an announcement
    // pings the role
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> world.discord().posts(guild.channelId()).size() >= 3);
    assertThat(ephemeralText(close)).isEqualTo("Poll #" + pollId + " is closed.");
    List<RecordedCall> edits = world.discord().edits(guild.channelId(), messageId);
    JsonNode finalEdit = edits.get(edits.size() - 1).json();
    assertThat(finalEdit.path("embeds").get(0).path("description").asText())
        .contains("Winner: **Pizza** with 2 votes");
    finalEdit
        .path("components")
        .forEach(
            row ->
                row.path("components")
                    .forEach(button -> assertThat(button.path("disabled").asBoolean()).isTrue()));
    JsonNode announcement = world.discord().posts(guild.channelId()).get(2).json();
    assertThat(announcement.path("content").asText())
        .startsWith("<@&" + guild.pingRoleId() + ">")
        .contains("Winner: **Pizza** with 2 votes");
    assertThat(announcement.path("allowed_mentions").path("roles").get(0).asText())
        .isEqualTo(Long.toString(guild.pingRoleId()));
    assertThat(world.bot().metrics().votes().getCount()).isEqualTo(3);
  }

  private String ephemeralText(long interactionId) {
    JsonNode reply = world.discord().replyTo(interactionId).orElseThrow();
    assertThat(reply.path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    return reply.path("data").path("content").asText();
  }

  private String lastDescription(FakeGuild guild, long messageId) {
    List<RecordedCall> edits = world.discord().edits(guild.channelId(), messageId);
    assertThat(edits).isNotEmpty();
    return edits.get(edits.size() - 1).json().path("embeds").get(0).path("description").asText();
  }

  static List<String> customIds(JsonNode message) {
    List<String> ids = new ArrayList<>();
    message
        .path("components")
        .forEach(row -> row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
    return ids;
  }
}
