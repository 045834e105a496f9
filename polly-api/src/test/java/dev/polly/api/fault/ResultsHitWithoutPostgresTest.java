package dev.polly.api.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.store.PollResultsStore;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A results read that hits the cache needs no PostgreSQL: the poll's guild, status and visibility
 * come from the cache with its results. Yet the cached facts never outlive a change: a close or
 * reopen made the way the bot makes them (PostgreSQL, then the results invalidated) and a scheduled
 * poll's opening show at the next read.
 */
class ResultsHitWithoutPostgresTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  static Http http;
  static String alice;

  @BeforeAll
  static void login() {
    http = API.http();
    alice = Login.as(http, World.ALICE);
  }

  @AfterAll
  static void cleanUp() {
    TestPostgres.get().start();
  }

  @Test
  @DisplayName("cached results still answer, with their counts, while PostgreSQL is stopped")
  void cachedResultsAnswerWithoutPostgres() {
    long poll = create(World.pollJson("Without PG", false, false));
    vote(poll, 71L, 0);
    vote(poll, 72L, 0);
    vote(poll, 73L, 1);
    JsonNode filled = results(poll);
    assertThat(filled.path("total_votes").asLong()).isEqualTo(3);

    TestPostgres.get().stop();
    try {
      Http.Resp hit = http.get("/api/polls/" + poll + "/results", alice);
      assertThat(hit.status()).as(hit.body()).isEqualTo(200);
      assertThat(hit.json()).isEqualTo(filled);
      assertThat(hit.json().path("options").get(0).path("votes").asLong()).isEqualTo(2);
    } finally {
      TestPostgres.get().start();
      // the next tests need PostgreSQL again: wait until the app's pool reaches the restarted
      // server
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> http.get("/api/polls/" + poll, alice).status() == 200);
    }
  }

  @Test
  @DisplayName("a hide-results poll closed by the bot shows its counts at the next read")
  void closeByTheBotShowsCounts() {
    long poll = create(World.pollJson("Hidden until closed", false, true));
    vote(poll, 81L, 2);
    JsonNode before = results(poll);
    assertThat(before.path("hidden").asBoolean()).isTrue();
    assertThat(before.path("total_votes").isNull()).isTrue();

    // the bot's close: the row first, then its own PollResultsStore drops the cached results
    API.backends().polls().markClosed(poll, Instant.now());
    new PollResultsStore(
            API.backends().caches().pollResults(),
            API.backends().caches().pollCharts(),
            API.backends().votes(),
            API.backends().jdbi().onDemand(BallotDao.class))
        .invalidate(poll);

    JsonNode after = results(poll);
    assertThat(after.path("status").asText()).isEqualTo("closed");
    assertThat(after.path("hidden").asBoolean()).isFalse();
    assertThat(after.path("total_votes").asLong()).isEqualTo(1);
  }

  @Test
  @DisplayName("a scheduled poll opened by the bot reads as active once its opening time has come")
  void openingByTheBotShows() {
    Instant opens = Instant.now().plusSeconds(4);
    long poll =
        create(
            World.pollJson("Opens soon", false, false)
                .replace(
                    "\"duration_minutes\":60",
                    "\"opens_at\":\"" + opens + "\",\"duration_minutes\":60"));
    assertThat(results(poll).path("status").asText()).isEqualTo("scheduled");

    await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(opens));
    API.backends().polls().markActive(poll); // the bot opens it and invalidates nothing

    assertThat(results(poll).path("status").asText()).isEqualTo("active");
  }

  private static long create(String body) {
    return ApiPolls.create(http, alice, body);
  }

  private static void vote(long poll, long voter, int position) {
    API.backends().votes().toggle(poll, voter, position);
  }

  private static JsonNode results(long poll) {
    Http.Resp resp = http.get("/api/polls/" + poll + "/results", alice);
    assertThat(resp.status()).as(resp.body()).isEqualTo(200);
    return resp.json();
  }
}
