package dev.polly.api.it;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.domain.ranked.InstantRunoff;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.domain.ranked.RunoffOutcome;
import dev.polly.common.domain.ranked.RunoffRound;
import dev.polly.common.events.VotesChanged;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.BallotOutcome;
import dev.polly.common.testing.ReferenceRunoff;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ranked polls through the API: created with {@code kind: ranked}, ballots stored through {@link
 * BallotDao} (as the bot stores them), results carrying the instant-runoff rounds that agree with
 * the reference count, the chart of the final round, and exports that carry ballots without voter
 * ids for anonymous polls.
 */
class RankedPollApiTest {
  @RegisterExtension static final RunningApi API = new RunningApi();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final long VOTER = 777_000_111_222L;

  /** Eight ballots whose runoff takes three rounds and exhausts one ballot (a partial ranking). */
  private static final List<RankedBallot> BALLOTS =
      List.of(
          RankedBallot.of(0, 1),
          RankedBallot.of(0),
          RankedBallot.of(1, 0),
          RankedBallot.of(2, 1),
          RankedBallot.of(2),
          RankedBallot.of(1, 2),
          RankedBallot.of(3, 1),
          RankedBallot.of(0, 3));

  @Test
  @DisplayName("a ranked poll's results carry the runoff rounds, which agree with the reference")
  void resultsCarryTheRunoffRounds() throws Exception {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    long id = create(http, alice, "Ranked lunch", false, false);
    cast(id, BALLOTS);

    JsonNode results = http.get("/api/polls/" + id + "/results", alice).json();

    RunoffOutcome expected = InstantRunoff.tally(List.of(0, 1, 2, 3), BALLOTS);
    assertThat(ReferenceRunoff.count(List.of(0, 1, 2, 3), BALLOTS).agreesWith(expected)).isTrue();
    assertThat(results.path("kind").asText()).isEqualTo("ranked");
    assertThat(results.path("ballots").asLong()).isEqualTo(8);
    assertThat(results.path("rounds")).hasSize(expected.rounds().size());
    for (int r = 0; r < expected.rounds().size(); r++) {
      RunoffRound round = expected.rounds().get(r);
      JsonNode view = results.path("rounds").get(r);
      assertThat(view.path("round").asInt()).isEqualTo(r + 1);
      assertThat(counts(view)).as("round " + (r + 1)).isEqualTo(round.counts());
      assertThat(view.path("exhausted").asLong()).isEqualTo(round.exhausted());
      assertThat(view.path("eliminated").isNull() ? null : view.path("eliminated").asInt())
          .isEqualTo(round.eliminated());
    }
    assertThat(results.path("winners").get(0).asInt()).isEqualTo(expected.winners().get(0));
    assertThat(results.path("tie").asBoolean()).isFalse();
    assertThat(results.path("exhausted").asLong())
        .isEqualTo(expected.finalRound().exhausted())
        .isPositive();
    assertThat(results.path("options").get(expected.winners().get(0)).path("votes").asLong())
        .isEqualTo(expected.finalRound().counts().get(expected.winners().get(0)));

    HttpResponse<byte[]> png =
        CLIENT.send(
            http.request("/api/polls/" + id + "/results.png", alice).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    BufferedImage chart = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertThat(chart.getWidth()).isEqualTo(800);
    assertThat(chart.getHeight()).isEqualTo(450);
  }

  @Test
  @DisplayName("exports of an anonymous ranked poll carry its ballots but no voter id")
  void anonymousExportsCarryBallotsWithoutVoterIds() {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    long anonymous = create(http, alice, "Secret ranking", true, false);
    long open = create(http, alice, "Open ranking", false, false);
    cast(anonymous, BALLOTS);
    cast(open, BALLOTS);

    Http.Resp json = http.get("/api/polls/" + anonymous + "/export.json", alice);
    Http.Resp csv = http.get("/api/polls/" + anonymous + "/export.csv", alice);
    Http.Resp openJson = http.get("/api/polls/" + open + "/export.json", alice);
    Http.Resp openCsv = http.get("/api/polls/" + open + "/export.csv", alice);

    assertThat(json.json().path("ballots")).hasSize(BALLOTS.size());
    json.json().path("ballots").forEach(b -> assertThat(b.has("user_id")).isFalse());
    assertThat(json.json().path("poll").path("kind").asText()).isEqualTo("ranked");
    assertThat(json.body()).doesNotContain(Long.toString(VOTER).substring(0, 9));
    assertThat(csv.body())
        .startsWith("type,position,label,emoji,votes,percent,user_id,voted_at,ballot,rank");
    assertThat(csv.body()).contains("ballot,").doesNotContain(Long.toString(VOTER).substring(0, 9));
    assertThat(openJson.json().path("ballots").get(0).path("user_id").asText())
        .startsWith(Long.toString(VOTER).substring(0, 9));
    assertThat(openCsv.body()).contains(Long.toString(VOTER).substring(0, 9));
  }

  @Test
  @DisplayName("a ranked poll hiding its results shows no rounds and exports no ballots")
  void hiddenResultsShowNoRoundsAndNoBallots() {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    long id = create(http, alice, "Hidden ranking", false, true);
    cast(id, BALLOTS);

    JsonNode results = http.get("/api/polls/" + id + "/results", alice).json();
    JsonNode export = http.get("/api/polls/" + id + "/export.json", alice).json();

    assertThat(results.path("hidden").asBoolean()).isTrue();
    assertThat(results.path("rounds").isNull() || results.path("rounds").isMissingNode()).isTrue();
    assertThat(export.path("ballots")).isEmpty();
  }

  @Test
  @DisplayName("a ranked poll with several choices or an unknown kind is refused field by field")
  void invalidKindsAreRefused() {
    Http http = API.http();
    String alice = Login.as(http, ALICE);

    Http.Resp several =
        http.json("POST", "/api/polls", alice, json("R", false, false, "ranked", 2));
    Http.Resp unknown = http.json("POST", "/api/polls", alice, json("R", false, false, "borda", 1));

    assertThat(several.status()).isEqualTo(422);
    assertThat(several.json().path("errors").get(0).path("field").asText())
        .isEqualTo("max_choices");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("kind");
  }

  @Test
  @DisplayName("editing a scheduled ranked poll without kind keeps it ranked")
  void anEditWithoutKindKeepsTheKind() {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    String opens = java.time.Instant.now().plus(java.time.Duration.ofDays(2)).toString();
    String scheduled =
        json("Later", false, false, "ranked", 1)
            .replace(
                "\"duration_minutes\":60",
                "\"opens_at\":\"" + opens + "\",\"duration_minutes\":60");
    Http.Resp created = http.json("POST", "/api/polls", alice, scheduled);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    String edit =
        scheduled
            .replace("\"kind\":\"ranked\",", "")
            .replace(
                "\"title\":\"Later\"",
                "\"title\":\"Later, edited\",\"version\":"
                    + created.json().path("version").asInt());

    Http.Resp edited = http.json("PUT", "/api/polls/" + id, alice, edit);

    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().path("title").asText()).isEqualTo("Later, edited");
    assertThat(edited.json().path("kind").asText()).isEqualTo("ranked");
  }

  private static long create(
      Http http, String token, String title, boolean anonymous, boolean hideResults) {
    Http.Resp created =
        http.json("POST", "/api/polls", token, json(title, anonymous, hideResults, "ranked", 1));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("kind").asText()).isEqualTo("ranked");
    return created.json().path("id").asLong();
  }

  /** Stores the ballots as members {@link #VOTER}, +1, ... and tells the API votes changed. */
  private static void cast(long pollId, List<RankedBallot> ballots) {
    BallotDao dao = API.backends().jdbi().onDemand(BallotDao.class);
    for (int i = 0; i < ballots.size(); i++) {
      assertThat(dao.submit(pollId, VOTER + i, ballots.get(i))).isEqualTo(BallotOutcome.STORED);
    }
    API.backends().events().publish(new VotesChanged(pollId));
  }

  private static Map<Integer, Long> counts(JsonNode round) {
    Map<Integer, Long> counts = new HashMap<>();
    round
        .path("counts")
        .forEach(c -> counts.put(c.path("position").asInt(), c.path("votes").asLong()));
    return counts;
  }

  private static String json(
      String title, boolean anonymous, boolean hideResults, String kind, int maxChoices) {
    return World.pollJson(
        title,
        "\"kind\":\"" + kind + "\",",
        "[{\"label\":\"Pizza\"},{\"label\":\"Tacos\"},{\"label\":\"Salad\"},{\"label\":\"Sushi\"}]",
        anonymous,
        hideResults,
        maxChoices);
  }
}
