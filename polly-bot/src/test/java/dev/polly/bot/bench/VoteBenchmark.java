package dev.polly.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Votes per second through the full vote path: INTERACTION_CREATE over the gateway → JDA → vote
 * handler → PostgreSQL toggle → results cache invalidation → ephemeral reply received by the fake
 * Discord. Outside the unit run: {@code mvn -B -pl polly-bot -am verify -Pbench}.
 */
@Tag("bench")
class VoteBenchmark {
  private static final int WARMUP = 1_000;
  private static final int VOTES = 5_000;

  @Test
  void votesPerSecondThroughTheFullPath() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      try (TestServices services = TestServices.create();
          BotHarness bot =
              new BotHarness(
                  discord, services.bot(), Duration.ofSeconds(3), Duration.ofSeconds(5))) {
        Polls.Posted poll = Polls.createThroughDiscord(discord, "A | B | C | D", Map.of());
        run(discord, poll, 10_000_000L, WARMUP);
        long started = System.nanoTime();
        run(discord, poll, 20_000_000L, VOTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        long edits = discord.edits(discord.guild().channelId(), poll.messageId()).size();
        System.out.printf(
            "BENCH votes=%d seconds=%.2f votes_per_second=%.0f message_edits=%d (interval 3 s)%n",
            VOTES, seconds, VOTES / seconds, edits);
        assertThat(services.bot().votes().distinctVoters(poll.pollId())).isEqualTo(WARMUP + VOTES);
      }
    }
  }

  private static void run(FakeDiscord discord, Polls.Posted poll, long firstUser, int count) {
    List<Long> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(
          discord.interact(
              discord
                  .interactions()
                  .button(
                      discord.guild(),
                      FakeMember.voter(firstUser + i),
                      "vote:" + poll.pollId() + ":" + (i % 4),
                      poll.messageId())));
    }
    long first = ids.get(0);
    long last = ids.get(ids.size() - 1);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> acked(discord, first, last) >= count);
  }

  private static long acked(FakeDiscord discord, long first, long last) {
    return discord
        .calls(
            c ->
                c.method().equals("POST")
                    && c.path().startsWith("/interactions/")
                    && inRange(Long.parseLong(c.path().split("/")[2]), first, last))
        .size();
  }

  private static boolean inRange(long id, long first, long last) {
    return id >= first && id <= last;
  }
}
