package dev.polly.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a seeded, generated corpus of bad requests ({@link FuzzCorpus}) against a real polly-api
 * (PostgreSQL, Redis, fake Discord) with a real login session. Every answer must be below 500, and
 * every 4xx must carry the JSON error body. Reproduce a failure with {@code
 * -Dpolly.fuzz.seed=<seed>}.
 */
class ApiFuzzTest {
  static final long SEED = Long.getLong("polly.fuzz.seed", 20_261_126L);
  @RegisterExtension static final RunningApi API = new RunningApi();

  static String token;
  static FuzzCorpus.Targets targets;

  @BeforeAll
  static void logInAndCreateATarget() {
    Http http = API.http();
    token = Login.as(http, World.ALICE);
    JsonNode poll =
        http.json("POST", "/api/polls", token, World.pollJson("Fuzz target", false, false)).json();
    targets =
        new FuzzCorpus.Targets(
            poll.path("id").asLong(), poll.path("version").asInt(), World.G1, World.G1_TEXT);
  }

  @Test
  @DisplayName("the same seed generates the same corpus of at least 200 cases over every endpoint")
  void corpusIsDeterministicAndCoversEveryEndpoint() {
    List<FuzzCase> first = FuzzCorpus.generate(SEED, targets);
    List<FuzzCase> again = FuzzCorpus.generate(SEED, targets);

    assertThat(first).hasSizeGreaterThanOrEqualTo(200);
    assertThat(first.stream().map(FuzzCase::describe).toList())
        .isEqualTo(again.stream().map(FuzzCase::describe).toList());
    Set<String> endpoints = first.stream().map(FuzzCase::endpoint).collect(Collectors.toSet());
    assertThat(endpoints)
        .contains(
            "GET /api/polls/{id}",
            "PUT /api/polls/{id}",
            "DELETE /api/polls/{id}",
            "POST /api/polls/{id}/close",
            "POST /api/polls/{id}/reopen",
            "POST /api/polls/{id}/duplicate",
            "GET /api/polls/{id}/results",
            "GET /api/polls/{id}/results.png",
            "GET /api/polls/{id}/export.csv",
            "GET /api/polls/{id}/export.json",
            "GET /api/guilds/{guild}/channels",
            "GET /api/guilds/{guild}/roles",
            "GET /api/guilds/{guild}/emojis",
            "GET /api/polls",
            "POST /api/polls",
            "POST /api/polls/import",
            "PUT /api/me/preferences",
            "PATCH /api/me/preferences",
            "GET /api/drafts/{key}",
            "PUT /api/drafts/{key}",
            "DELETE /api/drafts/{key}",
            "GET /auth/callback");
  }

  @Test
  @DisplayName("no generated bad request gets a 5xx, and every 4xx carries a JSON error body")
  void everyGeneratedBadRequestGetsAJsonClientError() {
    List<FuzzCase> corpus = FuzzCorpus.generate(SEED, targets);
    FuzzClient client = new FuzzClient(API.app().getLocalPort(), token);
    List<String> failures = new ArrayList<>();
    for (FuzzCase c : corpus) {
      FuzzClient.Answer a = client.send(c);
      check(c, a, failures);
    }
    assertThat(failures)
        .as("seed %d: %d of %d cases broke the contract", SEED, failures.size(), corpus.size())
        .isEmpty();
    assertThat(API.count("polly.api.errors.500")).isZero();
    assertThat(API.http().get("/api/me", token).status())
        .as("the session still works after the corpus")
        .isEqualTo(200);
  }

  @Test
  @DisplayName("requests malformed at the HTTP level get a 4xx with a JSON error body, never a 5xx")
  void protocolLevelGarbageGetsJsonClientErrors() {
    FuzzClient client = new FuzzClient(API.app().getLocalPort(), token);
    List<String> failures = new ArrayList<>();
    for (FuzzCase c : FuzzCorpus.protocol(token)) {
      check(c, client.send(c), failures);
    }
    assertThat(failures).isEmpty();
  }

  static void check(FuzzCase c, FuzzClient.Answer a, List<String> failures) {
    if (a.status() >= 500 || a.status() < 100) {
      failures.add(c.describe() + " -> " + a.status() + " " + shorten(a.body()));
    } else if (a.status() >= 400 && !ErrorBodies.isJsonError(a.contentType(), a.body())) {
      failures.add(
          c.describe()
              + " -> "
              + a.status()
              + " without a JSON error ("
              + a.contentType()
              + "): "
              + shorten(a.body()));
    }
  }

  static String shorten(String body) {
    String oneLine = body.replaceAll("\\s+", " ");
    return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
  }
}
