package dev.polly.bot.features.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.RunningBot;
import dev.polly.bot.support.TestServices;
import dev.polly.common.domain.Poll;
import dev.polly.common.store.PollResultsStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The results another process reads through the cache (as the dashboard does) follow the votes: the
 * bot invalidates them after votes are stored, once per burst, off the answer's path.
 */
class ResultsInvalidationTest {
  private static final int VOTES = 40;

  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofSeconds(1));

  @Test
  @DisplayName(
      "results cached by another process before a burst of votes count every vote after it")
  void cachedResultsCountEveryVoteAfterABurst() {
    Polls.Posted posted = Polls.createThroughDiscord(world.discord(), "Yes | No", Map.of());
    try (TestServices api = TestServices.sameStores(world.services())) {
      PollResultsStore results =
          new PollResultsStore(
              api.redis().caches().pollResults(),
              api.redis().caches().pollCharts(),
              api.bot().votes(),
              api.bot().ballots());
      Poll poll = api.bot().polls().find(posted.pollId()).orElseThrow();
      assertThat(results.results(poll).totalVotes()).as("cached before the votes").isZero();

      List<Map<String, Object>> clicks = new ArrayList<>();
      for (int i = 0; i < VOTES; i++) {
        clicks.add(
            world
                .discord()
                .interactions()
                .button(
                    world.discord().guild(),
                    FakeMember.voter(5_000 + i),
                    "vote:" + posted.pollId() + ":" + (i % 2),
                    posted.messageId()));
      }
      List<Long> ids = world.discord().interactAll(clicks);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> ids.stream().allMatch(id -> world.discord().replyTo(id).isPresent()));

      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertThat(results.results(poll).totalVotes()).isEqualTo(VOTES));
    }
  }
}
