package dev.polly.bot.features.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.RunningBot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every bad or refused interaction gets an ephemeral reply that says why; nothing escapes. */
class BadInteractionsTest {
  private static final String FAILURE = "Something went wrong";

  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofMillis(300));

  private String click(FakeMember member, String customId, long messageId) {
    long id = world.button(member, customId, messageId);
    return ephemeralReply(id);
  }

  private String ephemeralReply(long id) {
    await().atMost(Duration.ofSeconds(3)).until(() -> world.discord().replyTo(id).isPresent());
    var reply = world.discord().replyTo(id).orElseThrow();
    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    return reply.path("data").path("content").asText();
  }

  @Test
  @DisplayName("malformed custom ids are refused with an ephemeral error")
  void malformedCustomIds() {
    for (String bad :
        List.of(
            "vote:abc:1", "vote:1:99", "vote:1", "vote:-1:0", "vote:1:0:x", "mine:", "pick:7")) {
      assertThat(click(FakeMember.voter(400), bad, 1))
          .as(bad)
          .isEqualTo("This button is not a valid Polly control.");
    }
    assertThat(click(FakeMember.voter(400), "bogus", 1)).startsWith("Polly does not know");
  }

  @Test
  @DisplayName("a vote on an unknown poll is refused politely")
  void unknownPoll() {
    assertThat(click(FakeMember.voter(401), "vote:987654:0", 1))
        .isEqualTo("This poll no longer exists.");
  }

  @Test
  @DisplayName("a vote after close is refused and not counted")
  void voteAfterClose() {
    Polls.Posted poll = Polls.createThroughDiscord(world.discord(), "A | B", Map.of());
    long close =
        world.slash(FakeMember.manager(100), "poll", "close", Map.of("poll", (int) poll.pollId()));
    assertThat(ephemeralReply(close)).isEqualTo("Poll #" + poll.pollId() + " is closed.");

    assertThat(click(FakeMember.voter(402), "vote:" + poll.pollId() + ":0", poll.messageId()))
        .isEqualTo("Sorry, this poll is closed, so it no longer takes votes.");
    assertThat(world.bot().metrics().votes().getCount()).isZero();
  }

  @Test
  @DisplayName("members without Manage Server who did not create the poll cannot close it")
  void closeNeedsPermission() {
    Polls.Posted poll = Polls.createThroughDiscord(world.discord(), "A | B", Map.of());
    long close =
        world.slash(FakeMember.voter(403), "poll", "close", Map.of("poll", (int) poll.pollId()));
    assertThat(ephemeralReply(close)).startsWith("Only the poll's creator or members with");
    long create =
        world.slash(
            FakeMember.voter(403), "poll", "create", Map.of("question", "Q", "options", "A | B"));
    assertThat(ephemeralReply(create)).contains("Manage Server");
  }

  @Test
  @DisplayName("only the allowed role may vote; max choices and invalid input are explained")
  void allowedRoleAndValidation() {
    long role = world.discord().guild().allowedRoleId();
    Polls.Posted poll =
        Polls.createThroughDiscord(
            world.discord(),
            "A | B | C",
            Map.of(
                "allowed-role",
                new dev.polly.bot.fake.Interactions.RoleRef(role),
                "max-choices",
                2));
    String vote = "vote:" + poll.pollId() + ":";
    assertThat(click(FakeMember.voter(404), vote + "0", poll.messageId()))
        .contains("Only members with the <@&" + role + "> role");
    FakeMember allowed = FakeMember.voter(405).withRole(role);
    assertThat(click(allowed, vote + "0", poll.messageId())).isEqualTo("Your vote: A");
    assertThat(click(allowed, vote + "1", poll.messageId())).isEqualTo("Your vote: A, B");
    assertThat(click(allowed, vote + "2", poll.messageId()))
        .startsWith("You can pick at most 2 options");
    assertThat(click(allowed, vote + "0", poll.messageId())).isEqualTo("Your vote: B");
    assertThat(click(allowed, "mine:" + poll.pollId(), poll.messageId())).isEqualTo("Your vote: B");

    long create =
        world.slash(
            FakeMember.manager(100),
            "poll",
            "create",
            Map.of("question", "Q", "options", "Only one"));
    assertThat(ephemeralReply(create))
        .isEqualTo("I can't create that poll: The poll must have between 2 and 25 options.");
  }

  @Test
  @DisplayName("no handler failure ever leaks: none of the replies above is the generic error")
  void noGenericFailures() {
    assertThat(click(FakeMember.voter(406), "vote:1:0", 1)).doesNotContain(FAILURE);
  }
}
