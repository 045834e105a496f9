package dev.polly.bot.support;

import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shortcuts for tests that create polls through {@code /poll create} or straight in the store. */
public final class Polls {
  private Polls() {}

  /** A poll created by a manager through the slash command; waits until its message is posted. */
  public record Posted(long pollId, long messageId) {}

  public static Posted createThroughDiscord(
      FakeDiscord discord, String options, Map<String, Object> extra) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("question", "Which one?");
    args.put("options", options);
    args.putAll(extra);
    int postsBefore = discord.posts(discord.guild().channelId()).size();
    long id =
        discord.interact(
            discord
                .interactions()
                .slash(discord.guild(), FakeMember.manager(100), "poll", "create", args));
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                discord.replyTo(id).isPresent()
                    && discord.posts(discord.guild().channelId()).size() > postsBefore);
    String text = discord.replyTo(id).orElseThrow().path("data").path("content").asText();
    long pollId = Long.parseLong(text.replaceAll("\\D", ""));
    return new Posted(pollId, discord.postedMessageId(discord.guild().channelId(), postsBefore));
  }

  /** A new poll for the fake guild with {@code n} options, opening and closing at given times. */
  public static NewPoll draft(
      FakeDiscord discord, int n, Instant opensAt, Instant closesAt, Long pingRoleId) {
    List<PollOption> options = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      options.add(new PollOption(i, "Option " + (i + 1), null));
    }
    boolean ping = pingRoleId != null;
    return new NewPoll(
        discord.guild().id(),
        discord.guild().channelId(),
        100,
        "Scheduled",
        "Scheduled question",
        false,
        false,
        1,
        null,
        pingRoleId,
        ping,
        ping,
        null,
        opensAt,
        closesAt,
        ZoneId.of("UTC"),
        options,
        PollKind.CHOICE,
        null);
  }
}
