package dev.polly.bot.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeGuild;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.Interactions;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.InMemoryServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FullFlowTest {
  private FakeDiscord discord;
  private BotHarness bot;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    bot =
        new BotHarness(
            discord, InMemoryServices.create(), Duration.ofMillis(300), Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    discord.close();
  }

  @Test
  @DisplayName(
      "create posts one button per option, votes are acknowledged and counted, close shows the winner and pings")
  void fullFlow() {
    FakeGuild guild = discord.guild();
    Interactions in = discord.interactions();
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("question", "Lunch?");
    options.put("options", "Pizza | Sushi | Salad");
    options.put("title", "Lunch poll");
    options.put("ping-role", new Interactions.RoleRef(guild.pingRoleId()));
    long create =
        discord.interact(in.slash(guild, FakeMember.manager(100), "poll", "create", options));

    await().atMost(Duration.ofSeconds(5)).until(() -> discord.replyTo(create).isPresent());
    System.out.println(discord.replyTo(create).get());
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.posts(guild.channelId()).size() >= 1);
    RecordedCall post = discord.posts(guild.channelId()).get(0);
    System.out.println(post);
    long messageId = discord.postedMessageId(guild.channelId(), 0);
    List<String> ids = new ArrayList<>();
    post.json()
        .path("components")
        .forEach(row -> row.path("components").forEach(c -> ids.add(c.path("custom_id").asText())));
    assertThat(ids).contains("vote:1:0", "vote:1:1", "vote:1:2", "mine:1");

    long v1 = discord.interact(in.button(guild, FakeMember.voter(201), "vote:1:0", messageId));
    long v2 = discord.interact(in.button(guild, FakeMember.voter(202), "vote:1:0", messageId));
    long v3 = discord.interact(in.button(guild, FakeMember.voter(203), "vote:1:1", messageId));
    for (long v : List.of(v1, v2, v3)) {
      await().atMost(Duration.ofSeconds(3)).until(() -> discord.replyTo(v).isPresent());
      JsonNode reply = discord.replyTo(v).get();
      assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
      System.out.println(reply);
    }
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              List<RecordedCall> edits = discord.edits(guild.channelId(), messageId);
              assertThat(edits).isNotEmpty();
              String description =
                  edits
                      .get(edits.size() - 1)
                      .json()
                      .path("embeds")
                      .get(0)
                      .path("description")
                      .asText();
              assertThat(description).contains(" 2 · 66.7%").contains(" 1 · 33.3%");
            });

    long close =
        discord.interact(
            in.slash(guild, FakeMember.manager(100), "poll", "close", Map.of("poll", 1)));
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.posts(guild.channelId()).size() >= 2);
    System.out.println(discord.replyTo(close));
    discord.calls().forEach(System.out::println);
  }
}
