package dev.polly.bot.features.poll.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.RunningBot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Options through the modal, a select menu beyond 20 options, and the guild cache kept warm. */
class ModalAndSelectTest {

  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofMillis(500));

  @Test
  @DisplayName(
      "without an options argument a modal asks for them; 21 options get a select menu that votes")
  void modalThenSelectMenu() {
    // GIVEN /poll create without options
    long command =
        world.slash(FakeMember.manager(100), "poll", "create", Map.of("question", "Pick a number"));

    // THEN the bot answers with a modal (callback type 9) holding a text input
    await().atMost(Duration.ofSeconds(5)).until(() -> world.discord().replyTo(command).isPresent());
    JsonNode modal = world.discord().replyTo(command).orElseThrow();
    assertThat(modal.path("type").asInt()).isEqualTo(9);
    String modalId = modal.path("data").path("custom_id").asText();
    assertThat(modalId).isEqualTo("create:" + command);

    // WHEN the manager submits 21 options, one per line
    String options =
        IntStream.rangeClosed(1, 21).mapToObj(i -> "Number " + i).collect(Collectors.joining("\n"));
    long submit = world.modal(FakeMember.manager(100), modalId, Map.of("options", options));

    // THEN the poll is posted with a select menu of 21 options and a my-vote button
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                world.discord().replyTo(submit).isPresent()
                    && !world.discord().posts(world.discord().guild().channelId()).isEmpty());
    long pollId =
        Long.parseLong(
            world
                .discord()
                .replyTo(submit)
                .orElseThrow()
                .path("data")
                .path("content")
                .asText()
                .replaceAll("\\D", ""));
    JsonNode post = world.discord().posts(world.discord().guild().channelId()).get(0).json();
    JsonNode menu = post.path("components").get(0).path("components").get(0);
    assertThat(menu.path("type").asInt()).isEqualTo(3);
    assertThat(menu.path("custom_id").asText()).isEqualTo("pick:" + pollId);
    assertThat(menu.path("options")).hasSize(21);

    // WHEN a member picks the last option in the menu
    long messageId = world.discord().postedMessageId(world.discord().guild().channelId(), 0);
    long pick = world.select(FakeMember.voter(800), "pick:" + pollId, List.of("20"), messageId);

    // THEN the vote is recorded and acknowledged
    await().atMost(Duration.ofSeconds(3)).until(() -> world.discord().replyTo(pick).isPresent());
    assertThat(world.discord().replyTo(pick).orElseThrow().path("data").path("content").asText())
        .isEqualTo("Your vote: Number 21");
    assertThat(world.services().bot().votes().choicesOf(pollId, 800)).containsExactly(20);
  }

  @Test
  @DisplayName("the guild region is filled from JDA's view and refreshed on channel events")
  void guildDataKeptWarm() {
    String guild = Long.toString(world.discord().guild().id());
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              assertThat(world.services().bot().caches().guildChannels().getIfPresent(guild))
                  .hasValueSatisfying(
                      c ->
                          assertThat(c.channels())
                              .extracting(ch -> ch.name())
                              .containsExactly("polls"));
              assertThat(world.services().bot().caches().guildRoles().getIfPresent(guild))
                  .hasValueSatisfying(
                      r ->
                          assertThat(r.roles())
                              .extracting(role -> role.id())
                              .contains(world.discord().guild().pingRoleId()));
              assertThat(world.services().bot().caches().guildEmojis().getIfPresent(guild))
                  .hasValueSatisfying(
                      e ->
                          assertThat(e.emojis())
                              .extracting(emoji -> emoji.name())
                              .containsExactly("party"));
            });

    world
        .discord()
        .dispatch(
            world.discord().guild().id(),
            "CHANNEL_CREATE",
            world.discord().guild().channelPayload(3999, "announcements", 1));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(world.services().bot().caches().guildChannels().getIfPresent(guild))
                    .hasValueSatisfying(
                        c ->
                            assertThat(c.channels())
                                .extracting(ch -> ch.name())
                                .containsExactlyInAnyOrder("polls", "announcements")));
  }
}
