package dev.polly.bot.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Members using the bot's commands and buttons in the fake Discord's test guild, each call waiting
 * for the bot's answer: for tests that drive several commands against one running bot.
 */
public final class GuildCommands {
  /** The member who creates polls: has Manage Server. */
  public static final FakeMember MANAGER = FakeMember.manager(100);

  private final FakeDiscord discord;
  private final TestServices services;

  public GuildCommands(FakeDiscord discord, TestServices services) {
    this.discord = discord;
    this.services = services;
  }

  /** Runs {@code /root sub options} as {@code member}; the bot's interaction callback. */
  public RecordedCall commandCall(
      FakeMember member, String root, String sub, Map<String, Object> options) {
    long id =
        discord.interact(discord.interactions().slash(discord.guild(), member, root, sub, options));
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.replyTo(id).isPresent());
    return discord.calls(c -> c.is("POST", "/interactions/" + id + "/.*/callback")).get(0);
  }

  /** Like {@link #commandCall}, the callback's JSON. */
  public JsonNode command(FakeMember member, String root, String sub, Map<String, Object> options) {
    return commandCall(member, root, sub, options).json();
  }

  /** Clicks a button on a message; the bot's callback JSON. */
  public JsonNode click(FakeMember member, String customId, long messageId) {
    long id =
        discord.interact(
            discord.interactions().button(discord.guild(), member, customId, messageId));
    await().atMost(Duration.ofSeconds(5)).until(() -> discord.replyTo(id).isPresent());
    return discord.replyTo(id).orElseThrow();
  }

  /** The text of a callback. */
  public static String text(JsonNode reply) {
    return reply.path("data").path("content").asText();
  }

  /** Creates a poll with {@code /poll create} as {@link #MANAGER}; waits until it is posted. */
  public long create(String title, String options, Map<String, Object> extra) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("question", title + "?");
    args.put("options", options);
    args.put("title", title);
    args.putAll(extra);
    String answer = text(command(MANAGER, "poll", "create", args));
    assertThat(answer).matches("Poll #\\d+ is open\\.");
    long pollId = Long.parseLong(answer.replaceAll("\\D", ""));
    await().atMost(Duration.ofSeconds(5)).until(() -> messageOrZero(pollId) != 0);
    return pollId;
  }

  /** Votes through the option's button and checks the vote was stored. */
  public void vote(long pollId, long userId, int position) {
    click(FakeMember.voter(userId), "vote:" + pollId + ":" + position, messageOf(pollId));
    assertThat(services.bot().votes().choicesOf(pollId, userId)).contains(position);
  }

  /** The Discord message id stored for a posted poll. */
  public long messageOf(long pollId) {
    long id = messageOrZero(pollId);
    assertThat(id).as("message of poll " + pollId).isNotZero();
    return id;
  }

  private long messageOrZero(long pollId) {
    Long id = services.bot().polls().find(pollId).map(p -> p.messageId()).orElse(null);
    return id == null ? 0 : id;
  }
}
