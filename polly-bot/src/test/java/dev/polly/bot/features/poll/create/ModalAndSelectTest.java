package dev.polly.bot.features.poll.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.TestServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Options through the modal, a select menu beyond 20 options, and the guild cache kept warm. */
class ModalAndSelectTest {
  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName(
      "without an options argument a modal asks for them; 21 options get a select menu that votes")
  void modalThenSelectMenu() {
    // GIVEN /poll create without options
    long command =
        discord.interact(
            discord
                .interactions()
                .slash(
                    discord.guild(),
                    FakeMember.manager(100),
                    "poll",
                    "create",
                    Map.of("question", "Pick a number")));

    // THEN the bot answers with a modal (callback type 9) holding a text input
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.replyTo(command).isPresent());
    JsonNode modal = discord.replyTo(command).orElseThrow();
    assertThat(modal.path("type").asInt()).isEqualTo(9);
    String modalId = modal.path("data").path("custom_id").asText();
    assertThat(modalId).isEqualTo("create:" + command);

    // WHEN the manager submits 21 options, one per line
    String options =
        IntStream.rangeClosed(1, 21).mapToObj(i -> "Number " + i).collect(Collectors.joining("\n"));
    long submit =
        discord.interact(
            discord
                .interactions()
                .modal(
                    discord.guild(), FakeMember.manager(100), modalId, Map.of("options", options)));

    // THEN the poll is posted with a select menu of 21 options and a my-vote button
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                discord.replyTo(submit).isPresent()
                    && !discord.posts(discord.guild().channelId()).isEmpty());
    long pollId =
        Long.parseLong(
            discord
                .replyTo(submit)
                .orElseThrow()
                .path("data")
                .path("content")
                .asText()
                .replaceAll("\\D", ""));
    JsonNode post = discord.posts(discord.guild().channelId()).get(0).json();
    JsonNode menu = post.path("components").get(0).path("components").get(0);
    assertThat(menu.path("type").asInt()).isEqualTo(3);
    assertThat(menu.path("custom_id").asText()).isEqualTo("pick:" + pollId);
    assertThat(menu.path("options")).hasSize(21);

    // WHEN a member picks the last option in the menu
    long messageId = discord.postedMessageId(discord.guild().channelId(), 0);
    long pick =
        discord.interact(
            discord
                .interactions()
                .select(
                    discord.guild(),
                    FakeMember.voter(800),
                    "pick:" + pollId,
                    List.of("20"),
                    messageId));

    // THEN the vote is recorded and acknowledged
    await().atMost(Duration.ofSeconds(3)).until(() -> discord.replyTo(pick).isPresent());
    assertThat(discord.replyTo(pick).orElseThrow().path("data").path("content").asText())
        .isEqualTo("Your vote: Number 21");
    assertThat(services.bot().votes().choicesOf(pollId, 800)).containsExactly(20);
  }

  @Test
  @DisplayName("the guild region is filled from JDA's view and refreshed on channel events")
  void guildDataKeptWarm() {
    String guild = Long.toString(discord.guild().id());
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              assertThat(services.bot().caches().guildChannels().getIfPresent(guild))
                  .hasValueSatisfying(
                      c ->
                          assertThat(c.channels())
                              .extracting(ch -> ch.name())
                              .containsExactly("polls"));
              assertThat(services.bot().caches().guildRoles().getIfPresent(guild))
                  .hasValueSatisfying(
                      r ->
                          assertThat(r.roles())
                              .extracting(role -> role.id())
                              .contains(discord.guild().pingRoleId()));
              assertThat(services.bot().caches().guildEmojis().getIfPresent(guild))
                  .hasValueSatisfying(
                      e ->
                          assertThat(e.emojis())
                              .extracting(emoji -> emoji.name())
                              .containsExactly("party"));
            });

    discord.dispatch(
        discord.guild().id(),
        "CHANNEL_CREATE",
        discord.guild().channelPayload(3999, "announcements", 1));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(services.bot().caches().guildChannels().getIfPresent(guild))
                    .hasValueSatisfying(
                        c ->
                            assertThat(c.channels())
                                .extracting(ch -> ch.name())
                                .containsExactlyInAnyOrder("polls", "announcements")));
  }
}
