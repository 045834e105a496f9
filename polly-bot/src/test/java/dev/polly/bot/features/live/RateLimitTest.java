package dev.polly.bot.features.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.RunningBot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discord's 429 on a message edit is respected: the bot waits Retry-After, then succeeds. */
class RateLimitTest {

  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofMillis(300));

  @Test
  @DisplayName("a 429 on an edit makes the bot wait Retry-After and then edit successfully")
  void waitsOutA429ThenEdits() {
    // GIVEN an open poll and Discord answering the next edit with 429, Retry-After 1 s
    Polls.Posted poll = Polls.createThroughDiscord(world.discord(), "Yes | No", Map.of());
    long channel = world.discord().guild().channelId();
    String editPath = "/channels/" + channel + "/messages/" + poll.messageId();
    world.discord().rateLimitNext("PATCH", editPath, 1);

    // WHEN a member votes
    world.button(FakeMember.voter(300), "vote:" + poll.pollId() + ":0", poll.messageId());

    // THEN the edit is retried after the 429 and succeeds no sooner than Retry-After
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !world.discord().edits(channel, poll.messageId()).isEmpty());
    List<RecordedCall> attempts = world.discord().calls(c -> c.is("PATCH", editPath));
    assertThat(attempts.get(0).status()).isEqualTo(429);
    RecordedCall success = world.discord().edits(channel, poll.messageId()).get(0);
    assertThat(Duration.between(attempts.get(0).at(), success.at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(success.json().path("embeds").get(0).path("description").asText())
        .contains("1 vote from 1 member");
    assertThat(world.bot().metrics().rateLimited().getCount()).isEqualTo(1);
    assertThat(world.bot().metrics().messageEdits().getCount()).isGreaterThanOrEqualTo(1);
  }
}
